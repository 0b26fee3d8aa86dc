#pragma once

#include <optional>

namespace headroom::engine {

// A 90% interval around an estimate: P(value < lo) = P(value > hi) = 5%.
struct Interval
{
    double lo = 0.0;
    double hi = 0.0;
    bool operator==(const Interval&) const = default;
};

// A numeric input: its best estimate, and optionally how uncertain it is. The deterministic
// projection uses the estimate; Monte Carlo draws around it within the interval.
struct Quantity
{
    double estimate = 0.0;
    std::optional<Interval> interval90;

    Quantity() = default;
    Quantity(double value) : estimate(value) {} // NOLINT(google-explicit-constructor): a plain number is a quantity
    bool operator==(const Quantity&) const = default;
};

// The quantity with a new estimate, its interval carried along: scaled by the same factor where
// both are positive (keeping the relative uncertainty), shifted by the same amount otherwise.
inline Quantity withEstimate(const Quantity& q, double estimate)
{
    Quantity out = q;
    out.estimate = estimate;
    if (!q.interval90)
        return out;
    if (q.estimate > 0.0 && estimate > 0.0 && q.interval90->lo > 0.0) {
        const double factor = estimate / q.estimate;
        out.interval90 = Interval{q.interval90->lo * factor, q.interval90->hi * factor};
    } else {
        const double shift = estimate - q.estimate;
        out.interval90 = Interval{q.interval90->lo + shift, q.interval90->hi + shift};
    }
    return out;
}

} // namespace headroom::engine
