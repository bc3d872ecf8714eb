// AIF as AIFdb, OVA and the argument-mining pipelines write it: the shapes of issue 8 point 4,
// each in a file of its own under tests/data/aif/ (written for these tests), read to the exact
// claims, relations, camps and warnings; the writer read back; what must stay an error.
#include <catch2/catch.hpp>

#include <argmap/io.hpp>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <functional>
#include <fstream>
#include <map>
#include <set>
#include <tuple>

#include "helpers.hpp"

using namespace argmap;
using io::Format;
using io::ParseStatus;
using Strings = std::vector<std::string>;

namespace {

std::string data_path(const std::string& name) { return std::string(ARGMAP_TEST_DATA) + "/aif/" + name; }

/// Loads a file by its name alone (.json: the content decides between AIF and argmap JSON).
ArgumentMap load(const std::string& name, io::ParseResult& r) {
    ArgumentMap m;
    r = io::load_map(data_path(name), m);
    INFO(r.description());
    REQUIRE(r);
    return m;
}

std::string data_of(const std::map<std::string, std::string>& data) {
    std::string s;
    for (const auto& [k, v] : data) s += (s.empty() ? "" : " | ") + k + "=" + v;
    return s;
}

/// "id: text [camp, camp] {data}" for every claim, in map order.
Strings claims(const ArgumentMap& m) {
    Strings out;
    for (const auto& c : m.claims()) {
        std::string camps;
        for (const auto& k : c.camps) camps += (camps.empty() ? "" : ", ") + k;
        out.push_back(c.id + ": " + c.text + " [" + camps + "] {" + data_of(c.data) + "}");
    }
    return out;
}

/// A relation by its ends: "support a -> b", "undercut u -> (support a -> b)".
std::string ends(const ArgumentMap& m, const Relation& r) {
    std::string s = std::string(to_string(r.type)) + " " + r.source + " -> ";
    if (r.type == RelationType::undercut) return s + "(" + ends(m, *m.find_relation(r.target)) + ")";
    return s + r.target;
}

/// Every relation by its ends with its data, in map order.
Strings relations(const ArgumentMap& m) {
    Strings out;
    for (const auto& r : m.relations()) out.push_back(ends(m, r) + " {" + data_of(r.data) + "}");
    return out;
}

/// "id: name (description)" for every camp.
Strings camps(const ArgumentMap& m) {
    Strings out;
    for (const auto& c : m.camps()) out.push_back(c.id + ": " + c.name + (c.description.empty() ? "" : " (" + c.description + ")"));
    return out;
}

/// "(pointer) message" for every warning, after checking each names the file.
Strings warnings(const io::ParseResult& r, const std::string& file) {
    Strings out;
    for (const auto& w : r.warnings) {
        CHECK(w.file == file);
        out.push_back("(" + w.element + ") " + w.message);
    }
    return out;
}

ArgumentMap central_asia() {
    ArgumentMap m;
    REQUIRE(io::read_argdown_file(std::string(ARGMAP_EXAMPLES) + "/central-asia/central-asia.argdown", m));
    return m;
}

/// Claims (id, text, names of their camps) and relations by their ends: what AIF carries.
struct Carried {
    std::vector<std::tuple<std::string, std::string, std::set<std::string>>> claims;
    std::set<std::string> relations;
    friend bool operator==(const Carried&, const Carried&) = default;
};
Carried carried(const ArgumentMap& m) {
    Carried c;
    for (const auto& claim : m.claims()) {
        std::set<std::string> names;
        for (const auto& k : claim.camps) {
            const Camp* camp = m.find_camp(k);
            names.insert(camp->name.empty() ? camp->id : camp->name);
        }
        c.claims.push_back({claim.id, claim.text, names});
    }
    for (const auto& r : m.relations()) c.relations.insert(ends(m, r));
    return c;
}

}  // namespace

TEST_CASE("AIF: an AIFdb export without participants (numeric personIDs, \"Name : text\" L-nodes)", "[aif]") {
    io::ParseResult r;
    const ArgumentMap m = load("aifdb-no-participants.json", r);
    const std::string file = data_path("aifdb-no-participants.json");
    // Speakers are named by their L-nodes; the personID is kept in the description.
    CHECK(camps(m) == Strings{"speaker-ada-moss: Ada Moss (AIF personID 4101)", "speaker-ben-ortiz: Ben Ortiz (AIF personID 4102)"});
    CHECK(claims(m) ==
          Strings{"11: The bike lane on Mill Street should stay [speaker-ada-moss] {aif:illocutions=Asserting | aif:locutions=Ada Moss : the bike lane has to stay | aif:timestamp=2019-06-03 18:20:01}",
                  "12: Cyclist injuries on Mill Street fell by half [speaker-ada-moss] {aif:illocutions=Asserting | aif:locutions=Ada Moss : injuries fell by half since it opened | aif:timestamp=2019-06-03 18:20:05}",
                  "13: Shops on Mill Street lost customers [speaker-ben-ortiz] {aif:illocutions=Asserting | aif:locutions=Ben Ortiz : but the shops lost customers | aif:timestamp=2019-06-03 18:20:09}"});
    CHECK(relations(m) ==
          Strings{"support 12 -> 11 {aif:illocutions=Arguing | aif:s-nodes=41 | aif:s-types=RA | aif:schemes=Default Inference}",
                  "attack 13 -> 11 {aif:illocutions=Disagreeing | aif:s-nodes=42 | aif:s-types=CA | aif:schemes=Default Conflict}"});
    CHECK(warnings(r, file) == Strings{
                                   "(/nodes/13) 2 TA nodes (transitions between locutions) are not modelled: '51', '52'",
                                   "(/locutions/0/timestamp) member 'timestamp' of locutions not kept (3 values)",
                                   "(/nodes/3/timestamp) member 'timestamp' of nodes other than I-nodes not kept (12 values)",
                               });
    CHECK(m.metadata().empty());
}

