#pragma once

#include "engine/Results.h"
#include "engine/Validation.h"

#include <atomic>
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

// The engine's entry point: a Model in, the summaries of its Monte Carlo projection out.
namespace headroom::engine {

struct Model;

inline constexpr int kMaxSamples = 1'000'000;

struct RunOptions
{
    std::string scenario;   // a scenario's id, or empty for the base model
    std::uint64_t seed = 1;
    int samples = 1;  // Monte Carlo samples. 1: the deterministic projection of the estimates; a model
                      // with no uncertain input is projected once whatever the count
    int threads = 0;  // 0: one per hardware thread. Results do not depend on it, bit for bit
    const std::atomic<bool>* cancel = nullptr;            // set it to stop a run early
    std::function<void(int done, int total)> progress;    // called on the calling thread
};

// Either the problems that keep the model from running, or its results; `cancelled` when stopped.
struct RunOutcome
{
    std::vector<Problem> problems;
    std::optional<Results> results;
    bool cancelled = false;

    bool ok() const { return results.has_value(); }
};

// Validates the model, then projects it `samples` times, drawing every uncertain input once per
// sample (Uncertainty.h), and summarises each series per month: up to 2,000 samples from every
// value, exact (SampleTable.h); past that as the samples come, in memory that does not grow with
// the sample count (StreamingSummary.h). Never throws for bad input, never emits NaN or infinity.
RunOutcome run(const Model& model, const RunOptions& options = {});

} // namespace headroom::engine
