#pragma once

#include <cmath>

// What an uncertain input's 90% interval makes of the lognormal it is drawn from (DESIGN.md,
// "Quantities and uncertainty"), for tests that check a run's percentiles against it.
namespace headroom::test {

inline constexpr double kZ95 = 1.6448536269514722; // the normal's 95th percentile: a 90% interval is ±kZ95·σ
inline constexpr double kZ90 = 1.2815515655446004; // its 90th: P10 and P90 are ∓kZ90·σ

// Streamed percentiles of 4 000 samples: the 10% quantile of a lognormal with σ ≈ 0.4 varies by about
// 1.5% between seeds, and the streaming estimate adds under 1% (StreamingSummary.h).
inline constexpr double kStreamingQuantile = 0.03;

// The lognormal's σ for a 90% interval [lo, hi].
inline double sigmaOf(double lo, double hi)
{
    return std::log(hi / lo) / (2.0 * kZ95);
}

} // namespace headroom::test