TEST_CASE("AIF: personIDs that are names, an integer personID, a locution on an I-node, a speaker only in the L text", "[aif]") {
    io::ParseResult r;
    const ArgumentMap m = load("personid-names.json", r);
    // Ids are derived from the names (letters and digits, '-' between); a clash gets "-2"; the
    // original name is the camp's name, the original personID its description.
    CHECK(camps(m) == Strings{"speaker-dr-lee: Dr. Lee (AIF personID Dr. Lee)", "speaker-dr-lee-2: Dr Lee (AIF personID Dr Lee)",
                              "speaker-77: 77 (AIF personID 77)", "speaker-sam-hill: Sam Hill (AIF personID Sam Hill )",
                              "speaker-moderator: Moderator"});
    CHECK(claims(m) ==
          Strings{"p1: The library should open on Sundays [speaker-dr-lee] {aif:illocutions=Asserting | aif:locutions=we should open on Sundays}",
                  "p2: Students need somewhere quiet at weekends [speaker-dr-lee-2] {aif:illocutions=Asserting | aif:locutions=students have nowhere quiet at weekends}",
                  "p3: Sunday staff cost twice as much [speaker-77] {aif:illocutions=Asserting | aif:locutions=Sunday staff cost double}",
                  "p4: Volunteers could staff Sundays [speaker-sam-hill, speaker-moderator] {aif:illocutions=Asserting | aif:locutions=Moderator: volunteers could do it}"});
    CHECK(relations(m) == Strings{"support p2 -> p1 {aif:s-nodes=s1 | aif:s-types=RA | aif:schemes=Default Inference}",
                                  "attack p3 -> p1 {aif:s-nodes=s2 | aif:s-types=CA | aif:schemes=Default Conflict}",
                                  "attack p4 -> p3 {aif:s-nodes=s3 | aif:s-types=CA | aif:schemes=Default Conflict}"});
    CHECK(r.warnings.empty());
}

TEST_CASE("AIF: a QT30-style dialogue with L, YA, TA, I, RA, CA, MA and a CA on an I-node and an S-node at once", "[aif]") {
    io::ParseResult r;
    const ArgumentMap m = load("qt30-dialogue.json", r);
    const std::string file = data_path("qt30-dialogue.json");
    CHECK(camps(m) == Strings{"speaker-fiona-host: Fiona Host (AIF personID 9001)", "speaker-amy-reed: Amy Reed (AIF personID 9002)",
                              "speaker-tom-vale: Tom Vale (AIF personID 9003)"});
    CHECK(claims(m) ==
          Strings{"301: sixteen-year-olds should get the vote [speaker-fiona-host] {aif:illocutions=Pure Questioning | aif:locutions=Fiona Host : should sixteen-year-olds get the vote?}",
                  "302: sixteen-year-olds pay taxes like everyone else [speaker-amy-reed] {aif:illocutions=Asserting | aif:locutions=Amy Reed : yes, they pay taxes like everyone else}",
                  "303: most sixteen-year-olds pay no income tax [speaker-tom-vale] {aif:illocutions=Asserting | aif:locutions=Tom Vale : most of them pay no income tax at all}",
                  "304: sixteen-year-olds already contribute to society [speaker-amy-reed] {aif:illocutions=Restating | aif:locutions=Amy Reed : in other words they already contribute}"});
    // CA 502 attacks 302 and undercuts the inference RA 501 stands for: both are read.
    CHECK(relations(m) ==
          Strings{"support 302 -> 301 {aif:illocutions=Arguing | aif:s-nodes=501 | aif:s-types=RA | aif:scheme-ids=72 | aif:schemes=Default Inference}",
                  "attack 303 -> 302 {aif:illocutions=Disagreeing | aif:s-nodes=502 | aif:s-types=CA | aif:scheme-ids=71 | aif:schemes=Default Conflict}",
                  "support 304 -> 302 {aif:illocutions=Restating | aif:s-nodes=503 | aif:s-types=MA | aif:scheme-ids=144 | aif:schemes=Default Rephrase}",
                  "undercut 303 -> (support 302 -> 301) {aif:illocutions=Disagreeing | aif:s-nodes=502 | aif:s-types=CA | aif:scheme-ids=71 | aif:schemes=Default Conflict}"});
    CHECK(warnings(r, file) == Strings{
                                   "(/nodes/15) 3 TA nodes (transitions between locutions) are not modelled: '401', '402', '403'",
                                   "(/locutions/0/timestamp) member 'timestamp' of locutions not kept (4 values)",
                                   "(/locutions/0/start) member 'start' of locutions not kept (1 value)",
                                   "(/locutions/0/end) member 'end' of locutions not kept (1 value)",
                                   "(/nodes/0/timestamp) member 'timestamp' of nodes other than I-nodes not kept (4 values)",
                                   "(/nodes/4/scheme) member 'scheme' of nodes other than RA, CA, MA and PA nodes not kept (10 values)",
                                   "(/nodes/4/schemeID) member 'schemeID' of nodes other than RA, CA, MA and PA nodes not kept (10 values)",
                               });
}

