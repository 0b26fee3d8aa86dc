#include "engine/Queueing.h"

#include <algorithm>
#include <array>
#include <atomic>
#include <bit>
#include <cmath>
#include <cstdint>
#include <limits>
#include <memory>
#include <mutex>

namespace headroom::engine {

namespace {

constexpr double kInfinity = std::numeric_limits<double>::infinity();
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
constexpr double kTailOfP95 = 0.05;
const double kLogTailOfP95 = std::log(kTailOfP95);
constexpr double kNegligibleBlocking = 1e-30;
constexpr double kLogNegligibleBound = -73.7; // just below ln 1e-32: a hundredth of kNegligibleBlocking
constexpr double kStartDeviations = 10.0;     // Erlang B starts this many √a below min(a, c)…
constexpr double kMinimumSkippedSteps = 16.0; // …when that skips at least this many steps
constexpr int kMinimumServersForTheBound = 64;
constexpr double kNegligibleWait = 1e-12;   // P(R > t) is then e^{−μt} within 1e-12
constexpr double kConvergedBracket = 1e-15; // a bracket this narrow relative to t: converged
constexpr double kFinalStep = 1e-5;         // a Halley step this small relative to t: the last
constexpr int kMaxSteps = 2300; // doubling from ln(20)/μ past the largest double, then ~100 halvings: always ends

// ln P(R > t) − ln 0.05 and its first two derivatives in t, for a stable station with probability
// of wait C.
struct LogTailAt
{
    double excess;    // ln P(R > t) − ln 0.05: positive below the p95, negative above
    double slope;     // d/dt ln P(R > t): minus the hazard rate of R, negative
    double curvature; // d²/dt² ln P(R > t)
};

// A stable station's response-time tail, written around the smaller rate m = min(θ, μ), with
// M = max(θ, μ) (logTailAt()); what does not depend on t, worked out once a solve.
struct ResponseTail
{
    ResponseTail(double waitProbability, double theta, double mu)
        : wait(waitProbability), slow(std::min(theta, mu)), rateGap(std::max(theta, mu) - slow),
          slowPerGap(rateGap > 0.0 ? slow / rateGap : 0.0), serviceIsSlow(theta >= mu)
    {
    }
    double wait;
    double slow;       // m
    double rateGap;    // M − m
    double slowPerGap; // m/(M − m), where the rates differ (it is then below 2^53)
    bool serviceIsSlow;
};

// Where e^{−x} < 0.61, e^{−x} − 1 from exp() is within about an ulp of expm1()'s (the subtraction
// cannot cancel), and exp() is several times faster: half the M/M/c solve's time went to expm1().
constexpr double kExpm1Needed = 0.5;

//     P(R > t) = (1 − C)·e^{−μt} + C·P(Exp(θ) + Exp(μ) > t) = e^{−mt}·K(t),
//     K(t) = (1 − C)·e^{−(μ−m)t} + C·(1 + m·t·(1 − e^{−(M−m)t})/((M−m)t)),
// so that ln P = −m·t + ln K with K ≥ C > 0: no term overflows or underflows, θ = μ needs no
// special case, and e^{−mt} is never computed. Two transcendental calls: the exponential of the
// rates' gap and the log of K. In m·t·(1 − e^{−(M−m)t})/((M−m)t), t cancels: it is
// m/(M − m)·(1 − e^{−(M−m)t}), and m·t where the rates are equal. The derivatives follow from the
// same values: d/dt of t·(1 − e^{−(M−m)t})/((M−m)t) is e^{−(M−m)t}, and of e^{−(μ−m)t} is
// −(μ−m)·e^{−(μ−m)t} (0 when μ is the smaller rate), each differentiated once more for K''; then
// (ln K)'' = K''/K − (K'/K)². One division (1/K): the solve waits on each in turn.
LogTailAt logTailAt(const ResponseTail& r, double t)
{
    const double gap = r.rateGap * t;
    double gapDecay = 0.0;         // e^{−(M−m)t}
    double gapDecayMinusOne = 0.0; // e^{−(M−m)t} − 1, without cancellation near t = 0
    if (gap > kExpm1Needed) {
        gapDecay = std::exp(-gap);
        gapDecayMinusOne = gapDecay - 1.0;
    } else {
        gapDecayMinusOne = std::expm1(-gap);
        gapDecay = 1.0 + gapDecayMinusOne;
    }
    const double waited = r.rateGap > 0.0 ? -r.slowPerGap * gapDecayMinusOne : r.slow * t;
    const double service = r.serviceIsSlow ? 1.0 : gapDecay;
    const double k = (1.0 - r.wait) * service + r.wait * (1.0 + waited);
    const double kSlope =
        (1.0 - r.wait) * (r.serviceIsSlow ? 0.0 : -r.rateGap * gapDecay) + r.wait * r.slow * gapDecay;
    const double kCurvature =
        ((1.0 - r.wait) * (r.serviceIsSlow ? 0.0 : r.rateGap) - r.wait * r.slow) * r.rateGap * gapDecay;
    const double perK = 1.0 / k;
    const double relativeSlope = kSlope * perK;
    return {std::log(k) - r.slow * t - kLogTailOfP95, relativeSlope - r.slow,
            kCurvature * perK - relativeSlope * relativeSlope};
}

// Where to start the p95 solve. P(R > t) is exactly A·e^{−mt} + B·e^{−Mt} for θ ≠ μ, with A the
// coefficient of the slower exponential: C·μ/(μ − θ) when θ < μ, (1 − C) + C·θ/(θ − μ) when θ > μ.
// Where the rates are well apart the faster term has all but died out at the p95, and
// ln(A/0.05)/m is within a few per cent of it, often far closer. Near θ = μ the two coefficients
// grow without bound and cancel; there the sum of the service's and the wait's p95s is the start.
// `waitP95` is the p95 of the wait alone, ln(C/0.05)/θ, or 0.
double p95Estimate(double wait, double theta, double mu, double waitP95)
{
    const double sum = std::log(1.0 / kTailOfP95) / mu + waitP95;
    if (std::abs(theta - mu) <= 0.5 * std::max(theta, mu))
        return sum;
    // Written so that the divisions do not wait for C.
    const double slowCoefficient = theta < mu ? wait * (mu / (mu - theta)) : (1.0 - wait) + wait * (theta / (theta - mu));
    const double dominant = std::log(slowCoefficient * (1.0 / kTailOfP95)) * (1.0 / std::min(theta, mu));
    return dominant > 0.0 ? dominant : sum;
}

// The t with P(R > t) = 0.05, by Halley's method on ln P(R > t) − ln 0.05, which is almost linear
// in t (exactly so once one exponential dominates): from p95Estimate(), one to three evaluations,
// each with two transcendental calls (logTailAt()), the last step taken without checking where it
// lands. At 1 to 16 servers and 20–80% load, where the estimate can be 15–28% high, Newton's method
// needed 2.34 evaluations a solve on average and up to four; Halley's needs 1.84 and up to three.
// The two agree to 5.4e-16 relative over 4 million random stations. Safeguarded: every evaluation
// narrows a bracket [lo, hi] of the root, which starts at [ln(20)/μ, +∞) since R ≥ S puts the root
// past ln(20)/μ; a step that would leave it doubles t while hi is unknown and bisects after, so the
// solve never fails.
double p95Response(double wait, double theta, double mu, double waitP95)
{
    const double serviceP95 = std::log(1.0 / kTailOfP95) / mu;
    // Almost never waiting: the tail is e^{−μt} to within C, far inside any tolerance we report.
    if (wait < kNegligibleWait)
        return serviceP95;
    const ResponseTail tail(wait, theta, mu);
    double lo = serviceP95;
    double hi = kInfinity;
    double t = std::max(p95Estimate(wait, theta, mu, waitP95), lo);
    for (int i = 0; i < kMaxSteps; ++i) {
        const LogTailAt r = logTailAt(tail, t);
        if (r.excess == 0.0)
            return t;
        if (r.excess > 0.0)
            lo = t;
        else
            hi = t;
        // Newton's step f/f' corrected by Halley's factor h = 1 − ½·f·f''/f'², with f the excess:
        // f/(f'·h) = f·f'/D with D = f'² − ½·f·f'' = f'²·h, one division where it would be three.
        // f'² is a rate squared: at rates beyond 1e154/s it overflows (and D with it, which would
        // pass the test below and step by 0), below 1e-154/s it loses its bits; there Newton's step,
        // which divides as it goes, serves.
        const bool newton = r.slope < 0.0;
        const double slopeSquared = r.slope * r.slope;
        const double denominator = slopeSquared - 0.5 * r.excess * r.curvature;
        const bool corrected = newton && std::isnormal(slopeSquared) && std::isfinite(denominator) &&
                               denominator >= 0.5 * slopeSquared && denominator <= 2.0 * slopeSquared; // h in [½, 2]
        double next = corrected ? t - r.excess * r.slope / denominator : newton ? t - r.excess / r.slope : t;
        // Halley's step (Newton's, corrected for the curvature; Newton's alone where the correction
        // is large, far from the root) leaves an error about the cube of the step (ln P is smooth,
        // its slope at least min(θ, μ) in size): a step under 1e-5 of t leaves about an ulp to go.
        // Newton's alone leaves the square: it is never the last.
        if (corrected && std::abs(next - t) <= kFinalStep * t)
            return next;
        if (!(next > lo && next < hi))
            next = std::isinf(hi) ? 2.0 * lo : 0.5 * (lo + hi);
        if (hi - lo <= kConvergedBracket * lo) // lo > 0; hi may still be +∞
            return next;
        t = next;
    }
    return t;
}

MmcMetrics unstable(double utilization, double probabilityOfWait)
{
    return {false, utilization, probabilityOfWait, kInfinity, kInfinity, kInfinity, kInfinity};
}

// The load below which Chernoff's bound (inverseErlangB()) puts B_c below e^kLogNegligibleBound:
// the bound ln 2 − a + c·(1 + ln(a/c)) rises with a up to c, so the loads it covers are those
// below one, found once for each server count by bisection and kept a billionth short of it.
// There the bound is short of its limit by about (c − a)·1e-9, far more than its rounding: every
// load below the kept value passes the test as the bound itself computes it (and c ≥ a + 1), and
// the few just above that the test would also pass get the recurrence, which gives them the same +∞.
double negligibleBelow(int servers)
{
    struct Known
    {
        int servers = 0;
        double load = 0.0;
    };
    constexpr int kKnownBits = 4;
    thread_local std::array<Known, 1 << kKnownBits> known{}; // a model has a few large pools
    // Fibonacci hashing: round counts (100, 120, 1,000) fall in different slots, as a remainder
    // by 16 would not.
    Known& slot = known[(std::uint32_t(servers) * 2654435769U) >> (32 - kKnownBits)];
    if (slot.servers == servers)
        return slot.load;
    const double c = static_cast<double>(servers);
    const auto bound = [c](double a) {
        return std::log(2.0) - a + c * (1.0 + std::log(a / c));
    };
    // From a → 0, where the bound falls without limit, to a = c − 1 (the test's own limit), where
    // it is about ln 2.
    double lo = 0.0;
    double hi = c - 1.0;
    while (hi - lo > 1e-12 * hi) {
        const double mid = 0.5 * (lo + hi);
        (bound(mid) < kLogNegligibleBound ? lo : hi) = mid;
    }
    slot = {servers, lo * (1.0 - 1e-9)};
    return slot.load;
}

// 1/B of Erlang B, for servers ≥ 1 and a finite load a ≥ 0, with perLoad = 1/a (+∞ at a = 0): +∞
// where B is negligible (below). The caller gives 1/a, which a station has as μ/λ without waiting
// for a = λ/μ first.
double inverseErlangB(int servers, double offeredLoad, double perLoad)
{
    // Far more servers than load (a third party's pool of hundreds at light load): by Chernoff's
    // bound on the Poisson tail, P(N ≥ c) ≤ e^{−a}·(e·a/c)^c, and B = P(N = c)/P(N ≤ c) is at most
    // twice that once c ≥ a + 1 (the Poisson median lies below a + 1/3). Where that bound is below
    // 1e-32, B_c is below the 1e-30 at which the recurrence below stops with +∞: the same answer,
    // without its O(c) steps. (Below 64 servers the steps cost less than the bound's logarithm.)
    const double c = static_cast<double>(servers);
    if (servers >= kMinimumServersForTheBound && offeredLoad > 0.0 && offeredLoad < negligibleBelow(servers))
        return kInfinity;
    // The recurrence on 1/B: 1/B_k = 1 + (k/a)·(1/B_{k−1}). The same terms, but the chain from one
    // step to the next is a multiply-add instead of a division (k/a does not depend on the chain),
    // several times faster for the tens of servers of a large instance. 1/B only grows, from 1.
    // A 64-bit counter: k must pass INT_MAX without overflow. Past k = a, B only falls: once it is
    // below 1e-30 no latency or probability we report can tell it from 0, and the remaining steps
    // (hundreds for a large pool at light load) would be wasted; a = 0 stops at k = 1.
    //
    // A large load need not start at k = 1. Ten standard deviations of the Poisson load below
    // min(a, c), at k₀, B_{k₀} = 1 − k₀/a to within about 1% (the next term is k₀/(a − k₀)², and
    // a − k₀ ≥ 10√a); the recurrence then shrinks that error by a factor k/a ≤ 1 at every step, by
    // about e^{−50} (2e-22) before it reaches min(a, c). A pool of 1,000 servers at 70% load takes
    // 560 steps instead of 1,000.
    double inverseBlocking = 1.0;
    std::int64_t first = 1;
    const double start = std::floor(std::min(offeredLoad, c) - kStartDeviations * std::sqrt(offeredLoad));
    if (start >= kMinimumSkippedSteps) {
        inverseBlocking = offeredLoad / (offeredLoad - start);
        first = static_cast<std::int64_t>(start) + 1;
    }
    //
    // Four steps at a time: with q_k = k/a, r_{k+3} = 1 + q₃(1 + q₂(1 + q₁(1 + q₀·r_{k−1}))) =
    // A + B·r_{k−1}, where A and B do not depend on r. The chain from one step to the next is what
    // limits the recurrence (a multiply and an add, 8 cycles, for every server); this way it is one
    // multiply-add for four servers, the rest computed beside it. 1/B only grows, so checking the
    // early stop every fourth step stops at most three steps later, with the same +∞.
    std::int64_t k = first;
    for (; k + 3 <= servers; k += 4) {
        const double q0 = static_cast<double>(k) * perLoad;
        const double q1 = static_cast<double>(k + 1) * perLoad;
        const double q2 = static_cast<double>(k + 2) * perLoad;
        const double q3 = static_cast<double>(k + 3) * perLoad;
        inverseBlocking = (1.0 + q3 * (1.0 + q2 * (1.0 + q1))) + (q3 * q2) * (q1 * q0) * inverseBlocking;
        if (inverseBlocking > 1.0 / kNegligibleBlocking && static_cast<double>(k + 3) > offeredLoad)
            return kInfinity;
    }
    for (; k <= servers; ++k) {
        inverseBlocking = 1.0 + static_cast<double>(k) * perLoad * inverseBlocking;
        if (inverseBlocking > 1.0 / kNegligibleBlocking && static_cast<double>(k) > offeredLoad)
            return kInfinity;
    }
    return inverseBlocking;
}

// Erlang C from 1/B: c·B/((c − a) + a·B) = c/((c − a)/B + a), for 0 ≤ a < c: both terms of the
// denominator are non-negative, so nothing cancels near a = c; 0 where B is negligible.
double probabilityOfWait(int servers, double offeredLoad, double perLoad)
{
    const double c = static_cast<double>(servers);
    return c / ((c - offeredLoad) * inverseErlangB(servers, offeredLoad, perLoad) + offeredLoad);
}

} // namespace

double erlangB(int servers, double offeredLoad)
{
    if (!(offeredLoad >= 0.0))
        return kNaN;
    if (servers <= 0 || std::isinf(offeredLoad))
        return 1.0;
    return 1.0 / inverseErlangB(servers, offeredLoad, 1.0 / offeredLoad);
}

double erlangC(int servers, double offeredLoad)
{
    if (!(offeredLoad >= 0.0))
        return kNaN;
    const double c = static_cast<double>(servers);
    if (servers <= 0 || offeredLoad >= c)
        return 1.0;
    return probabilityOfWait(servers, offeredLoad, 1.0 / offeredLoad);
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

    // The divisions that do not depend on C are taken beside its recurrence rather than after it:
    // the solve below waits on every one in its path. (1/a is μ/λ, not 1/(λ/μ), for the same reason.)
    const double offeredLoad = lambda / mu;
    const double wait = offeredLoad < static_cast<double>(servers) // a rounding can give a = c where ρ < 1
                            ? probabilityOfWait(servers, offeredLoad, mu / lambda)
                            : 1.0;
    const double theta = capacity - lambda; // rate at which a queued arrival's wait ends, per second
    const double perTheta = 1.0 / theta;
    MmcMetrics metrics;
    metrics.stable = true;
    metrics.utilization = utilization;
    metrics.probabilityOfWait = wait;
    metrics.meanWaitSeconds = wait / theta; // not wait·(1/θ): 0·∞ where θ is subnormal and C is 0
    metrics.meanResponseSeconds = 1.0 / mu + metrics.meanWaitSeconds;
    metrics.p95WaitSeconds = wait > kTailOfP95 ? std::log(wait * (1.0 / kTailOfP95)) * perTheta : 0.0;
    metrics.p95ResponseSeconds = p95Response(wait, theta, mu, metrics.p95WaitSeconds);
    return metrics;
}

namespace {

// Response times from tables (tabulatedResponseTimes()). With μ = 1 and x = 1 − ρ = θ/(cμ), a
// station with c servers has Erlang C and a p95 response time that are functions of x alone; the
// tables hold C and x·p95 (which stays finite as x → 0, where the p95 grows as 1/x), each as a
// polynomial of degree 7 on pieces of x: 16 pieces of equal width in each octave [2^−(k+1), 2^−k),
// for k from 0 to 39. Each is found as a Chebyshev interpolant at 8 nodes of its piece and kept as
// the coefficients of its powers, so that a lookup evaluates it by Estrin's scheme, three levels
// of multiply-adds deep, rather than by Clenshaw's recurrence, seven.
constexpr int kMaxTabulatedServers = 64;
constexpr int kTableOctaves = 40;
constexpr int kPieceBits = 4; // 2^4 pieces an octave
constexpr int kPiecesPerOctave = 1 << kPieceBits;
constexpr int kChebyshevNodes = 8;
constexpr double kSmallestTabulatedGap = 0x1p-40; // 2^−kTableOctaves
static_assert(kTableOctaves == 40);

struct StationTable
{
    struct Piece
    {
        std::array<double, kChebyshevNodes> wait; // C: coefficients of s^0 … s^7, s from −1 to 1 across the piece
        std::array<double, kChebyshevNodes> p95;  // x·p95 at μ = 1, the same way
    };
    std::array<Piece, std::size_t(kTableOctaves* kPiecesPerOctave)> pieces;
};

// Σ a_k s^k by Estrin's scheme: pairs, then pairs of pairs.
double polynomial(const std::array<double, kChebyshevNodes>& a, double s)
{
    const double s2 = s * s;
    const double s4 = s2 * s2;
    const double low = (a[0] + a[1] * s) + (a[2] + a[3] * s) * s2;
    const double high = (a[4] + a[5] * s) + (a[6] + a[7] * s) * s2;
    return low + high * s4;
}

// The power-basis coefficients of Σ c_k T_k(s), the first Chebyshev coefficient halved, worked out
// in extended precision (T_{k+1} = 2s·T_k − T_{k−1}) and rounded once.
std::array<double, kChebyshevNodes> powersOf(const std::array<long double, kChebyshevNodes>& c)
{
    std::array<std::array<long double, kChebyshevNodes>, kChebyshevNodes> t{}; // t[k][j]: s^j in T_k
    t[0][0] = 1.0L;
    t[1][1] = 1.0L;
    for (std::size_t k = 1; k + 1 < kChebyshevNodes; ++k)
        for (std::size_t j = 0; j < kChebyshevNodes; ++j)
            t[k + 1][j] = (j > 0 ? 2.0L * t[k][j - 1] : 0.0L) - t[k - 1][j];
    std::array<double, kChebyshevNodes> a{};
    for (std::size_t j = 0; j < kChebyshevNodes; ++j) {
        long double sum = 0.5L * c[0] * t[0][j];
        for (std::size_t k = 1; k < kChebyshevNodes; ++k)
            sum += c[k] * t[k][j];
        a[j] = static_cast<double>(sum);
    }
    return a;
}

// The exact C and x·p95 of a station of c servers at μ = 1 and 1 − ρ = x, as mmc() computes them
// (θ = c·x taken as it is, not as c − λ, which would lose x's bits near saturation).
std::array<double, 2> exactAt(int servers, double x)
{
    const double c = static_cast<double>(servers);
    const double offeredLoad = c * (1.0 - x);
    const double theta = c * x;
    const double wait = offeredLoad > 0.0 ? probabilityOfWait(servers, offeredLoad, 1.0 / offeredLoad) : 0.0;
    const double waitP95 = wait > kTailOfP95 ? std::log(wait * (1.0 / kTailOfP95)) / theta : 0.0;
    return {wait, x * p95Response(wait, theta, 1.0, waitP95)};
}

std::unique_ptr<StationTable> buildTable(int servers)
{
    auto table = std::make_unique<StationTable>();
    constexpr double kPi = 3.14159265358979323846;
    std::array<double, kChebyshevNodes> nodes{};
    for (int j = 0; j < kChebyshevNodes; ++j)
        nodes[std::size_t(j)] = std::cos(kPi * (j + 0.5) / kChebyshevNodes);
    for (int octave = 0; octave < kTableOctaves; ++octave)
        for (int piece = 0; piece < kPiecesPerOctave; ++piece) {
            // x from 2^−(octave+1)·(1 + piece/16) to 2^−(octave+1)·(1 + (piece + 1)/16)
            const double scale = std::ldexp(1.0, -(octave + 1));
            const double from = scale * (1.0 + double(piece) / kPiecesPerOctave);
            const double half = 0.5 * scale / kPiecesPerOctave;
            std::array<std::array<double, 2>, kChebyshevNodes> values{};
            for (int j = 0; j < kChebyshevNodes; ++j)
                values[std::size_t(j)] = exactAt(servers, from + half * (1.0 + nodes[std::size_t(j)]));
            StationTable::Piece& p = table->pieces[std::size_t(octave * kPiecesPerOctave + piece)];
            std::array<long double, kChebyshevNodes> wait{};
            std::array<long double, kChebyshevNodes> p95{};
            for (int k = 0; k < kChebyshevNodes; ++k) {
                for (int j = 0; j < kChebyshevNodes; ++j) {
                    const long double weight = std::cos(kPi * k * (j + 0.5) / kChebyshevNodes);
                    wait[std::size_t(k)] += weight * values[std::size_t(j)][0];
                    p95[std::size_t(k)] += weight * values[std::size_t(j)][1];
                }
                wait[std::size_t(k)] *= 2.0L / kChebyshevNodes;
                p95[std::size_t(k)] *= 2.0L / kChebyshevNodes;
            }
            p.wait = powersOf(wait);
            p.p95 = powersOf(p95);
        }
    return table;
}

// Builds the table of c servers, once, by whichever thread asks first, and publishes it in `built`.
[[gnu::noinline]] const StationTable& buildOnce(int servers, std::atomic<const StationTable*>& built)
{
    static std::array<std::once_flag, kMaxTabulatedServers + 1> once;
    static std::array<std::unique_ptr<StationTable>, kMaxTabulatedServers + 1> tables;
    std::call_once(once[std::size_t(servers)], [servers, &built] {
        tables[std::size_t(servers)] = buildTable(servers);
        built.store(tables[std::size_t(servers)].get(), std::memory_order_release);
    });
    return *tables[std::size_t(servers)];
}

// The table of c servers, built on first use; afterwards one load, inline (a call was 2% of a run's
// instructions; std::call_once is a library call each time).
inline const StationTable& tableFor(int servers)
{
    static std::array<std::atomic<const StationTable*>, kMaxTabulatedServers + 1> built{}; // constant: no guard
    if (const StationTable* table = built[std::size_t(servers)].load(std::memory_order_acquire))
        return *table;
    return buildOnce(servers, built[std::size_t(servers)]);
}

} // namespace

namespace {

// Whether a station of c servers at 1 − ρ = x is in the tables.
bool inTables(int servers, double x)
{
    return servers >= 1 && servers <= kMaxTabulatedServers && x >= kSmallestTabulatedGap && x < 1.0;
}

// C and x·p95 at μ = 1 of c servers at 1 − ρ = x, a station inTables().
struct TableValues
{
    double wait;
    double xP95;
};

// Inline in both of its callers, which GCC would not do of itself: a call a station was 0.7% of a
// run's instructions.
[[gnu::always_inline]] inline TableValues lookUp(int servers, double x)
{
    // x = 2^E·(1 + f), E from −40 to −1: the octave from E, the piece from f's top bits, and where
    // in the piece from the rest of them, as s in [−1, 1].
    const auto bits = std::bit_cast<std::uint64_t>(x);
    constexpr int kFractionBits = 52;
    const int octave = 1022 - int(bits >> kFractionBits); // E = (bits >> 52) − 1023 = −(octave + 1)
    const auto fraction = bits & ((std::uint64_t(1) << kFractionBits) - 1);
    const int piece = int(fraction >> (kFractionBits - kPieceBits));
    const auto within = fraction & ((std::uint64_t(1) << (kFractionBits - kPieceBits)) - 1);
    const double s = double(within) * 0x1p-47 - 1.0; // within/2^48 of the piece, from −1 to 1
    const StationTable::Piece& p = tableFor(servers).pieces[std::size_t(octave * kPiecesPerOctave + piece)];
    return {std::clamp(polynomial(p.wait, s), 0.0, 1.0), polynomial(p.p95, s)};
}

} // namespace

ResponseTimes tabulatedResponseTimes(double arrivalPerSecond, double serviceRatePerServer, int servers)
{
    const double lambda = arrivalPerSecond;
    const double mu = serviceRatePerServer;
    const double capacity = static_cast<double>(servers) * mu;
    const double theta = capacity - lambda;
    const double x = theta / capacity; // 1 − ρ
    // Outside the tables (and for invalid input, which mmc() answers): the exact solve.
    if (!(lambda > 0.0) || !(mu > 0.0) || std::isinf(mu) || !inTables(servers, x)) {
        const MmcMetrics m = mmc(lambda, mu, servers);
        return {m.stable, m.meanResponseSeconds, m.p95ResponseSeconds};
    }
    const TableValues v = lookUp(servers, x);
    // p95 = x·p95/(x·μ), and x·μ = θ/c: two divisions that do not wait on the tables.
    const double perTheta = 1.0 / theta;
    return {true, 1.0 / mu + v.wait * perTheta, v.xP95 * static_cast<double>(servers) * perTheta};
}

ResponseTimes pooledResponseTimes(double arrivalPerSecond, double poolCapacity, int instances, int servers)
{
    // Each instance: λ/n arrive, and cμ = X/n serve. So 1 − ρ = (X − λ)/X, θ = (X − λ)/n, and
    // 1/μ = nc/X = c·(1 − ρ)/θ: two divisions, where the station's own terms take five.
    const double spare = poolCapacity - arrivalPerSecond;
    const double x = spare / poolCapacity;
    if (!(arrivalPerSecond > 0.0) || !(poolCapacity < std::numeric_limits<double>::infinity()) || instances < 1 ||
        !inTables(servers, x))
        return tabulatedResponseTimes(arrivalPerSecond / instances, poolCapacity / (double(instances) * servers),
                                      servers);
    const double perTheta = double(instances) / spare;
    const TableValues v = lookUp(servers, x);
    const auto c = static_cast<double>(servers);
    return {true, (c * x + v.wait) * perTheta, v.xP95 * c * perTheta};
}

} // namespace headroom::engine
