#pragma once

#include "engine/EigenTypes.h"
#include "engine/Summary.h"

#include <array>
#include <cstdint>
#include <vector>

// Summaries of Monte Carlo samples that are computed as the samples arrive, in memory that does
// not grow with the number of samples.
//
// Quantiles: a histogram whose bins are placed by the first values. Each month keeps its first
// kPilotValues (63) values as they come; up to that many, the percentiles are exact (Hyndman &
// Fan's definition 7, what `summarise()` computes, bit for bit). At the 64th value the month sorts
// them, and their distinct values become the bin edges: each edge is a bin of its own, counting
// the values equal to it, and each gap between two edges is a bin counting the values strictly
// between them, with one more gap below the lowest edge and one above the highest. From then on a
// value costs a branch-free binary search among the edges and one count. A percentile is read back
// as Hyndman & Fan's definition 7 on estimated order statistics: the k-th smallest value lies in
// the bin where the counts reach k; an edge's bin gives the edge itself, a gap's bin a value
// between its edges (below), the outer gaps ending at the exact minimum and maximum, which are
// tracked.
//
// This relies on the samples being exchangeable (the engine's are independent draws): the first
// 63 values are then a sample of the same distribution as the rest, so the edges fall at its
// quantiles, about 1.6% of the probability apart, and every percentile from the 2nd to the 98th
// lies in a narrow bin. Values that repeat (instance counts, a step of a ladder, a cost that takes
// a few values) land on their edges and are counted exactly: percentiles of such series are exact
// whenever the values have all appeared among the first 63.
//
// Bins that no longer fit: a gap bin that has gathered more than 1/32 of the values (twice what an
// even spread over 63 edges gives it, plus 4) means the edges were placed unluckily (or that the
// values are not exchangeable, as sorted input is not). The month then places new edges at 63
// estimated order statistics evenly spaced in rank, from the minimum to the maximum, and moves the
// counts onto them: an edge's count to the bin of its value, a gap's spread over the new bins that
// cut it, in proportion to their widths (rounded so that none is lost). A month does this about
// twice in 1,000 or 10,000 independent draws of a continuous distribution, almost never for whole
// values.
//
// Reading a gap: the k-th value (from 0) of a gap holding m sits at (k + 1)/(m + 1) of the way in
// rank between its edges, on a monotone cubic through the edges (Fritsch & Carlson 1980), so that
// a tail whose values spread out from bin to bin is followed inside the bin too.
//
// Accuracy, measured against the exact `summarise()` as a share of the exact P90 − P10 spread,
// root mean square / worst, over 400 streams of 1,000 draws and 100 streams of 10,000 (normal,
// uniform, exponential, lognormal σ = 0.5 and 1.0, and 70% zeros with 30% lognormal σ = 1):
//   1,000 draws:  P10 ≤ 0.44% / 1.5%, P50 ≤ 0.24% / 0.92%, P90 ≤ 1.75% / 6.2%;
//   10,000 draws: P10 ≤ 0.12% / 0.40%, P50 ≤ 0.06% / 0.19%, P90 ≤ 0.56% / 1.5%;
// whole values (3 to 9) exact in every stream. The largest errors are all the P90 of the skewed
// draws; the Monte Carlo standard deviation of the exact P90 itself is 6–8% of the spread there at
// 1,000 samples and 2–3% at 10,000, several times these errors. The P² algorithm (Jain & Chlamtac
// 1985), which this replaced, was off by up to 27% (P90, lognormal σ = 1, 1,000 draws) and by up
// to 49% on whole values, at about twice the cost per value.
//
// Where it is weak: a percentile that falls between a continuous tail and a value many samples
// share far above it (the latency ceiling of the months a component saturates in one sample in
// ten: draws with 9% at 60,000 ms and the rest a few hundred) lies in one wide gap. There the
// exact P90 itself swings by about the whole P90 − P10 spread from seed to seed at 1,000 samples,
// and the estimate was off by 67% of the spread in the root mean square (P² by 154%); any
// change to the values, even in their last bits, can move it that much. Where the tail only
// steepens (the same draws, without the ceiling's share), the P90's worst error is 4.9% (P²: 49%).
//
// Continuity: like P², the estimate follows from discrete choices (which bin a value falls in, when
// the bins are placed again), so a change in the values' last bits can move a percentile by about
// its error, though almost always by far less: after a change that moved latencies by at most
// 4e-16, 6,700 of the reference model's 8,900 changed latency statistics moved by at most 1e-15
// and two by more than 1% (a P90 at a knee, where a latency starts to climb).
//
// Mean: a Neumaier (improved Kahan–Babuška) compensated sum divided by the count, so the error
// is a few units in the last place of the mean rather than growing with the count; the result
// is clamped into [minimum, maximum], which makes the mean of a constant series that constant.
//
// Ordering: P10 ≤ P50 ≤ P90 always, each within [minimum, maximum]: they are read from one
// histogram, and the estimated order statistics never decrease.
//
// Memory: about 1 KB per month per series (65 edges, 127 counts, the extremes and the mean's sum),
// and 16 bytes for the constant run below, whatever the number of samples.
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
    // the same as adding them one at a time, and faster. Does not allocate.
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
        // never vary, kept as a ConstantRun, never touch their kilobyte and its memory.
        MonthState() {} // NOLINT(modernize-use-equals-default): `= default` would zero it
        double sum;          // of the values, with
        double compensation; // the rounding error of that sum (Neumaier)
        double lowest;       // the extremes
        double highest;
        double edges[kEdgeSlots + 1];
        // counts[2j − 1]: values equal to edge j; counts[2j]: values between edges j and j + 1
        // (the first below edge 1, the last above the highest edge).
        std::uint32_t counts[kBins]; // kMaxSamples (a million) fits
        int edgeCount; // distinct edges, once placed
    };

    // A month whose values so far all have the same bits: its MonthState is not kept up to date.
    struct ConstantRun
    {
        double value;
        bool ongoing;
    };

    static int binOf(const MonthState& month, double x);
    static void addValue(MonthState& month, double x, std::int64_t count, double gapLimit);
    static double gapLimit(std::int64_t count);
    static void setEdges(MonthState& month, const double* values, int count);
    static void placeEdges(MonthState& month);
    static void rebin(MonthState& month, std::int64_t count);
    static double gapSlope(const MonthState& month, int b);
    static double inGap(const MonthState& month, int b, double share);
    template <std::size_t N>
    static std::array<double, N> orderStatistics(const MonthState& month, const std::array<std::int64_t, N>& ranks,
                                                 bool smooth);
    void addToMonth(std::size_t month, const double* values, int count, std::int64_t before);
    void endRun(std::size_t month, std::int64_t n);

    std::int64_t m_count = 0;
    std::vector<MonthState> m_months;
    std::vector<ConstantRun> m_runs; // one per month
};

} // namespace headroom::engine
