#include "CliSupport.h"

#include "project/ProjectFile.h"

#include <fstream>
#include <iostream>

namespace headroom::cli {

int usageError(const std::string& message)
{
    std::cerr << "headroom-cli: " << message << "\nRun headroom-cli --help for usage.\n";
    return kUsage;
}

void printProblems(const std::vector<engine::Problem>& problems)
{
    for (const engine::Problem& p : problems)
        std::cerr << "  " << p.toString() << '\n';
}

std::optional<project::Project> load(const std::string& path, int& exitCode)
{
    project::LoadOutcome loaded = project::loadProject(path);
    if (loaded.ok())
        return std::move(*loaded.project);
    std::cerr << "headroom-cli: " << loaded.message << '\n';
    printProblems(loaded.problems);
    exitCode = loaded.status == project::FileStatus::InvalidContent ? kInvalidModel : kCannotRead;
    return std::nullopt;
}

bool writeOutput(const std::string& path, const std::string& text)
{
    if (path.empty() || path == "-") {
        std::cout << text;
        return static_cast<bool>(std::cout.flush());
    }
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out << text;
    out.close();
    if (!out)
        std::cerr << "headroom-cli: cannot write " << path << '\n';
    return static_cast<bool>(out);
}

} // namespace headroom::cli
