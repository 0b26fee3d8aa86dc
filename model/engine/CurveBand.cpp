#include "engine/CurveBand.h"

#include "engine/QuantityFields.h"
#include "engine/Uncertainty.h"
#include "engine/VectorState.h"

#include <algorithm>
#include <vector>

namespace headroom::engine {

CurveBand curveBand(const Curve& curve, int months, int firstCalendarMonth, int samples, std::uint64_t seed)
{
    clearUpperVectorState(); // drawn on the GUI's thread, as the curve is edited
    months = std::max(months, 0);
    samples = std::max(samples, 1);
    struct Parameter
    {
        Quantity Curve::*field;
        ValidRange range;
        std::uint64_t stream;
    };
    const Parameter parameters[] = {
        {&Curve::initial, range::kNonNegative, streamOf("initial")},
        {&Curve::slopePerMonth, range::kAny, streamOf("slope_per_month")},
        {&Curve::monthlyGrowth, range::kMonthlyGrowth, streamOf("monthly_growth")},
        {&Curve::ceiling, range::kNonNegative, streamOf("ceiling")},
        {&Curve::ratePerMonth, range::kRatePerMonth, streamOf("rate_per_month")},
    };
    const bool uncertain = std::any_of(std::begin(parameters), std::end(parameters),
                                       [&](const Parameter& p) { return (curve.*p.field).interval90.has_value(); });
    if (!uncertain) {
        const Series values = evaluate(curve, months, firstCalendarMonth);
        return {values, values, values};
    }

    std::vector<Series> draws;
    draws.reserve(std::size_t(samples));
    for (int s = 0; s < samples; ++s) {
        Curve drawn = curve;
        for (const Parameter& p : parameters) {
            const double z = normalQuantile(uniformOpen01(seed, p.stream, std::uint64_t(s)));
            drawn.*p.field = drawQuantity(curve.*p.field, z, p.range);
        }
        draws.push_back(evaluate(drawn, months, firstCalendarMonth));
    }
    CurveBand band{Series(months), Series(months), Series(months)};
    std::vector<double> column(static_cast<std::size_t>(samples));
    const auto at = [&](double q) {
        const auto k = std::size_t(q * double(samples - 1) + 0.5);
        std::nth_element(column.begin(), column.begin() + std::ptrdiff_t(k), column.end());
        return column[k];
    };
    for (int t = 0; t < months; ++t) {
        for (int s = 0; s < samples; ++s)
            column[std::size_t(s)] = draws[std::size_t(s)][t];
        band.p5[t] = at(0.05);
        band.p50[t] = at(0.50);
        band.p95[t] = at(0.95);
    }
    return band;
}

} // namespace headroom::engine
