#pragma once

#include "EigenTypes.h"
#include "engine/Curve.h"

#include <cstdint>

namespace headroom::engine {

// A curve's 90% band from the uncertainty of its parameters, for editors that draw it as the
// user types: per month, the 5th, 50th and 95th percentiles of `samples` draws of the curve.
// The curve is drawn as the engine draws the users curve (Sampler.h): each uncertain quantity the
// curve's kind uses, parameters, points, seasonality and events, independently; a curve with none
// gives three equal series.
struct CurveBand
{
    Series p5;
    Series p50;
    Series p95;
};

CurveBand curveBand(const Curve& curve, int months, int firstCalendarMonth = 1, int samples = 400,
                    std::uint64_t seed = 1);

} // namespace headroom::engine