TEST_CASE("AIF: xAIF with integer ids, participants, OVA layout and text kept as metadata", "[aif]") {
    io::ParseResult r;
    const ArgumentMap m = load("xaif.json", r);
    const std::string file = data_path("xaif.json");
    CHECK(camps(m) == Strings{"participant-1: Participant Kim", "participant-2: Participant Raj"});
    CHECK(claims(m) ==
          Strings{"2: The pool should stay open late [participant-1] {aif:illocutions=Asserting | aif:locutions=Participant Kim: the pool should stay open late}",
                  "5: Shift workers can only swim at night [participant-2] {aif:illocutions=Asserting | aif:locutions=Participant Raj: shift workers can only swim at night}"});
    CHECK(relations(m) == Strings{"support 5 -> 2 {aif:illocutions=Arguing | aif:s-nodes=7 | aif:s-types=RA | aif:schemes=Default Inference}"});
    // Pointers run inside the "AIF" object.
    CHECK(warnings(r, file) == Strings{
                                   "(/AIF/nodes/7) 1 TA node (a transition between locutions) is not modelled: '8'",
                                   "(/AIF/nodes/9) 1 L-node anchors no claim; its text is not kept: '10'",
                                   "(/AIF/nodes/10) 1 YA node anchors no claim or relation; not read: '11'",
                                   "(/AIF/locutions/0/start) member 'start' of locutions not kept (1 value)",
                               });
    // The rest of the document: strings as themselves, other values as compact JSON text, members in their order.
    CHECK(m.metadata() == std::map<std::string, std::string>{
                              {"aif:schemefulfillments", "[{\"nodeID\":\"7\",\"schemeID\":\"72\"}]"},
                              {"xaif:OVA", "{\"firstname\":\"Anon\",\"surname\":\"User\",\"url\":\"\",\"nodes\":[{\"nodeID\":\"2\",\"visible\":true,\"x\":120,\"y\":40}],\"edges\":[]}"},
                              {"xaif:dialog", "true"},
                              {"xaif:text", "<span class=\"highlighted\" id=\"node1\">the pool should stay open late</span> because <span class=\"highlighted\" id=\"node4\">shift workers can only swim at night</span>"},
                          });
}

TEST_CASE("AIF: empty maps, plain and xAIF, are AIF and read without a word", "[aif]") {
    io::ParseResult r;
    const ArgumentMap plain = load("empty.json", r);
    CHECK(plain.claims().empty());
    CHECK(plain.camps().empty());
    CHECK(r.warnings.empty());
    const ArgumentMap x = load("empty-xaif.json", r);
    CHECK(x.claims().empty());
    CHECK(r.warnings.empty());
    // Empty parts carry nothing; the OVA block with its empty fields and the dialog flag are kept.
    CHECK(x.metadata() == std::map<std::string, std::string>{
                              {"xaif:OVA", "{\"firstname\":\"\",\"surname\":\"\",\"url\":\"\",\"nodes\":[],\"edges\":[]}"},
                              {"xaif:dialog", "true"}});
    // Read as argmap's own JSON these would be refused: detection looked inside.
    ArgumentMap native;
    CHECK_FALSE(io::read_json("{\"nodes\": [], \"edges\": [], \"locutions\": []}", native));
}

