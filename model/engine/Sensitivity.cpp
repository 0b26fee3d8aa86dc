#include "engine/Sensitivity.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace headroom::engine {

std::vector<double> ranks(const std::vector<double>& values)
{
    std::vector<std::size_t> order(values.size());
    std::iota(order.begin(), order.end(), std::size_t{0});
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return values[a] < values[b]; });
    std::vector<double> out(values.size());
    for (std::size_t i = 0; i < order.size();) {
        std::size_t j = i;
        while (j + 1 < order.size() && values[order[j + 1]] == values[order[i]])
            ++j;
        const double average = 0.5 * double(i + j) + 1.0; // ranks i+1 … j+1
        for (std::size_t k = i; k <= j; ++k)
            out[order[k]] = average;
        i = j + 1;
    }
    return out;
}

double spearman(const std::vector<double>& x, const std::vector<double>& y)
{
    if (x.size() != y.size() || x.size() < 2)
        return 0.0;
    const std::vector<double> rx = ranks(x);
    const std::vector<double> ry = ranks(y);
    const double n = double(x.size());
    const double mean = (n + 1.0) / 2.0;
    double sxy = 0.0, sxx = 0.0, syy = 0.0;
    for (std::size_t i = 0; i < rx.size(); ++i) {
        const double dx = rx[i] - mean;
        const double dy = ry[i] - mean;
        sxy += dx * dy;
        sxx += dx * dx;
        syy += dy * dy;
    }
    if (sxx <= 0.0 || syy <= 0.0)
        return 0.0;
    return std::clamp(sxy / std::sqrt(sxx * syy), -1.0, 1.0);
}

} // namespace headroom::engine
