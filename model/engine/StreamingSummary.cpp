#include "engine/StreamingSummary.h"

#include <algorithm>
#include <array>
#include <cassert>
#include <cmath>
#include <limits>

namespace headroom::engine {

namespace {

constexpr std::size_t kCacheLineBytes = 64;

// Asks for cache line `line` of `state` ahead of its use, if it has one.
template <typename State> void prefetchLine(const State* state, std::size_t line)
{
    if (state && line * kCacheLineBytes < sizeof(State))
        __builtin_prefetch(reinterpret_cast<const char*>(state) + line * kCacheLineBytes);
}

} // namespace

SeriesAccumulator::SeriesAccumulator(int months)
    : m_months(static_cast<std::size_t>(std::max(months, 0))), m_runs(m_months.size(), ConstantRun{0.0, false})
{
    assert(months >= 0);
}

void SeriesAccumulator::reset()
{
    m_count = 0; // each month's state starts again at its first value
    m_allRuns = false;
    std::fill(m_runs.begin(), m_runs.end(), ConstantRun{0.0, false});
}

// The bin of x: the number j of edges at or below it, by halving (the slots after the last edge
// hold +∞, so the last slot is never at or below x and six steps cover the other 63); then on
// edge j (edges[0] is −∞, never equal to x), or in the gap above it.
int SeriesAccumulator::binOf(const MonthState& month, double x)
{
    const double* edges = month.edges + 1;
    int j = 0;
    for (int half = kEdgeSlots / 2; half >= 1; half /= 2)
        j += edges[j + half - 1] <= x ? half : 0;
    return 2 * j - (month.edges[j] == x ? 1 : 0);
}

// The count-th value of one month. The first sets every field that is read before it is written
// again (the counts and gaps wait for placeEdges()).
void SeriesAccumulator::addValue(MonthState& month, double x, std::int64_t count)
{
    if (count == 1)
        month.sum = month.compensation = 0.0;
    addCompensated(x, month.sum, month.compensation);
    if (count <= kPilotValues) {
        month.edges[count] = x;
        return;
    }
    if (count == kPilotValues + 1)
        placeEdges(month);
    binValue(month, x, count);
}

// The count-th value of a month whose edges are placed, into its bin (the sum aside).
void SeriesAccumulator::binValue(MonthState& month, double x, std::int64_t count)
{
    const int bin = binOf(month, x);
    ++month.counts[bin];
    if (bin % 2 == 0) {
        const int gap = bin / 2;
        month.gaps[gap].low = std::min(month.gaps[gap].low, x);
        month.gaps[gap].high = std::max(month.gaps[gap].high, x);
        month.gaps[gap].sum += x;
        if (month.counts[bin] > gapLimit(count))
            rebin(month, count);
    }
}

// The least and the greatest value of a month past its pilot: the outer gaps' own, or the outermost
// edges where those gaps are empty (their bounds are then ±∞, beyond the edges).
double SeriesAccumulator::lowestOf(const MonthState& month)
{
    return std::min(month.gaps[0].low, month.edges[1]);
}

double SeriesAccumulator::highestOf(const MonthState& month)
{
    return std::max(month.gaps[month.edgeCount].high, month.edges[month.edgeCount]);
}

// A gap holding more than count/32 + 4 of `count` values (twice what 63 edges evenly spread in rank
// leave it, and a margin for the first few) shows edges that no longer fit the values. A whole
// count is more than that exactly when it is more than this, the same rounded down.
std::int64_t SeriesAccumulator::gapLimit(std::int64_t count)
{
    return count / 32 + 4;
}

// Edges at `values` (sorted, count of them), distinct, the slots after them +∞.
void SeriesAccumulator::setEdges(MonthState& month, const double* values, int count)
{
    double* edges = month.edges + 1;
    int distinct = 0;
    for (int i = 0; i < count; ++i)
        if (distinct == 0 || values[i] != edges[distinct - 1])
            edges[distinct++] = values[i];
    month.edges[0] = -std::numeric_limits<double>::infinity();
    std::fill(edges + distinct, edges + kEdgeSlots, std::numeric_limits<double>::infinity());
    month.edgeCount = distinct;
}

// Every gap empty: its bounds the other way round, so that any value widens them.
void SeriesAccumulator::clearGaps(MonthState& month)
{
    std::fill(std::begin(month.gaps), std::end(month.gaps),
              MonthState::Gap{std::numeric_limits<double>::infinity(), -std::numeric_limits<double>::infinity(), 0.0});
}

// A gap's values, from its least L to its greatest H, are read as L + (H − L)·s^k for s evenly
// spread over [0, 1]: k = 1 spreads them evenly, k > 1 gathers them near L (a tail that thins out
// upwards, as a latency's does near saturation), k < 1 near H. The mean of that is
// L + (H − L)/(k + 1), so the gap's own mean gives k; kept within [1/16, 16].
double SeriesAccumulator::gapShape(const MonthState& month, int gap)
{
    constexpr double kMostGathered = 16.0;
    const double low = month.gaps[gap].low;
    const double width = month.gaps[gap].high - low;
    const double count = double(month.counts[2 * gap]);
    const double above = month.gaps[gap].sum / count - low; // the mean's height over L
    if (!(width > 0.0) || !(above > 0.0))
        return kMostGathered;
    return std::clamp(width / above - 1.0, 1.0 / kMostGathered, kMostGathered);
}

// The pilot is complete: its distinct values become the edges, each counting its copies.
void SeriesAccumulator::placeEdges(MonthState& month)
{
    std::array<double, kPilotValues> pilot{};
    std::copy(month.edges + 1, month.edges + 1 + kPilotValues, pilot.begin());
    std::sort(pilot.begin(), pilot.end());
    setEdges(month, pilot.data(), kPilotValues);
    std::fill(std::begin(month.counts), std::end(month.counts), 0u);
    clearGaps(month);
    for (const double x : pilot)
        ++month.counts[binOf(month, x)];
}

// New edges at the estimated order statistics of the values so far, evenly spaced in rank from
// the minimum to the maximum (which stay edges), and the counts moved onto them: an edge's count
// to the new bin of its value, a gap's spread over the new bins that cut it as gapShape() reads it.
void SeriesAccumulator::rebin(MonthState& month, std::int64_t count)
{
    std::array<std::int64_t, kPilotValues> ranks{};
    for (int i = 0; i < kPilotValues; ++i)
        ranks[std::size_t(i)] = std::int64_t(std::llround(double(i) * double(count - 1) / double(kPilotValues - 1)));
    // New edges need only be near those ranks: straight lines across the gaps serve, and cost
    // less than the curve that summary() draws.
    const std::array<double, kPilotValues> at = orderStatistics(month, ranks, false);
    const MonthState old = month;
    std::fill(std::begin(month.counts), std::end(month.counts), 0u);
    clearGaps(month);
    setEdges(month, at.data(), kPilotValues);
    // Old and new bins are both in the order of their values: one pass over each.
    int j = 0; // the new edges at or below the value reached
    const auto reach = [&month, &j](double value) {
        while (j < month.edgeCount && month.edges[j + 1] <= value)
            ++j;
    };
    // `mass` values with mean `mean` between `from` and `to` into new gap 2j, which `to` does not pass.
    const auto intoGap = [&month, &j](std::uint32_t mass, double from, double to, double mean) {
        if (mass == 0)
            return;
        month.counts[2 * j] += mass;
        month.gaps[j].low = std::min(month.gaps[j].low, from);
        month.gaps[j].high = std::max(month.gaps[j].high, to);
        month.gaps[j].sum += double(mass) * mean;
    };
    const int oldLast = 2 * old.edgeCount;
    for (int b = 0; b <= oldLast; ++b) {
        const std::uint32_t mass = old.counts[b];
        if (mass == 0)
            continue;
        // A gap's values lie between the least and the greatest of them, which it kept.
        const double lo = b % 2 == 1 ? old.edges[(b + 1) / 2] : old.gaps[b / 2].low;
        const double hi = b % 2 == 1 ? lo : old.gaps[b / 2].high;
        reach(lo);
        if (!(hi > lo)) { // an edge, or a gap of one value: onto that value's new bin
            if (month.edges[j] == lo)
                month.counts[2 * j - 1] += mass;
            else
                intoGap(mass, lo, lo, lo);
            continue;
        }
        // Spread over [lo, hi] as gapShape() reads the gap: the new edges strictly inside cut it into
        // pieces, each in a new gap, with its share of the count (rounded so that the shares add
        // up to the count: each piece gets the rounded share up to its end less the rounded share
        // up to its start) and the mean of that stretch of the curve.
        // A point of the curve x = lo + width·s^k: its share s of the gap's values, and its height
        // u = s^k = (x − lo)/width, known without a power.
        struct Point
        {
            double s;
            double u;
        };
        const double k = gapShape(old, b / 2);
        const double width = hi - lo;
        const auto pointAt = [&](double x) {
            const double u = (x - lo) / width;
            return Point{std::pow(u, 1.0 / k), u};
        };
        // The mean of the curve over [a.s, c.s]: ∫ s^k ds = s^{k+1}/(k + 1), where s^{k+1} = s·u.
        const auto meanBetween = [&](Point a, Point c) {
            return c.s > a.s ? lo + width * (c.s * c.u - a.s * a.u) / ((k + 1.0) * (c.s - a.s)) : lo + width * a.u;
        };
        double from = lo;
        Point fromPoint{0.0, 0.0};
        std::uint32_t given = 0;
        while (j < month.edgeCount && month.edges[j + 1] < hi) {
            const double to = month.edges[j + 1];
            const Point toPoint = pointAt(to);
            const auto upTo = std::min(mass, std::uint32_t(std::llround(double(mass) * toPoint.s)));
            intoGap(upTo - given, from, to, meanBetween(fromPoint, toPoint));
            given = upTo;
            from = to;
            fromPoint = toPoint;
            ++j;
        }
        intoGap(mass - given, from, hi, meanBetween(fromPoint, Point{1.0, 1.0}));
    }
}

void SeriesAccumulator::add(const Series& oneSample)
{
    assert(oneSample.size() == Eigen::Index(m_months.size()));
    const double* values = oneSample.data();
    add(&values, 1);
}

void SeriesAccumulator::add(const double* const* samples, int count)
{
    assert(count >= 0);
    // While every month is a constant run, a sample equal to the runs in every month changes
    // nothing but the count: many series never vary (a fixed pool, a component that stores
    // nothing), and are then compared, not transposed and added.
    int unchanged = 0;
    if (m_count > 0 && m_allRuns)
        while (unchanged < count && equalsRuns(samples[unchanged]))
            ++unchanged;
    m_count += unchanged;
    if (unchanged < count) {
        addTiles(samples + unchanged, count - unchanged);
        m_allRuns = std::all_of(m_runs.begin(), m_runs.end(), [](const ConstantRun& run) { return run.ongoing; });
    }
}

// Whether every month of `sample` has the bits of its month's run.
bool SeriesAccumulator::equalsRuns(const double* sample) const
{
    for (std::size_t t = 0; t < m_runs.size(); ++t)
        if (!sameBits(sample[t], m_runs[t].value))
            return false;
    return true;
}

// Month by month, each month's values of every sample in turn: a month's state (about 2.6 KB)
// stays in the nearest cache while its values are added, where sample by sample every month's
// would be fetched again for each sample. The values are first gathered eight months (a cache line
// of each sample) at a time, so that every sample's line is asked for at once rather than each
// when its first value is needed.
void SeriesAccumulator::addTiles(const double* const* samples, int count)
{
    constexpr int kTileMonths = 8;
    constexpr int kTileSamples = 64;
    const auto months = int(m_months.size());
    for (int first = 0; first < count; first += kTileSamples) {
        const int tileSamples = std::min(kTileSamples, count - first);
        for (int tileStart = 0; tileStart < months; tileStart += kTileMonths) {
            const int tileMonths = std::min(kTileMonths, months - tileStart);
            double tile[kTileMonths][kTileSamples];
            for (int s = 0; s < tileSamples; ++s)
                for (int m = 0; m < tileMonths; ++m)
                    tile[m][s] = samples[first + s][tileStart + m];
            for (int m = 0; m < tileMonths; ++m) {
                const auto t = std::size_t(tileStart + m);
                // The next month's state is asked for while this one's values are added (a run's is not read).
                const bool nextRead = t + 1 < m_months.size() && !m_runs[t + 1].ongoing;
                addToMonth(t, tile[m], tileSamples, m_count + first, nextRead ? &m_months[t + 1] : nullptr);
            }
        }
    }
    m_count += count;
}

// `count` values of month t, the first of them its (before + 1)-th; the state `next` is prefetched
// a line a value, so that the requests do not all wait at once.
void SeriesAccumulator::addToMonth(std::size_t t, const double* values, int count, std::int64_t before,
                                   const MonthState* next)
{
    ConstantRun& run = m_runs[t];
    MonthState& month = m_months[t];
    constexpr std::size_t kStateLines = (sizeof(MonthState) + kCacheLineBytes - 1) / kCacheLineBytes;
    for (std::size_t line = std::size_t(count); line < kStateLines; ++line) // fewer values than lines
        prefetchLine(next, line);
    if (!run.ongoing && before > kPilotValues) { // the edges are placed: each value to its bin
        double sum = month.sum;
        double compensation = month.compensation;
        for (int s = 0; s < count; ++s) {
            prefetchLine(next, std::size_t(s));
            addCompensated(values[s], sum, compensation);
            binValue(month, values[s], before + s + 1);
        }
        month.sum = sum;
        month.compensation = compensation;
        return;
    }
    for (int s = 0; s < count; ++s) {
        prefetchLine(next, std::size_t(s));
        const std::int64_t n = before + s + 1;
        const double x = values[s];
        if (n == 1)
            run = runFrom(x);
        if (run.ongoing) {
            if (sameBits(x, run.value))
                continue;
            endRun(t, n);
        }
        addValue(month, x, n);
    }
}

// The run of month t ends at its n-th value: its state becomes what the run's n − 1 values would
// have made it.
void SeriesAccumulator::endRun(std::size_t t, std::int64_t n)
{
    ConstantRun& run = m_runs[t];
    MonthState& month = m_months[t];
    for (std::int64_t count = 1; count < n; ++count)
        addValue(month, run.value, count);
    run.ongoing = false;
}

SeriesSummary SeriesAccumulator::summaryOfOne(const Series& oneSample)
{
    // One value: the sum is 0 + x, the percentiles x + 0·(x − x) (percentileOfSorted of one value).
    const Series value = oneSample + 0.0;
    return SeriesSummary{value, value, value, value};
}

// The 0-based order statistics ranks[0] ≤ ranks[1] ≤ … of a month past its pilot, estimated from
// its histogram in one pass over the bins: an edge's bin gives the edge; a gap's values run from
// its least to its greatest, evenly in rank if not `smooth`, else as gapShape() reads them.
template <std::size_t N>
std::array<double, N> SeriesAccumulator::orderStatistics(const MonthState& month,
                                                         const std::array<std::int64_t, N>& ranks, bool smooth)
{
    std::array<double, N> out{};
    const double* edges = month.edges;
    const int last = 2 * month.edgeCount; // the gap above the highest edge
    std::size_t r = 0;
    double below = 0.0; // the values in the bins before b
    for (int b = 0; b <= last && r < N; ++b) {
        const auto inBin = double(month.counts[b]);
        for (; r < N && double(ranks[r]) < below + inBin; ++r) {
            const double i = double(ranks[r]) - below; // the i-th (from 0) of the bin's values
            if (b % 2 == 1) {
                out[r] = edges[(b + 1) / 2];
            } else { // from the least of the gap's values, the first, to the greatest, the last
                const double low = month.gaps[b / 2].low;
                const double high = month.gaps[b / 2].high;
                const double s = inBin <= 1.0 ? 0.0 : std::min(1.0, i / (inBin - 1.0));
                out[r] = smooth ? std::lerp(low, high, std::pow(s, gapShape(month, b / 2))) : std::lerp(low, high, s);
            }
        }
        below += inBin;
    }
    for (; r < N; ++r)
        out[r] = highestOf(month); // not reached: the counts add up to the count
    return out;
}

SeriesSummary SeriesAccumulator::summary() const
{
    const auto months = Eigen::Index(m_months.size());
    SeriesSummary out{Series(months), Series(months), Series(months), Series(months)};
    if (m_count == 0) {
        const double nan = std::numeric_limits<double>::quiet_NaN();
        for (Series* s : {&out.mean, &out.p10, &out.p50, &out.p90})
            s->setConstant(nan);
        return out;
    }
    const double count = static_cast<double>(m_count);
    const Definition7 d = definition7(m_count);
    std::array<double, kPilotValues> sorted{};
    for (Eigen::Index t = 0; t < months; ++t) {
        if (const ConstantRun& run = m_runs[std::size_t(t)]; run.ongoing) {
            out.mean[t] = out.p10[t] = out.p50[t] = out.p90[t] = run.value;
            continue;
        }
        const MonthState& month = m_months[std::size_t(t)];
        std::array<double, kSummaryQuantiles.size()> p{};
        double lowest = 0.0;
        double highest = 0.0;
        if (m_count <= kPilotValues) { // the values themselves: exact
            std::copy(month.edges + 1, month.edges + 1 + m_count, sorted.begin());
            std::sort(sorted.begin(), sorted.begin() + m_count);
            for (std::size_t e = 0; e < kSummaryQuantiles.size(); ++e)
                p[e] = percentileOfSorted(sorted.data(), m_count, kSummaryQuantiles[e]);
            lowest = sorted[0];
            highest = sorted[std::size_t(m_count - 1)];
        } else {
            lowest = lowestOf(month);
            highest = highestOf(month);
            const auto x = orderStatistics(month, d.ranks, true);
            for (std::size_t e = 0; e < kSummaryQuantiles.size(); ++e) { // as percentileOfSorted() does
                const double below = x[2 * e];
                const double above = x[2 * e + 1];
                p[e] = std::clamp(below + d.fractions[e] * (above - below), below, above);
            }
        }
        // The compensated sum is within an ulp or two of the exact one; the clamp keeps that
        // rounding from taking a constant series' mean off the constant.
        out.mean[t] = std::clamp((month.sum + month.compensation) / count, lowest, highest);
        out.p10[t] = p[0];
        out.p50[t] = p[1];
        out.p90[t] = p[2];
    }
    return out;
}

} // namespace headroom::engine
