#include "engine/Curve.h"

#include "engine/EnumNames.h"

#include <cmath>

namespace headroom::engine {

namespace {
constexpr detail::NameTable<CurveKind, 4> kCurveKindNames{{
    {CurveKind::Constant, "constant"},
    {CurveKind::Linear, "linear"},
    {CurveKind::Exponential, "exponential"},
    {CurveKind::Logistic, "logistic"},
}};
} // namespace

std::string_view toString(CurveKind kind) { return detail::nameOf(kCurveKindNames, kind); }
std::optional<CurveKind> curveKindFromString(std::string_view text) { return detail::valueOf(kCurveKindNames, text); }

Series evaluate(const Curve& curve, int months)
{
    const Series t = Series::LinSpaced(months, 0.0, static_cast<double>(months - 1));
    const double v0 = curve.initial.estimate;
    switch (curve.kind) {
    case CurveKind::Constant:
        return Series::Constant(months, v0);
    case CurveKind::Linear:
        return v0 + curve.slopePerMonth.estimate * t;
    case CurveKind::Exponential:
        // exp(t·log1p(g)) rather than pow: exact at g = 0 and accurate for small g.
        return v0 * (t * std::log1p(curve.monthlyGrowth.estimate)).exp();
    case CurveKind::Logistic: {
        const double k = curve.ceiling.estimate;
        return k / (1.0 + (k / v0 - 1.0) * (-curve.ratePerMonth.estimate * t).exp());
    }
    }
    return Series::Constant(months, v0);
}

} // namespace headroom::engine
