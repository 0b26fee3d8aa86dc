#include "engine/Usl.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace headroom::engine {

double uslPeakUnits(const UslCoefficients& usl)
{
    if (usl.kappa <= 0.0)
        return std::numeric_limits<double>::infinity();
    return std::sqrt((1.0 - usl.sigma) / usl.kappa);
}

double uslUnitsFor(double demand, double x1, const UslCoefficients& usl)
{
    const double a = usl.kappa * demand;
    const double b = usl.sigma * demand - usl.kappa * demand - x1;
    const double c = demand * (1.0 - usl.sigma);
    const double discriminant = b * b - 4.0 * a * c;
    if (!(discriminant >= 0.0) || !(-b > 0.0))
        return std::numeric_limits<double>::infinity();
    return 2.0 * c / (-b + std::sqrt(discriminant));
}

int uslBestUnits(const UslCoefficients& usl, int limit)
{
    const double peak = uslPeakUnits(usl);
    if (!(peak < static_cast<double>(limit)))
        return limit;
    const int below = std::max(1, static_cast<int>(std::floor(peak)));
    const int above = std::min(limit, below + 1);
    return uslThroughput(above, 1.0, usl) > uslThroughput(below, 1.0, usl) ? above : below;
}

} // namespace headroom::engine
