#pragma once

// The M/M/c queue: Poisson arrivals at rate λ, c identical servers each completing work at rate μ
// (exponential service, mean 1/μ), one first-come first-served queue of unbounded length. It turns
// a component's load into latency (DESIGN.md, "Latency"): each instance is one station.
//
// With offered load a = λ/μ (Erlangs) and utilization ρ = a/c = λ/(cμ), the station is stable only
// for ρ < 1. Then, with C the Erlang C probability of waiting and θ = cμ − λ (per second):
//
//     mean wait        Wq = C / θ
//     mean response    R  = 1/μ + Wq
//     wait tail        P(Wq > t) = C·e^{−θt}
//     response tail    P(R > t)  = (1 − C)·e^{−μt} + C·P(Exp(θ) + Exp(μ) > t)
//
// where the response time is R = Wq + S with S ~ Exp(μ) independent of Wq, and Wq is 0 with
// probability 1 − C and Exp(θ) otherwise (e.g. L. Kleinrock, Queueing Systems Vol. 1, Wiley 1975,
// ch. 3; M. Harchol-Balter, Performance Modeling and Design of Computer Systems, CUP 2013, ch. 14).
namespace headroom::engine {

// Erlang B: the probability that an arrival finds all c servers busy in the loss system M/M/c/c
// with offered load a Erlangs. Computed by the recurrence
//
//     B_0 = 1,    B_k = a·B_{k−1} / (k + a·B_{k−1}),    k = 1 … c
//
// whose every term lies in [0, 1], so it neither overflows nor underflows harmfully for c in the
// thousands (the textbook a^c/c! form overflows past c ≈ 170). It runs in its reciprocal form,
// 1/B_k = 1 + (k/a)·(1/B_{k−1}): the same terms, with a multiply-add rather than a division from
// one step to the next. O(c) time; stops early once B is below 1e-30 past k = a, and reports 0;
// reports that 0 at once where Chernoff's bound on the Poisson tail already puts B_c below 1e-32
// (many servers at light load); and for a large load starts ten standard deviations below
// min(a, c) from B = 1 − k/a, whose error the recurrence shrinks below 1e-21 (Queueing.cpp).
// servers ≤ 0 gives 1 (no server: every arrival is lost); a = +∞ gives 1; a < 0 or NaN gives NaN.
double erlangB(int servers, double offeredLoad);

// Erlang C: the probability that an arrival has to wait in M/M/c with offered load a = λ/μ Erlangs,
//
//     C = c·B / (c − a·(1 − B))    for a < c,    B = erlangB(c, a)
//
// and 1 when a ≥ c (a saturated queue: everyone waits). In [0, 1]; 0 when a = 0.
// servers ≤ 0 gives 1; a < 0 or NaN gives NaN.
double erlangC(int servers, double offeredLoad);

// The steady state of one M/M/c station. Times are in seconds, as the rates are per second.
//
// Failure contract: when `stable` is false — the queue is saturated (ρ ≥ 1), or the input was
// invalid — every time field is +infinity. Callers must check `stable` first and must never print
// or sum the time fields of an unstable station as numbers: say "saturated" instead.
struct MmcMetrics
{
    bool stable = false;
    double utilization = 0.0;         // ρ = λ/(cμ); not clipped: above 1 when saturated; NaN for invalid input
    double probabilityOfWait = 0.0;   // Erlang C; 1 when saturated; NaN for invalid input
    double meanWaitSeconds = 0.0;     // Wq = C/(cμ − λ), time queued before service starts
    double meanResponseSeconds = 0.0; // R = 1/μ + Wq
    double p95WaitSeconds = 0.0;      // t with P(Wq > t) = 0.05: ln(C/0.05)/(cμ − λ), 0 when C ≤ 0.05
    double p95ResponseSeconds = 0.0;  // t with P(R > t) = 0.05, to 1e-15·t (below)
};

// The p95 of response has no closed form for c > 1: P(R > t) = 0.05 is solved by Halley's method
// on ln P(R > t), which is almost linear in t, from an analytic estimate (the slower exponential's
// term alone, or the sum of the service's and the wait's p95s where θ is near μ), with the
// closed-form density and its derivatives: one to three steps; a safeguarded bracket (doubling,
// then bisection) takes over whenever a step would leave it, so it never fails.
// P(Exp(θ) + Exp(μ) > t) = (θe^{−μt} − μe^{−θt})/(θ − μ) is evaluated as
// e^{−mt}·(1 + mt·(1 − e^{−(M−m)t})/((M−m)t)), m = min(θ, μ), M = max(θ, μ): exact at θ = μ, where
// it is (1 + μt)e^{−μt}, free of cancellation as θ → μ, and free of overflow when θ ≪ μ (ρ → 1).
// For c = 1 this reduces to P(R > t) = e^{−(μ−λ)t}, so p95 = ln(20)/(μ − λ).
//
// Solves one M/M/c station: λ = arrivalPerSecond ≥ 0, μ = serviceRatePerServer > 0 (completions per
// second of one busy server), c = servers ≥ 1. Upstream validation guarantees those ranges; input
// outside them (or NaN, or an infinite μ) does not abort but returns stable = false, NaN utilization
// and probability of wait, and infinite times. λ = +∞ is a saturated queue. λ = 0 gives utilization
// 0, no wait, and a response time of pure service: mean 1/μ, p95 ln(20)/μ.
MmcMetrics mmc(double arrivalPerSecond, double serviceRatePerServer, int servers);

// What the projection needs of a station, millions of times a run: whether it is stable, and its
// mean and p95 response times in seconds (+∞ when not stable), as mmc() gives them, read from tables
// for up to 64 servers. With μ = 1, C and the p95 depend on c and 1 − ρ alone; a table per c, built
// once per process on first use (5,120 solves, under a millisecond), holds C and (1 − ρ)·p95 as
// polynomials of degree 7 (Chebyshev interpolants) on 16 pieces of each octave of 1 − ρ, from
// 2^−40 to 1. Against mmc() over 2 million random stations (c from 1 to 64, 1 − ρ log-uniform over
// that range and uniform over [0.02, 1), μ from 0.1 to 1,000 a second): worst relative error
// 6.1e-14 for the p95 and 3.8e-15 for the mean; 8.6 ns a station against 82 ns. Where C is below
// 1e-12, mmc() takes the service's p95 alone and the tables keep the wait's share: the two differ
// there by less than 1e-12 (at one server and ρ = 9e-13, by 9e-13; the tables' value is the exact
// one). More servers, no load, a load within 2^−40 of saturation, saturation and invalid input get
// mmc()'s own answers.
struct ResponseTimes
{
    bool stable = false;
    double meanSeconds = 0.0;
    double p95Seconds = 0.0;
};
ResponseTimes tabulatedResponseTimes(double arrivalPerSecond, double serviceRatePerServer, int servers);

// The same for each of `instances` ≥ 1 identical stations of c = `servers` that share λ =
// `arrivalPerSecond` evenly and serve X = `poolCapacity` together at 100% (μ = X/(n·c) each), in
// the pool's own terms: 1 − ρ = (X − λ)/X, and two divisions where the station's terms take five.
// Within the tables it agrees with tabulatedResponseTimes(λ/n, X/(n·c), c) to a few units in the
// last place (its 1 − ρ is the more exact); outside them it is that.
ResponseTimes pooledResponseTimes(double arrivalPerSecond, double poolCapacity, int instances, int servers);

} // namespace headroom::engine
