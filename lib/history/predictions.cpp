// Predictions as of a date: open (horizon not yet passed), due (passed, unresolved), resolved
// (held or failed by then), with the grounded labels of the claims that resolved them.
#include "argmap/prediction.hpp"

#include <chrono>
#include <cstdio>

namespace argmap {

namespace {

std::chrono::sys_days day_of(std::string_view date) {
    if (!is_iso_date(date)) throw ModelError("'" + std::string(date) + "' is not a calendar date YYYY-MM-DD");
    auto num = [&](std::size_t at, std::size_t len) {
        int v = 0;
        for (std::size_t i = at; i < at + len; ++i) v = v * 10 + (date[i] - '0');
        return v;
    };
    using namespace std::chrono;
    return sys_days{year{num(0, 4)} / month{static_cast<unsigned>(num(5, 2))} / day{static_cast<unsigned>(num(8, 2))}};
}

EvidenceStanding standing_of(const std::vector<PredictionEntry::Evidence>& evidence) {
    if (evidence.empty()) return EvidenceStanding::missing;
    bool undecided = false;
    for (const auto& e : evidence) {
        if (e.label == Label::out) return EvidenceStanding::defeated;
        undecided |= e.label == Label::undec;
    }
    return undecided ? EvidenceStanding::undecided : EvidenceStanding::accepted;
}

}  // namespace

std::string_view to_string(PredictionState state) noexcept {
    switch (state) {
    case PredictionState::open: return "open";
    case PredictionState::due: return "due";
    case PredictionState::resolved: return "resolved";
    }
    return "open";
}

std::string_view to_string(EvidenceStanding standing) noexcept {
    switch (standing) {
    case EvidenceStanding::accepted: return "accepted";
    case EvidenceStanding::undecided: return "undecided";
    case EvidenceStanding::defeated: return "defeated";
    case EvidenceStanding::missing: return "missing";
    }
    return "missing";
}

std::int64_t days_between(std::string_view from, std::string_view to) {
    return (day_of(to) - day_of(from)).count();
}

std::string today_iso() {
    using namespace std::chrono;
    const year_month_day d{floor<days>(system_clock::now())};
    char buf[16];
    std::snprintf(buf, sizeof buf, "%04d-%02u-%02u", static_cast<int>(d.year()), static_cast<unsigned>(d.month()),
                  static_cast<unsigned>(d.day()));
    return buf;
}

PredictionReport predictions(const ArgumentMap& map, std::string_view as_of, const ProjectionOptions& options) {
    const auto now = day_of(as_of);
    PredictionReport report;
    report.as_of = std::string(as_of);
    bool any = false;
    for (const Claim& c : map.claims()) any |= c.prediction.has_value();
    if (!any) return report;
    const std::vector<Label> labels = evaluate_grounded(map, options);
    const auto claims = map.claims();
    for (std::size_t i = 0; i < claims.size(); ++i) {
        if (!claims[i].prediction) continue;
        const Prediction& p = *claims[i].prediction;
        PredictionEntry e;
        e.claim = claims[i].id;
        e.prediction = p;
        e.label = labels[i];
        const auto horizon = day_of(p.horizon);
        // ISO dates order as strings, but compare days to be independent of that.
        if (p.status != PredictionStatus::open && day_of(p.resolved_on) <= now) {
            e.state = PredictionState::resolved;
            e.days = (day_of(p.resolved_on) - horizon).count();
            for (const auto& id : p.evidence)
                e.evidence.push_back({id, labels[*map.claim_index(id)]});
            e.standing = standing_of(e.evidence);
            report.resolved.push_back(std::move(e));
        } else if (now <= horizon) {
            e.state = PredictionState::open;
            e.days = (horizon - now).count();
            report.open.push_back(std::move(e));
        } else {
            e.state = PredictionState::due;
            e.days = (now - horizon).count();
            report.due.push_back(std::move(e));
        }
    }
    return report;
}

}  // namespace argmap
