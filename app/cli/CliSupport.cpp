#include "CliSupport.h"

#include "engine/Engine.h"
#include "project/ProjectFile.h"

#include <fstream>
#include <iostream>

namespace headroom::cli {

bool runOption(const std::string& flag, const std::string& value, int& samples, std::uint64_t& seed,
               std::string& error)
{
    if (flag == "--seed") {
        if (!parseWhole(value, seed))
            error = "--seed takes a whole number from 0 to 2^64-1; got \"" + value + "\"";
        return true;
    }
    if (flag == "--samples") {
        if (!parseWhole(value, samples) || samples < 1 || samples > engine::kMaxSamples)
            error = "--samples takes a whole number from 1 to " + std::to_string(engine::kMaxSamples) + "; got \"" +
                    value + "\"";
        return true;
    }
    return false;
}

bool fileArgument(const std::string& arg, std::string& file, std::string& error)
{
    if (!arg.empty() && arg[0] == '-')
        error = "unknown option " + arg;
    else if (file.empty())
        file = arg;
    else
        error = "unexpected argument \"" + arg + "\"";
    return error.empty();
}

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

std::optional<engine::Results> runOrExplain(const engine::Model& model, const std::string& scenario, int samples,
                                            std::uint64_t seed)
{
    engine::RunOptions run;
    run.scenario = scenario;
    run.seed = seed;
    run.samples = samples;
    engine::RunOutcome outcome = engine::run(model, run);
    if (outcome.ok())
        return std::move(outcome.results);
    std::cerr << "headroom-cli: " << (scenario.empty() ? std::string("the base model") : "scenario " + scenario)
              << " cannot be projected:\n";
    printProblems(outcome.problems);
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
