#include "engine/Capacity.h"

#include <algorithm>
#include <cmath>

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
    // X(n) rises on [1, n*], so the smallest sufficient n is found by bisection below the peak,
    // in the bracket that the USL's closed-form estimate gives when it is right (almost always:
    // then two evaluations instead of seven or more), in the whole range when it is not.
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
    const double estimate =
        std::ceil(uslUnitsFor(arrivalPerSecond, pool.capacityPerInstance * pool.targetUtilization, pool.usl));
    const int guess = estimate >= double(hi) ? hi : estimate > double(lo) ? int(estimate) : lo; // NaN: lo
    if (evaluateAt(arrivalPerSecond, guess, pool).meetsTarget) {
        hi = guess;
        if (guess == lo || !evaluateAt(arrivalPerSecond, guess - 1, pool).meetsTarget)
            lo = guess;
    } else {
        lo = guess + 1;
    }
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

VerticalSizing sizeVertical(double arrivalPerSecond, const std::vector<double>& ladderVcpus, double perVcpu,
                            int replicas, double targetUtilization, const UslCoefficients& coresUsl,
                            const std::vector<double>* slowdown)
{
    VerticalSizing out;
    VerticalSizing best;
    for (std::size_t step = 0; step < ladderVcpus.size(); ++step) {
        const double divisor = slowdown ? (*slowdown)[step] : 1.0;
        const double capacity = replicas * uslThroughput(ladderVcpus[step], perVcpu, coresUsl) / divisor;
        out.step = int(step);
        out.sizing.instances = replicas;
        out.sizing.capacity = capacity;
        out.sizing.utilization = arrivalPerSecond / capacity;
        out.sizing.meetsTarget = capacity * targetUtilization >= arrivalPerSecond;
        if (out.sizing.meetsTarget)
            return out;
        if (step == 0 || capacity > best.sizing.capacity)
            best = out;
    }
    // No step serves λ: run the one that serves the most (past the cores' USL peak, a larger type can serve less).
    best.atVerticalCeiling = true;
    return best;
}

} // namespace headroom::engine
