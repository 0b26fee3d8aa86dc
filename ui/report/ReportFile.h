#pragma once

#include <string>
#include <vector>

namespace headroom::engine {
struct Model;
struct Results;
} // namespace headroom::engine

// The report as the command line asks for it: plain C++ in, a file out. No Qt in this header,
// so headroom-cli stays Qt-free but for the one command that links the report library.
namespace headroom::report {

struct ReportRun
{
    std::string id;   // "base" for the base model
    std::string name;
    const engine::Results* results = nullptr;
};

struct ReportRequest
{
    const engine::Model* model = nullptr;     // the model the reported results came from
    const engine::Results* results = nullptr; // the projection reported
    std::vector<ReportRun> scenarios;         // the base and each scenario, for the comparison; may be empty
    std::string projectName;
    std::string sourceFile;
    std::string outputPath; // .html or .pdf
};

// Writes the report. Needs no display: without a Qt application it makes one on the offscreen
// platform for the time of the call. Returns an empty string on success, else why it failed.
std::string writeReportFile(const ReportRequest& request);

} // namespace headroom::report
