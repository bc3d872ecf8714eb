// Predictions: validation, persistence in every format that carries them, classification by
// date, and how the evidence of a resolution fares under grounded semantics.
#include <catch2/catch.hpp>

#include <argmap/io.hpp>
#include <argmap/diff.hpp>
#include <argmap/history.hpp>
#include <argmap/prediction.hpp>

#include <random>

#include "helpers.hpp"

using namespace argmap;
using io::Format;

namespace {

Claim claim(std::string id, std::optional<Prediction> p = std::nullopt) {
    Claim c;
    c.id = std::move(id);
    c.text = "text of " + c.id;
    c.prediction = std::move(p);
    return c;
}

Prediction open_until(std::string horizon) {
    Prediction p;
    p.horizon = std::move(horizon);
    return p;
}

Prediction settled(std::string horizon, PredictionStatus s, std::string on, std::vector<std::string> evidence) {
    Prediction p;
    p.horizon = std::move(horizon);
    p.status = s;
    p.resolved_on = std::move(on);
    p.evidence = std::move(evidence);
    return p;
}

std::string model_error(ArgumentMap& m, Claim c) {
    try {
        m.add_claim(std::move(c));
    } catch (const ModelError& e) {
        return e.what();
    }
    return "";
}

std::vector<std::string> ids(const std::vector<PredictionEntry>& v) {
    std::vector<std::string> out;
    for (const auto& e : v) out.push_back(e.claim);
    return out;
}

}  // namespace

TEST_CASE("calendar dates are checked, leap years included", "[predictions]") {
    CHECK(is_iso_date("2024-02-29"));
    CHECK(is_iso_date("2000-02-29"));
    CHECK_FALSE(is_iso_date("1900-02-29"));
    CHECK_FALSE(is_iso_date("2023-02-29"));
    CHECK_FALSE(is_iso_date("2023-04-31"));
    CHECK_FALSE(is_iso_date("2023-13-01"));
    CHECK_FALSE(is_iso_date("2023-00-10"));
    CHECK_FALSE(is_iso_date("0000-01-01"));
    CHECK_FALSE(is_iso_date("2023-1-01"));
    CHECK_FALSE(is_iso_date("2023/01/01"));
    CHECK_FALSE(is_iso_date("2023-01-01T00:00"));
    CHECK_FALSE(is_iso_date(""));
    // Day counts against a hand count: 2024 is a leap year (366 days), 2023 is not.
    CHECK(days_between("2024-01-01", "2025-01-01") == 366);
    CHECK(days_between("2023-01-01", "2024-01-01") == 365);
    CHECK(days_between("2022-12-31", "2023-05-19") == 139);  // 31+28+31+30+19
    CHECK(days_between("2023-05-19", "2022-12-31") == -139);
    CHECK_THROWS_AS(days_between("2023-02-30", "2024-01-01"), ModelError);
    CHECK(is_iso_date(today_iso()));
}

