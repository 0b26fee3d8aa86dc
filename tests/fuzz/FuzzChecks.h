#pragma once

#include "engine/Validation.h"
#include "project/InputsHash.h"
#include "project/ProjectFile.h"

#include <cstdio>
#include <cstdlib>
#include <string>

// What every harness checks of what a loader returned, shared with tst_FuzzCorpus, which runs the
// committed corpus (regressions included) through the same checks in the ordinary test suite.
namespace headroom::fuzz {

// A refusal says what is wrong; a project that loads goes on as the app would take it: validated,
// hashed (its JSON written), and, when valid, through the JSON form and back without loss. Returns
// the check that failed, or nothing.
inline std::string failedCheck(const project::LoadOutcome& out)
{
    if (!out.ok())
        return !out.message.empty() && !out.project ? "" : "a refusal has a message and no project";
    if (!out.project)
        return "a loaded outcome holds a project";
    const engine::Model& model = out.project->model;
    const std::vector<engine::Problem> problems = engine::validate(model);
    if (project::inputsHash(model).size() != 16)
        return "the inputs hash is 16 hex digits";
    if (!problems.empty())
        return "";
    const project::LoadOutcome again =
        project::projectFromJsonText(project::projectToJsonText(*out.project), "the written JSON");
    if (!again.ok())
        return "a valid model's JSON reads back: " + again.message;
    if (!(again.project->model == model))
        return "a valid model's JSON reads back to the same model";
    return "";
}

// In a harness: a failed check aborts, which libFuzzer reports as a crash, saving the input.
inline void checkOutcome(const project::LoadOutcome& out)
{
    const std::string failed = failedCheck(out);
    if (!failed.empty()) {
        std::fprintf(stderr, "fuzz check failed: %s\n", failed.c_str());
        std::abort();
    }
}

} // namespace headroom::fuzz
