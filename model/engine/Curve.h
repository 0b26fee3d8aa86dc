#pragma once

#include "EigenTypes.h"
#include "engine/Quantity.h"

#include <optional>
#include <string_view>

namespace headroom::engine {

enum class CurveKind
{
    Constant,    // v(t) = v0
    Linear,      // v(t) = v0 + a·t
    Exponential, // v(t) = v0·(1 + g)^t, g monthly
    Logistic,    // v(t) = K / (1 + (K/v0 − 1)·e^(−r·t))
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

    bool operator==(const Curve&) const = default;
};

// The curve's values at t = 0 … months−1, from the parameters' estimates.
Series evaluate(const Curve& curve, int months);

} // namespace headroom::engine
