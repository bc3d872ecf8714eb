// The HTML report: every result computed here, once, into one JSON blob; the page's inline
// script only looks things up and recolours. User texts reach the page three ways, each escaped
// for where it lands: in the SVG through Graphviz (which writes XML entities), in the JSON blob
// (with <, > and & as \u escapes so no "</script" or "<!--" can end or bend the script element),
// and in the page's title and heading (HTML entities). The script writes texts with textContent.
#include "argmap/report.hpp"
#include "argmap/io.hpp"

#include "argmap/explain.hpp"
#include "argmap/version.hpp"

#include <nlohmann/json.hpp>

#include <chrono>
#include <cstdio>
#include <fstream>
#include <stdexcept>

namespace argmap {

namespace {

using json = nlohmann::ordered_json;

std::string seconds(double s) {
    char b[32];
    std::snprintf(b, sizeof b, "%g s", s);
    return b;
}

const char* method_name(GradualMethod m) {
    switch (m) {
    case GradualMethod::automatic: return "auto";
    case GradualMethod::exact: return "exact";
    case GradualMethod::discrete: return "discrete";
    case GradualMethod::continuous: return "continuous";
    }
    return "auto";
}

json explanation_json(const Explanation& e) {
    json j{{"subject", e.subject}, {"label", std::string(to_string(e.label))}, {"reason", e.reason}};
    j["because"] = json::array();
    for (const auto& c : e.because) j["because"].push_back(explanation_json(c));
    return j;
}

std::vector<GradualSemantics> default_gradual() {
    std::vector<GradualSemantics> out;
    for (const char* name : {"h-categorizer", "max-based", "card-based", "df-quad", "qe", "euler", "mlp"})
        out.push_back(*parse_gradual(name));
    return out;
}

json results(const ArgumentMap& map, const ReportOptions& o) {
    const auto claims = map.claims();
    json j;
    j["format"] = "argmap-report";
    j["version"] = 1;
    j["title"] = map.title();
    j["generator"] = "argmap " + std::string(version());
    j["claims"] = json::array();
    for (std::size_t i = 0; i < claims.size(); ++i) {
        const Claim& c = claims[i];
        j["claims"].push_back({{"id", c.id},
                               {"element", "claim_" + std::to_string(i)},
                               {"text", c.text},
                               {"kind", std::string(to_string(c.kind))},
                               {"weight", c.weight},
                               {"camps", c.camps},
                               {"provenance",
                                {{"source", c.provenance.source},
                                 {"locator", c.provenance.locator},
                                 {"date", c.provenance.date},
                                 {"url", c.provenance.url}}},
                               {"tags", c.tags},
                               {"group", c.group}});
    }
    j["camps"] = json::array();
    for (std::size_t i = 0; i < map.camps().size(); ++i) {
        const Camp& c = map.camps()[i];
        j["camps"].push_back({{"id", c.id}, {"name", c.name}, {"color", c.color}, {"element", "camp_" + std::to_string(i)}});
    }
    std::vector<std::string> audiences{""};
    if (o.audiences)
        for (const Camp& c : map.camps()) audiences.push_back(c.id);
    j["audiences"] = audiences;

    json skipped = json::array();
    const auto& chosen = o.semantics.empty() ? std::vector<Semantics>(all_semantics().begin(), all_semantics().end()) : o.semantics;
    j["extension"] = json::array();
    for (const auto& audience : audiences) {
        ProjectionOptions p = o.projection;
        p.audience = audience;
        for (Semantics s : chosen) {
            const auto ev = evaluate(map, s, p, Limits::timeout(o.timeout));
            if (ev.answer == Answer::unknown) {
                skipped.push_back({{"semantics", std::string(to_string(s))}, {"audience", audience},
                                   {"reason", "no answer within " + seconds(o.timeout)}});
                continue;
            }
            json r{{"semantics", std::string(to_string(s))}, {"code", std::string(iccma_code(s))}, {"audience", audience},
                   {"labelled", !ev.labels.empty()}, {"has_extension", ev.has_extension}};
            json status = json::array(), acceptance = json::array();
            for (std::size_t i = 0; i < claims.size(); ++i) {
                acceptance.push_back(std::string(to_string(ev.acceptance[i])));
                status.push_back(ev.labels.empty() ? std::string(to_string(ev.acceptance[i])) : std::string(to_string(ev.labels[i])));
            }
            r["status"] = std::move(status);
            r["acceptance"] = std::move(acceptance);
            j["extension"].push_back(std::move(r));
        }
    }

    j["gradual"] = json::array();
    for (const auto& g : o.gradual.empty() ? default_gradual() : o.gradual) {
        GradualOptions go;
        go.limits = Limits::timeout(o.timeout);
        const auto r = evaluate_gradual(map, g, go);
        if (!r.converged) {
            skipped.push_back({{"gradual", to_string(g)}, {"reason", r.message}});
            continue;
        }
        j["gradual"].push_back({{"semantics", to_string(g)},
                                {"converged", r.converged},
                                {"method", method_name(r.method)},
                                {"iterations", r.iterations},
                                {"strength", r.strength}});
    }
    j["skipped"] = std::move(skipped);

    // Explanation sets, one per (kind, selection). Grounded now; further kinds append entries.
    j["explanations"] = json::array();
    for (const auto& audience : audiences) {
        ProjectionOptions p = o.projection;
        p.audience = audience;
        json set{{"kind", "grounded"}, {"semantics", "grounded"}, {"audience", audience}};
        json per_claim = json::array();
        for (const Claim& c : claims) per_claim.push_back(explanation_json(explain_grounded(map, c.id, o.explanation_depth, p)));
        set["claims"] = std::move(per_claim);
        j["explanations"].push_back(std::move(set));
    }
    return j;
}

// JSON text safe inside <script type="application/json">: '<', '>' and '&' occur only inside
// strings, where their \u escapes mean the same.
std::string script_safe(const std::string& text) {
    std::string out;
    out.reserve(text.size());
    for (char c : text) {
        switch (c) {
        case '<': out += "\\u003c"; break;
        case '>': out += "\\u003e"; break;
        case '&': out += "\\u0026"; break;
        default: out += c;
        }
    }
    return out;
}

std::string html_escape(std::string_view s) {
    std::string out;
    for (char c : s) {
        switch (c) {
        case '&': out += "&amp;"; break;
        case '<': out += "&lt;"; break;
        case '>': out += "&gt;"; break;
        case '"': out += "&quot;"; break;
        case '\'': out += "&#39;"; break;
        default: out += c;
        }
    }
    return out;
}

// Graphviz's SVG as an inline element: no XML declaration, doctype or comments (which name
// nodes; a comment is the one place a text could matter to an HTML parser).
std::string inline_svg(std::string svg) {
    const auto start = svg.find("<svg");
    if (start == std::string::npos) throw RenderError("graphviz: no <svg> element in its output");
    svg.erase(0, start);
    std::string out;
    out.reserve(svg.size());
    for (std::size_t i = 0; i < svg.size();) {
        if (svg.compare(i, 4, "<!--") == 0) {
            const auto end = svg.find("-->", i + 4);
            if (end == std::string::npos) break;
            i = end + 3;
            while (i < svg.size() && svg[i] == '\n') ++i;
            continue;
        }
        out += svg[i++];
    }
    return out;
}

constexpr const char* style = R"CSS(
:root { font-family: system-ui, sans-serif; font-size: 14px; color: #1f2933; }
body { margin: 0; display: flex; flex-direction: column; height: 100vh; }
header { padding: 8px 14px; border-bottom: 1px solid #d0d7de; display: flex; flex-wrap: wrap; gap: 6px 18px; align-items: center; }
header h1 { font-size: 17px; margin: 0 12px 0 0; }
header label { font-size: 13px; }
main { flex: 1; display: flex; min-height: 0; }
#diagram { flex: 1; overflow: auto; padding: 8px; }
#diagram svg { max-width: none; height: auto; }
#diagram.fit svg { width: 100%; }
#diagram g.node { cursor: pointer; }
#diagram g.node.selected polygon, #diagram g.node.selected path, #diagram g.node.selected ellipse { stroke: #1d4ed8; stroke-width: 3; }
#panel { width: 360px; overflow: auto; padding: 10px 14px; border-left: 1px solid #d0d7de; background: #f8fafc; }
#panel h2 { font-size: 16px; margin: 4px 0 6px; word-break: break-word; }
#panel-text { white-space: pre-wrap; margin: 0 0 10px; }
#panel dl { display: grid; grid-template-columns: max-content 1fr; gap: 3px 10px; margin: 0 0 10px; }
#panel dt { color: #52606d; }
#panel dd { margin: 0; word-break: break-word; }
.status { display: inline-block; padding: 0 6px; border-radius: 4px; border: 1px solid #9aa5b1; }
#panel-explanation ul { padding-left: 16px; margin: 2px 0; }
#legend { display: flex; gap: 10px; font-size: 12px; }
#legend span.swatch { display: inline-block; width: 12px; height: 12px; border: 1px solid #666; vertical-align: middle; margin-right: 3px; }
.note { color: #52606d; font-size: 12px; }
)CSS";

constexpr const char* script = R"JS(
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("argmap-data").textContent);
  var COLOURS = { "in": "#b7e4c7", "out": "#f5b7b1", "undec": "#fde68a",
                  "sceptical": "#b7e4c7", "credulous": "#bfdbfe", "rejected": "#f5b7b1", "none": "#ffffff" };
  var state = { semantics: "", gradual: "", audience: "", colour: "status", zoom: "fit", select: -1 };
  var $ = function (id) { return document.getElementById(id); };
  var clickAtLoad = -1;  // #click=ID: a real click event on that node once the page is set up

  function add(parent, tag, text, cls) {
    var e = document.createElement(tag);
    if (text !== undefined && text !== null) e.textContent = String(text);
    if (cls) e.className = cls;
    parent.appendChild(e);
    return e;
  }
  function clear(e) { while (e.firstChild) e.removeChild(e.firstChild); }
  function unique(list) { var out = []; list.forEach(function (x) { if (out.indexOf(x) < 0) out.push(x); }); return out; }
  function campName(id) {
    for (var i = 0; i < data.camps.length; ++i) if (data.camps[i].id === id) return data.camps[i].name || id;
    return id;
  }
  function extension() {
    for (var i = 0; i < data.extension.length; ++i) {
      var r = data.extension[i];
      if (r.semantics === state.semantics && r.audience === state.audience) return r;
    }
    return null;
  }
  function gradual() {
    for (var i = 0; i < data.gradual.length; ++i) if (data.gradual[i].semantics === state.gradual) return data.gradual[i];
    return null;
  }
  // Red (0) through amber (0.5) to green (1).
  function strengthColour(s) {
    var a = [245, 183, 177], b = [253, 230, 138], c = [183, 228, 199];
    var from = s < 0.5 ? a : b, to = s < 0.5 ? b : c, t = s < 0.5 ? s / 0.5 : (s - 0.5) / 0.5;
    var rgb = from.map(function (x, k) { return Math.round(x + (to[k] - x) * t); });
    return "rgb(" + rgb.join(", ") + ")";
  }

  function recolour() {
    var r = extension(), g = gradual();
    data.claims.forEach(function (c, i) {
      var node = $(c.element);
      if (!node) return;
      var status = r ? r.status[i] : "none";
      var fill = state.colour === "strength" && g ? strengthColour(g.strength[i]) : COLOURS[status];
      node.setAttribute("data-status", status);
      if (g) node.setAttribute("data-strength", String(g.strength[i]));
      node.setAttribute("data-fill", fill);
      var shapes = node.querySelectorAll("polygon, path, ellipse");
      for (var k = 0; k < shapes.length; ++k)
        if (shapes[k].getAttribute("fill") !== "none") shapes[k].setAttribute("fill", fill);
      if (i === state.select) node.classList.add("selected"); else node.classList.remove("selected");
    });
    var legend = $("legend");
    clear(legend);
    var keys = state.colour === "strength" ? [] : (r && r.labelled ? ["in", "out", "undec"] : ["sceptical", "credulous", "rejected"]);
    keys.forEach(function (k) {
      var item = add(legend, "span");
      item.setAttribute("data-status", k);
      item.setAttribute("data-fill", COLOURS[k]);
      var sw = add(item, "span", null, "swatch");
      sw.style.background = COLOURS[k];
      item.appendChild(document.createTextNode(k));
    });
    if (state.colour === "strength") add(legend, "span", "strength: red 0, amber 0.5, green 1", "note");
    if (r && !r.has_extension) add(legend, "span", "no " + r.semantics + " extension exists", "note");
  }

  function explanationTree(parent, e) {
    var ul = add(parent, "ul");
    var li = add(ul, "li");
    add(li, "strong", e.subject);
    li.appendChild(document.createTextNode(" is " + e.label + ": " + e.reason));
    e.because.forEach(function (b) { explanationTree(li, b); });
  }

  function panel() {
    var p = $("panel-body");
    clear(p);
    if (state.select < 0 || state.select >= data.claims.length) {
      add(p, "p", "Click a claim to see its text, provenance, camps, status and why.", "note");
      return;
    }
    var i = state.select, c = data.claims[i], r = extension(), g = gradual();
    add(p, "h2", c.id).id = "panel-id";
    add(p, "p", c.text).id = "panel-text";
    var dl = add(p, "dl");
    function row(term, value, id) {
      if (value === "" || value === null || value === undefined) return null;
      add(dl, "dt", term);
      var dd = add(dl, "dd", value);
      if (id) dd.id = id;
      return dd;
    }
    row("kind", c.kind, "panel-kind");
    row("base weight", c.weight, "panel-weight");
    row("camps", c.camps.map(campName).join(", "), "panel-camps");
    var pv = c.provenance;
    row("source", pv.source, "panel-source");
    row("place", pv.locator, "panel-locator");
    row("date", pv.date, "panel-date");
    row("url", pv.url, "panel-url");
    row("group", c.group);
    row("tags", c.tags.join(", "));
    var who = state.audience ? " (audience: " + campName(state.audience) + ")" : "";
    if (r) {
      add(dl, "dt", r.semantics + who);
      var dd = add(dl, "dd");
      var s = add(dd, "span", r.status[i], "status");
      s.id = "panel-status";
      s.style.background = COLOURS[r.status[i]];
      if (r.labelled) dd.appendChild(document.createTextNode(" (" + r.acceptance[i] + ")"));
    } else {
      row(state.semantics + who, "no answer within the time limit", "panel-status");
    }
    if (g) row(g.semantics + " strength", g.strength[i].toFixed(4), "panel-strength");
    var box = add(p, "div");
    box.id = "panel-explanation";
    var sets = data.explanations.filter(function (x) {
      return (x.semantics === state.semantics && x.audience === state.audience) || (x.gradual && x.gradual === state.gradual);
    });
    if (!sets.length)
      sets = data.explanations.filter(function (x) { return x.kind === "grounded" && x.audience === state.audience; });
    sets.forEach(function (x) {
      add(box, "h3", "Why (" + x.kind + (x.audience ? ", audience " + campName(x.audience) : "") + ")");
      explanationTree(box, x.claims[i]);
    });
  }

  function writeHash() {
    var parts = [];
    if (state.select >= 0) parts.push("select=" + encodeURIComponent(data.claims[state.select].id));
    parts.push("semantics=" + encodeURIComponent(state.semantics));
    if (state.gradual) parts.push("gradual=" + encodeURIComponent(state.gradual));
    if (state.audience) parts.push("audience=" + encodeURIComponent(state.audience));
    if (state.colour !== "status") parts.push("colour=" + state.colour);
    if (state.zoom !== "fit") parts.push("zoom=" + state.zoom);
    try { history.replaceState(null, "", "#" + parts.join("&")); } catch (e) { /* file: pages may refuse */ }
  }
  function update(keepHash) {
    $("sel-semantics").value = state.semantics;
    $("sel-gradual").value = state.gradual;
    $("sel-audience").value = state.audience;
    $("sel-colour").value = state.colour;
    $("sel-zoom").value = state.zoom;
    if (state.zoom === "fit") $("diagram").classList.add("fit"); else $("diagram").classList.remove("fit");
    recolour();
    panel();
    if (!keepHash) writeHash();
  }

  function readHash() {
    location.hash.replace(/^#/, "").split("&").forEach(function (kv) {
      var eq = kv.indexOf("=");
      if (eq < 0) return;
      var k = kv.slice(0, eq), v;
      try { v = decodeURIComponent(kv.slice(eq + 1).replace(/\+/g, " ")); } catch (e) { return; }
      if (k === "select") state.select = data.claims.findIndex(function (c) { return c.id === v; });
      else if (k === "click") clickAtLoad = data.claims.findIndex(function (c) { return c.id === v; });
      else if (k === "semantics") {
        var m = data.extension.filter(function (r) { return r.semantics === v || r.code === v.toUpperCase(); })[0];
        if (m) state.semantics = m.semantics;
      } else if (k === "gradual") { if (data.gradual.some(function (g) { return g.semantics === v; })) state.gradual = v; }
      else if (k === "audience") { if (data.audiences.indexOf(v) >= 0) state.audience = v; }
      else if (k === "colour" || k === "color") { if (v === "strength" || v === "status") state.colour = v; }
      else if (k === "zoom") { if (v === "fit" || v === "actual") state.zoom = v; }
    });
  }

  function options(select, values, labels) {
    values.forEach(function (v, k) { var o = add(select, "option", labels ? labels[k] : v); o.value = v; });
  }
  var semantics = unique(data.extension.map(function (r) { return r.semantics; }));
  options($("sel-semantics"), semantics);
  options($("sel-gradual"), data.gradual.map(function (g) { return g.semantics; }));
  options($("sel-audience"), data.audiences, data.audiences.map(function (a) { return a ? campName(a) : "(none)"; }));
  state.semantics = semantics.indexOf("grounded") >= 0 ? "grounded" : (semantics[0] || "");
  state.gradual = data.gradual.some(function (g) { return g.semantics === "df-quad"; }) ? "df-quad" : (data.gradual[0] ? data.gradual[0].semantics : "");
  if (data.skipped.length) {
    $("skipped").textContent = "left out (no answer in time or no convergence): " + data.skipped.map(function (s) {
      return (s.semantics || s.gradual) + (s.audience ? " for " + campName(s.audience) : "");
    }).join(", ");
  }
  readHash();

  $("sel-semantics").addEventListener("change", function (e) { state.semantics = e.target.value; update(); });
  $("sel-gradual").addEventListener("change", function (e) { state.gradual = e.target.value; update(); });
  $("sel-audience").addEventListener("change", function (e) { state.audience = e.target.value; update(); });
  $("sel-colour").addEventListener("change", function (e) { state.colour = e.target.value; update(); });
  $("sel-zoom").addEventListener("change", function (e) { state.zoom = e.target.value; update(); });
  data.claims.forEach(function (c, i) {
    var node = $(c.element);
    if (node) node.addEventListener("click", function () { state.select = i; update(); });
  });
  function reveal() {
    var node = state.select >= 0 ? $(data.claims[state.select].element) : null;
    if (node && node.scrollIntoView) node.scrollIntoView({ block: "center", inline: "center" });
  }
  window.addEventListener("hashchange", function () { readHash(); update(true); reveal(); });
  update(true);
  if (clickAtLoad >= 0) {
    var target = $(data.claims[clickAtLoad].element);
    var shape = target && (target.querySelector("polygon, path, ellipse, text") || target);
    if (shape) shape.dispatchEvent(new MouseEvent("click", { bubbles: true, cancelable: true, view: window }));
  }
  reveal();
})();
)JS";

