// The argmap command line. One file per command; each uses the public API only.
#include "cli.hpp"

#include <algorithm>
#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstring>
#include <iostream>

namespace {

// Output to a closed pipe (`argmap eval big.xml | head -1`) ends the program quietly, as Unix
// tools do: killed by SIGPIPE, whose default action we restore in case the parent (or a library)
// ignores it. Where a write still fails with EPIPE, we end the same way. Other failures of
// standard output (a full disk) are errors.
int finish_output(int rc) {
    std::cout.flush();
    if (std::fflush(stdout) == 0 && !std::ferror(stdout)) return rc;
    if (errno == EPIPE) {
        std::signal(SIGPIPE, SIG_DFL);
        std::raise(SIGPIPE);
    }
    std::cerr << "argmap: standard output: " << std::strerror(errno) << "\n";
    return rc ? rc : 1;
}

}  // namespace

int main(int argc, char** argv) {
    using namespace argmap_cli;
    std::signal(SIGPIPE, SIG_DFL);
    // A file size limit (ulimit -f) makes writes fail with EFBIG, reported as an error, instead of
    // killing the program halfway through a file.
    std::signal(SIGXFSZ, SIG_IGN);
    CLI::App app{"argmap: argument maps, argumentation semantics and diagrams"};
    app.set_version_flag("--version", std::string("argmap ") + std::string(argmap::version()));
    app.name("argmap");
    app.require_subcommand(1);
    app.footer(argmap_cli::examples({"argmap eval debate.argdown --semantics preferred",
                                     "argmap render debate.argdown -o debate.svg",
                                     "argmap convert debate.argdown debate.xml",
                                     "argmap explain debate.argdown \"Co-existence\"",
                                     "argmap SUBCOMMAND --help     (options and examples of one command)"}) +
               "\nExit codes: 0 done, 1 error (file:line:column: message on stderr), 3 solve, status or eval timed out,\n"
               "4 gradual iteration did not converge, 105-109 bad command line. FILE - is standard input/output.\n");

    Action action;
    add_eval(app, action);
    add_render(app, action);
    add_convert(app, action);
    add_explain(app, action);
    add_diff(app, action);
    add_solve(app, action);
    add_status(app, action);
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
        return finish_output(action());
    } catch (const Failure& f) {
        finish_output(0);
        std::cerr << "argmap: " << f.message << "\n";
        return 1;
    } catch (const std::exception& e) {
        finish_output(0);
        std::cerr << "argmap: error: " << e.what() << "\n";
        return 1;
    }
}
