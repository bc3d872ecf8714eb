// Timelines: every claim's status at every revision, and the strip chart of one claim.
//
// The history is replayed once. A revision whose operations cannot change what the chosen
// semantics sees reuses the previous statuses; every other revision is evaluated from scratch
// (correctness first: the tests compare with from-scratch evaluation at every revision).
#include <algorithm>
#include <charconv>
#include <cmath>
#include <stdexcept>
#include <unordered_map>

#include "argmap/timeline.hpp"

namespace argmap {

namespace {

bool same_semantic_claim(const Claim& a, const Claim& b) {
    return a.kind == b.kind && a.weight == b.weight && a.camps == b.camps && a.values == b.values;
}

// True when the operation leaves every status under `o` as it was.
bool invisible(const Operation& operation, const TimelineOptions& o) {
    const bool extension_only = !o.gradual;
    return std::visit(
        [&](const auto& x) {
            using T = std::decay_t<decltype(x)>;
            if constexpr (std::is_same_v<T, op::SetTitle> || std::is_same_v<T, op::SetMetadata>) return true;
            else if constexpr (std::is_same_v<T, op::EditClaim>) return same_semantic_claim(x.before, x.after);
            else if constexpr (std::is_same_v<T, op::EditCamp>) return x.before.preferences == x.after.preferences;
            else if constexpr (std::is_same_v<T, op::EditRelation>) {
                if (x.before.weight == x.after.weight) return true;
                const double t = o.projection.min_relation_weight;
                return extension_only && (x.before.weight < t) == (x.after.weight < t);
            } else if constexpr (std::is_same_v<T, op::ReweightRelation>) {
                const double t = o.projection.min_relation_weight;
                return extension_only && (x.before < t) == (x.after < t);
            } else if constexpr (std::is_same_v<T, op::MoveClaim> || std::is_same_v<T, op::MoveRelation> ||
                                 std::is_same_v<T, op::MoveCamp> || std::is_same_v<T, op::RenameRelation>) {
                // Order and ids do not change extensions; gradual sums could differ in the last bit.
                return extension_only;
            } else {
                return false;
            }
        },
        operation);
}

std::string number(double d, int precision = 4) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.*f", precision, d);
    return buf;
}

std::string escape(std::string_view s) {
    std::string out;
    for (char c : s) {
        switch (c) {
        case '&': out += "&amp;"; break;
        case '<': out += "&lt;"; break;
        case '>': out += "&gt;"; break;
        case '"': out += "&quot;"; break;
        case '\'': out += "&apos;"; break;
        default:
            // Control characters other than tab and line breaks are not allowed in XML 1.0.
            if (static_cast<unsigned char>(c) < 0x20 && c != '\t' && c != '\n' && c != '\r') out += ' ';
            else out += c;
        }
    }
    return out;
}

// At most n code points of s, with an ellipsis when cut.
std::string clip(std::string_view s, std::size_t n) {
    std::string out;
    std::size_t count = 0;
    for (std::size_t i = 0; i < s.size(); ++i) {
        const unsigned char c = static_cast<unsigned char>(s[i]);
        if ((c & 0xC0) != 0x80 && count++ == n) return out + "…";
        out += s[i];
    }
    return out;
}

}  // namespace

std::string describe(const ClaimStatus& s) {
    if (!s.present) return "absent";
    std::string out;
    if (s.label) out = std::string(to_string(*s.label));
    else if (s.acceptance) out = std::string(to_string(*s.acceptance));
    if (s.strength) out += (out.empty() ? "" : " ") + number(*s.strength);
    return out;
}

std::vector<ClaimStatus> statuses(const ArgumentMap& map, const TimelineOptions& o, bool* complete) {
    const auto claims = map.claims();
    std::vector<ClaimStatus> out(claims.size());
    for (auto& s : out) s.present = true;
    bool ok = true;
    if (o.semantics) {
        const MapEvaluation ev = evaluate(map, *o.semantics, o.projection, o.limits);
        ok &= ev.answer != Answer::unknown;
        for (std::size_t i = 0; i < claims.size(); ++i) {
            if (!ev.labels.empty()) out[i].label = ev.labels[i];
            if (i < ev.acceptance.size()) out[i].acceptance = ev.acceptance[i];
        }
    }
    if (o.gradual) {
        GradualOptions g = o.gradual_options;
        g.limits = o.limits;
        const GradualResult r = evaluate_gradual(map, *o.gradual, g);
        ok &= r.converged;
        for (std::size_t i = 0; i < claims.size() && i < r.strength.size(); ++i) out[i].strength = r.strength[i];
    }
    if (complete) *complete = ok;
    return out;
}

