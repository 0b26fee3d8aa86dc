#include "calibration/Statistics.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace headroom::calibration {

namespace {

// The continued fraction of the incomplete beta function, by the modified Lentz method
// (Press et al., Numerical Recipes, 3rd ed. 2007, §6.4).
double betaContinuedFraction(double a, double b, double x)
{
    constexpr double kTiny = 1e-300;
    constexpr double kEpsilon = 1e-16;
    double c = 1.0;
    double d = 1.0 - (a + b) * x / (a + 1.0);
    d = 1.0 / (std::abs(d) < kTiny ? kTiny : d);
    double h = d;
    for (int m = 1; m <= 100000; ++m) { // about sqrt(max(a, b)) terms are needed
        const double m2 = 2.0 * m;
        for (const double numerator : {m * (b - m) * x / ((a + m2 - 1.0) * (a + m2)),
                                       -(a + m) * (a + b + m) * x / ((a + m2) * (a + m2 + 1.0))}) {
            d = 1.0 + numerator * d;
            d = 1.0 / (std::abs(d) < kTiny ? kTiny : d);
            c = 1.0 + numerator / c;
            c = std::abs(c) < kTiny ? kTiny : c;
            h *= d * c;
        }
        if (std::abs(d * c - 1.0) < kEpsilon)
            break;
    }
    return h;
}

// I_x(a, b), the regularised incomplete beta function, for x in [0, 1].
double regularizedBeta(double a, double b, double x)
{
    if (x <= 0.0)
        return 0.0;
    if (x >= 1.0)
        return 1.0;
    const double front =
        std::exp(std::lgamma(a + b) - std::lgamma(a) - std::lgamma(b) + a * std::log(x) + b * std::log1p(-x));
    if (x < (a + 1.0) / (a + b + 2.0))
        return front * betaContinuedFraction(a, b, x) / a;
    return 1.0 - front * betaContinuedFraction(b, a, 1.0 - x) / b;
}

} // namespace

double studentTCdf(double t, double dof)
{
    const double tail = 0.5 * regularizedBeta(dof / 2.0, 0.5, dof / (dof + t * t));
    return t >= 0.0 ? 1.0 - tail : tail;
}

double studentTQuantile(double p, double dof)
{
    if (p == 0.5)
        return 0.0;
    if (p < 0.5)
        return -studentTQuantile(1.0 - p, dof);
    // The cdf is increasing: bracket the quantile, then bisect to the last bit.
    double lo = 0.0;
    double hi = 1.0;
    while (studentTCdf(hi, dof) < p && hi < 1e300)
        hi *= 2.0;
    for (int i = 0; i < 2000 && hi - lo > 1e-14 * hi; ++i) {
        const double mid = 0.5 * (lo + hi);
        (studentTCdf(mid, dof) < p ? lo : hi) = mid;
    }
    return 0.5 * (lo + hi);
}

double aicc(double rss, int points, int parameters, double scale)
{
    const int k = parameters + 1;
    if (points <= k + 1)
        return std::numeric_limits<double>::infinity();
    const double n = points;
    const double floor = n * 1e-30 * scale * scale;
    return n * std::log(std::max(rss, floor) / n) + 2.0 * k + 2.0 * k * (k + 1.0) / (n - k - 1.0);
}

} // namespace headroom::calibration
