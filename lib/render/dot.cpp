// Diagrams through Graphviz: the graph is built with cgraph calls (names and attribute values
// are quoted by cgraph itself; labels are HTML-like, escaped here), laid out and rendered by gvc.
#include "argmap/io.hpp"
#include "argmap/render.hpp"
#include "argmap/text.hpp"

#include <cstdio>
#include <map>
#include <memory>
#include <mutex>

#include <graphviz/cgraph.h>
#include <graphviz/gvc.h>

namespace argmap {

namespace {

// cgraph's API takes char* for strings it only reads.
char* cs(const std::string& s) { return const_cast<char*>(s.c_str()); }
char* cs(const char* s) { return const_cast<char*>(s); }

void set(void* obj, const char* name, const std::string& value) { agsafeset(obj, cs(name), cs(value), cs("")); }

// Text for a Graphviz HTML-like label: markup characters escaped, line breaks as spaces (the
// label breaks lines itself with <BR/>).
std::string html_label_text(std::string_view s) {
    std::string out;
    for (char c : s) {
        switch (c) {
        case '&': out += "&amp;"; break;
        case '<': out += "&lt;"; break;
        case '>': out += "&gt;"; break;
        case '"': out += "&quot;"; break;
        case '\'': out += "&#39;"; break;
        case '\n': case '\r': case '\t': out += ' '; break;
        default: out += c;
        }
    }
    return out;
}

std::size_t code_points(std::string_view s) {
    std::size_t n = 0;
    for (unsigned char c : s) n += (c & 0xC0) != 0x80;
    return n;
}

// Greedy word wrap by code points; a word longer than the width gets a line of its own.
std::vector<std::string> wrap(std::string_view text, std::size_t width) {
    std::vector<std::string> lines;
    std::string line;
    std::size_t i = 0;
    while (i < text.size()) {
        while (i < text.size() && (text[i] == ' ' || text[i] == '\n' || text[i] == '\t' || text[i] == '\r')) ++i;
        std::size_t j = i;
        while (j < text.size() && text[j] != ' ' && text[j] != '\n' && text[j] != '\t' && text[j] != '\r') ++j;
        if (j == i) break;
        std::string_view word = text.substr(i, j - i);
        if (!line.empty() && code_points(line) + 1 + code_points(word) > width) {
            lines.push_back(std::move(line));
            line.clear();
        }
        if (!line.empty()) line += ' ';
        line += word;
        i = j;
    }
    if (!line.empty()) lines.push_back(std::move(line));
    return lines;
}

const char* shape_of(ClaimKind k) {
    switch (k) {
    case ClaimKind::thesis: return "doubleoctagon";
    case ClaimKind::claim: return "box";
    case ClaimKind::argument: return "box";
    case ClaimKind::evidence: return "note";
    case ClaimKind::assumption: return "parallelogram";
    }
    return "box";
}

const char* fill_of(Label l) {
    switch (l) {
    case Label::in: return "#b7e4c7";
    case Label::out: return "#f5b7b1";
    case Label::undec: return "#fde68a";
    }
    return "white";
}

std::string pen_width(double w) {
    char buf[16];
    std::snprintf(buf, sizeof buf, "%.2f", 0.6 + 2.4 * w);
    return buf;
}

std::string node_label(const Claim& c, std::optional<Label> label, std::size_t width) {
    std::string h = "<B>" + html_label_text(c.id) + "</B>";
    h += " <FONT POINT-SIZE=\"9\">" + std::string(to_string(c.kind));
    if (label) h += " · " + std::string(to_string(*label));
    if (!c.provenance.locator.empty()) h += " · " + html_label_text(c.provenance.locator);
    h += "</FONT>";
    for (const auto& line : wrap(plain_text(c.text), width)) h += "<BR/>" + html_label_text(line);
    return h;
}

// Graphviz reports errors through a global callback; collect them under graphviz_mutex.
std::mutex graphviz_mutex;  // gvc and cgraph keep global state

// One Graphviz context for the process, created on first use (under graphviz_mutex) and never
// freed. Graphviz 2.42's pango plugin caches a pointer to the last font name it measured, and
// that name lives in the context's font dictionary: freeing the context and laying out with a
// new one reads freed memory (AddressSanitizer shows it on the second render in a process).
// Keeping the context also spares reloading the plugins on every render.
GVC_t* graphviz_context() {
    static GVC_t* const context = gvContext();
    return context;
}
std::string graphviz_error;
int collect_error(char* message) {
    graphviz_error += message;
    return 0;
}

struct GraphDeleter {
    void operator()(Agraph_t* g) const { agclose(g); }
};
using GraphPtr = std::unique_ptr<Agraph_t, GraphDeleter>;

GraphPtr build(const ArgumentMap& map, std::span<const Label> labels, const RenderOptions& o) {
    if (!labels.empty() && labels.size() != map.claims().size())
        throw RenderError("labels: expected one per claim (" + std::to_string(map.claims().size()) + "), got " +
                          std::to_string(labels.size()));
    GraphPtr g(agopen(cs("argmap"), Agdirected, nullptr));
    if (!g) throw RenderError("graphviz: cannot create a graph");
    set(g.get(), "rankdir", o.rankdir);
    set(g.get(), "fontname", "Helvetica");
    set(g.get(), "nodesep", "0.3");
    set(g.get(), "ranksep", "0.5");
    if (!map.title().empty()) {
        char* h = agstrdup_html(g.get(), cs("<B>" + html_label_text(map.title()) + "</B>"));
        set(g.get(), "label", h);
        agstrfree(g.get(), h);
        set(g.get(), "labelloc", "t");
    }
    // Defaults first, so every node and edge carries these attributes.
    agattr(g.get(), AGNODE, cs("shape"), cs("box"));
    agattr(g.get(), AGNODE, cs("style"), cs("filled"));
    agattr(g.get(), AGNODE, cs("fillcolor"), cs("white"));
    agattr(g.get(), AGNODE, cs("fontname"), cs("Helvetica"));
    agattr(g.get(), AGNODE, cs("fontsize"), cs("11"));
    agattr(g.get(), AGNODE, cs("label"), cs("\\N"));
    agattr(g.get(), AGEDGE, cs("color"), cs("black"));
    agattr(g.get(), AGEDGE, cs("arrowhead"), cs("normal"));
    agattr(g.get(), AGEDGE, cs("style"), cs("solid"));
    agattr(g.get(), AGEDGE, cs("penwidth"), cs("1"));

    std::map<std::string, Agraph_t*> clusters;
    if (o.camp_clusters)
        for (const Camp& c : map.camps()) {
            Agraph_t* sg = agsubg(g.get(), cs("cluster_" + c.id), 1);
            char* h = agstrdup_html(g.get(), cs("<I>" + html_label_text(c.name.empty() ? c.id : c.name) + "</I>"));
            set(sg, "label", h);
            agstrfree(g.get(), h);
            set(sg, "style", "rounded,dashed");
            set(sg, "color", c.color.empty() ? "gray40" : c.color);
            set(sg, "fontcolor", c.color.empty() ? "gray20" : c.color);
            if (o.element_ids) set(sg, "id", "camp_" + std::to_string(&c - map.camps().data()));
            clusters.emplace(c.id, sg);
        }
    const auto claims = map.claims();
    const auto rels = map.relations();
    // The focus: which claims and relations are emphasised (highlight) or drawn at all.
    const bool focus = !o.focus_claims.empty() || !o.focus_relations.empty();
    std::vector<char> claim_in(claims.size(), !focus), rel_in(rels.size(), !focus);
    for (const auto& id : o.focus_claims)
        if (auto i = map.claim_index(id)) claim_in[*i] = 1;
    for (const auto& id : o.focus_relations)
        if (auto i = map.relation_index(id)) rel_in[*i] = 1;
    const bool restrict_to_focus = focus && !o.highlight;
    // A relation is drawn when its ends are: its source claim and its target claim or relation.
    std::vector<char> rel_drawn(rels.size(), 1);
    if (restrict_to_focus)
        for (bool changed = true; changed;) {
            changed = false;
            for (std::size_t i = 0; i < rels.size(); ++i) {
                const Relation& r = rels[i];
                const bool target = r.type == RelationType::undercut ? rel_drawn[*map.relation_index(r.target)] != 0
                                                                     : claim_in[*map.claim_index(r.target)] != 0;
                const bool drawn = rel_in[i] && claim_in[*map.claim_index(r.source)] && target;
                if (drawn != (rel_drawn[i] != 0)) {
                    rel_drawn[i] = drawn;
                    changed = true;
                }
            }
        }
    std::vector<Agnode_t*> nodes(claims.size(), nullptr);
    for (std::size_t i = 0; i < claims.size(); ++i) {
        if (restrict_to_focus && !claim_in[i]) continue;
        const Claim& c = claims[i];
        Agraph_t* owner = g.get();
        if (o.camp_clusters && !c.camps.empty()) owner = clusters.at(c.camps.front());
        Agnode_t* n = agnode(owner, cs(c.id), 1);
        nodes[i] = n;
        std::optional<Label> label;
        if (!labels.empty()) label = labels[i];
        char* h = agstrdup_html(g.get(), cs(node_label(c, label, o.wrap_width)));
        set(n, "label", h);
        agstrfree(g.get(), h);
        set(n, "shape", shape_of(c.kind));
        std::string style = "filled";
        if (c.kind == ClaimKind::argument) style += ",rounded";
        if (c.kind == ClaimKind::thesis) style += ",bold";
        set(n, "style", style);
        set(n, "fillcolor", label ? fill_of(*label) : "white");
        set(n, "penwidth", pen_width(c.weight));
        if (o.element_ids) set(n, "id", "claim_" + std::to_string(i));
        if (focus && o.highlight) {
            if (claim_in[i]) set(n, "penwidth", "3");
            else {
                set(n, "fillcolor", "#f2f2f2");
                set(n, "color", "gray70");
                set(n, "fontcolor", "gray55");
            }
        }
        if (c.camps.size() > 1 || (!o.camp_clusters && !c.camps.empty())) {
            std::string tip = "camps:";
            for (const auto& cp : c.camps) tip += " " + cp;
            set(n, "tooltip", tip);
        }
    }
    // Relations. One that is undercut passes through a point node the undercut can aim at.
    std::vector<Agnode_t*> hub(rels.size(), nullptr);
    for (std::size_t i = 0; i < rels.size(); ++i)
        if (rels[i].type == RelationType::undercut && rel_drawn[i]) {
            const auto t = *map.relation_index(rels[i].target);
            if (!hub[t]) {
                hub[t] = agnode(g.get(), cs("relation " + rels[t].id), 1);
                set(hub[t], "shape", "point");
                set(hub[t], "width", "0.08");
                set(hub[t], "label", "");
            }
        }
    auto style_edge = [&](Agedge_t* e, const Relation& r, bool head) {
        set(e, "penwidth", pen_width(r.weight));
        switch (r.type) {
        case RelationType::attack: set(e, "color", "#c0392b"); set(e, "arrowhead", "tee"); break;
        case RelationType::support: set(e, "color", "#1e8449"); set(e, "arrowhead", "normal"); break;
        case RelationType::undercut:
            set(e, "color", "#8e44ad");
            set(e, "arrowhead", "tee");
            set(e, "style", "dashed");
            break;
        }
        if (!head) set(e, "arrowhead", "none");
        set(e, "tooltip", std::string(to_string(r.type)) + " " + r.id);
        if (focus && o.highlight) {
            const auto i = *map.relation_index(r.id);
            if (rel_in[i]) set(e, "penwidth", "3");
            else set(e, "color", "gray80");
        }
    };
    auto node_of_target = [&](const Relation& r) -> Agnode_t* {
        if (r.type == RelationType::undercut) return hub[*map.relation_index(r.target)];
        return nodes[*map.claim_index(r.target)];
    };
    for (std::size_t i = 0; i < rels.size(); ++i) {
        if (!rel_drawn[i]) continue;
        const Relation& r = rels[i];
        Agnode_t* from = nodes[*map.claim_index(r.source)];
        Agnode_t* to = node_of_target(r);
        const std::string element = "relation_" + std::to_string(i);
        if (hub[i]) {
            Agedge_t* in = agedge(g.get(), from, hub[i], cs(r.id + " (in)"), 1);
            Agedge_t* out = agedge(g.get(), hub[i], to, cs(r.id), 1);
            style_edge(in, r, false);
            style_edge(out, r, true);
            if (o.element_ids) {
                set(in, "id", element + "_in");
                set(out, "id", element);
                set(hub[i], "id", element + "_point");
            }
        } else {
            Agedge_t* e = agedge(g.get(), from, to, cs(r.id), 1);
            style_edge(e, r, true);
            if (o.element_ids) set(e, "id", element);
        }
    }
    return g;
}

}  // namespace

std::optional<ImageFormat> image_format_of(std::string_view path) noexcept {
    auto dot = path.rfind('.');
    if (dot == std::string_view::npos) return std::nullopt;
    std::string ext;
    for (char c : path.substr(dot + 1)) ext += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    if (ext == "dot" || ext == "gv") return ImageFormat::dot;
    if (ext == "svg") return ImageFormat::svg;
    if (ext == "png") return ImageFormat::png;
    return std::nullopt;
}

std::string to_dot(const ArgumentMap& map, std::span<const Label> labels, const RenderOptions& options) {
    return render(map, labels, ImageFormat::dot, options);
}

std::string render(const ArgumentMap& map, std::span<const Label> labels, ImageFormat format,
                   const RenderOptions& options) {
    std::lock_guard lock(graphviz_mutex);
    graphviz_error.clear();
    agseterr(AGERR);
    agseterrf(collect_error);
    GraphPtr g = build(map, labels, options);
    if (format == ImageFormat::dot) {
        char* buf = nullptr;
        std::size_t size = 0;
        FILE* f = open_memstream(&buf, &size);
        if (!f) throw RenderError("cannot open a memory stream for DOT output");
        const int rc = agwrite(g.get(), f);
        std::fclose(f);
        std::string out(buf ? buf : "", size);
        std::free(buf);
        if (rc != 0) throw RenderError("graphviz: cannot write DOT: " + graphviz_error);
        return out;
    }
    GVC_t* gvc = graphviz_context();
    if (!gvc) throw RenderError("graphviz: cannot create a context");
    if (gvLayout(gvc, g.get(), options.layout.c_str()) != 0)
        throw RenderError("graphviz: layout '" + options.layout + "' failed: " + graphviz_error);
    struct LayoutGuard {
        GVC_t* gvc;
        Agraph_t* g;
        ~LayoutGuard() { gvFreeLayout(gvc, g); }
    } layout_guard{gvc, g.get()};
    char* data = nullptr;
    unsigned int length = 0;
    const char* name = format == ImageFormat::svg ? "svg" : "png";
    const int rc = gvRenderData(gvc, g.get(), name, &data, &length);
    std::string out(data ? data : "", data ? length : 0);
    if (data) gvFreeRenderData(data);
    if (rc != 0 || out.empty())
        throw RenderError(std::string("graphviz: cannot render ") + name + " (is the plugin installed?) " + graphviz_error);
    return out;
}

void render_file(const ArgumentMap& map, std::span<const Label> labels, const std::string& path,
                 const RenderOptions& options) {
    const auto format = image_format_of(path);
    if (!format) throw RenderError(path + ": unknown image extension; expected .svg, .png, .dot or .gv");
    const std::string bytes = render(map, labels, *format, options);
    try {
        io::write_file_atomically(path, bytes);
    } catch (const io::WriteError& e) {
        throw RenderError(e.what());
    }
}

}  // namespace argmap