// Texts are valid UTF-8 in a map that exists; replace rather than throw if one is not.
std::string dump(const json& j) { return j.dump(-1, ' ', false, json::error_handler_t::replace); }

}  // namespace

std::string report_json(const ArgumentMap& map, const ReportOptions& options) { return dump(results(map, options)); }

std::string report_html(const ArgumentMap& map, const ReportOptions& options) {
    const json data = results(map, options);
    RenderOptions ro = options.render;
    ro.element_ids = true;
    const std::string svg = inline_svg(render(map, {}, ImageFormat::svg, ro));
    const std::string title = map.title().empty() ? "Argument map" : map.title();
    std::string h;
    h.reserve(svg.size() + 4096);
    h += "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n";
    h += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n";
    h += "<meta name=\"generator\" content=\"argmap " + html_escape(version()) + "\">\n";
    h += "<title>" + html_escape(title) + "</title>\n<style>" + std::string(style) + "</style>\n</head>\n<body>\n";
    h += "<header>\n<h1 id=\"title\">" + html_escape(title) + "</h1>\n";
    h += "<label>semantics <select id=\"sel-semantics\"></select></label>\n";
    h += "<label>audience <select id=\"sel-audience\"></select></label>\n";
    h += "<label>gradual <select id=\"sel-gradual\"></select></label>\n";
    h += "<label>colour by <select id=\"sel-colour\"><option value=\"status\">status</option>"
         "<option value=\"strength\">strength</option></select></label>\n";
    h += "<label>zoom <select id=\"sel-zoom\"><option value=\"fit\">fit width</option>"
         "<option value=\"actual\">actual size</option></select></label>\n";
    h += "<div id=\"legend\"></div>\n<div id=\"skipped\" class=\"note\"></div>\n</header>\n<main>\n";
    h += "<div id=\"diagram\">\n" + svg + "</div>\n";
    h += "<aside id=\"panel\"><div id=\"panel-body\"></div></aside>\n</main>\n";
    h += "<script type=\"application/json\" id=\"argmap-data\">" + script_safe(dump(data)) + "</script>\n";
    h += "<script>" + std::string(script) + "</script>\n</body>\n</html>\n";
    return h;
}

void write_report(const ArgumentMap& map, const std::string& path, const ReportOptions& options) {
    io::write_file_atomically(path, report_html(map, options));  // the old file stays if this fails
}

}  // namespace argmap
