// The argmap command line. One file per command; each uses the public API only.
#include "cli.hpp"

#include <algorithm>
#include <iostream>

int main(int argc, char** argv) {
    using namespace argmap_cli;
    CLI::App app{"argmap: argument maps, argumentation semantics and diagrams"};
    app.set_version_flag("--version", std::string("argmap ") + std::string(argmap::version()));
    app.name("argmap");
    app.require_subcommand(1);

    Action action;
    add_eval(app, action);
    add_render(app, action);
    add_convert(app, action);
    add_explain(app, action);
    add_diff(app, action);
    add_solve(app, action);
    add_predictions(app, action);
    add_whatif(app, action);
    add_history(app, action);
    add_checkout(app, action);
    add_commit(app, action);
    add_timeline(app, action);
    add_report(app, action);

    // ICCMA spells the format option "-fo"; CLI11 takes one-dash names of one letter only.
    std::vector<std::string> args(argv + 1, argv + argc);
    for (auto& a : args)
        if (a == "-fo") a = "--fo";
    std::reverse(args.begin(), args.end());
    try {
        app.parse(args);
    } catch (const CLI::ParseError& e) {
        return app.exit(e);
    }
    if (!action) return 2;
    try {
        return action();
    } catch (const Failure& f) {
        std::cerr << "argmap: " << f.message << "\n";
        return 1;
    } catch (const std::exception& e) {
        std::cerr << "argmap: error: " << e.what() << "\n";
        return 1;
    }
}
