#pragma once

#include "engine/Quantity.h"

#include <cstdint>
#include <string_view>

// Drawing uncertain inputs for Monte Carlo (DESIGN.md, "Quantities and uncertainty").
//
// Each uncertain input has a stable id (its field path, "users.monthly_growth"), hashed into a
// stream. A draw is a pure function of (seed, stream, sample): no generator state, so a sample's
// inputs are the same whichever thread computes it and whatever the thread count, and two
// scenarios that share an input see the same draws of it (common random numbers).
namespace headroom::engine {

// The range an input's draws are clipped to: its valid range, as validation checks it.
struct ValidRange
{
    double min = -1e300;
    double max = 1e300;
    bool minOpen = false; // min itself is not valid (e.g. > 0): clip to the next double inside
    bool maxOpen = false;
    bool withinInterval = false; // draws also stay inside the 90% interval (the call graph's inputs:
                                 // validation checks the interval's worst corner is solvable)

    bool contains(double v) const
    {
        return (minOpen ? v > min : v >= min) && (maxOpen ? v < max : v <= max);
    }
    double clip(double v) const;
};

// z such that P(Z ≤ z) = 0.95 for a standard normal Z: a 90% interval spans ±z95 standard deviations.
inline constexpr double kZ95 = 1.6448536269514722;

// FNV-1a, 64-bit, of the id: the input's stream.
std::uint64_t streamOf(std::string_view stableId);

// A uniform number in (0, 1) — never 0 or 1 — from a counter-based generator (SplitMix64's
// finaliser applied to a mix of the three counters; Steele, Lea & Flood, OOPSLA 2014).
double uniformOpen01(std::uint64_t seed, std::uint64_t stream, std::uint64_t sample);

// The standard normal quantile Φ⁻¹(p) for p in (0, 1), accurate to about 1 part in 10^16
// (Wichura, Algorithm AS 241, Applied Statistics 37(3), 1988).
double normalQuantile(double p);

// The value of an uncertain quantity at standard normal deviate z:
//  - lo > 0: lognormal with median = estimate and σ = ln(hi/lo) / (2·z95), value = estimate·e^(σz);
//  - otherwise normal with mean = estimate and sd = (hi − lo) / (2·z95), value = estimate + sd·z;
// then clipped to `range`. A quantity without an interval is its estimate, whatever z.
double drawQuantity(const Quantity& q, double z, const ValidRange& range);

} // namespace headroom::engine