TEST_CASE("a prediction is validated with its claim, with clear messages", "[predictions]") {
    ArgumentMap m;
    m.add_claim(claim("e"));
    CHECK_THAT(model_error(m, claim("p", Prediction{})), Catch::Contains("prediction of claim 'p' needs a horizon date"));
    CHECK_THAT(model_error(m, claim("p", open_until("2025-02-30"))),
               Catch::Contains("horizon '2025-02-30'; expected a calendar date YYYY-MM-DD"));
    Prediction open_with_date = open_until("2025-01-01");
    open_with_date.resolved_on = "2024-01-01";
    CHECK_THAT(model_error(m, claim("p", open_with_date)), Catch::Contains("is open but has a resolution date"));
    Prediction open_with_evidence = open_until("2025-01-01");
    open_with_evidence.evidence = {"e"};
    CHECK_THAT(model_error(m, claim("p", open_with_evidence)), Catch::Contains("is open but names evidence"));
    CHECK_THAT(model_error(m, claim("p", settled("2025-01-01", PredictionStatus::held, "", {"e"}))),
               Catch::Contains("is held but has no resolution date"));
    CHECK_THAT(model_error(m, claim("p", settled("2025-01-01", PredictionStatus::failed, "soon", {"e"}))),
               Catch::Contains("resolution date 'soon'"));
    CHECK_THAT(model_error(m, claim("p", settled("2025-01-01", PredictionStatus::held, "2025-01-02", {"zz"}))),
               Catch::Contains("names unknown evidence claim 'zz'"));
    CHECK_THAT(model_error(m, claim("p", settled("2025-01-01", PredictionStatus::held, "2025-01-02", {"e", "e"}))),
               Catch::Contains("names evidence 'e' twice"));
    CHECK_THAT(model_error(m, claim("p", settled("2025-01-01", PredictionStatus::held, "2025-01-02", {"p"}))),
               Catch::Contains("cannot name the claim itself as evidence"));
    Prediction bad_note = open_until("2025-01-01");
    bad_note.note = "a\x01" "b";
    CHECK_THAT(model_error(m, claim("p", bad_note)), Catch::Contains("control character"));
    CHECK(m.claims().size() == 1);  // nothing half-added

    // Valid: resolved early (before the horizon), without evidence, or with evidence.
    CHECK(model_error(m, claim("p", settled("2025-01-01", PredictionStatus::held, "2024-06-01", {"e"}))).empty());
    CHECK(model_error(m, claim("q", settled("2025-01-01", PredictionStatus::failed, "2026-06-01", {}))).empty());
    // update_claim validates too.
    Claim q = *m.find_claim("q");
    q.prediction->evidence = {"nobody"};
    CHECK_THROWS_WITH(m.update_claim(q), Catch::Contains("unknown evidence claim 'nobody'"));
}

TEST_CASE("removing an evidence claim drops it from every prediction", "[predictions]") {
    ArgumentMap m;
    m.add_claim(claim("e1"));
    m.add_claim(claim("e2"));
    m.add_claim(claim("p", settled("2025-01-01", PredictionStatus::held, "2025-02-01", {"e1", "e2"})));
    m.add_claim(claim("q", settled("2025-01-01", PredictionStatus::failed, "2025-02-01", {"e2"})));
    m.remove_claim("e2");
    CHECK(m.find_claim("p")->prediction->evidence == std::vector<std::string>{"e1"});
    CHECK(m.find_claim("q")->prediction->evidence.empty());
    // The map stays writable and readable: no dangling evidence.
    ArgumentMap back;
    REQUIRE(io::read_xml(io::write_xml(m), back, "x.xml"));
    CHECK(back == m);
}

TEST_CASE("predictions round-trip through native XML, JSON, GraphML and Argdown", "[predictions][roundtrip]") {
    ArgumentMap m;
    // The prediction comes before its evidence in map order: readers must attach it afterwards.
    Prediction p = settled("2022-12-31", PredictionStatus::held, "2023-05-19", {"later one", "later \"two\""});
    p.note = "'soon' read as two years; a note with {braces}, #hash and: colon";
    m.add_claim(claim("forecast"));
    m.add_claim(claim("still open", open_until("2030-01-01")));
    m.add_claim(claim("later one"));
    m.add_claim(claim("later \"two\""));
    Claim forecast = *m.find_claim("forecast");
    forecast.prediction = p;
    m.update_claim(forecast);
    m.add_claim(claim("missed", settled("2020-01-01", PredictionStatus::failed, "2020-01-02", {})));
    for (Format f : {Format::xml, Format::json, Format::graphml, Format::argdown}) {
        INFO(io::to_string(f) << "\n" << io::write_map(m, f));
        ArgumentMap back;
        const auto r = io::read_map(io::write_map(m, f), f, back, "round-trip");
        INFO(r.description());
        REQUIRE(r);
        CHECK(back == m);
        CHECK(io::lost_in(m, f).empty());
    }
    for (Format f : {Format::aif, Format::bag, Format::i23, Format::apx, Format::tgf}) {
        const auto lost = io::lost_in(m, f);
        INFO(io::to_string(f));
        CHECK(std::find(lost.begin(), lost.end(), "3 predictions") != lost.end());
    }
}

