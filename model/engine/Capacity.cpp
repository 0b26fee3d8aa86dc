#include "engine/Capacity.h"

#include <algorithm>

namespace headroom::engine {

namespace {
Sizing evaluateAt(double arrivalPerSecond, int instances, const PoolParameters& pool)
{
    Sizing s;
    s.instances = instances;
    s.capacity = uslThroughput(instances, pool.capacityPerInstance, pool.usl);
    s.utilization = arrivalPerSecond / s.capacity;
    s.meetsTarget = s.capacity * pool.targetUtilization >= arrivalPerSecond;
    return s;
}
} // namespace

Sizing sizeHorizontal(double arrivalPerSecond, const PoolParameters& pool)
{
    // X(n) rises on [1, n*], so the smallest sufficient n is found by bisection below the peak.
    const int best = uslBestUnits(pool.usl, pool.maxInstances);
    const int upper = std::max(pool.minInstances, best);
    Sizing top = evaluateAt(arrivalPerSecond, upper, pool);
    if (!top.meetsTarget) {
        top.atMaximum = upper == pool.maxInstances;
        top.atScalabilityPeak = upper < pool.maxInstances;
        return top;
    }
    int lo = pool.minInstances; // invariant: the answer lies in [lo, hi]
    int hi = upper;
    while (lo < hi) {
        const int mid = lo + (hi - lo) / 2;
        if (evaluateAt(arrivalPerSecond, mid, pool).meetsTarget)
            hi = mid;
        else
            lo = mid + 1;
    }
    Sizing s = evaluateAt(arrivalPerSecond, lo, pool);
    s.atMaximum = lo == pool.maxInstances && pool.maxInstances > pool.minInstances;
    return s;
}

Sizing sizeFixed(double arrivalPerSecond, int instances, const PoolParameters& pool)
{
    return evaluateAt(arrivalPerSecond, instances, pool);
}

} // namespace headroom::engine
