// headroom-cli: Headroom's projections for scripts, CI and finance pipelines.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Commands.h"
#include "engine/Version.h"

#include <iostream>
#include <string>
#include <vector>

namespace {

constexpr const char* kHelp = R"(Usage: headroom-cli COMMAND [OPTIONS]

Commands:
  simulate FILE [--scenario ID] [--format json|csv] [--out PATH] [--samples N] [--seed N] [--save]
                        project FILE (N Monte Carlo samples, default 1000, seed 1)
                        and print every series and the bottlenecks
  compare FILE [--scenarios A,B,...] [--months YYYY-MM,...] [--format text|json] [--out PATH]
                        the headline figures of the base model ("base") and its scenarios,
                        side by side, with their differences from the first; cost per user
                        in the months given (default: the first month and the horizon);
                        --samples N and --seed N as for simulate
  validate FILE         list every problem in FILE's model (exit 1 if there are any)
  convert IN OUT        convert between .headroom and .headroom.json, by extension
  fit growth FILE.csv [--format text|json] [--ahead N] [--out PATH]
                        fit linear, exponential and logistic growth to a history of dated
                        values, propose the best, and forecast N months (default 12)
  fit usl FILE.csv [--format text|json] [--out PATH]
                        fit the Universal Scalability Law (lambda, sigma, kappa) to a load
                        test of concurrency and throughput (docs/calibration.md)
  report FILE --out PATH [--scenario ID] [--samples N] [--seed N]
                        write the results as a report for people: PATH ending in .html
                        (one self-contained file) or .pdf (A4)

Options:
  --help                show this help
  --version             show the version

Exit codes: 0 done, 1 the model is invalid (fit: nothing could be fitted, or the fit cannot
be trusted), 2 usage, 3 a file cannot be read or written.
)";

} // namespace

int main(int argc, char** argv)
{
    using namespace headroom::cli;
    std::vector<std::string> args(argv + 1, argv + argc);
    if (args.empty()) {
        std::cerr << kHelp;
        return kUsage;
    }
    const std::string command = args.front();
    const std::vector<std::string> rest(args.begin() + 1, args.end());
    if (command == "--help" || command == "-h" || command == "help") {
        std::cout << kHelp;
        return kDone;
    }
    if (command == "--version") {
        std::cout << "headroom-cli " << headroom::engine::kVersion << '\n';
        return kDone;
    }
    if (command == "simulate")
        return simulate(rest);
    if (command == "validate")
        return validate(rest);
    if (command == "convert")
        return convert(rest);
    if (command == "compare")
        return compare(rest);
    if (command == "fit")
        return fit(rest);
    if (command == "report") {
#ifdef HEADROOM_HAVE_REPORT
        return report(rest);
#else
        std::cerr << "headroom-cli: this build has no report command (it needs the GUI build's libraries)\n";
        return kUsage;
#endif
    }
    std::cerr << "headroom-cli: unknown command \"" << command << "\"\n\n" << kHelp;
    return kUsage;
}
