#pragma once

#include "EigenTypes.h"

#include <algorithm>
#include <array>
#include <bit>
#include <cmath>
#include <cstdint>
#include <limits>
#include <string>
#include <vector>

// What the engine reports of a series across Monte Carlo samples: per month, the mean and the
// 10th, 50th and 90th percentiles.
namespace headroom::engine {

struct SeriesSummary
{
    Series mean;
    Series p10;
    Series p50;
    Series p90;

    bool operator==(const SeriesSummary& other) const;
};

// A summary under its stable name ("arrival_rate", "cost", …: the CLI's and the file's keys).
struct NamedSeries
{
    std::string key;
    SeriesSummary summary;
    bool operator==(const NamedSeries&) const = default;
};

const SeriesSummary* findSeries(const std::vector<NamedSeries>& series, const std::string& key);

// The percentile q ∈ [0, 1] of sorted values, interpolated linearly between order statistics
// (Hyndman & Fan 1996, definition 7: the default of R and NumPy). `sorted` is not empty.
double percentileOfSorted(const double* sorted, Eigen::Index count, double q);

// The order statistics of `count` finite values (not sorted, not changed): out[i] is the
// ranks[i]-th smallest (0-based), for rankCount (at most 16) ranks in ascending order, each below
// count. Exact, the values sorting would put there, in time that grows linearly: the values are
// counted into 1,024 buckets, equal stretches of the range of their bits (so of about equal width
// in their logarithm, wherever they lie), and only those in the buckets the ranks fall in are
// gathered and selected among the same way, down to a hundred or so, which are sorted. Scratch
// memory is the calling thread's own.
void selectOrderStatistics(const double* values, std::int64_t count, const std::int64_t* ranks, int rankCount,
                           double* out);
// The same, for a caller that knows the least and the greatest of the values: one pass fewer.
void selectOrderStatistics(const double* values, std::int64_t count, const std::int64_t* ranks, int rankCount,
                           double* out, double lowest, double highest);

// The percentiles a summary reports, in the order of SeriesSummary.
inline constexpr std::array<double, 3> kSummaryQuantiles{0.10, 0.50, 0.90};

// Definition 7 for n values: the percentile q lies `fraction` of the way from order statistic
// ⌊q·(n − 1)⌋ (0-based) to the next; ranks holds both of each, in the order of kSummaryQuantiles.
struct Definition7
{
    std::array<std::int64_t, 2 * kSummaryQuantiles.size()> ranks{};
    std::array<double, kSummaryQuantiles.size()> fractions{};
};
Definition7 definition7(std::int64_t n);

// Whether two values have the same bits (−0 is not +0; a NaN equals a NaN of its bits): how the
// summaries tell a value that repeats one before from one that does not.
inline bool sameBits(double a, double b)
{
    return std::bit_cast<std::uint64_t>(a) == std::bit_cast<std::uint64_t>(b);
}

// Neumaier's compensated summation: sum + compensation carries the running total with the
// rounding error of each addition recovered exactly into `compensation`.
inline void addCompensated(double x, double& sum, double& compensation)
{
    const double total = sum + x;
    compensation += std::abs(sum) >= std::abs(x) ? (sum - total) + x : (x - total) + sum;
    sum = total;
}

// One month's statistics, in the order of SeriesSummary.
struct MonthStatistics
{
    double mean;
    double p10;
    double p50;
    double p90;
};

// What a month's values sum to, in their order (addCompensated() from 0), and their range.
struct ValueSums
{
    double sum = 0.0;
    double compensation = 0.0;
    double lowest = std::numeric_limits<double>::infinity();
    double highest = -std::numeric_limits<double>::infinity();

    void add(double x)
    {
        addCompensated(x, sum, compensation);
        lowest = std::min(lowest, x);
        highest = std::max(highest, x);
    }
};

// The statistics of `count` ≥ 1 values (not sorted, not changed) whose sums are `sums`: the mean
// of the compensated sum, clamped into the values' range, and definition 7's percentiles, exact, by
// selectOrderStatistics(). NaN statistics if a value is NaN or infinite.
MonthStatistics statisticsOfValues(const double* values, std::int64_t count, const ValueSums& sums);

// Summarises a samples × months matrix column by column.
SeriesSummary summarise(const SampleMatrix& samples);

// The summary of a single deterministic run: every statistic equals the series.
SeriesSummary summariseDeterministic(const Series& series);

} // namespace headroom::engine