TEST_CASE("random maps with predictions round-trip through XML, JSON and GraphML claims", "[predictions][roundtrip]") {
    std::size_t with_predictions = 0, resolved = 0, with_evidence = 0;
    for (std::uint32_t seed = 1; seed <= 200; ++seed) {
        const ArgumentMap m = helpers::random_map(seed);
        INFO("seed " << seed);
        for (const auto& c : m.claims())
            if (c.prediction) {
                ++with_predictions;
                resolved += c.prediction->status != PredictionStatus::open;
                with_evidence += !c.prediction->evidence.empty();
            }
        for (Format f : {Format::xml, Format::json}) {
            ArgumentMap back;
            REQUIRE(io::read_map(io::write_map(m, f), f, back, "r"));
            CHECK(back == m);
        }
        ArgumentMap g;
        REQUIRE(io::read_map(io::write_map(m, Format::graphml), Format::graphml, g, "r.graphml"));
        for (std::size_t i = 0; i < m.claims().size(); ++i) CHECK(g.claims()[i].prediction == m.claims()[i].prediction);
    }
    // The generator exercises every shape.
    CHECK(with_predictions > 100);
    CHECK(resolved > 50);
    CHECK(with_evidence > 30);
}

TEST_CASE("Argdown carries predictions in data keys; bad values are positioned errors", "[predictions][argdown]") {
    ArgumentMap m;
    auto r = io::read_argdown(
        "[P]: It will rain. {prediction: 2024-06-30, resolution: held, resolved_on: 2024-06-12, resolved_by: [E1, E2], "
        "prediction_note: \"early\"}\n\n"
        "[Q]: It will snow. {prediction: \"2030-01-01\"}\n\n"
        "[E1]: Rain fell on 12 June.\n\n"
        "[E2]: The gauge filled. {resolved_by: E1, prediction: 2024-06-11, resolution: failed, resolved_on: 2024-06-13}\n",
        m, "p.argdown");
    INFO(r.description());
    REQUIRE(r);
    CHECK(r.warnings.empty());
    REQUIRE(m.find_claim("P")->prediction);
    const Prediction& p = *m.find_claim("P")->prediction;
    CHECK(p.horizon == "2024-06-30");
    CHECK(p.status == PredictionStatus::held);
    CHECK(p.resolved_on == "2024-06-12");
    CHECK(p.evidence == std::vector<std::string>{"E1", "E2"});
    CHECK(p.note == "early");
    CHECK(m.find_claim("P")->data.empty());  // prediction keys are not free data
    CHECK(m.find_claim("Q")->prediction == open_until("2030-01-01"));
    CHECK(m.find_claim("E2")->prediction->evidence == std::vector<std::string>{"E1"});
    CHECK_FALSE(m.find_claim("E1")->prediction);

    ArgumentMap bad;
    r = io::read_argdown("[P]: x {prediction: 2024-06-30, resolution: maybe}\n", bad, "b.argdown");
    CHECK(r.description() == "b.argdown:1:45: error: 'resolution' expects open, held or failed, got 'maybe'");
    r = io::read_argdown("[P]: x {prediction: 2024-06-31}\n", bad, "b.argdown");
    CHECK_THAT(r.description(), Catch::StartsWith("b.argdown:1:1: error: prediction of claim 'P' has horizon '2024-06-31'"));
    r = io::read_argdown("[A]: a\n[P]: x {prediction: 2024-06-30, resolution: held, resolved_on: 2024-07-01, resolved_by: [A, Z]}\n", bad,
                         "b.argdown");
    CHECK(r.status == io::ParseStatus::unknown_reference);
    CHECK_THAT(r.description(), Catch::StartsWith("b.argdown:2:1: error: prediction of claim 'P' names unknown evidence claim 'Z'"));
    r = io::read_argdown("[P]: x {resolution: held, resolved_on: 2024-07-01}\n", bad, "b.argdown");
    CHECK_THAT(r.description(), Catch::Contains("needs a horizon date"));
    r = io::read_argdown("[P]: x {prediction: 2024-06-30, resolved_by: {a: b}}\n", bad, "b.argdown");
    CHECK_THAT(r.description(), Catch::Contains("'resolved_by' expects a claim id or a list of claim ids"));
}

