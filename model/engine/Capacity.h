#pragma once

#include "engine/Usl.h"

#include <vector>

// Sizing a pool of identical instances for an arrival rate, under the policies of DESIGN.md
// ("Capacity, scaling policies and the Universal Scalability Law"). Utilization is never
// clipped: a pool that cannot keep up reports ρ above its target, or above 1 when saturated.
namespace headroom::engine {

struct PoolParameters
{
    double capacityPerInstance = 0.0; // X(1), operations per second at 100% utilization
    double targetUtilization = 0.7;   // in (0, 1]
    UslCoefficients usl;
    int minInstances = 1;
    int maxInstances = 1;
};

struct Sizing
{
    int instances = 0;
    double capacity = 0.0;        // X(instances), operations per second at 100%
    double utilization = 0.0;     // ρ = λ / X(instances); may exceed 1
    bool meetsTarget = true;      // X(instances)·target ≥ λ
    bool atMaximum = false;       // the policy's maximum was needed, or was not enough
    bool atScalabilityPeak = false; // more instances would lower throughput (USL peak), and still short
};

// Horizontal: the smallest n in [min, max] with X(n)·target ≥ λ. Where none serves λ, the best
// the pool can do: the maximum, or the USL peak if that comes first.
Sizing sizeHorizontal(double arrivalPerSecond, const PoolParameters& pool);
// The same, for a caller that sizes one pool many times: `ceiling` is horizontalCeiling(pool), the
// most instances worth having (the minimum, or the USL peak within the maximum if more), which
// depends on neither λ nor the capacity per instance.
Sizing sizeHorizontal(double arrivalPerSecond, const PoolParameters& pool, int ceiling);
int horizontalCeiling(const PoolParameters& pool);

// Fixed: exactly `instances`, whatever the load.
Sizing sizeFixed(double arrivalPerSecond, int instances, const PoolParameters& pool);

// Vertical: `replicas` nodes of one type from a ladder of vCPU counts (smallest first). A node of
// c cores serves X(c) = c·perVcpu / (1 + σ(c−1) + κc(c−1)); the smallest step with
// replicas·X(c)·target ≥ λ is chosen. Beyond the top step: the top step, atVerticalCeiling.
struct VerticalSizing
{
    Sizing sizing;       // instances = replicas; capacity = replicas·X(cores)
    int step = 0;        // index into the ladder
    bool atVerticalCeiling = false;
};
// `slowdown`, when given, holds one service-time multiplier per step (≥ 1: a working set beyond
// that type's memory): the step's capacity is divided by it.
VerticalSizing sizeVertical(double arrivalPerSecond, const std::vector<double>& ladderVcpus, double perVcpu,
                            int replicas, double targetUtilization, const UslCoefficients& coresUsl,
                            const std::vector<double>* slowdown = nullptr);

} // namespace headroom::engine
