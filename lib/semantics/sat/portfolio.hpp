// A portfolio for one hard query: Limits::threads > 1 runs up to that many alternatives (solver
// configurations or search variants) in std::threads on the same framework, each with its own
// solver; the first definite answer wins and the others are cancelled through a shared flag
// that their CaDiCaL terminators poll. The caller's cancel flag and deadline are watched every
// 10 ms and passed on.
#pragma once

#include <algorithm>
#include <atomic>
#include <chrono>
#include <condition_variable>
#include <exception>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

#include "argmap/extensions.hpp"

namespace argmap::sat {

/// `run(alternative, limits)` for each alternative, racing; returns the first definite
/// Decision (answer yes or no), or unknown when none answered. With threads <= 1 or one
/// alternative, runs the first alone on the calling thread.
template <class Alternative, class Run>
Decision race(const Limits& outer, const std::vector<Alternative>& alternatives, Run run) {
    const std::size_t k = std::min<std::size_t>(outer.threads, alternatives.size());
    if (k <= 1) return run(alternatives.front(), outer);
    std::atomic<bool> stop{false};
    Limits inner = outer;
    inner.cancel = &stop;
    inner.threads = 1;
    std::mutex m;
    std::condition_variable done;
    std::optional<Decision> first;
    std::exception_ptr error;
    std::size_t finished = 0;
    std::vector<std::thread> threads;
    threads.reserve(k);
    for (std::size_t i = 0; i < k; ++i)
        threads.emplace_back([&, i] {
            Decision d;
            std::exception_ptr e;
            try {
                d = run(alternatives[i], inner);
            } catch (...) {
                e = std::current_exception();
            }
            std::lock_guard<std::mutex> lock(m);
            ++finished;
            if (e && !error) error = e;
            if (d.answer != Answer::unknown && !first) {
                first = std::move(d);
                stop.store(true);
            }
            done.notify_all();
        });
    {
        std::unique_lock<std::mutex> lock(m);
        while (finished < k && !first) {
            done.wait_for(lock, std::chrono::milliseconds(10));
            if (outer.expired()) stop.store(true);
        }
    }
    stop.store(true);
    for (auto& t : threads) t.join();
    if (first) return std::move(*first);
    if (error) std::rethrow_exception(error);
    return {};
}

}  // namespace argmap::sat
