// History: revisions replayed from the empty map, commits computed from a new state, and
// references to revisions by id, number, id prefix or date.
#include <charconv>
#include <chrono>
#include <cstdio>
#include <ctime>
#include <set>

#include "argmap/history.hpp"

namespace argmap {

namespace {

// Days from 1970-01-01 to y-m-d in the proleptic Gregorian calendar (Hinnant's algorithm).
long long days_from_civil(long long y, unsigned m, unsigned d) {
    y -= m <= 2;
    const long long era = (y >= 0 ? y : y - 399) / 400;
    const unsigned yoe = static_cast<unsigned>(y - era * 400);
    const unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + static_cast<long long>(doe) - 719468;
}

bool digits(std::string_view s, std::size_t at, std::size_t n, int& out) {
    if (at + n > s.size()) return false;
    out = 0;
    for (std::size_t i = at; i < at + n; ++i) {
        if (s[i] < '0' || s[i] > '9') return false;
        out = out * 10 + (s[i] - '0');
    }
    return true;
}

bool leap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

}  // namespace

std::optional<long long> parse_timestamp(std::string_view s, bool end_of_day) noexcept {
    int y, mo, d, h = 0, mi = 0, se = 0;
    if (!digits(s, 0, 4, y) || s.size() < 10 || s[4] != '-' || !digits(s, 5, 2, mo) || s[7] != '-' || !digits(s, 8, 2, d))
        return std::nullopt;
    static const int month_days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (mo < 1 || mo > 12 || d < 1 || d > month_days[mo - 1] + (mo == 2 && leap(y))) return std::nullopt;
    const long long day = days_from_civil(y, static_cast<unsigned>(mo), static_cast<unsigned>(d));
    if (s.size() == 10) return day * 86400 + (end_of_day ? 86399 : 0);
    if (s[10] != 'T' && s[10] != ' ') return std::nullopt;
    if (!digits(s, 11, 2, h) || s.size() < 16 || s[13] != ':' || !digits(s, 14, 2, mi)) return std::nullopt;
    std::size_t i = 16;
    if (i < s.size() && s[i] == ':') {
        if (!digits(s, 17, 2, se)) return std::nullopt;
        i = 19;
        if (i < s.size() && (s[i] == '.' || s[i] == ',')) {
            ++i;
            const std::size_t start = i;
            while (i < s.size() && s[i] >= '0' && s[i] <= '9') ++i;
            if (i == start) return std::nullopt;
        }
    }
    if (h > 23 || mi > 59 || se > 60) return std::nullopt;
    long long t = day * 86400 + h * 3600 + mi * 60 + se;
    if (i == s.size()) return t;
    if (s[i] == 'Z' && i + 1 == s.size()) return t;
    if ((s[i] == '+' || s[i] == '-') && s.size() == i + 6 && s[i + 3] == ':') {
        int oh, om;
        if (!digits(s, i + 1, 2, oh) || !digits(s, i + 4, 2, om) || oh > 23 || om > 59) return std::nullopt;
        const long long off = oh * 3600 + om * 60;
        return s[i] == '+' ? t - off : t + off;
    }
    return std::nullopt;
}

std::string now_timestamp() {
    const std::time_t t = std::chrono::system_clock::to_time_t(std::chrono::system_clock::now());
    std::tm tm{};
    gmtime_r(&t, &tm);
    char buf[32];
    std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", &tm);
    return buf;
}

History::History(std::vector<Revision> revisions) {
    for (auto& r : revisions) {
        const std::size_t k = revisions_.size();
        try {
            append(std::move(r));
        } catch (const HistoryError& e) {
            throw HistoryError("revision " + std::to_string(k + 1) + ": " + e.what(), k, e.operation);
        }
    }
}

ArgumentMap History::checkout(std::size_t count) const {
    if (count > revisions_.size())
        throw std::out_of_range("revision " + std::to_string(count) + " of a history of " + std::to_string(revisions_.size()));
    // Replay forward or revert back from the head, whichever touches fewer revisions.
    if (count >= revisions_.size() / 2) {
        ArgumentMap m = head_;
        for (std::size_t k = revisions_.size(); k > count; --k) argmap::revert(m, revisions_[k - 1]);
        return m;
    }
    ArgumentMap m;
    for (std::size_t k = 0; k < count; ++k) argmap::apply(m, revisions_[k]);
    return m;
}

void History::for_each_state(const std::function<void(std::size_t, const ArgumentMap&)>& visit) const {
    ArgumentMap m;
    for (std::size_t k = 0; k < revisions_.size(); ++k) {
        argmap::apply(m, revisions_[k]);
        visit(k + 1, m);
    }
}

void History::append(Revision revision) {
    const std::string what = "revision '" + revision.id + "'";
    if (revision.id.empty()) throw HistoryError("a revision needs an id");
    for (const auto& r : revisions_)
        if (r.id == revision.id) throw HistoryError(what + " repeats an id");
    if (!parse_timestamp(revision.timestamp))
        throw HistoryError(what + ": timestamp '" + revision.timestamp + "' is not ISO 8601 (YYYY-MM-DD or YYYY-MM-DDTHH:MM:SSZ)");
    argmap::apply(head_, revision);
    revisions_.push_back(std::move(revision));
}

const Revision* History::commit(const ArgumentMap& next, RevisionInfo info, bool allow_empty) {
    Revision r;
    r.operations = operations_between(head_, next);
    if (r.operations.empty() && !allow_empty) return nullptr;
    r.id = info.id;
    if (r.id.empty()) {
        std::size_t n = revisions_.size() + 1;
        auto taken = [&](const std::string& id) {
            for (const auto& x : revisions_)
                if (x.id == id) return true;
            return false;
        };
        do r.id = std::to_string(n++);
        while (taken(r.id));
    }
    r.timestamp = info.timestamp.empty() ? now_timestamp() : info.timestamp;
    r.author = std::move(info.author);
    r.message = std::move(info.message);
    append(std::move(r));
    return &revisions_.back();
}

std::optional<std::size_t> History::resolve(std::string_view ref) const {
    if (ref.empty()) return std::nullopt;
    for (std::size_t k = 0; k < revisions_.size(); ++k)
        if (revisions_[k].id == ref) return k + 1;
    std::size_t n = 0;
    auto [ptr, ec] = std::from_chars(ref.data(), ref.data() + ref.size(), n);
    if (ec == std::errc() && ptr == ref.data() + ref.size()) {
        if (n <= revisions_.size()) return n;
        return std::nullopt;
    }
    if (ref.size() >= 4) {
        std::optional<std::size_t> found;
        for (std::size_t k = 0; k < revisions_.size(); ++k)
            if (revisions_[k].id.starts_with(ref)) {
                if (found) return std::nullopt;  // ambiguous
                found = k + 1;
            }
        if (found) return found;
    }
    if (auto t = parse_timestamp(ref, true)) {
        // The longest run of revisions from the first that are all at or before the date.
        std::size_t count = 0;
        while (count < revisions_.size()) {
            const auto rt = parse_timestamp(revisions_[count].timestamp);
            if (!rt || *rt > *t) break;
            ++count;
        }
        return count;
    }
    return std::nullopt;
}

}  // namespace argmap
