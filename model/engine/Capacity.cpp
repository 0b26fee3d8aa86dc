#include "engine/Capacity.h"

#include <algorithm>
#include <cmath>

namespace headroom::engine {

namespace {
// Whether X(instances)·target ≥ λ.
bool serves(double arrivalPerSecond, int instances, const PoolParameters& pool)
{
    return uslThroughput(instances, pool.capacityPerInstance, pool.usl) * pool.targetUtilization >= arrivalPerSecond;
}

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

int horizontalCeiling(const PoolParameters& pool)
{
    return std::max(pool.minInstances, uslBestUnits(pool.usl, pool.maxInstances));
}

Sizing sizeHorizontal(double arrivalPerSecond, const PoolParameters& pool)
{
    return sizeHorizontal(arrivalPerSecond, pool, horizontalCeiling(pool));
}

Sizing sizeHorizontal(double arrivalPerSecond, const PoolParameters& pool, int ceiling)
{
    // X(n) rises on [min, ceiling], so the smallest sufficient n is found by bisection there, in
    // the bracket that the USL's closed-form estimate gives when it is right (almost always: then
    // the estimate and the count below it are the only evaluations), in the whole range when it is
    // not. Where the ceiling itself falls short, it is the answer.
    int lo = pool.minInstances; // invariant: the answer, if any, lies in [lo, hi]
    int hi = ceiling;
    const double estimate =
        std::ceil(uslUnitsFor(arrivalPerSecond, pool.capacityPerInstance * pool.targetUtilization, pool.usl));
    const int guess = estimate >= double(hi) ? hi : estimate > double(lo) ? int(estimate) : lo; // NaN: lo
    const auto answer = [&pool](Sizing s) {
        s.atMaximum = s.instances == pool.maxInstances && pool.maxInstances > pool.minInstances;
        return s;
    };
    if (const Sizing atGuess = evaluateAt(arrivalPerSecond, guess, pool); atGuess.meetsTarget) {
        // The ceiling serves λ too (X rises up to it).
        if (guess == lo || !serves(arrivalPerSecond, guess - 1, pool))
            return answer(atGuess);
        hi = guess - 1;
    } else {
        Sizing top = guess == hi ? atGuess : evaluateAt(arrivalPerSecond, hi, pool);
        if (!top.meetsTarget) {
            top.atMaximum = hi == pool.maxInstances;
            top.atScalabilityPeak = hi < pool.maxInstances;
            return top;
        }
        lo = guess + 1;
    }
    while (lo < hi) {
        const int mid = lo + (hi - lo) / 2;
        if (serves(arrivalPerSecond, mid, pool))
            hi = mid;
        else
            lo = mid + 1;
    }
    return answer(evaluateAt(arrivalPerSecond, lo, pool));
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
