#include "engine/Queueing.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <limits>

namespace headroom::engine {

namespace {

constexpr double kInfinity = std::numeric_limits<double>::infinity();
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
constexpr double kTailOfP95 = 0.05;
constexpr double kNegligibleBlocking = 1e-30;
constexpr double kNegligibleWait = 1e-12; // P(R > t) is then e^{−μt} within 1e-12
constexpr double kBisectionRelativeWidth = 1e-15;
constexpr int kMaxDoublings = 2100; // from the least positive double past the largest: always ends
constexpr int kMaxHalvings = 200;   // ~50 from a bracket [t/2, t]; ~100 from [0, mean] as ρ → 1

// (1 − e^{−x})/x for x ≥ 0, → 1 as x → 0; expm1 keeps it exact for small x.
double oneMinusExpOverX(double x)
{
    return x > 0.0 ? -std::expm1(-x) / x : 1.0;
}

// The three exponentials that P(R > t) and its density share at one t, computed once for both:
// e^{−μt}, and with m = min(θ, μ), M = max(θ, μ), e^{−mt} and (1 − e^{−(M−m)t})/((M−m)t).
struct ResponseTerms
{
    double serviceDecay; // e^{−μt}
    double slowRate;     // m
    double slowDecay;    // e^{−mt}
    double spread;       // (1 − e^{−(M−m)t})/((M−m)t)
};

ResponseTerms responseTerms(double theta, double mu, double t)
{
    const double slow = std::min(theta, mu);
    const double fast = std::max(theta, mu);
    return {std::exp(-mu * t), slow, std::exp(-slow * t), oneMinusExpOverX((fast - slow) * t)};
}

// P(R > t) for a stable station with probability of wait C: (1 − C)·e^{−μt} + C·P(Exp(θ) + Exp(μ) > t),
// the hypoexponential tail written around the smaller rate m, e^{−mt}·(1 + mt·(1 − e^{−(M−m)t})/((M−m)t)),
// so that no term overflows and θ = μ needs no special case (see the header).
double responseTail(double wait, double t, const ResponseTerms& e)
{
    const double hypoexponential = e.slowDecay == 0.0 ? 0.0 : e.slowDecay * (1.0 + e.slowRate * t * e.spread);
    return (1.0 - wait) * e.serviceDecay + wait * hypoexponential;
}

// The density of R at t: (1 − C)·μe^{−μt} + C·θμ·t·e^{−mt}·(1 − e^{−(M−m)t})/((M−m)t), the
// hypoexponential density written, like its tail, so that θ = μ needs no special case.
double responseDensity(double wait, double theta, double mu, double t, const ResponseTerms& e)
{
    const double hypoexponential = theta * mu * t * e.slowDecay * e.spread;
    return (1.0 - wait) * mu * e.serviceDecay + wait * hypoexponential;
}

// The t with P(R > t) = 0.05. P(R > t) falls from 1 at t = 0 to 0, so doubling from the mean finds
// a bracket [lo, hi] with hi ≤ 2·lo (or lo = 0). Newton's method on the tail, with its closed-form
// density, then converges in a few steps; a step that would leave the bracket bisects instead, so
// it never does worse than bisection.
double p95Response(double wait, double theta, double mu, double meanResponse)
{
    // Almost never waiting: the tail is e^{−μt} to within C, far inside any tolerance we report.
    if (wait < kNegligibleWait)
        return std::log(1.0 / kTailOfP95) / mu;
    double lo = 0.0;
    double hi = std::max(meanResponse, 1.0 / mu); // never 0; R ≥ S puts the root past ln(20)/μ
    for (int i = 0; i < kMaxDoublings && responseTail(wait, hi, responseTerms(theta, mu, hi)) > kTailOfP95; ++i) {
        lo = hi;
        hi *= 2.0;
    }
    double t = std::clamp(std::log(1.0 / kTailOfP95) / mu + (wait > kTailOfP95 ? std::log(wait / kTailOfP95) / theta : 0.0),
                          lo, hi);
    for (int i = 0; i < kMaxHalvings && hi - lo > kBisectionRelativeWidth * hi; ++i) {
        const ResponseTerms terms = responseTerms(theta, mu, t);
        const double excess = responseTail(wait, t, terms) - kTailOfP95;
        if (excess == 0.0)
            return t;
        if (excess > 0.0)
            lo = t;
        else
            hi = t;
        const double density = responseDensity(wait, theta, mu, t, terms);
        double next = density > 0.0 ? t + excess / density : 0.5 * (lo + hi);
        // Converged before the bracket is looked at: approaching from below, the last step rounds to
        // t itself, which is lo, and is not strictly inside [lo, hi]; it must not start a bisection.
        if (std::abs(next - t) <= kBisectionRelativeWidth * t)
            return next;
        if (!(next > lo && next < hi))
            next = 0.5 * (lo + hi);
        t = next;
    }
    return t;
}

MmcMetrics unstable(double utilization, double probabilityOfWait)
{
    return {false, utilization, probabilityOfWait, kInfinity, kInfinity, kInfinity, kInfinity};
}

} // namespace

double erlangB(int servers, double offeredLoad)
{
    if (!(offeredLoad >= 0.0))
        return kNaN;
    if (servers <= 0 || std::isinf(offeredLoad))
        return 1.0;
    double blocking = 1.0;
    // A 64-bit counter: k must pass INT_MAX without overflow. Past k = a, B only falls: once it is
    // below 1e-30 no latency or probability we report can tell it from 0, and the remaining steps
    // (hundreds for a large pool at light load, some of them subnormal) would be wasted.
    for (std::int64_t k = 1; k <= servers && blocking > 0.0; ++k) {
        const double carried = offeredLoad * blocking;
        blocking = carried / (static_cast<double>(k) + carried);
        if (blocking < kNegligibleBlocking && static_cast<double>(k) > offeredLoad)
            return 0.0;
    }
    return blocking;
}

double erlangC(int servers, double offeredLoad)
{
    if (!(offeredLoad >= 0.0))
        return kNaN;
    const double c = static_cast<double>(servers);
    if (servers <= 0 || offeredLoad >= c)
        return 1.0;
    const double blocking = erlangB(servers, offeredLoad);
    // c − a·(1 − B) written as (c − a) + a·B: both terms are non-negative, so nothing cancels near a = c.
    return c * blocking / ((c - offeredLoad) + offeredLoad * blocking);
}

MmcMetrics mmc(double arrivalPerSecond, double serviceRatePerServer, int servers)
{
    const double lambda = arrivalPerSecond;
    const double mu = serviceRatePerServer;
    if (!(lambda >= 0.0) || !(mu > 0.0) || std::isinf(mu) || servers < 1)
        return unstable(kNaN, kNaN);

    const double capacity = static_cast<double>(servers) * mu; // cμ, completions per second
    const double utilization = lambda / capacity;
    if (!(utilization < 1.0))
        return unstable(utilization, 1.0);

    const double wait = erlangC(servers, lambda / mu);
    const double theta = capacity - lambda; // rate at which a queued arrival's wait ends, per second
    MmcMetrics metrics;
    metrics.stable = true;
    metrics.utilization = utilization;
    metrics.probabilityOfWait = wait;
    metrics.meanWaitSeconds = wait / theta;
    metrics.meanResponseSeconds = 1.0 / mu + metrics.meanWaitSeconds;
    metrics.p95WaitSeconds = wait > kTailOfP95 ? std::log(wait / kTailOfP95) / theta : 0.0;
    metrics.p95ResponseSeconds = p95Response(wait, theta, mu, metrics.meanResponseSeconds);
    return metrics;
}

} // namespace headroom::engine
