#pragma once

#include "engine/Model.h"

#include <cstdio>

// Every number of a fixed set of engine runs on one model, written as C99 hexadecimal floats
// ("%a"): two builds of the engine that give the same text give the same bits. This is how an
// optimisation shows that it changed no result (tests/bench/compare-outputs.sh).
namespace headroom::bench {

// The runs: the deterministic projection, and Monte Carlo at several sample counts, seeds and
// thread counts (counts that are not a multiple of a block, one sample per thread, more threads
// than cores). `heavy` adds the 10,000-sample run of the performance budget.
void dumpResults(std::FILE* out, const engine::Model& model, bool heavy);

} // namespace headroom::bench