const std::vector<ClaimStatus>* Timeline::row(std::string_view claim) const {
    for (std::size_t i = 0; i < claims.size(); ++i)
        if (claims[i] == claim) return &status[i];
    return nullptr;
}

std::vector<Timeline::Change> Timeline::changes(std::string_view claim, double tolerance) const {
    std::vector<Change> out;
    const auto* r = row(claim);
    if (!r) return out;
    ClaimStatus previous;
    for (std::size_t k = 0; k < r->size(); ++k) {
        const ClaimStatus& now = (*r)[k];
        bool same = now.present == previous.present && now.label == previous.label && now.acceptance == previous.acceptance &&
                    now.strength.has_value() == previous.strength.has_value();
        if (same && now.strength) same = std::fabs(*now.strength - *previous.strength) <= tolerance;
        if (!same) out.push_back({k, previous, now});
        previous = now;
    }
    return out;
}

Timeline timeline(const History& history, const TimelineOptions& o) {
    Timeline t;
    t.semantics = o.semantics;
    t.gradual = o.gradual;
    const auto revisions = history.revisions();
    const std::size_t n = revisions.size();
    std::unordered_map<std::string, std::size_t> row_of;
    std::unordered_map<std::string, ClaimStatus> current;  // claim id -> status in the last evaluated state
    bool current_complete = true;
    history.for_each_state([&](std::size_t count, const ArgumentMap& state) {
        const Revision& rev = revisions[count - 1];
        t.revisions.push_back(rev.id);
        t.timestamps.push_back(rev.timestamp);
        bool reuse = count > 1;
        for (const Operation& op : rev.operations) reuse = reuse && invisible(op, o);
        if (!reuse) {
            const auto s = statuses(state, o, &current_complete);
            current.clear();
            for (std::size_t i = 0; i < s.size(); ++i) current.emplace(state.claims()[i].id, s[i]);
            ++t.evaluations;
        }
        t.complete.push_back(current_complete);
        for (const Claim& c : state.claims()) {
            auto [it, added] = row_of.emplace(c.id, t.claims.size());
            if (added) {
                t.claims.push_back(c.id);
                t.status.emplace_back(n);
            }
            t.status[it->second][count - 1] = current.at(c.id);
        }
    });
    return t;
}