TEST_CASE("AIF: one relation for a pair reached through several RA, MA or CA nodes, with every S-node id", "[aif]") {
    io::ParseResult r;
    const ArgumentMap m = load("duplicates.json", r);
    const std::string file = data_path("duplicates.json");
    CHECK(relations(m) ==
          Strings{"support a -> c {aif:s-nodes=1,2 | aif:s-types=RA,RA | aif:schemes=Default Inference; Argument From Consequences}",
                  "support b -> c {aif:s-nodes=1 | aif:s-types=RA | aif:schemes=Default Inference}",
                  "support d -> c {aif:s-nodes=3,4 | aif:s-types=MA,RA | aif:schemes=Default Rephrase; Default Inference}",
                  "attack e -> c {aif:s-nodes=5,6 | aif:s-types=CA,CA | aif:schemes=Default Conflict; Default Conflict}",
                  // CA 7 aims at RA 1 and RA 2: RA 2's only support is RA 1's first, so one undercut each.
                  "undercut f -> (support a -> c) {aif:s-nodes=7 | aif:s-types=CA | aif:schemes=Default Conflict}",
                  "undercut f -> (support b -> c) {aif:s-nodes=7 | aif:s-types=CA | aif:schemes=Default Conflict}"});
    CHECK(warnings(r, file) ==
          Strings{"(/nodes/7) RA node '2' gives the same support 'a' -> 'c' as RA node '1'; read as one relation that keeps both S-node ids",
                  "(/nodes/9) RA node '4' gives the same support 'd' -> 'c' as MA node '3'; read as one relation that keeps both S-node ids",
                  "(/nodes/11) CA node '6' gives the same attack 'e' -> 'c' as CA node '5'; read as one relation that keeps both S-node ids"});
    CHECK(m.claims().size() == 6);
}

TEST_CASE("AIF: an MA or RA that links a claim to itself is dropped; a CA doing so is a self-attack", "[aif]") {
    io::ParseResult r;
    const ArgumentMap m = load("self-links.json", r);
    const std::string file = data_path("self-links.json");
    CHECK(relations(m) == Strings{"support y -> x {aif:s-nodes=r1 | aif:s-types=RA | aif:schemes=Default Inference}",
                                  "attack z -> z {aif:s-nodes=c1 | aif:s-types=CA | aif:schemes=Default Conflict}"});
    CHECK(warnings(r, file) == Strings{"(/edges/7) edge from node 'y' to itself; not read",
                                       "(/nodes/3) MA node 'm1' links 'x' to itself; that link is dropped",
                                       "(/nodes/4) RA node 'r1' links 'x' to itself; that link is dropped",
                                       "(/nodes/5) CA node 'c1' makes 'z' attack itself; read as a self-attack"});
}

TEST_CASE("AIF: direct I-to-I edges and other edges no relation fits are reported one by one", "[aif]") {
    io::ParseResult r;
    const ArgumentMap m = load("direct-edges.json", r);
    const std::string file = data_path("direct-edges.json");
    CHECK(relations(m) == Strings{"support i1 -> i2 {aif:s-nodes=ra | aif:s-types=RA | aif:schemes=Default Inference}",
                                  "attack i3 -> i2 {aif:s-nodes=ca | aif:s-types=CA | aif:schemes=Default Conflict}"});
    CHECK(warnings(r, file) ==
          Strings{"(/nodes/3) 1 L-node anchors no claim; its text is not kept: 'l1'",
                  "(/nodes/4) 1 TA node (a transition between locutions) is not modelled: 't1'",
                  "(/edges/0) edge from I node 'i1' to I node 'i2' is not read: no S-node relates them",
                  "(/edges/1) edge from L node 'l1' to I node 'i1' is not read: argmap reads I -> S -> I, CA -> S and L -> YA -> I or S",
                  "(/edges/6) edge from RA node 'ra' to CA node 'ca' is not read: only a CA node may aim at an S-node (RA, MA or CA)",
                  "(/edges/7) edge from TA node 't1' to RA node 'ra' is not read: argmap reads I -> S -> I, CA -> S and L -> YA -> I or S"});
}

TEST_CASE("AIF: dangling and repeated edges and locutions of unknown nodes are reported, the rest is read", "[aif]") {
    io::ParseResult r;
    const ArgumentMap m = load("dangling.json", r);
    const std::string file = data_path("dangling.json");
    CHECK(relations(m) == Strings{"support 2 -> 1 {aif:s-nodes=3 | aif:s-types=RA | aif:schemes=Default Inference}"});
    CHECK(warnings(r, file) == Strings{"(/edges/2/toID) edge names unknown node '99'; the edge '2' -> '99' is not read",
                                       "(/edges/3/fromID) edge names unknown node '98'; the edge '98' -> '1' is not read",
                                       "(/edges/4) repeats the edge '2' -> '3'; the repeat is ignored",
                                       "(/locutions/0/nodeID) locution names unknown node '97'; not read"});
}

TEST_CASE("AIF: node types argmap does not model, TA chains and YA nodes without locutions are reported with their ids", "[aif]") {
    io::ParseResult r;
    const ArgumentMap m = load("unknown-types.json", r);
    const std::string file = data_path("unknown-types.json");
    CHECK(claims(m) == Strings{"n1: Night buses should run every hour [] {}", "n2: Night workers have no other way home [] {}"});
    CHECK(relations(m) == Strings{"support n2 -> n1 {aif:s-nodes=n3 | aif:s-types=RA | aif:schemes=Default Inference}"});
    CHECK(warnings(r, file) ==
          Strings{"(/nodes/3) 2 nodes of type 'EN' and 2 edges touching them are not read (argmap reads I, RA, MA, CA, PA, L, YA and TA nodes): 'n4', 'n5'",
                  "(/nodes/5) 1 node of type 'TIME' and 1 edge touching it are not read (argmap reads I, RA, MA, CA, PA, L, YA and TA nodes): 'n6'",
                  "(/nodes/6) 2 TA nodes (transitions between locutions) are not modelled: 'n7', 'n8'",
                  "(/nodes/8) 1 YA node anchors no claim or relation; not read: 'n9'",
                  "(/nodes/9) 1 L-node anchors no claim; its text is not kept: 'n10'"});
}

