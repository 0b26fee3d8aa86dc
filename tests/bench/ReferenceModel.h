#pragma once

#include "engine/Model.h"

// The model the performance budget is stated for (DESIGN.md, "Performance budget"), built in
// code so that the benchmark depends on the engine alone: an online shop of 30 components
// (services, caches, databases, queues with their workers, storage and third-party APIs), 8
// request classes, a call graph of 45 edges with one retry loop, and 60 months of exponential
// growth from 50,000 users at 6% a month, uncertain in its growth inputs and in a few capacities.
namespace headroom::bench {

engine::Model referenceModel();

// A copy of `model` with every 90% interval dropped: the deterministic projection of its estimates.
engine::Model withoutUncertainty(engine::Model model);

// How many of the model's inputs carry an interval that Monte Carlo draws from.
int uncertainInputCount(const engine::Model& model);

} // namespace headroom::bench
