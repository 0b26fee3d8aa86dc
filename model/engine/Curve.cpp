#include "engine/Curve.h"

#include "engine/EnumNames.h"

#include <algorithm>
#include <cmath>

namespace headroom::engine {

namespace {
constexpr detail::NameTable<CurveKind, 6> kCurveKindNames{{
    {CurveKind::Constant, "constant"},
    {CurveKind::Linear, "linear"},
    {CurveKind::Exponential, "exponential"},
    {CurveKind::Logistic, "logistic"},
    {CurveKind::Piecewise, "piecewise"},
    {CurveKind::Explicit, "explicit"},
}};

// Through the points, flat beyond the ends; log-linear where asked and every value is positive.
Series piecewise(const Curve& c, int months)
{
    Series out(months);
    const auto& p = c.points;
    if (p.empty())
        return Series::Zero(months);
    for (int t = 0; t < months; ++t) {
        if (t <= p.front().month) {
            out[t] = p.front().value.estimate;
            continue;
        }
        if (t >= p.back().month) {
            out[t] = p.back().value.estimate;
            continue;
        }
        std::size_t i = 1;
        while (p[i].month < t)
            ++i;
        const double a = p[i - 1].value.estimate;
        const double b = p[i].value.estimate;
        const double f = (t - p[i - 1].month) / (p[i].month - p[i - 1].month);
        out[t] = c.logInterpolation && a > 0.0 && b > 0.0 ? std::exp(std::log(a) + f * (std::log(b) - std::log(a)))
                                                          : a + f * (b - a);
    }
    return out;
}

Series explicitValues(const Curve& c, int months)
{
    Series out(months);
    for (int t = 0; t < months; ++t)
        out[t] = c.values.empty() ? 0.0 : c.values[std::min<std::size_t>(std::size_t(t), c.values.size() - 1)];
    return out;
}

Series applyModifiers(const Curve& c, Series v, int firstCalendarMonth)
{
    if (c.seasonality.size() == 12)
        for (Eigen::Index t = 0; t < v.size(); ++t)
            v[t] *= c.seasonality[std::size_t((firstCalendarMonth - 1 + t) % 12)].estimate;
    for (const CurveEvent& e : c.events)
        for (int t = std::max(0, e.month); t < e.month + e.durationMonths && t < v.size(); ++t)
            v[t] *= e.multiplier.estimate;
    return v;
}
} // namespace

Series evaluateBase(const Curve& curve, int months);

std::string_view toString(CurveKind kind) { return detail::nameOf(kCurveKindNames, kind); }
std::optional<CurveKind> curveKindFromString(std::string_view text) { return detail::valueOf(kCurveKindNames, text); }

Series evaluate(const Curve& curve, int months, int firstCalendarMonth)
{
    return applyModifiers(curve, evaluateBase(curve, months), firstCalendarMonth);
}

Series evaluateBase(const Curve& curve, int months)
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
    case CurveKind::Piecewise:
        return piecewise(curve, months);
    case CurveKind::Explicit:
        return explicitValues(curve, months);
    }
    return Series::Constant(months, v0);
}

} // namespace headroom::engine
