// Evaluating a map under any extension semantics: one projection, then the unique extension
// (grounded, ideal, eager) or the justification status of every argument (justification.cpp).
#include "argmap/extensions.hpp"
#include "semantics/technique.hpp"

namespace argmap {

std::string_view to_string(Acceptance a) noexcept {
    switch (a) {
    case Acceptance::sceptical: return "sceptical";
    case Acceptance::credulous: return "credulous";
    case Acceptance::rejected: return "rejected";
    }
    return "rejected";
}

MapEvaluation evaluate(const ArgumentMap& map, Semantics semantics, const ProjectionOptions& options, const Limits& limits) {
    const Projection p = project(map, options);
    const Framework& af = p.framework;
    MapEvaluation out;
    out.semantics = semantics;
    const std::size_t k = p.argument_of.size();
    out.acceptance.assign(k, Acceptance::rejected);
    out.decided.assign(k, true);
    if (detail::unique_status(semantics)) {
        const Decision d = some_extension(af, semantics, limits);
        if (d.answer != Answer::yes) {
            out.answer = Answer::unknown;
            out.decided.assign(k, false);
            return out;
        }
        const Labelling lab = labelling_of(af, *d.witness);
        out.labels.resize(k);
        for (std::size_t c = 0; c < k; ++c) {
            out.labels[c] = lab[p.argument_of[c]];
            if (out.labels[c] == Label::in) out.acceptance[c] = Acceptance::sceptical;
        }
        return out;
    }
    const JustificationStatus js = justification_status(af, semantics, limits);
    out.answer = js.answer;
    out.has_extension = js.has_extension;
    for (std::size_t c = 0; c < k; ++c) {
        out.acceptance[c] = js.status[p.argument_of[c]];
        out.decided[c] = js.decided[p.argument_of[c]];
    }
    return out;
}

}  // namespace argmap

namespace argmap {

AudienceReport evaluate_audiences(const ArgumentMap& map, const ProjectionOptions& options, const Limits& limits) {
    AudienceReport report;
    const std::size_t k = map.claims().size();
    report.objective.assign(k, !map.camps().empty());
    report.subjective.assign(k, false);
    for (const Camp& camp : map.camps()) {
        ProjectionOptions o = options;
        o.audience = camp.id;
        const MapEvaluation gr = evaluate(map, Semantics::grounded, o, limits);
        const MapEvaluation pr = evaluate(map, Semantics::preferred, o, limits);
        if (gr.answer == Answer::unknown || pr.answer == Answer::unknown) {
            report.answer = Answer::unknown;
            return report;
        }
        for (std::size_t c = 0; c < k; ++c) {
            report.objective[c] = report.objective[c] && pr.acceptance[c] == Acceptance::sceptical;
            report.subjective[c] = report.subjective[c] || pr.acceptance[c] != Acceptance::rejected;
        }
        report.camps.push_back({camp.id, gr.labels, pr.acceptance});
    }
    return report;
}

}  // namespace argmap
