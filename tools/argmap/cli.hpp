// argmap CLI: what every command file shares. One file per command (eval.cpp, render.cpp, ...);
// each adds its subcommand to the app and, when chosen, sets the action that main() runs.
#pragma once
#include <argmap/argmap.hpp>
#include <argmap/whatif.hpp>
#include <argmap/history.hpp>

#include <CLI/CLI.hpp>

#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace argmap_cli {

/// A user-facing error: printed as "argmap: MESSAGE", exit code 1.
struct Failure {
    std::string message;
};

/// What a chosen subcommand does; returns the exit code.
using Action = std::function<int()>;

/// Loads a map, printing the reader's warnings to stderr; throws Failure on error.
argmap::ArgumentMap load(const std::string& path, std::optional<argmap::io::Format> format = std::nullopt);
/// Cuts to at most `width` code points, adding an ellipsis.
std::string clip(std::string_view s, std::size_t width);
/// Pads to `width` code points.
std::string pad(std::string s, std::size_t width);
std::string join(const std::vector<std::string>& v, const char* sep);
/// A deadline `timeout` seconds from now (none when timeout <= 0).
argmap::Limits limits_for(double timeout);
argmap::ProjectionOptions projection_for(double min_weight, const std::string& support, const std::string& camp);
/// The format of that name, nullopt for "", Failure for an unknown name.
std::optional<argmap::io::Format> format_named(const std::string& name);
/// A map's history from its XML/JSON file or (git) from the repository; Failure on error (history.cpp).
argmap::History load_history(const std::string& path, bool git);

// One per command file.
void add_eval(CLI::App& app, Action& action);
void add_render(CLI::App& app, Action& action);
void add_convert(CLI::App& app, Action& action);
void add_explain(CLI::App& app, Action& action);
void add_diff(CLI::App& app, Action& action);
void add_solve(CLI::App& app, Action& action);
void add_predictions(CLI::App& app, Action& action);
void add_whatif(CLI::App& app, Action& action);
/// What --semantics / --gradual / --min-weight / support / --camp ask to evaluate (whatif.cpp).
argmap::EvaluationSpec evaluation_spec_for(const std::string& semantics, const std::string& gradual, double min_weight,
                                           const std::string& support, const std::string& camp);
void add_history(CLI::App& app, Action& action);
void add_checkout(CLI::App& app, Action& action);
void add_commit(CLI::App& app, Action& action);
void add_timeline(CLI::App& app, Action& action);
void add_report(CLI::App& app, Action& action);

}  // namespace argmap_cli