TEST_CASE("native XML and JSON report bad predictions by element path and JSON pointer", "[predictions][errors]") {
    ArgumentMap m;
    const std::string head = "<argmap xmlns=\"https://argmap.dev/ns/native/1\" version=\"1\"><claims>\n";
    auto xml = [&](const std::string& body) {
        const auto r = io::read_xml(head + body + "</claims></argmap>", m, "p.xml");
        return r.description();
    };
    CHECK(xml("<claim id=\"a\"><text/><prediction horizon=\"2024-01-01\"><evidence ref=\"b\"/></prediction></claim>\n") ==
          "p.xml:2:22 (/argmap/claims[1]/claim[1]/prediction[1]): error: prediction of claim 'a' is open but names evidence; "
          "only a held or failed prediction has evidence");
    CHECK_THAT(xml("<claim id=\"a\"><prediction horizon=\"2024-01-01\" status=\"held\" resolved-on=\"2024-02-01\">"
                   "<evidence ref=\"zz\"/></prediction></claim>"),
               Catch::Contains("(/argmap/claims[1]/claim[1]/prediction[1]): error: prediction of claim 'a' names unknown evidence claim 'zz'"));
    CHECK_THAT(xml("<claim id=\"a\"><prediction status=\"held\"/></claim>"), Catch::Contains("missing attribute 'horizon'"));
    CHECK_THAT(xml("<claim id=\"a\"><prediction horizon=\"2024-01-01\" status=\"late\"/></claim>"),
               Catch::Contains("unknown status 'late'; expected open, held or failed"));
    CHECK_THAT(xml("<claim id=\"a\"><prediction horizon=\"2024-01-01\" when=\"x\"/></claim>"), Catch::Contains("unexpected attribute 'when'"));
    CHECK_THAT(xml("<claim id=\"a\"><prediction horizon=\"2024-01-01\"/><prediction horizon=\"2024-01-01\"/></claim>"),
               Catch::Contains("at most one <prediction>"));
    CHECK_THAT(xml("<claim id=\"a\"><prediction horizon=\"2024-01-01\"><why/></prediction></claim>"),
               Catch::Contains("unexpected element <why>; expected evidence or note"));

    auto json = [&](const std::string& prediction) {
        const auto r = io::read_json("{\"format\": \"argmap\", \"version\": 1, \"claims\": [{\"id\": \"e\"}, {\"id\": \"a\", \"prediction\": " +
                                         prediction + "}]}",
                                     m, "p.json");
        return r.description();
    };
    CHECK(json("{\"horizon\": \"2024-01-01\", \"status\": \"held\", \"resolved_on\": \"2024-02-01\", \"evidence\": [\"e\", \"x\"]}") ==
          "p.json (/claims/1/prediction): error: prediction of claim 'a' names unknown evidence claim 'x'");
    CHECK(json("{\"horizon\": \"2024-01-01\", \"status\": \"won\"}") ==
          "p.json (/claims/1/prediction/status): error: expected open, held or failed, got 'won'");
    CHECK(json("{\"horizon\": \"2024-01-01\", \"evidence\": [1]}") == "p.json (/claims/1/prediction/evidence/0): error: expected a claim id (string)");
    CHECK(json("{\"status\": \"open\"}") == "p.json (/claims/1/prediction): error: missing member 'horizon'");
    CHECK(json("{\"horizon\": \"2024-01-01\", \"by\": 3}") ==
          "p.json (/claims/1/prediction/by): error: unknown member 'by'; expected horizon, status, resolved_on, evidence or note");
    CHECK(json("\"2024-01-01\"") == "p.json (/claims/1/prediction): error: expected an object");
}