TEST_CASE("AIF: an AIFdb-style map with I, RA (linked), CA, CA on RA, PA, MA, locutions and participants", "[aif]") {
    ArgumentMap m;
    const auto r = io::load_map(std::string(ARGMAP_TEST_DATA) + "/aifdb.json", m);  // sniffed as AIF
    INFO(r.description());
    REQUIRE(r);
    REQUIRE(m.claims().size() == 6);
    CHECK(m.find_claim("101")->text == "We should lower the speed limit");
    // RA 201 with two premises: each supports the conclusion; CA 202 on RA 201 undercuts both;
    // MA 205 is read as support.
    CHECK(relations(m) ==
          Strings{"support 102 -> 101 {aif:s-nodes=201 | aif:s-types=RA | aif:schemes=Default Inference}",
                  "support 103 -> 101 {aif:s-nodes=201 | aif:s-types=RA | aif:schemes=Default Inference}",
                  "attack 105 -> 104 {aif:s-nodes=203 | aif:s-types=CA | aif:schemes=Default Conflict}",
                  "support 106 -> 102 {aif:s-nodes=205 | aif:s-types=MA | aif:schemes=Default Rephrase}",
                  "undercut 104 -> (support 102 -> 101) {aif:s-nodes=202 | aif:s-types=CA | aif:schemes=Default Conflict}",
                  "undercut 104 -> (support 103 -> 101) {aif:s-nodes=202 | aif:s-types=CA | aif:schemes=Default Conflict}"});
    // PA: 102 preferred over 103.
    CHECK(m.find_claim("102")->data.at("aif:preferred-over") == "103");
    // Participants are camps; who asserted what comes from L -> YA -> I.
    CHECK(camps(m) == Strings{"participant-1: Ann Lee", "participant-2: Bob Roy"});
    CHECK(m.find_claim("101")->camps == Strings{"participant-1"});
    CHECK(m.find_claim("104")->camps == Strings{"participant-2"});
}

TEST_CASE("AIF: smaller slips are warnings, not refusals", "[aif]") {
    struct Case {
        std::string text;
        Strings warnings;
    };
    const Case cases[] = {
        {R"({"nodes": [{"nodeID": "a", "type": "I", "text": "x"}, {"nodeID": "a", "type": "I", "text": "x"}]})",
         {"(/nodes/1) repeats node 'a' (same type and text); the repeat is ignored"}},
        {R"({"nodes": [], "participants": [{"participantID": 1, "firstname": "Al"}, {"participantID": 1, "firstname": "Al"}, {"firstname": "Bo"}]})",
         {"(/participants/2) participant without participantID; not read ('Bo')", "(/participants/1) repeats participant '1'; the repeat is ignored"}},
        {R"({"nodes": [{"nodeID": "l", "type": "L", "text": "Al : hi"}], "locutions": [{"personID": 3}, {"nodeID": "l", "personID": 1}, {"nodeID": "l", "personID": 2}]})",
         {"(/locutions/0) locution without nodeID; not read", "(/locutions/2) second locution of node 'l' names another speaker ('2'); the first ('1') is kept",
          "(/nodes/0) 1 L-node anchors no claim; its text is not kept: 'l'"}},
        {R"({"nodes": [{"nodeID": "a", "type": "I"}, {"nodeID": "r", "type": "RA"}, {"nodeID": "c", "type": "CA"}], "edges": [{"fromID": "a", "toID": "r"}, {"fromID": "a", "toID": "c"}, {"fromID": "c", "toID": "r"}]})",
         {"(/nodes/1) RA node 'r' has no conclusion I-node; not read (it links 'a')",
          "(/nodes/2) CA node 'c' aims at RA node 'r', which stands for no relation; that undercut is not read"}},
        {R"({"nodes": [{"nodeID": "a", "type": "I"}, {"nodeID": "b", "type": "I"}, {"nodeID": "c1", "type": "CA"}, {"nodeID": "c2", "type": "CA"}],
            "edges": [{"fromID": "a", "toID": "c1"}, {"fromID": "c1", "toID": "c2"}, {"fromID": "b", "toID": "c2"}, {"fromID": "c2", "toID": "c1"}]})",
         {"(/nodes/2) CA node 'c1' is in a cycle of conflicts aimed at each other; its undercuts are not read",
          "(/nodes/3) CA node 'c2' is in a cycle of conflicts aimed at each other; its undercuts are not read"}},
        {R"({"nodes": [{"nodeID": "a", "type": "I", "text": "x", "colour": "red", "nodeset": null}], "edges": [], "nodeSetID": 42})",
         {"(/nodes/0/colour) member 'colour' of nodes not kept (1 value)"}},
    };
    for (const Case& c : cases) {
        INFO(c.text);
        ArgumentMap m;
        const auto r = io::read_aif(c.text, m, "slip.json");
        INFO(r.description());
        REQUIRE(r);
        CHECK(warnings(r, "slip.json") == c.warnings);
    }
    // An unknown top-level member of plain AIF is kept as metadata.
    ArgumentMap m;
    REQUIRE(io::read_aif(R"({"nodes": [], "nodeSetID": 42})", m, "x.json"));
    CHECK(m.metadata() == std::map<std::string, std::string>{{"aif:nodeSetID", "42"}});
}

