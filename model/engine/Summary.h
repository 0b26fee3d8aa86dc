#pragma once

#include "EigenTypes.h"

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

// Summarises a samples × months matrix column by column.
SeriesSummary summarise(const SampleMatrix& samples);

// The summary of a single deterministic run: every statistic equals the series.
SeriesSummary summariseDeterministic(const Series& series);

} // namespace headroom::engine
