#pragma once

#include "EigenTypes.h"
#include "engine/Quantity.h"

#include <optional>
#include <string_view>
#include <vector>

namespace headroom::engine {

enum class CurveKind
{
    Constant,    // v(t) = v0
    Linear,      // v(t) = v0 + a·t
    Exponential, // v(t) = v0·(1 + g)^t, g monthly
    Logistic,    // v(t) = K / (1 + (K/v0 − 1)·e^(−r·t))
    Piecewise,   // through points (t_i, v_i), linearly or log-linearly, flat beyond the ends
    Explicit,    // given monthly values (imported); the last one holds beyond them
};

// A point of a piecewise curve: month (from the start, may be fractional, exact) and value, which
// may be uncertain.
struct CurvePoint
{
    double month = 0.0;
    Quantity value = 0.0;
    bool operator==(const CurvePoint&) const = default;
};

// A one-off multiplier: a launch, a Black Friday. Months [month, month + durationMonths), both
// exact; the multiplier may be uncertain.
struct CurveEvent
{
    int month = 0;
    Quantity multiplier = 1.0;
    int durationMonths = 1;
    bool operator==(const CurveEvent&) const = default;
};

std::string_view toString(CurveKind kind);
std::optional<CurveKind> curveKindFromString(std::string_view text);

// A growth curve (a driver): a monthly series v(t), t = 0 … T−1 months from the model's start.
// Only the parameters of its kind are used; the others keep their values so that switching
// kinds back and forth in the editor loses nothing.
struct Curve
{
    CurveKind kind = CurveKind::Constant;
    Quantity initial;       // v0, in the driver's unit (users, GB, …)
    Quantity slopePerMonth; // a, units per month (linear)
    Quantity monthlyGrowth; // g, fraction per month: 0.05 is +5% a month (exponential)
    Quantity ceiling;       // K, the saturation level (logistic)
    Quantity ratePerMonth;  // r, per month (logistic)
    std::vector<CurvePoint> points; // piecewise, by month
    bool logInterpolation = false;  // piecewise: interpolate log v linearly (constant growth between points)
    std::vector<double> values;     // explicit: one per month from the start; imported data, exact
    // Modifiers, on any kind: 12 multipliers by calendar month (January first, mean 1), and events.
    // A drawn season is scaled back to its estimates' mean (Sampler.h): uncertainty reshapes the
    // year but keeps its total.
    std::vector<Quantity> seasonality;
    std::vector<CurveEvent> events;

    bool operator==(const Curve&) const = default;
};

// The curve's values at t = 0 … months−1, from the parameters' estimates, with seasonality by
// calendar month (the first month is `firstCalendarMonth`, 1 = January) and events applied.
Series evaluate(const Curve& curve, int months, int firstCalendarMonth = 1);

} // namespace headroom::engine
