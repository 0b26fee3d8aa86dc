#pragma once

#include "EigenTypes.h"

#include <cstdint>
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

// Summarises a samples × months matrix column by column.
SeriesSummary summarise(const SampleMatrix& samples);

// The summary of a single deterministic run: every statistic equals the series.
SeriesSummary summariseDeterministic(const Series& series);

} // namespace headroom::engine
