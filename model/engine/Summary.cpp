#include "engine/Summary.h"

#include <cstring>

#include <algorithm>
#include <cmath>
#include <vector>

namespace headroom::engine {

bool SeriesSummary::operator==(const SeriesSummary& other) const
{
    // The same bits: −0 is not +0, and a NaN equals the NaN with its bits (an unsampled summary).
    const auto same = [](const Series& a, const Series& b) {
        return a.size() == b.size() &&
               (a.size() == 0 || std::memcmp(a.data(), b.data(), std::size_t(a.size()) * sizeof(double)) == 0);
    };
    return same(mean, other.mean) && same(p10, other.p10) && same(p50, other.p50) && same(p90, other.p90);
}

const SeriesSummary* findSeries(const std::vector<NamedSeries>& series, const std::string& key)
{
    for (const NamedSeries& s : series)
        if (s.key == key)
            return &s.summary;
    return nullptr;
}

double percentileOfSorted(const double* sorted, Eigen::Index count, double q)
{
    const double position = q * static_cast<double>(count - 1);
    const auto below = static_cast<Eigen::Index>(std::floor(position));
    const Eigen::Index above = std::min(below + 1, count - 1);
    const double fraction = position - static_cast<double>(below);
    return sorted[below] + fraction * (sorted[above] - sorted[below]);
}

SeriesSummary summarise(const SampleMatrix& samples)
{
    const Eigen::Index months = samples.cols();
    const Eigen::Index count = samples.rows();
    SeriesSummary out{Series(months), Series(months), Series(months), Series(months)};
    std::vector<double> column(static_cast<std::size_t>(count));
    for (Eigen::Index t = 0; t < months; ++t) {
        std::copy(samples.col(t).begin(), samples.col(t).end(), column.begin());
        std::sort(column.begin(), column.end());
        out.mean[t] = samples.col(t).mean();
        out.p10[t] = percentileOfSorted(column.data(), count, 0.10);
        out.p50[t] = percentileOfSorted(column.data(), count, 0.50);
        out.p90[t] = percentileOfSorted(column.data(), count, 0.90);
    }
    return out;
}

SeriesSummary summariseDeterministic(const Series& series) { return SeriesSummary{series, series, series, series}; }

} // namespace headroom::engine