TEST_CASE("AIF: what must stay an error is one, with a JSON pointer or a line and column", "[aif][errors]") {
    struct Case {
        std::string text;
        ParseStatus status;
        std::size_t line, column;
        std::string element;
        const char* message;
    };
    // Syntax errors are nlohmann-json's, placed at the last byte it read (inside the bad token).
    const std::string deep_prefix = "{\"nodes\": [], \"s\": \"[{\\\"\", \"x\": ";  // brackets in a string do not nest
    const Case cases[] = {
        {"{\"nodes\": [7], \"x\": tru}", ParseStatus::syntax_error, 1, 24, "", "invalid literal"},  // the text first, then the content
        {deep_prefix + std::string(70, '[') + std::string(70, ']') + "}", ParseStatus::unsupported, 1, deep_prefix.size() + 64, "", "nesting deeper than 64 levels"},
        {"nodes: []", ParseStatus::syntax_error, 1, 2, "", "malformed JSON: parse error at line 1, column 2: syntax error while parsing value - invalid literal"},
        {"{\n  \"nodes\": [\n    {\"nodeID\": \"a\", \"type\": \"I\" \"text\": \"x\"}\n  ]\n}", ParseStatus::syntax_error, 3, 38, "", "unexpected string literal; expected '}'"},
        {"{\"nodes\": [], }", ParseStatus::syntax_error, 1, 15, "", "unexpected '}'; expected string literal"},
        {"{\"nodes\": [{\"nodeID\": \"a\", \"type\": \"I\", \"text\": \"\\q\"}]}", ParseStatus::syntax_error, 1, 51, "", "forbidden character after backslash"},
        {"{\"nodes\": [], \"x\": " + std::string(70, '[') + std::string(70, ']') + "}", ParseStatus::unsupported, 1, 83, "", "nesting deeper than 64 levels"},
        {"{\"nodes\": [{\"nodeID\": \"a\", \"type\": \"I\", \"text\": \"caf\xC3\"}]}", ParseStatus::invalid_utf8, 1, 53, "", "invalid UTF-8"},
        {"[]", ParseStatus::invalid_value, 0, 0, "/", "expected an object with a \"nodes\" array"},
        {"{\"edges\": []}", ParseStatus::invalid_value, 0, 0, "/", "expected an object with a \"nodes\" array"},
        {"{\"nodes\": {}}", ParseStatus::invalid_value, 0, 0, "/nodes", "expected an array"},
        {"{\"AIF\": {\"edges\": []}, \"text\": \"\"}", ParseStatus::invalid_value, 0, 0, "/AIF", "expected a \"nodes\" array in the \"AIF\" object"},
        {"{\"AIF\": {\"nodes\": []}, \"nodes\": []}", ParseStatus::invalid_value, 0, 0, "/nodes", "beside an \"AIF\" object"},
        {"{\"nodes\": [], \"nodes\": []}", ParseStatus::invalid_value, 0, 0, "/nodes", "member 'nodes' appears twice"},
        {"{\"nodes\": [{\"type\": \"I\"}]}", ParseStatus::invalid_value, 0, 0, "/nodes/0", "a node needs nodeID and type"},
        {"{\"nodes\": [{\"nodeID\": \"a\"}]}", ParseStatus::invalid_value, 0, 0, "/nodes/0", "a node needs nodeID and type"},
        {"{\"nodes\": [7]}", ParseStatus::invalid_value, 0, 0, "/nodes/0", "a node needs nodeID and type"},
        {"{\"nodes\": [{\"nodeID\": {}, \"type\": \"I\"}]}", ParseStatus::invalid_value, 0, 0, "/nodes/0/nodeID", "expected an id (string or integer)"},
        {"{\"nodes\": [{\"nodeID\": 1.5, \"type\": \"I\"}]}", ParseStatus::invalid_value, 0, 0, "/nodes/0/nodeID", "expected an id (string or integer)"},
        {"{\"nodes\": [{\"nodeID\": \"a\", \"type\": 3}]}", ParseStatus::invalid_value, 0, 0, "/nodes/0/type", "expected a string"},
        {"{\"nodes\": [{\"nodeID\": \"a\", \"type\": \"I\", \"text\": [\"x\"]}]}", ParseStatus::invalid_value, 0, 0, "/nodes/0/text", "expected a string"},
        {"{\"nodes\": [{\"nodeID\": 1, \"type\": \"I\", \"text\": \"a\"}, {\"nodeID\": \"1\", \"type\": \"I\", \"text\": \"b\"}]}", ParseStatus::duplicate_id, 0, 0, "/nodes/1/nodeID", "duplicate nodeID '1'"},
        {"{\"nodes\": [], \"edges\": [{\"fromID\": 1}]}", ParseStatus::invalid_value, 0, 0, "/edges/0", "an edge needs fromID and toID"},
        {"{\"AIF\": {\"nodes\": [], \"edges\": [{\"fromID\": 1, \"toID\": true}]}}", ParseStatus::invalid_value, 0, 0, "/AIF/edges/0/toID", "expected an id"},
        {"{\"nodes\": [], \"participants\": [{\"participantID\": 1, \"firstname\": \"Al\"}, {\"participantID\": 1, \"firstname\": \"Bo\"}]}", ParseStatus::duplicate_id, 0, 0, "/participants/1/participantID", "duplicate participantID '1'"},
        {"{\"nodes\": [{\"nodeID\": \" a\", \"type\": \"I\"}]}", ParseStatus::invalid_value, 0, 0, "/nodes/0", "leading or trailing spaces"},
    };
    for (const Case& c : cases) {
        INFO(c.text.substr(0, 160));
        ArgumentMap m;
        const auto r = io::read_aif(c.text, m, "bad.json");
        INFO(r.description());
        REQUIRE_FALSE(r);
        CHECK(r.status == c.status);
        CHECK(r.error.file == "bad.json");
        CHECK(r.error.line == c.line);
        CHECK(r.error.column == c.column);
        CHECK(r.error.element == c.element);
        CHECK_THAT(r.error.message, Catch::Contains(c.message));
        CHECK(m.empty());
    }
}

