#include "engine/StreamingSummary.h"

#include <algorithm>
#include <bit>
#include <cassert>
#include <cmath>
#include <limits>

namespace headroom::engine {

namespace {

constexpr int kMarkersBeforeP2 = 5;

// The quantiles a SeriesAccumulator estimates, in the order of SeriesSummary.
constexpr std::array<double, 3> kQuantiles{0.10, 0.50, 0.90};

// The desired positions of the three interior markers after `count` values (Jain & Chlamtac's
// n'_2, n'_3, n'_4): 1 + (count − 1)·f with f = p/2, p, (1 + p)/2.
std::array<double, 3> desiredPositions(double p, std::int64_t count)
{
    const double steps = static_cast<double>(count - 1);
    return {1.0 + steps * (p / 2.0), 1.0 + steps * p, 1.0 + steps * ((1.0 + p) / 2.0)};
}

// Jain & Chlamtac's box B3 for one interior marker at (n, q) between its neighbours: if it has
// drifted a position or more from `desired` and the neighbour on that side is more than one
// position away, it moves one position that way and its height follows the piecewise-parabolic
// (P²) formula, or the linear one where the parabola would not stay strictly between the
// neighbours' heights. Positions are strictly increasing, so no denominator is zero; the linear
// step moves at most half-way to a neighbour (which is at least two positions away), so heights
// stay ordered. A marker moves on roughly one value in ten (P10, P90) to one in five (P50), so
// the early return is well predicted and saves the three divisions most of the time.
inline void adjustMarker(double desired, double nBelow, double qBelow, double& n, double& q, double nAbove,
                         double qAbove)
{
    const double drift = desired - n;
    const bool up = drift >= 1.0 && nAbove - n > 1.0;
    const bool down = drift <= -1.0 && nBelow - n < -1.0;
    if (!up && !down)
        return;
    const double step = up ? 1.0 : -1.0;
    const double slopeAbove = (qAbove - q) / (nAbove - n);
    const double slopeBelow = (q - qBelow) / (n - nBelow);
    const double parabolic =
        q + step / (nAbove - nBelow) * ((n - nBelow + step) * slopeAbove + (nAbove - n - step) * slopeBelow);
    const bool parabolaFits = qBelow < parabolic && parabolic < qAbove;
    q = parabolaFits ? parabolic : (up ? q + slopeAbove : q - slopeBelow);
    n += step;
}

// One value for one estimator past its first five (boxes B1 to B3), with the extremes `lowest`
// and `highest` already updated to include `x`. q and n are the three interior markers.
inline void stepInteriorMarkers(double x, double count, const std::array<double, 3>& desired, double lowest,
                                double highest, double* q, double* n)
{
    // The markers above the cell holding x each gain a value below them.
    n[0] += x < q[0] ? 1.0 : 0.0;
    n[1] += x < q[1] ? 1.0 : 0.0;
    n[2] += x < q[2] ? 1.0 : 0.0;
    adjustMarker(desired[0], 1.0, lowest, n[0], q[0], n[1], q[1]);
    adjustMarker(desired[1], n[0], q[0], n[1], q[1], n[2], q[2]);
    adjustMarker(desired[2], n[1], q[1], n[2], q[2], count, highest);
}

// Inserts x into the sorted values at slots[0 .. filled − 1], keeping them sorted.
template <typename Slot> void insertSorted(double x, int filled, Slot&& slot)
{
    int i = filled;
    while (i > 0 && slot(i - 1) > x) {
        slot(i) = slot(i - 1);
        --i;
    }
    slot(i) = x;
}

// Neumaier's compensated summation: sum + compensation carries the running total with the
// rounding error of each addition recovered exactly into `compensation`.
inline void addCompensated(double x, double& sum, double& compensation)
{
    const double total = sum + x;
    compensation += std::abs(sum) >= std::abs(x) ? (sum - total) + x : (x - total) + sum;
    sum = total;
}

using Desired = std::array<std::array<double, 3>, kQuantiles.size()>;

Desired desiredPositions(std::int64_t count)
{
    Desired desired{};
    for (std::size_t e = 0; e < kQuantiles.size(); ++e)
        desired[e] = desiredPositions(kQuantiles[e], count);
    return desired;
}

// One value past the first five into one month's state (a SeriesAccumulator::MonthState; a
// template only so that this file-local function may use the class's private type).
template <typename Month> inline void addToMonth(Month& month, double x, double count, const Desired& desired)
{
    addCompensated(x, month.sum, month.compensation);
    month.lowest = std::min(month.lowest, x);
    month.highest = std::max(month.highest, x);
    for (std::size_t e = 0; e < kQuantiles.size(); ++e)
        stepInteriorMarkers(x, count, desired[e], month.lowest, month.highest, month.markers[e].heights,
                            month.markers[e].positions);
}

// While a month has fewer than five values they sit sorted where the markers will start: the
// lowest, the first estimator's interior heights, the highest.
template <typename Month> auto& warmUpSlot(Month& month, int i)
{
    if (i == 0)
        return month.lowest;
    if (i == kMarkersBeforeP2 - 1)
        return month.highest;
    return month.markers[0].heights[i - 1];
}

// Five values: each estimator's markers start at them, in positions 1 to 5 (the extremes'
// positions, 1 and the count, are implicit).
template <typename Month> void startMarkers(Month& month)
{
    month.markers[1] = month.markers[0];
    month.markers[2] = month.markers[0];
    for (auto& m : month.markers)
        for (int i = 0; i < 3; ++i)
            m.positions[i] = double(i + 2);
}

// The count-th value of one month: up to the fifth, the mean as ever and the values kept sorted;
// after, P². `desired` is desiredPositions(count).
template <typename Month> inline void addValue(Month& month, double x, std::int64_t count, const Desired& desired)
{
    if (count > kMarkersBeforeP2) {
        addToMonth(month, x, static_cast<double>(count), desired);
        return;
    }
    addCompensated(x, month.sum, month.compensation);
    insertSorted(x, int(count - 1), [&month](int i) -> double& { return warmUpSlot(month, i); });
    if (count == kMarkersBeforeP2)
        startMarkers(month);
}

bool sameBits(double a, double b)
{
    return std::bit_cast<std::uint64_t>(a) == std::bit_cast<std::uint64_t>(b);
}

} // namespace

P2Quantile::P2Quantile(double p) : m_p(p)
{
    assert(p > 0.0 && p < 1.0);
}

void P2Quantile::add(double value)
{
    ++m_count;
    if (m_count <= kMarkersBeforeP2) {
        insertSorted(value, int(m_count - 1), [this](int i) -> double& { return m_heights[std::size_t(i)]; });
        if (m_count == kMarkersBeforeP2)
            m_positions = {1.0, 2.0, 3.0, 4.0, 5.0};
        return;
    }
    m_heights[0] = std::min(m_heights[0], value);
    m_heights[4] = std::max(m_heights[4], value);
    const double count = static_cast<double>(m_count);
    m_positions[4] = count;
    stepInteriorMarkers(value, count, desiredPositions(m_p, m_count), m_heights[0], m_heights[4], &m_heights[1],
                        &m_positions[1]);
}

void P2Quantile::reset()
{
    m_count = 0;
    m_heights = {};
    m_positions = {};
}

double P2Quantile::estimate() const
{
    if (m_count == 0)
        return std::numeric_limits<double>::quiet_NaN();
    if (m_count <= kMarkersBeforeP2)
        return percentileOfSorted(m_heights.data(), m_count, m_p);
    return m_heights[2];
}

SeriesAccumulator::SeriesAccumulator(int months)
    : m_months(static_cast<std::size_t>(std::max(months, 0))), m_runs(m_months.size(), ConstantRun{0.0, false})
{
    assert(months >= 0);
}

void SeriesAccumulator::reset()
{
    m_count = 0;
    std::fill(m_months.begin(), m_months.end(), MonthState{});
    std::fill(m_runs.begin(), m_runs.end(), ConstantRun{0.0, false});
}

void SeriesAccumulator::add(const Series& oneSample)
{
    assert(oneSample.size() == Eigen::Index(m_months.size()));
    ++m_count;
    const Desired desired = desiredPositions(m_count);
    const double* values = oneSample.data();
    for (std::size_t t = 0; t < m_months.size(); ++t) {
        const double x = values[t];
        ConstantRun& run = m_runs[t];
        if (m_count == 1)
            run = {x, !(x == 0.0 && std::signbit(x))};
        if (run.ongoing) {
            if (sameBits(x, run.value))
                continue;
            endRun(t);
        }
        addValue(m_months[t], x, m_count, desired);
    }
}

// The run of month t ends: its state becomes what the run's m_count − 1 values would have made it.
void SeriesAccumulator::endRun(std::size_t t)
{
    ConstantRun& run = m_runs[t];
    MonthState& month = m_months[t];
    month = MonthState{};
    for (std::int64_t count = 1; count < m_count; ++count)
        addValue(month, run.value, count, desiredPositions(count));
    run.ongoing = false;
}

SeriesSummary SeriesAccumulator::summaryOfOne(const Series& oneSample)
{
    // One value: the sum is 0 + x, the percentiles x + 0·(x − x) (percentileOfSorted of one value).
    const Series value = oneSample + 0.0;
    return SeriesSummary{value, value, value, value};
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
    for (Eigen::Index t = 0; t < months; ++t) {
        if (const ConstantRun& run = m_runs[std::size_t(t)]; run.ongoing) {
            out.mean[t] = out.p10[t] = out.p50[t] = out.p90[t] = run.value;
            continue;
        }
        const MonthState& month = m_months[std::size_t(t)];
        std::array<double, 3> p{};
        double lowest = month.lowest;
        double highest = month.highest;
        if (m_count <= kMarkersBeforeP2) {
            std::array<double, kMarkersBeforeP2> sorted{};
            for (int i = 0; i < int(m_count); ++i)
                sorted[std::size_t(i)] = warmUpSlot(month, i);
            highest = sorted[std::size_t(m_count - 1)];
            for (std::size_t e = 0; e < kQuantiles.size(); ++e)
                p[e] = percentileOfSorted(sorted.data(), m_count, kQuantiles[e]);
        } else {
            for (std::size_t e = 0; e < kQuantiles.size(); ++e)
                p[e] = month.markers[e].heights[1];
            std::sort(p.begin(), p.end()); // independent estimates may cross; see the header
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
