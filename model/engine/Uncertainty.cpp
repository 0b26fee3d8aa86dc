#include "engine/Uncertainty.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace headroom::engine {

double ValidRange::clip(double v) const
{
    const double inf = std::numeric_limits<double>::infinity();
    const double lo = minOpen ? std::nextafter(min, inf) : min;
    const double hi = maxOpen ? std::nextafter(max, -inf) : max;
    return v < lo ? lo : (v > hi ? hi : v);
}

std::uint64_t streamOf(std::string_view stableId)
{
    std::uint64_t hash = 0xcbf29ce484222325ULL;
    for (const unsigned char c : stableId) {
        hash ^= c;
        hash *= 0x100000001b3ULL;
    }
    return hash;
}

namespace {
std::uint64_t splitMix64(std::uint64_t x)
{
    x += 0x9e3779b97f4a7c15ULL;
    x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
    x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
    return x ^ (x >> 31);
}

double rational(double r, const double (&num)[8], const double (&den)[8])
{
    double n = num[7];
    double d = den[7];
    for (int i = 6; i >= 0; --i) {
        n = n * r + num[i];
        d = d * r + den[i];
    }
    return n / d;
}

// AS 241 (PPND16) coefficients, lowest order first; den[0] = 1.
constexpr double kA[8] = {3.3871328727963666080e0, 1.3314166789178437745e2, 1.9715909503065514427e3,
                          1.3731693765509461125e4, 4.5921953931549871457e4, 6.7265770927008700853e4,
                          3.3430575583588128105e4, 2.5090809287301226727e3};
constexpr double kB[8] = {1.0,
                          4.2313330701600911252e1,
                          6.8718700749205790830e2,
                          5.3941960214247511077e3,
                          2.1213794301586595867e4,
                          3.9307895800092710610e4,
                          2.8729085735721942674e4,
                          5.2264952788528545610e3};
constexpr double kC[8] = {1.42343711074968357734e0, 4.63033784615654529590e0, 5.76949722146069140550e0,
                          3.64784832476320460504e0, 1.27045825245236838258e0, 2.41780725177450611770e-1,
                          2.27238449892691845833e-2, 7.74545014278341407640e-4};
constexpr double kD[8] = {1.0,
                          2.05319162663775882187e0,
                          1.67638483018380384940e0,
                          6.89767334985100004550e-1,
                          1.48103976427480074590e-1,
                          1.51986665636164571966e-2,
                          5.47593808499534494600e-4,
                          1.05075007164441684324e-9};
constexpr double kE[8] = {6.65790464350110377720e0, 5.46378491116411436990e0, 1.78482653991729133580e0,
                          2.96560571828504891230e-1, 2.65321895265761230930e-2, 1.24266094738807843860e-3,
                          2.71155556874348757815e-5, 2.01033439929228813265e-7};
constexpr double kF[8] = {1.0,
                          5.99832206555887937690e-1,
                          1.36929880922735805310e-1,
                          1.48753612908506148525e-2,
                          7.86869131145613259100e-4,
                          1.84631831751005468180e-5,
                          1.42151175831644588870e-7,
                          2.04426310338993978564e-15};
} // namespace

double uniformOpen01(std::uint64_t seed, std::uint64_t stream, std::uint64_t sample)
{
    const std::uint64_t bits = splitMix64(splitMix64(splitMix64(seed) ^ stream) ^ sample);
    // The top 53 bits, offset by half a step: strictly inside (0, 1).
    return (static_cast<double>(bits >> 11) + 0.5) * 0x1.0p-53;
}

double normalQuantile(double p)
{
    const double q = p - 0.5;
    if (std::abs(q) <= 0.425) {
        const double r = 0.180625 - q * q;
        return q * rational(r, kA, kB);
    }
    double r = std::sqrt(-std::log(q < 0.0 ? p : 1.0 - p));
    const double z = r <= 5.0 ? rational(r - 1.6, kC, kD) : rational(r - 5.0, kE, kF);
    return q < 0.0 ? -z : z;
}

double drawQuantity(const Quantity& q, double z, const ValidRange& range)
{
    if (!q.interval90 || q.interval90->hi <= q.interval90->lo)
        return q.estimate;
    const Interval& iv = *q.interval90;
    double value;
    if (iv.lo > 0.0 && q.estimate > 0.0)
        value = q.estimate * std::exp(std::log(iv.hi / iv.lo) / (2.0 * kZ95) * z);
    else
        value = q.estimate + (iv.hi - iv.lo) / (2.0 * kZ95) * z;
    if (range.withinInterval)
        value = std::clamp(value, iv.lo, iv.hi);
    return range.clip(value);
}

} // namespace headroom::engine