TEST_CASE("predictions are open, due or resolved as of a date", "[predictions]") {
    ArgumentMap m;
    m.add_claim(claim("e"));
    m.add_claim(claim("soon", open_until("2024-06-30")));
    m.add_claim(claim("later", open_until("2030-01-01")));
    m.add_claim(claim("early", settled("2024-12-31", PredictionStatus::held, "2024-03-01", {"e"})));
    m.add_claim(claim("late", settled("2023-12-31", PredictionStatus::failed, "2024-06-15", {"e"})));
    m.add_claim(claim("plain"));

    const auto before = predictions(m, "2024-01-01");
    CHECK(before.as_of == "2024-01-01");
    CHECK(ids(before.open) == std::vector<std::string>{"soon", "later", "early"});  // "early" is not resolved yet on this date
    CHECK(ids(before.due) == std::vector<std::string>{"late"});                     // its horizon passed yesterday
    CHECK(before.resolved.empty());
    CHECK(before.open[0].days == 181);  // 2024-01-01 -> 2024-06-30: 31+29+31+30+31+29
    CHECK(before.due[0].days == 1);

    const auto horizon_day = predictions(m, "2024-06-30");
    CHECK(ids(horizon_day.open) == std::vector<std::string>{"soon", "later"});  // open through its horizon day
    CHECK(horizon_day.open[0].days == 0);
    CHECK(ids(horizon_day.resolved) == std::vector<std::string>{"early", "late"});

    const auto after = predictions(m, "2024-07-01");
    CHECK(ids(after.open) == std::vector<std::string>{"later"});
    CHECK(ids(after.due) == std::vector<std::string>{"soon"});
    REQUIRE(after.resolved.size() == 2);
    CHECK(after.resolved[0].days == days_between("2024-12-31", "2024-03-01"));
    CHECK(after.resolved[0].days < 0);  // settled early
    CHECK(after.resolved[1].days == 167);
    CHECK(after.resolved[0].state == PredictionState::resolved);

    CHECK_THROWS_WITH(predictions(m, "2024-02-30"), Catch::Contains("not a calendar date"));
    CHECK(predictions(ArgumentMap{}, "2024-01-01").open.empty());
}

TEST_CASE("a resolution is flagged when its evidence is defeated, undecided or missing", "[predictions]") {
    // e_in: unattacked (in). e_out: attacked by an unattacked claim (out). u1 <-> u2: undecided.
    ArgumentMap m = helpers::parse(
        "[e_in]: a\n[e_out]: b\n[x]: c\n[u1]: d\n[u2]: e\n"
        "[p_ok]: f {prediction: 2024-01-01, resolution: held, resolved_on: 2024-02-01, resolved_by: [e_in]}\n"
        "[p_out]: g {prediction: 2024-01-01, resolution: held, resolved_on: 2024-02-01, resolved_by: [e_in, e_out]}\n"
        "[p_undec]: h {prediction: 2024-01-01, resolution: failed, resolved_on: 2024-02-01, resolved_by: [u1, e_in]}\n"
        "[p_none]: i {prediction: 2024-01-01, resolution: failed, resolved_on: 2024-02-01}\n"
        "[e_out]\n  - [x]\n[u1]\n  - [u2]\n[u2]\n  - [u1]\n[p_ok]\n  - [u1]\n");
    const auto r = predictions(m, "2025-01-01");
    REQUIRE(ids(r.resolved) == std::vector<std::string>{"p_ok", "p_out", "p_undec", "p_none"});
    // Cross-check each evidence label with the grounded labelling of the map.
    const auto labels = evaluate_grounded(m);
    for (const auto& e : r.resolved) {
        CHECK(e.label == labels[*m.claim_index(e.claim)]);
        for (const auto& ev : e.evidence) CHECK(ev.label == labels[*m.claim_index(ev.claim)]);
    }
    CHECK(r.resolved[0].standing == EvidenceStanding::accepted);
    CHECK_FALSE(r.resolved[0].flagged());
    CHECK(r.resolved[0].label == Label::undec);  // the predicting claim's own label: attacked by the undecided u1
    CHECK(r.resolved[1].standing == EvidenceStanding::defeated);
    CHECK(r.resolved[1].evidence[1].label == Label::out);
    CHECK(r.resolved[2].standing == EvidenceStanding::undecided);
    CHECK(r.resolved[3].standing == EvidenceStanding::missing);
    for (std::size_t i = 1; i < 4; ++i) CHECK(r.resolved[i].flagged());

    // A camp as audience changes labels, and so the standing: x holds no value e_out's camp
    // prefers less, so the attack x -> e_out fails for camp c and e_out is in.
    ArgumentMap camp_map = helpers::parse(
        "===\ncamps:\n  c: {name: C}\n===\n[e_out]: b {camps: [c]}\n[x]: c\n"
        "[p]: f {prediction: 2024-01-01, resolution: held, resolved_on: 2024-02-01, resolved_by: [e_out]}\n[e_out]\n  - [x]\n");
    CHECK(predictions(camp_map, "2025-01-01").resolved[0].standing == EvidenceStanding::defeated);
    ProjectionOptions for_c;
    for_c.audience = "c";
    CHECK(predictions(camp_map, "2025-01-01", for_c).resolved[0].standing == EvidenceStanding::accepted);
}

