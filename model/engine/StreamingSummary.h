#pragma once

#include "engine/EigenTypes.h"
#include "engine/Summary.h"

#include <array>
#include <cstdint>
#include <vector>

// Summaries of Monte Carlo samples that are computed as the samples arrive, in memory that does
// not grow with the number of samples.
//
// Quantiles: the P² algorithm of R. Jain and I. Chlamtac, "The P² algorithm for dynamic
// calculation of quantiles and histograms without storing observations", Communications of the
// ACM 28(10):1076–1085, 1985. Five markers track the minimum, the p/2, p and (1+p)/2 quantiles
// and the maximum; each new value moves the markers above it one position up, and an interior
// marker that has drifted a position or more from where it should be is moved one position back,
// its height following a parabola through it and its neighbours (or, where the parabola would
// leave the neighbours' interval, a straight line). The desired position of marker i after n
// values is 1 + (n − 1)·f_i with f = (0, p/2, p, (1+p)/2, 1): the paper's increments, summed in
// closed form, and for the middle marker exactly the position of Hyndman & Fan's definition 7,
// which `summarise()` uses. Up to five values the estimators hold the values themselves, sorted,
// and report the exact definition-7 percentile: one sample gives the sample, two to five give
// what `summarise()` gives.
//
// Accuracy, measured against the exact `summarise()` as a share of the exact P90 − P10 spread
// (normal, uniform, exponential and lognormal σ = 0.5 and 1.0 draws, hundreds of seeds each):
// with 10,000 samples a root-mean-square error of 0.03–0.6% and a worst case of 2.0%; with
// 1,000 samples 0.1–3.5% and 12.5%. The large figures are all the P90 of the skewed
// distributions (lognormal σ = 1 the worst), where the Monte Carlo standard error of the exact
// P90 is itself about 6% of the spread at 1,000 samples. P² has no worst-case bound: its error
// shrinks as samples accumulate, grows with skew, and is largest for the quantile nearest a tail.
//
// Mean: a Neumaier (improved Kahan–Babuška) compensated sum divided by the count, so the error
// is a few units in the last place of the mean rather than growing with the count; the result
// is clamped into [minimum, maximum], which makes the mean of a constant series that constant.
//
// Ordering: P10 ≤ P50 ≤ P90 always. The three estimators run independently, and at small counts
// or on data with few distinct values their estimates can cross (values alternating ±1000 put
// P² alone's P50 above its P90 after seven of them); `summary()` reports the three sorted.
//
// Memory: 22 doubles (176 bytes) per month per series — minimum and maximum shared by the three
// estimators, three interior marker heights and positions for each, and the mean's sum and
// compensation — and 16 bytes for the constant run below, whatever the number of samples.
//
// Constant runs: many series do not vary in some months (a fixed pool's instance count, a cost
// that depends on nothing uncertain, zero stored data). While every value of a month has had the
// same bits, the month keeps only that value: P² leaves every marker on it and the clamped mean
// is it, so every statistic is that value. The first different value rebuilds the month's state
// by replaying the run through the same arithmetic, so the statistics are the same bits as if the
// state had been kept all along. A run never starts at −0 (P²'s sums would turn some markers to
// +0): such a month is kept in full from the start.
//
// Determinism: every statistic is a function of the sequence of values only, in the order they
// were added; nothing depends on threads, addresses or timing. Adding the same samples in the same
// order gives the same bits. Values must be finite, and small enough that their sum over all
// samples is (|value| up to 1e300 is tested); NaN or infinity gives unspecified statistics.
namespace headroom::engine {

// The P² estimate of one quantile of one stream of values: the reference form of the algorithm,
// for a single value at a time. SeriesAccumulator runs the same arithmetic across months.
class P2Quantile
{
public:
    // p: the quantile, in (0, 1).
    explicit P2Quantile(double p);

    void add(double value);
    void reset();

    double quantile() const { return m_p; }
    std::int64_t count() const { return m_count; }
    // The exact definition-7 percentile up to five values, the middle marker's height after;
    // NaN before the first value.
    double estimate() const;

    // The five markers (minimum, three interior, maximum) once there are five values or more:
    // heights, and 1-based positions among the values seen so far.
    const std::array<double, 5>& markerHeights() const { return m_heights; }
    const std::array<double, 5>& markerPositions() const { return m_positions; }

private:
    double m_p;
    std::int64_t m_count = 0;
    std::array<double, 5> m_heights{};   // up to five values: the values, sorted
    std::array<double, 5> m_positions{}; // exact small integers, held as doubles for the arithmetic
};

// The running mean and P10, P50 and P90 of one series, month by month, over Monte Carlo samples
// fed one whole sample (every month) at a time, in sample-index order.
class SeriesAccumulator
{
public:
    // months ≥ 0: the length of every sample.
    explicit SeriesAccumulator(int months);

    // One sample; oneSample.size() == months(). Does not allocate.
    void add(const Series& oneSample);
    // Forgets every sample; the accumulator then behaves as a new one.
    void reset();

    int months() const { return static_cast<int>(m_months.size()); }
    std::int64_t count() const { return m_count; }
    // Every series has months() values; each is NaN if no sample has been added.
    SeriesSummary summary() const;

    // What summary() reports after add(oneSample) and nothing else, without an accumulator's
    // state: the sample in every statistic, a negative zero read as +0 (x + 0.0, as the
    // accumulator's arithmetic gives). A deterministic run needs no more.
    static SeriesSummary summaryOfOne(const Series& oneSample);

private:
    // What one month keeps: 22 doubles, 176 bytes, contiguous so that a month's update touches
    // three cache lines and the months follow one another in memory.
    struct Markers
    {
        double heights[3];   // the interior markers' heights
        double positions[3]; // and 1-based positions: exact small integers, doubles for the arithmetic
    };
    struct MonthState
    {
        double sum;          // of the values, with
        double compensation; // the rounding error of that sum (Neumaier)
        double lowest;       // the extreme markers, shared by the three estimators
        double highest;
        Markers markers[3]; // for P10, P50, P90
    };

    // A month whose values so far all have the same bits: its MonthState is not kept up to date.
    struct ConstantRun
    {
        double value;
        bool ongoing;
    };

    void endRun(std::size_t month);

    std::int64_t m_count = 0;
    std::vector<MonthState> m_months;
    std::vector<ConstantRun> m_runs; // one per month
};

} // namespace headroom::engine