TEST_CASE("AIF written by argmap reads back with the same claims, speakers and relations (Central Asia)", "[aif][formats]") {
    const ArgumentMap m = central_asia();
    const std::string text = io::write_aif(m);
    ArgumentMap back;
    const auto r = io::read_aif(text, back, "round-trip.json");
    INFO(r.description());
    REQUIRE(r);
    CHECK(carried(back) == carried(m));
    CHECK(r.warnings.empty());
    CHECK(io::lost_in(m, Format::aif) == Strings{"45 claim weights", "52 relation weights", "45 groups",
                                                 "21 claim kinds other than claim (all I-nodes)", "45 provenance",
                                                 "camp descriptions, colours and preferences (participants keep names)",
                                                 "title and metadata"});
    // What AIFdb-style tools look for: each held claim has an L-node "Speaker: text" with a
    // locution naming a participant, anchored to its I-node by a YA "Asserting".
    const auto doc = nlohmann::json::parse(text);
    std::map<std::string, std::string> type_of, text_of, person_of, name_of;
    auto str = [](const nlohmann::json& v) { return v.get<std::string>(); };
    for (const auto& n : doc["nodes"]) {
        type_of[str(n["nodeID"])] = str(n["type"]);
        text_of[str(n["nodeID"])] = str(n["text"]);
    }
    for (const auto& l : doc["locutions"]) person_of[str(l["nodeID"])] = str(l["personID"]);
    for (const auto& p : doc["participants"]) name_of[str(p["participantID"])] = str(p["firstname"]);
    std::set<std::pair<std::string, std::string>> edges;
    for (const auto& e : doc["edges"]) edges.insert({str(e["fromID"]), str(e["toID"])});
    std::size_t held = 0;
    for (const auto& c : m.claims()) {
        CHECK(type_of[c.id] == "I");
        CHECK(text_of[c.id] == c.text);
        for (const auto& k : c.camps) {
            ++held;
            const std::string name = m.find_camp(k)->name;
            std::size_t anchored = 0;
            for (const auto& [l, ya] : edges)
                if (type_of[l] == "L" && type_of[ya] == "YA" && text_of[ya] == "Asserting" && edges.count({ya, c.id}) &&
                    name_of[person_of[l]] == name && text_of[l] == name + ": " + c.text)
                    ++anchored;
            CHECK(anchored == 1);
        }
    }
    CHECK(held > 0);
}

TEST_CASE("AIF written by argmap reads back on random maps with unicode texts and ids", "[aif][formats]") {
    for (std::uint32_t seed = 1; seed <= 200; ++seed) {
        INFO("seed " << seed);
        const ArgumentMap m = helpers::random_map(seed);
        ArgumentMap back;
        const auto r = io::read_aif(io::write_aif(m), back, "random.json");
        INFO(r.description());
        REQUIRE(r);
        CHECK(carried(back) == carried(m));
        // Only self-attacks are remarked on.
        std::size_t self_attacks = 0;
        for (const auto& rel : m.relations()) self_attacks += rel.type == RelationType::attack && rel.source == rel.target;
        CHECK(r.warnings.size() == self_attacks);
    }
}

