#include "Commands.h"

#include "CliSupport.h"

#include "engine/Engine.h"
#include "project/InputsHash.h"
#include "project/ProjectFile.h"
#include "project/ResultsCsv.h"
#include "project/ResultsJson.h"

#include <charconv>
#include <fstream>
#include <iostream>
#include <optional>

namespace headroom::cli {

namespace {

struct SimulateOptions
{
    std::string file;
    std::string scenario;
    std::string format = "json";
    std::string out;
    std::uint64_t seed = 1;
    int samples = 1000;
    bool save = false;
};

std::optional<SimulateOptions> parseSimulate(const std::vector<std::string>& args, std::string& error)
{
    SimulateOptions o;
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string& a = args[i];
        const auto value = [&]() -> std::optional<std::string> {
            if (i + 1 < args.size())
                return args[++i];
            error = a + " needs a value";
            return std::nullopt;
        };
        if (a == "--format" || a == "--out" || a == "--seed" || a == "--samples" || a == "--scenario") {
            const auto v = value();
            if (!v)
                return std::nullopt;
            if (runOption(a, *v, o.samples, o.seed, error)) {
                if (!error.empty())
                    return std::nullopt;
            } else if (a == "--format") {
                o.format = *v;
            } else if (a == "--scenario") {
                o.scenario = *v;
            } else {
                o.out = *v;
            }
        } else if (a == "--save") {
            o.save = true;
        } else if (!fileArgument(a, o.file, error)) {
            return std::nullopt;
        }
    }
    if (o.file.empty())
        error = "simulate needs a FILE";
    else if (o.format != "json" && o.format != "csv")
        error = "--format must be json or csv; got \"" + o.format + "\"";
    else if (o.save && !o.scenario.empty())
        error = "--save keeps the base model's results; a scenario's are recomputed when asked for";
    else if (o.save && project::isJsonPath(o.file))
        error = "--save keeps results in a .headroom file; " + o.file + " is JSON (convert it first)";
    if (!error.empty())
        return std::nullopt;
    return o;
}

} // namespace

int simulate(const std::vector<std::string>& args)
{
    std::string error;
    const auto options = parseSimulate(args, error);
    if (!options)
        return usageError(error);
    int exitCode = kDone;
    auto project = load(options->file, exitCode);
    if (!project)
        return exitCode;
    engine::RunOptions run;
    run.seed = options->seed;
    run.samples = options->samples;
    run.scenario = options->scenario;
    engine::RunOutcome outcome = engine::run(project->model, run);
    if (!outcome.ok()) {
        std::cerr << "headroom-cli: the model in " << options->file << " is invalid:\n";
        printProblems(outcome.problems);
        return kInvalidModel;
    }
    const std::string text = options->format == "csv" ? project::resultsToCsv(*outcome.results)
                                                      : project::resultsToJson(*outcome.results).dump(2) + "\n";
    if (!writeOutput(options->out, text))
        return kCannotRead;
    if (options->save) {
        project->lastRun = project::StoredRun{std::move(*outcome.results), project::inputsHash(project->model),
                                              project::utcTimestampNow()};
        const project::SaveOutcome saved = project::saveProject(options->file, *project);
        if (!saved.ok()) {
            std::cerr << "headroom-cli: " << saved.message << '\n';
            return kCannotRead;
        }
    }
    return kDone;
}

int validate(const std::vector<std::string>& args)
{
    if (args.size() != 1 || args[0].empty() || args[0][0] == '-')
        return usageError("validate takes exactly one FILE");
    int exitCode = kDone;
    const auto project = load(args[0], exitCode);
    if (!project)
        return exitCode;
    const std::vector<engine::Problem> problems = engine::validate(project->model);
    if (problems.empty()) {
        std::cout << args[0] << ": the model is valid.\n";
        return kDone;
    }
    std::cerr << args[0] << ": " << problems.size() << (problems.size() == 1 ? " problem" : " problems") << ":\n";
    printProblems(problems);
    return kInvalidModel;
}

int convert(const std::vector<std::string>& args)
{
    if (args.size() != 2)
        return usageError("convert takes IN and OUT");
    if (project::isJsonPath(args[0]) == project::isJsonPath(args[1]))
        return usageError("convert goes between a .headroom file and a .json file");
    int exitCode = kDone;
    const auto project = load(args[0], exitCode);
    if (!project)
        return exitCode;
    const project::SaveOutcome saved = project::saveProject(args[1], *project);
    if (!saved.ok()) {
        std::cerr << "headroom-cli: " << saved.message << '\n';
        return kCannotRead;
    }
    return kDone;
}

} // namespace headroom::cli
