#pragma once

#include <string>
#include <vector>

// The commands of headroom-cli, each taking its own arguments (after the command name) and
// returning the process's exit code.
namespace headroom::cli {

// Exit codes, as documented in docs/cli.md.
enum ExitCode : int
{
    kDone = 0,
    kInvalidModel = 1,
    kCannotFit = 1, // fit: no curve could be fitted, or the USL fit cannot be trusted
    kUsage = 2,
    kCannotRead = 3, // the file cannot be read (missing, damaged, not a project, newer) or an output written
};

int simulate(const std::vector<std::string>& args);
int validate(const std::vector<std::string>& args);
int convert(const std::vector<std::string>& args);
int compare(const std::vector<std::string>& args);
int fit(const std::vector<std::string>& args); // Fit.cpp: calibration from measurements
int report(const std::vector<std::string>& args); // only in a build with the GUI (HEADROOM_HAVE_REPORT)

} // namespace headroom::cli
