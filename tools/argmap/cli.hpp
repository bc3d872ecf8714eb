// argmap CLI: what every command file shares. One file per command (eval.cpp, render.cpp, ...);
// each adds its subcommand to the app and, when chosen, sets the action that main() runs.
#pragma once
#include <argmap/argmap.hpp>
#include <argmap/whatif.hpp>
#include <argmap/history.hpp>

#include <CLI/CLI.hpp>

#include <functional>
#include <initializer_list>
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

/// Loads a map, printing the reader's warnings to stderr; throws Failure on error. "-" reads
/// standard input, which has no extension: `format` (the command's --from) must then be given.
argmap::ArgumentMap load(const std::string& path, std::optional<argmap::io::Format> format = std::nullopt);
/// Reads a map from `text`, warnings to stderr; Failure on error.
argmap::ArgumentMap load_text(std::string_view text, argmap::io::Format format, std::string_view name);
/// The whole text of `path`, or of standard input for "-"; Failure when it cannot be read.
std::string read_input(const std::string& path);
/// The format `from` names, or else the one `path`'s extension names; Failure for "-" without --from.
std::optional<argmap::io::Format> input_format(const std::string& path, const std::string& from);
/// Writes `bytes` to `path` atomically (io::write_file_atomically), or to standard output for "-".
void write_output(const std::string& path, std::string_view bytes);
/// True for "-", the name of standard input and output.
inline bool is_stdio(const std::string& path) { return path == "-"; }
/// The examples a subcommand's help ends with, one command line each.
std::string examples(std::initializer_list<const char*> lines);
/// Cuts to at most `width` code points, adding an ellipsis.
std::string clip(std::string_view s, std::size_t width);
/// Pads to `width` code points.
std::string pad(std::string s, std::size_t width);
std::string join(const std::vector<std::string>& v, const char* sep);
/// Checks a --timeout value: seconds >= 0 (0: no limit; "inf" is allowed); NaN and negative
/// values are refused.
CLI::Validator timeout_seconds();
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
void add_status(CLI::App& app, Action& action);
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