TEST_CASE("the diff of two revisions names a changed prediction", "[predictions]") {
    ArgumentMap a;
    a.add_claim(claim("e"));
    a.add_claim(claim("p", open_until("2024-01-01")));
    ArgumentMap b = a;
    Claim p = *b.find_claim("p");
    p.prediction = settled("2024-01-01", PredictionStatus::held, "2024-02-01", {"e"});
    b.update_claim(p);
    const auto d = diff(a, b);
    REQUIRE(d.changed_claims.size() == 1);
    CHECK(d.changed_claims[0].second == std::vector<std::string>{"prediction"});
}

TEST_CASE("the Central Asia revisions read cleanly, only add, and resolve what they say", "[predictions][example]") {
    const std::string dir = std::string(ARGMAP_EXAMPLES) + "/central-asia/";
    const char* files[] = {"00-2020-article-forecasts", "01-2022-01-csto-in-kazakhstan", "02-2022-02-no-limits-statement",
                           "03-2022-03-war-against-ukraine", "04-2022-06-no-recognition", "05-2022-09-samarkand-sco",
                           "06-2023-05-xian-summit", "07-2024-07-astana-sco"};
    ArgumentMap previous;
    REQUIRE(io::read_argdown_file(dir + "central-asia.argdown", previous));
    const ArgumentMap base = previous;
    for (const char* name : files) {
        INFO(name);
        ArgumentMap m;
        const auto r = io::read_argdown_file(dir + "revisions/" + name + ".argdown", m);
        INFO(r.description());
        REQUIRE(r);
        CHECK(r.warnings.empty());
        CHECK(m.camps().size() == base.camps().size());
        // Each revision keeps every claim of the previous one, with the same text and relations.
        for (const Claim& c : previous.claims()) {
            const Claim* now = m.find_claim(c.id);
            REQUIRE(now);
            CHECK(now->text == c.text);
        }
        CHECK(m.relations().size() >= previous.relations().size());
        // Claims from the public record name a source and a date.
        for (const Claim& c : m.claims())
            if (!base.find_claim(c.id)) {
                INFO(c.id);
                CHECK_FALSE(c.provenance.source.empty());
                CHECK_FALSE(c.provenance.date.empty());
                CHECK(c.prediction == std::nullopt);
            }
        // A resolution is dated after its horizon and on or before the revision's own date.
        const std::string revision_date = std::string(name).substr(3, 7);  // YYYY-MM
        for (const Claim& c : m.claims())
            if (c.prediction && c.prediction->status != PredictionStatus::open) {
                CHECK(c.prediction->resolved_on > c.prediction->horizon);
                CHECK(c.prediction->resolved_on.substr(0, 7) <= revision_date);
            }
        previous = std::move(m);
    }
    // After the last revision: one resolved prediction whose evidence stands.
    const auto r = predictions(previous, "2024-07-04");
    REQUIRE(r.resolved.size() == 1);
    CHECK(r.resolved[0].claim == "Western wishful thinking");
    CHECK(r.resolved[0].prediction.status == PredictionStatus::held);
    CHECK(r.resolved[0].standing == EvidenceStanding::accepted);
    CHECK(r.open.size() == 5);
    CHECK(predictions(previous, "2026-01-01").due.size() == 3);
}

