#include "engine/CurveBand.h"

#include "engine/Model.h"
#include "engine/Sampler.h"
#include "engine/VectorState.h"

#include <algorithm>
#include <vector>

namespace headroom::engine {

CurveBand curveBand(const Curve& curve, int months, int firstCalendarMonth, int samples, std::uint64_t seed)
{
    clearUpperVectorState(); // drawn on the GUI's thread, as the curve is edited
    months = std::max(months, 0);
    samples = std::max(samples, 1);
    // The curve drawn as the engine draws a model's users curve: the same quantities, streams and
    // seasonality scaling (Sampler.h), from a model that holds only it.
    Model holder;
    holder.users = curve;
    const Sampler sampler(holder);
    if (!sampler.hasUncertainty()) {
        const Series values = evaluate(curve, months, firstCalendarMonth);
        return {values, values, values};
    }

    std::vector<Series> draws;
    draws.reserve(std::size_t(samples));
    Model drawn = holder;
    for (int s = 0; s < samples; ++s) {
        drawn.users = curve;
        sampler.drawInto(drawn, seed, std::uint64_t(s));
        draws.push_back(evaluate(drawn.users, months, firstCalendarMonth));
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
