#pragma once

#include "engine/Results.h"
#include "engine/Validation.h"

#include <cstdint>
#include <optional>
#include <vector>

// The engine's entry point: a Model in, a Projection's summaries out.
namespace headroom::engine {

struct Model;

struct RunOptions
{
    std::uint64_t seed = 1; // recorded; the deterministic projection draws nothing
};

// Either the problems that keep the model from running, or its results.
struct RunOutcome
{
    std::vector<Problem> problems;
    std::optional<Results> results;

    bool ok() const { return results.has_value(); }
};

// Validates the model, then projects it month by month. Never throws for bad input, never
// emits NaN or infinity: invalid input comes back as problems.
RunOutcome run(const Model& model, const RunOptions& options = {});

} // namespace headroom::engine