TEST_CASE("GraphML: another tool's 'prediction' attribute is ignored with a warning; a bad one of ours is an error", "[predictions][graphml]") {
    auto graphml = [](const std::string& value) {
        return "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\">\n"
               "<key id=\"d0\" for=\"node\" attr.name=\"prediction\" attr.type=\"string\"/>\n"
               "<graph edgedefault=\"directed\">\n<node id=\"a\"><data key=\"d0\">" + value + "</data></node>\n</graph></graphml>\n";
    };
    ArgumentMap m;
    auto r = io::read_graphml(graphml("0.93"), m, "nx.graphml");
    INFO(r.description());
    REQUIRE(r);
    REQUIRE(r.warnings.size() == 1);
    CHECK(r.warnings[0].line == 4);
    CHECK_THAT(r.warnings[0].message, Catch::Contains("not an argmap prediction"));
    CHECK_FALSE(m.find_claim("a")->prediction);
    r = io::read_graphml(graphml("{\"horizon\": \"2024-13-01\"}"), m, "bad.graphml");
    CHECK(r.status == io::ParseStatus::invalid_value);
    CHECK_THAT(r.description(), Catch::Contains("bad.graphml:4:1 (/graphml/graph/node[1]/data[prediction]): error: prediction of claim 'a' has horizon '2024-13-01'"));
}

TEST_CASE("operations between maps carry predictions whose evidence comes and goes", "[predictions][history]") {
    // Random maps; predictions resolved by claims that the edit adds, keeps or removes.
    for (std::uint32_t seed = 0; seed < 400; ++seed) {
        std::mt19937 rng(seed);
        ArgumentMap a = helpers::random_map(seed), b = helpers::random_map(seed + 777);
        auto resolve = [&](ArgumentMap& m, const ArgumentMap& other) {
            // Evidence drawn from the claims of m that follow the predicted one, so every
            // prediction names claims later in the list.
            const auto cl = m.claims();
            for (std::size_t i = 0; i + 1 < cl.size(); ++i) {
                if (rng() % 3) continue;
                Claim c = cl[i];
                Prediction p;
                p.horizon = "2024-01-01";
                if (rng() % 2) {
                    p.status = PredictionStatus::held;
                    p.resolved_on = "2024-02-01";
                    for (std::size_t k = i + 1; k < cl.size() && p.evidence.size() < 3; ++k)
                        if (rng() % 2 || other.find_claim(cl[k].id) == nullptr) p.evidence.push_back(cl[k].id);
                }
                c.prediction = p;
                m.update_claim(c);
            }
        };
        resolve(a, b);
        resolve(b, a);
        const auto ops = operations_between(a, b);
        ArgumentMap m = a;
        for (const auto& o : ops) {
            INFO("seed " << seed << ": " << describe(o));
            REQUIRE_NOTHROW(argmap::apply(m, o));
        }
        REQUIRE(m == b);
        for (std::size_t k = ops.size(); k-- > 0;) {
            INFO("seed " << seed << ": revert " << describe(ops[k]));
            REQUIRE_NOTHROW(argmap::revert(m, ops[k]));
        }
        REQUIRE(m == a);
    }
}