TEST_CASE("AIF and argmap JSON are told apart by content, not by the .json extension", "[aif][formats]") {
    const auto dir = std::filesystem::temp_directory_path() / "argmap-aif-detect";
    std::filesystem::create_directories(dir);
    const ArgumentMap m = central_asia();
    const std::string native = (dir / "native.json").string(), aif = (dir / "map.json").string();
    io::save_map(m, native);
    std::ofstream(aif) << io::write_aif(m);
    ArgumentMap a, b;
    REQUIRE(io::load_map(native, a));
    CHECK(a == m);  // argmap's JSON, lossless
    REQUIRE(io::load_map(aif, b));
    CHECK(carried(b) == carried(m));
    CHECK(b.camps().size() == m.camps().size());
    std::filesystem::remove_all(dir);
}

TEST_CASE("AIF: a member kept as metadata is the value nlohmann-json's DOM reads, on random valid and broken values", "[aif][json]") {
    // Random JSON values (nlohmann-json writes them), embedded as an extra member that the AIF
    // reader rebuilds from SAX events and keeps as JSON text; then the same texts with one byte
    // changed. nlohmann-json's DOM parse is the oracle for the value kept (and for what is JSON,
    // which the reader, being built on the same library, must agree with).
    std::mt19937 rng(8);
    const std::vector<std::string> pieces = {"a", "é", "\"", "\\", "/", "\n", "\t", "\x01", "😀", " ", "{", "]", ":", ","};
    auto text = [&] {
        std::string s;
        for (int n = rng() % 6; n > 0; --n) s += pieces[rng() % pieces.size()];
        return s;
    };
    std::function<nlohmann::json(int)> value = [&](int depth) -> nlohmann::json {
        switch (depth > 3 ? rng() % 4 : rng() % 6) {
        case 0: return text();
        case 1: return static_cast<std::int64_t>(rng()) - 1000000;
        case 2: return (rng() % 2000) / 7.0;
        case 3: return rng() % 3 == 0 ? nlohmann::json(nullptr) : nlohmann::json(rng() % 2 == 0);
        case 4: {
            auto a = nlohmann::json::array();
            for (int n = rng() % 4; n > 0; --n) a.push_back(value(depth + 1));
            return a;
        }
        default: {
            auto o = nlohmann::json::object();
            for (int n = rng() % 4; n > 0; --n) o[text()] = value(depth + 1);
            return o;
        }
        }
    };
    const std::string mutations = "{}[]\":,\\ 0e-.tfnu";
    std::size_t accepted = 0, refused = 0;
    for (int i = 0; i < 3000; ++i) {
        const nlohmann::json v = value(0);
        std::string member = v.dump(rng() % 2 ? -1 : 1);
        if (i % 2) {  // one byte replaced, inserted or removed
            const std::size_t at = rng() % member.size();
            const char c = mutations[rng() % mutations.size()];
            switch (rng() % 3) {
            case 0: member[at] = c; break;
            case 1: member.insert(member.begin() + at, c); break;
            default: member.erase(at, 1); break;
            }
        }
        const std::string doc = "{\"nodes\": [], \"x\": " + member + "}";
        INFO(doc);
        const bool json = nlohmann::json::accept(doc);
        ArgumentMap m;
        const auto r = io::read_aif(doc, m, "random.json");
        if (!is_valid_utf8(doc)) {  // a mutation may cut a multi-byte character
            CHECK(r.status == ParseStatus::invalid_utf8);
            continue;
        }
        REQUIRE(bool(r) == json);
        if (!json) {
            ++refused;
            CHECK(r.status == ParseStatus::syntax_error);
            CHECK(r.error.line >= 1);
            continue;
        }
        ++accepted;
        const nlohmann::json expected = nlohmann::json::parse(doc)["x"];
        const auto kept = m.metadata().find("aif:x");
        const bool empty = expected.is_null() || (expected.is_string() && expected.get<std::string>().empty()) ||
                           (expected.is_array() && expected.empty()) || (expected.is_object() && expected.empty());
        if (empty) {
            CHECK(kept == m.metadata().end());
        } else if (expected.is_string()) {
            // The model refuses control characters in metadata: then the member is reported.
            const std::string s = expected.get<std::string>();
            const bool control = std::any_of(s.begin(), s.end(), [](char c) {
                return (static_cast<unsigned char>(c) < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7F;
            });
            if (!control) {
                REQUIRE(kept != m.metadata().end());
                CHECK(kept->second == s);
            } else {
                CHECK(kept == m.metadata().end());
                CHECK(r.warnings.size() == 1);
            }
        } else {
            REQUIRE(kept != m.metadata().end());
            CHECK(nlohmann::json::parse(kept->second) == expected);
        }
    }
    CHECK(accepted > 1000);
    CHECK(refused > 500);
}
