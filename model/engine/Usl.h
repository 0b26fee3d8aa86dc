#pragma once

// The Universal Scalability Law (N. J. Gunther, Guerrilla Capacity Planning, Springer 2007, ch. 4):
// the throughput of n units (nodes, cores, people) that each deliver x1 alone is
//
//     X(n) = n·x1 / (1 + σ(n − 1) + κ·n(n − 1))
//
// with σ the contention (serialised share of the work) and κ the coherency cost (pairwise
// exchange). With κ > 0, X peaks at n* = sqrt((1 − σ)/κ) and falls beyond it.
namespace headroom::engine {

struct UslCoefficients
{
    double sigma = 0.0; // in [0, 1)
    double kappa = 0.0; // ≥ 0
};

// X(n) in the unit of x1 (operations per second for machines). n ≥ 1. Inline: a sizing evaluates
// it a few times for every component, month and sample.
inline double uslThroughput(double n, double x1, const UslCoefficients& usl)
{
    return n * x1 / (1.0 + usl.sigma * (n - 1.0) + usl.kappa * n * (n - 1.0));
}

// n* = sqrt((1 − σ)/κ), the real-valued peak; +infinity when κ = 0 (throughput never falls).
double uslPeakUnits(const UslCoefficients& usl);

// The real n ≥ 0 on the rising side of the curve where X(n) = demand, the smaller root of
// κ·d·n² + (σ·d − κ·d − x1)·n + d·(1 − σ) = 0 (d = demand): written as 2c/(−b + √(b² − 4ac)), which
// does not cancel and covers κ = 0. +infinity where no n delivers the demand (past the peak's
// throughput); 0 for no demand. An estimate: a sizing confirms it against X(n) itself.
double uslUnitsFor(double demand, double x1, const UslCoefficients& usl);

// The whole number of units in [1, limit] with the highest throughput: n* rounded to the better
// of its two neighbours, or `limit` when the peak lies beyond it. limit ≥ 1.
int uslBestUnits(const UslCoefficients& usl, int limit);

} // namespace headroom::engine
