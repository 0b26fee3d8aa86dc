#pragma once

#include "engine/EigenTypes.h"
#include "engine/Summary.h"

#include <array>
#include <cmath>
#include <cstdint>
#include <vector>

// Summaries of Monte Carlo samples that are computed as the samples arrive, in memory that does
// not grow with the number of samples: what runs too long to keep every value use (runs of up to a
// few thousand samples, the GUI's and the CLI's 1,000, keep them: SampleTable.h).
//
// Quantiles: a histogram whose bins are placed by the first values. Each month keeps its first
// kPilotValues (63) values as they come; up to that many, the percentiles are exact (Hyndman &
// Fan's definition 7, what `summarise()` computes, bit for bit). At the 64th value the month sorts
// them, and their distinct values become the bin edges: each edge is a bin of its own, counting
// the values equal to it, and each gap between two edges is a bin counting the values strictly
// between them, with one more gap below the lowest edge and one above the highest. A gap also
// keeps the least, the greatest and the sum of its values. From then on a value costs a
// branch-free binary search among the edges, one count, and its gap's three figures.
//
// Reading a percentile: Hyndman & Fan's definition 7 on estimated order statistics. The k-th
// smallest value lies in the bin where the counts reach k. An edge's bin gives the edge itself. A
// gap's m values run from its least L to its greatest H, the j-th (from 0) at L + (H − L)·s^q with
// s = j/(m − 1), where the shape q makes the mean of that curve, L + (H − L)/(q + 1), the gap's own
// mean: q = 1 spreads the values evenly, q > 1 gathers them near L (a tail that thins out upwards,
// as a latency's does near saturation), q < 1 near H; q is kept within [1/16, 16].
//
// This relies on the samples being exchangeable (the engine's are independent draws): the first
// 63 values are then a sample of the same distribution as the rest, so the edges fall at its
// quantiles, about 1.6% of the probability apart. Values that repeat (instance counts, a step of
// a ladder, a cost that takes a few values) land on their edges and are counted exactly:
// percentiles of such series are exact whenever the values have all appeared among the first 63.
//
// Bins that no longer fit: a gap that has gathered more than 1/32 of the values (twice what an
// even spread over 63 edges gives it, plus 4) means the edges were placed unluckily (or that the
// values are not exchangeable, as sorted input is not). The month then places new edges at 63
// estimated order statistics evenly spaced in rank, from the minimum to the maximum, and moves the
// counts onto them: an edge's count to the bin of its value, a gap's spread over the new bins
// that cut it as its curve (above) spreads it, with the bounds and means of the pieces, rounded so
// that no value is lost. A month does this about twice in 1,000 or 10,000 independent draws of a
// continuous distribution, almost never for whole values.
//
// Accuracy, measured against the exact `summarise()` as a share of the exact P90 − P10 spread,
// root mean square / worst, over 400 streams of 1,000 draws and 100 streams of 10,000 (normal,
// uniform, exponential, lognormal σ = 0.5 and 1.0, and 70% zeros with 30% lognormal σ = 1):
//   1,000 draws:  P10 ≤ 0.29% / 1.2%, P50 ≤ 0.14% / 0.48%, P90 ≤ 1.1% / 4.1%;
//   10,000 draws: P10 ≤ 0.08% / 0.23%, P50 ≤ 0.04% / 0.13%, P90 ≤ 0.36% / 1.1%;
// whole values (3 to 9) exact in every stream. The largest errors are the P90 of the skewed
// draws; the Monte Carlo standard deviation of the exact P90 itself is 6–8% of the spread there at
// 1,000 samples and 2–3% at 10,000, several times these errors. The P² algorithm (Jain & Chlamtac
// 1985), which this replaced, was off by up to 27% (P90, lognormal σ = 1, 1,000 draws) and by up
// to 49% on whole values, at about twice the cost per value. On the four sample projects, every
// percentile of every component series (21,384 of them, 1,000 samples) against the exact ones:
// 7 off by more than 10% of their spread, where P² had 392 (the 7: two latencies where they jump
// to their ceiling, four queue drain times, zero in most samples, and one cost between two
// instance counts; tests/engine/tst_SampleAccuracy.cpp keeps that audit).
//
// Where it is weak: a percentile that falls where the values jump, as between a latency's last
// finite values and the 60,000 ms ceiling of the samples in which a component saturates. With 9%
// of the draws at the ceiling, the P90 is off by 10% of the spread in the root mean square and 49%
// at worst (P²: 154% and 882%); but there the exact P90 itself swings by about the whole spread
// from seed to seed, as it interpolates between neighbouring order statistics that can be a
// thousand apart (saas-startup's API in March 2029: 1,538 and 26,045 ms, exact P90 3,989 ms).
//
// Continuity: like P², the estimate follows from discrete choices (which bin a value falls in, when
// the bins are placed again), so a change in the values' last bits can move a percentile by about
// its error, though almost always by far less; the most where the values jump, as above.
//
// Mean: a Neumaier (improved Kahan–Babuška) compensated sum divided by the count, so the error
// is a few units in the last place of the mean rather than growing with the count; the result
// is clamped into [minimum, maximum], which makes the mean of a constant series that constant.
//
// Ordering: P10 ≤ P50 ≤ P90 always, each within [minimum, maximum]: they are read from one
// histogram, and the estimated order statistics never decrease.
//
// Memory: about 2.6 KB per month per series that varies (65 edges, 127 counts, three figures for
// each of 64 gaps and the mean's sum; the minimum and maximum are the outer gaps' or edges'), 16
// bytes for one that does not (a constant run, below), whatever the number of samples.
//
// Constant runs: many series do not vary in some months (a fixed pool's instance count, a cost
// that depends on nothing uncertain, zero stored data). While every value of a month has had the
// same bits, the month keeps only that value, and every statistic is that value. The first
// different value rebuilds the month's state by replaying the run through the same arithmetic, so
// the statistics are the same bits as if the state had been kept all along. A run never starts at
// −0 (the sums would turn it to +0): such a month is kept in full from the start.
//
// Determinism: every statistic is a function of the sequence of values only, in the order they
// were added; nothing depends on threads, addresses or timing. Adding the same samples in the same
// order gives the same bits. Values must be finite, and small enough that their sum over all
// samples is (|value| up to 1e300 is tested); NaN or infinity gives unspecified statistics.
namespace headroom::engine {

// The running mean and P10, P50 and P90 of one series, month by month, over Monte Carlo samples
// fed one whole sample (every month) at a time, in sample-index order.
class SeriesAccumulator
{
public:
    // How many of a month's first values are kept, exact, and then become its bin edges.
    static constexpr int kPilotValues = 63;

