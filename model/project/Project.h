#pragma once

#include "engine/Model.h"
#include "engine/Results.h"

#include <optional>
#include <string>

// A project as it lives in a file: the model and the results of its last run.
namespace headroom::project {

// The results of a run, with what is needed to know whether they still match the model.
struct StoredRun
{
    engine::Results results;
    std::string inputsHash; // inputsHash(model) at the time of the run
    std::string computedAt; // UTC, ISO 8601: "2027-01-31T12:00:00Z"

    bool operator==(const StoredRun&) const = default;
};

struct Project
{
    engine::Model model;
    std::optional<StoredRun> lastRun;

    bool operator==(const Project&) const = default;
};

} // namespace headroom::project