std::string timeline_svg(const Timeline& t, std::string_view claim) {
    const auto* r = t.row(claim);
    if (!r) throw std::invalid_argument("unknown claim '" + std::string(claim) + "'");
    const std::size_t n = t.revisions.size();
    const bool band = t.semantics.has_value(), line = t.gradual.has_value();
    const int left = 70, col = 96, top = 48, band_h = 28, gap = 14, chart_h = line ? 150 : 0, labels_h = 44;
    const int width = std::max(left + static_cast<int>(n) * col + 20, 420);
    const int band_y = top, chart_y = top + (band ? band_h + gap : 0);
    const int height = chart_y + chart_h + (line ? gap : 0) + labels_h;
    auto x_of = [&](std::size_t k) { return left + static_cast<int>(k) * col + col / 2; };
    auto y_of = [&](double s) { return chart_y + chart_h - static_cast<int>(std::lround(s * chart_h)); };

    std::string title = "Timeline of " + std::string(claim);
    std::string what;
    if (t.semantics) what = std::string(to_string(*t.semantics));
    if (t.gradual) what += (what.empty() ? "" : ", ") + to_string(*t.gradual);
    std::string svg = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
    svg += "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"" + std::to_string(width) + "\" height=\"" + std::to_string(height) +
           "\" viewBox=\"0 0 " + std::to_string(width) + " " + std::to_string(height) + "\" font-family=\"sans-serif\">\n";
    svg += "<title>" + escape(title + " (" + what + ")") + "</title>\n";
    svg += "<rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n";
    svg += "<text x=\"10\" y=\"22\" font-size=\"15\" font-weight=\"bold\">" + escape(clip(title, 80)) + "</text>\n";
    svg += "<text x=\"10\" y=\"38\" font-size=\"11\" fill=\"#555\">" + escape(what) + "</text>\n";

    auto colour = [](const ClaimStatus& s) -> const char* {
        if (!s.present) return "#ffffff";
        if (s.label) return *s.label == Label::in ? "#2ca02c" : *s.label == Label::out ? "#d62728" : "#bbbbbb";
        if (s.acceptance)
            return *s.acceptance == Acceptance::sceptical ? "#2ca02c" : *s.acceptance == Acceptance::credulous ? "#f2b134" : "#d62728";
        return "#eeeeee";
    };
    if (band) {
        svg += "<text x=\"10\" y=\"" + std::to_string(band_y + 18) + "\" font-size=\"11\">" + (t.semantics == Semantics::grounded ? "label" : "status") + "</text>\n";
        for (std::size_t k = 0; k < n; ++k) {
            const ClaimStatus& s = (*r)[k];
            const std::string text = !s.present ? "absent" : s.label ? std::string(to_string(*s.label)) : s.acceptance ? std::string(to_string(*s.acceptance)) : "";
            svg += "<g><title>" + escape(t.revisions[k] + ": " + describe(s)) + "</title>";
            svg += "<rect x=\"" + std::to_string(left + static_cast<int>(k) * col + 2) + "\" y=\"" + std::to_string(band_y) + "\" width=\"" +
                   std::to_string(col - 4) + "\" height=\"" + std::to_string(band_h) + "\" fill=\"" + colour(s) + "\" stroke=\"#888\"" +
                   (s.present ? "" : " stroke-dasharray=\"3,3\"") + "/>";
            svg += "<text x=\"" + std::to_string(x_of(k)) + "\" y=\"" + std::to_string(band_y + 18) + "\" font-size=\"11\" text-anchor=\"middle\" fill=\"" +
                   (s.present && (s.label != Label::undec) ? "white" : "#333") + "\">" + escape(text) + "</text></g>\n";
        }
    }
    if (line) {
        for (double g : {0.0, 0.5, 1.0}) {
            svg += "<line x1=\"" + std::to_string(left) + "\" x2=\"" + std::to_string(width - 20) + "\" y1=\"" + std::to_string(y_of(g)) +
                   "\" y2=\"" + std::to_string(y_of(g)) + "\" stroke=\"#ddd\"/>";
            svg += "<text x=\"" + std::to_string(left - 6) + "\" y=\"" + std::to_string(y_of(g) + 4) + "\" font-size=\"10\" text-anchor=\"end\">" +
                   number(g, 1) + "</text>\n";
        }
        const std::string mid = std::to_string(chart_y + chart_h / 2);
        svg += "<text x=\"24\" y=\"" + mid + "\" transform=\"rotate(-90 24 " + mid + ")\" font-size=\"11\" text-anchor=\"middle\">strength</text>\n";
        std::string points;
        auto flush = [&] {
            if (!points.empty()) svg += "<polyline fill=\"none\" stroke=\"#1f77b4\" stroke-width=\"2\" points=\"" + points + "\"/>\n";
            points.clear();
        };
        for (std::size_t k = 0; k < n; ++k) {
            const ClaimStatus& s = (*r)[k];
            if (!s.present || !s.strength) {
                flush();
                continue;
            }
            points += (points.empty() ? "" : " ") + std::to_string(x_of(k)) + "," + std::to_string(y_of(*s.strength));
        }
        flush();
        for (std::size_t k = 0; k < n; ++k) {
            const ClaimStatus& s = (*r)[k];
            if (!s.present || !s.strength) continue;
            svg += "<circle cx=\"" + std::to_string(x_of(k)) + "\" cy=\"" + std::to_string(y_of(*s.strength)) +
                   "\" r=\"4\" fill=\"#1f77b4\"><title>" + escape(t.revisions[k] + ": " + number(*s.strength)) + "</title></circle>";
            svg += "<text x=\"" + std::to_string(x_of(k)) + "\" y=\"" + std::to_string(y_of(*s.strength) - 8) +
                   "\" font-size=\"10\" text-anchor=\"middle\">" + number(*s.strength, 2) + "</text>\n";
        }
    }
    const int label_y = chart_y + chart_h + (line ? gap : 0) + 14;
    for (std::size_t k = 0; k < n; ++k) {
        svg += "<text x=\"" + std::to_string(x_of(k)) + "\" y=\"" + std::to_string(label_y) + "\" font-size=\"10\" text-anchor=\"middle\">" +
               escape(clip(t.revisions[k], 12)) + "</text>";
        svg += "<text x=\"" + std::to_string(x_of(k)) + "\" y=\"" + std::to_string(label_y + 14) +
               "\" font-size=\"10\" text-anchor=\"middle\" fill=\"#555\">" + escape(t.timestamps[k].substr(0, 10)) + "</text>\n";
    }
    svg += "</svg>\n";
    return svg;
}

}  // namespace argmap