    // months ≥ 0: the length of every sample.
    explicit SeriesAccumulator(int months);
    // Not copied: a month's state is partly unwritten until its values need it (MonthState).
    SeriesAccumulator(const SeriesAccumulator&) = delete;
    SeriesAccumulator& operator=(const SeriesAccumulator&) = delete;
    SeriesAccumulator(SeriesAccumulator&&) = default;
    SeriesAccumulator& operator=(SeriesAccumulator&&) = default;

    // One sample; oneSample.size() == months(). Does not allocate.
    void add(const Series& oneSample);
    // `count` samples in sample order, samples[s] pointing to the months() values of the s-th:
    // the same as adding them one at a time, and faster.
    void add(const double* const* samples, int count);
    // Forgets every sample; the accumulator then behaves as a new one.
    void reset();

    int months() const { return static_cast<int>(m_runs.size()); }
    std::int64_t count() const { return m_count; }
    // Every series has months() values; each is NaN if no sample has been added.
    SeriesSummary summary() const;

    // What summary() reports after add(oneSample) and nothing else, without an accumulator's
    // state: the sample in every statistic, a negative zero read as +0 (x + 0.0, as the
    // accumulator's arithmetic gives). A deterministic run needs no more.
    static SeriesSummary summaryOfOne(const Series& oneSample);

private:
    static constexpr int kEdgeSlots = kPilotValues + 1; // a power of two: the last slot always +∞
    static constexpr int kBins = 2 * kPilotValues + 1;

    // What one month keeps. Before the pilot is complete, edges[1 ..] hold its values as they
    // came; after, edges[0] is −∞ and edges[1 .. kEdgeSlots] the distinct values, sorted, then +∞.
    struct MonthState
    {
        // Left unwritten: a month's first value sets what is read (addValue()), so the months that
        // never vary, kept as a ConstantRun, never touch their kilobytes and their memory.
        MonthState() {} // NOLINT(modernize-use-equals-default): `= default` would zero it
        double sum;          // of the values, with
        double compensation; // the rounding error of that sum (Neumaier)
        double edges[kEdgeSlots + 1];
        // counts[2j − 1]: values equal to edge j; counts[2j]: values between edges j and j + 1
        // (the first below edge 1, the last above the highest edge).
        std::uint32_t counts[kBins]; // kMaxSamples (a million) fits
        // Gap j (counts[2j]): its least and greatest value (+∞ and −∞ while it holds none), and the
        // sum of its values (where between those they gather). Side by side: a value touches one line.
        struct Gap
        {
            double low;
            double high;
            double sum;
        };
        Gap gaps[kEdgeSlots];
        int edgeCount; // distinct edges, once placed
    };

    // A month whose values so far all have the same bits: its MonthState is not kept up to date.
    struct ConstantRun
    {
        double value;
        bool ongoing;
    };

    // The run a month's first value starts: ongoing, but for −0 (the sums would turn it to +0).
    static ConstantRun runFrom(double first) { return {first, !(first == 0.0 && std::signbit(first))}; }
    static int binOf(const MonthState& month, double x);
    static void addValue(MonthState& month, double x, std::int64_t count);
    static void binValue(MonthState& month, double x, std::int64_t count);
    static std::int64_t gapLimit(std::int64_t count);
    static double lowestOf(const MonthState& month);
    static double highestOf(const MonthState& month);
    static void setEdges(MonthState& month, const double* values, int count);
    static void clearGaps(MonthState& month);
    static double gapShape(const MonthState& month, int gap);
    static void placeEdges(MonthState& month);
    static void rebin(MonthState& month, std::int64_t count);
    template <std::size_t N>
    static std::array<double, N> orderStatistics(const MonthState& month, const std::array<std::int64_t, N>& ranks,
                                                 bool smooth);
    bool equalsRuns(const double* sample) const;
    void addTiles(const double* const* samples, int count);
    void addToMonth(std::size_t month, const double* values, int count, std::int64_t before, const MonthState* next);
    void endRun(std::size_t month, std::int64_t n);

    std::int64_t m_count = 0;
    std::vector<MonthState> m_months;
    std::vector<ConstantRun> m_runs; // one per month
    bool m_allRuns = false;          // every month a run that is ongoing (a sample has been added)
};

} // namespace headroom::engine
