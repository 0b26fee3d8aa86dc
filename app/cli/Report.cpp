#include "CliSupport.h"
#include "Commands.h"

#include "engine/Engine.h"
#include "engine/Model.h"
#include "engine/Scenarios.h"
#include "report/ReportFile.h"

#include <algorithm>
#include <iostream>
#include <optional>

namespace headroom::cli {

namespace {

struct ReportOptions
{
    std::string file;
    std::string out;
    std::string scenario;
    int samples = 1000;
    std::uint64_t seed = 1;
};

bool endsWith(const std::string& text, const std::string& suffix)
{
    return text.size() >= suffix.size() && text.compare(text.size() - suffix.size(), suffix.size(), suffix) == 0;
}

std::optional<ReportOptions> parse(const std::vector<std::string>& args, std::string& error)
{
    ReportOptions o;
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string& a = args[i];
        if (a == "--out" || a == "--scenario" || a == "--samples" || a == "--seed") {
            if (i + 1 >= args.size()) {
                error = a + " needs a value";
                return std::nullopt;
            }
            const std::string& value = args[++i];
            if (runOption(a, value, o.samples, o.seed, error)) {
                if (!error.empty())
                    return std::nullopt;
            } else if (a == "--out") {
                o.out = value;
            } else {
                o.scenario = value;
            }
        } else if (!fileArgument(a, o.file, error)) {
            return std::nullopt;
        }
    }
    if (o.file.empty())
        error = "report needs a FILE";
    else if (o.out.empty())
        error = "report needs --out PATH, ending in .html or .pdf";
    else if (!endsWith(o.out, ".html") && !endsWith(o.out, ".htm") && !endsWith(o.out, ".pdf"))
        error = "--out must end in .html or .pdf; got \"" + o.out + "\"";
    if (!error.empty())
        return std::nullopt;
    return o;
}

} // namespace

int report(const std::vector<std::string>& args)
{
    std::string error;
    const auto options = parse(args, error);
    if (!options)
        return usageError(error);
    int exitCode = kDone;
    const auto project = load(options->file, exitCode);
    if (!project)
        return exitCode;
    const engine::Model& model = project->model;

    // Every run of the comparison (the base, then each scenario) with the same seed: common
    // random numbers. The reported projection is one of them.
    std::vector<std::string> ids{""};
    for (const engine::Scenario& s : model.scenarios)
        ids.push_back(s.id);
    if (!options->scenario.empty() && !model.findScenario(options->scenario)) {
        std::cerr << "headroom-cli: the model has no scenario \"" << options->scenario << "\"\n";
        return kInvalidModel;
    }
    std::vector<engine::Results> runs;
    for (const std::string& id : ids) {
        std::optional<engine::Results> results = runOrExplain(model, id, options->samples, options->seed);
        if (!results)
            return kInvalidModel;
        runs.push_back(std::move(*results));
    }

    report::ReportRequest request;
    const std::size_t shown = options->scenario.empty()
                                  ? 0
                                  : std::size_t(std::find(ids.begin(), ids.end(), options->scenario) - ids.begin());
    engine::Model scenarioModel;
    if (shown > 0) {
        // Targets and limits in the report are the scenario's own.
        engine::ScenarioModel applied = engine::applyScenario(model, options->scenario);
        scenarioModel = std::move(*applied.model);
    }
    request.model = shown > 0 ? &scenarioModel : &model;
    request.results = &runs[shown];
    for (std::size_t i = 0; i < ids.size(); ++i) {
        const engine::Scenario* s = model.findScenario(ids[i]);
        request.scenarios.push_back({ids[i].empty() ? "base" : ids[i], s ? s->name : "Base", &runs[i]});
    }
    request.projectName = model.name + (shown > 0 ? " (scenario: " + request.scenarios[shown].name + ")" : "");
    request.sourceFile = options->file;
    request.outputPath = options->out;
    error = report::writeReportFile(request);
    if (!error.empty()) {
        std::cerr << "headroom-cli: " << error << '\n';
        return kCannotRead;
    }
    return kDone;
}

} // namespace headroom::cli
