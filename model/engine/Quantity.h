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

} // namespace headroom::engine
