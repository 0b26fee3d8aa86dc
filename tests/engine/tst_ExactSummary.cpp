#include "SampleDraws.h"
#include "TestSupport.h"
#include "engine/SampleTable.h"
#include "engine/StreamingSummary.h"
#include "engine/Summary.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <limits>
#include <random>
#include <thread>
#include <vector>

using namespace headroom;
using namespace headroom::engine;
using namespace headroom::test;

namespace {

// The percentiles of two summaries, compared as values (−0 equals +0, as sorting takes them).
bool samePercentiles(const SeriesSummary& a, const SeriesSummary& b)
{
    return a.p10.size() == b.p10.size() && (a.p10 == b.p10).all() && (a.p50 == b.p50).all() && (a.p90 == b.p90).all();
}

// The draws of `shape` with the runs the engine's series have: month 0 constant throughout, month 1
// constant for its first 128 samples (its run ends where a batch of 64 starts), month 2 for its
// first 100 (inside a batch), month 3 starting at −0, and the rest as drawn.
SampleMatrix withRuns(Shape shape, Eigen::Index samples, std::uint64_t seed)
{
    SampleMatrix draws = draw(shape, 1.0, samples, 6, seed);
    draws.col(0).setConstant(7.0);
    draws.col(1).head(128).setConstant(draws(0, 1));
    draws.col(2).head(100).setConstant(2.5);
    draws(0, 3) = -0.0;
    return draws;
}

bool sameBits(const Series& a, const Series& b)
{
    return a.size() == b.size() && std::memcmp(a.data(), b.data(), std::size_t(a.size()) * sizeof(double)) == 0;
}

std::vector<Series> rowsOf(const SampleMatrix& samples)
{
    std::vector<Series> rows;
    for (Eigen::Index i = 0; i < samples.rows(); ++i)
        rows.push_back(samples.row(i).transpose());
    return rows;
}

// Adds samples 1 onwards to `table` in groups, as the engine does, on `threads` threads: each
// takes every threads-th group, in order, or from the last one back if `backwards`.
void addGroups(SampleTable& table, const std::vector<std::vector<const double*>>& samples, int threads,
               bool backwards = false)
{
    const auto count = std::int64_t(samples.size());
    const std::int64_t groups = (count + SampleTable::kGroupSamples - 1) / SampleTable::kGroupSamples;
    const auto work = [&](int k) {
        for (std::int64_t i = k; i < groups; i += threads) {
            const std::int64_t g = backwards ? groups - 1 - i : i;
            const std::int64_t first = std::max<std::int64_t>(1, g * SampleTable::kGroupSamples);
            const std::int64_t end = std::min(count, (g + 1) * SampleTable::kGroupSamples);
            if (first >= end)
                continue;
            std::vector<const std::vector<const double*>*> group;
            for (std::int64_t s = first; s < end; ++s)
                group.push_back(&samples[std::size_t(s)]);
            table.add(first, int(end - first), group.data());
        }
    };
    std::vector<std::thread> pool;
    for (int k = 1; k < threads; ++k)
        pool.emplace_back(work, k);
    work(0);
    for (std::thread& t : pool)
        t.join();
}

// The summary a SampleTable gives of the rows of `samples`, one series, added on `threads` threads.
SeriesSummary tableSummary(const SampleMatrix& samples, int threads, bool backwards = false)
{
    const std::vector<Series> rows = rowsOf(samples);
    std::vector<std::vector<const double*>> series;
    for (const Series& row : rows)
        series.push_back({row.data()});
    SampleTable table(series[0], int(samples.cols()), samples.rows());
    addGroups(table, series, threads, backwards);
    return table.summary(0);
}

} // namespace

// Runs of up to a few thousand samples keep their values and report the exact percentiles:
// selectOrderStatistics() against sorting, and SampleTable against summarise() and against the
// streaming accumulator's mean.
class TestExactSummary : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void selectionIsTheSortedValues_data()
    {
        QTest::addColumn<int>("shape");
        QTest::addColumn<int>("count");
        for (const int count : {1, 2, 128, 129, 1000, 2000, 100000}) {
            QTest::addRow("normal, %d", count) << int(Shape::Normal) << count;
            QTest::addRow("lognormal, %d", count) << int(Shape::Lognormal) << count;
            QTest::addRow("whole, %d", count) << int(Shape::Whole) << count;
            QTest::addRow("mostly zero, %d", count) << int(Shape::MostlyZero) << count;
            QTest::addRow("near a ceiling, %d", count) << int(Shape::NearCeiling) << count;
        }
    }

    // Every rank the summaries read and the extremes, for values that spread over a few buckets
    // or over many octaves, repeat, or sit mostly on one value; also sorted either way, with
    // negative values, and across the whole range of doubles.
    void selectionIsTheSortedValues()
    {
        QFETCH(int, shape);
        QFETCH(int, count);
        const SampleMatrix draws = draw(static_cast<Shape>(shape), 1.0, count, 1, 31);
        std::vector<double> values(draws.col(0).begin(), draws.col(0).end());
        std::vector<std::vector<double>> cases{values, values, values, values, values};
        std::sort(cases[1].begin(), cases[1].end());
        std::sort(cases[2].begin(), cases[2].end(), std::greater<>());
        for (std::size_t i = 0; i < values.size(); ++i) {
            cases[3][i] = i % 3 == 0 ? -values[i] : values[i] - 1.0;
            cases[4][i] = (i % 2 == 0 ? 1.0 : -1.0) * std::ldexp(values[i] + 1.0, int(i % 2001) - 1000);
        }
        for (const std::vector<double>& c : cases) {
            std::vector<double> sorted = c;
            std::sort(sorted.begin(), sorted.end());
            const auto n = std::int64_t(c.size());
            std::vector<std::int64_t> ranks{0, n / 10, n / 10 + 1, n / 2, n / 2 + 1, 9 * n / 10, n - 1};
            std::transform(ranks.begin(), ranks.end(), ranks.begin(),
                           [n](std::int64_t r) { return std::min(r, n - 1); });
            std::vector<double> out(ranks.size(), std::numeric_limits<double>::quiet_NaN());
            selectOrderStatistics(c.data(), n, ranks.data(), int(ranks.size()), out.data());
            std::vector<double> ranged(ranks.size(), std::numeric_limits<double>::quiet_NaN());
            selectOrderStatistics(c.data(), n, ranks.data(), int(ranks.size()), ranged.data(), sorted.front(),
                                  sorted.back());
            QVERIFY(ranged == out);
            for (std::size_t r = 0; r < ranks.size(); ++r)
                QVERIFY2(out[r] == sorted[std::size_t(ranks[r])],
                         qPrintable(QStringLiteral("rank %1 of %2: %3, sorted %4")
                                        .arg(ranks[r])
                                        .arg(n)
                                        .arg(out[r], 0, 'g', 17)
                                        .arg(sorted[std::size_t(ranks[r])], 0, 'g', 17)));
            QCOMPARE(c.size(), std::size_t(n)); // and the values are left as they were
        }
    }

    // Zeros of both signs, given as the range with either sign.
    void selectionOfSignedZeros()
    {
        std::vector<double> values(1000);
        for (std::size_t i = 0; i < values.size(); ++i)
            values[i] = i % 3 == 0 ? -0.0 : i % 3 == 1 ? 0.0 : double(i % 7);
        const std::int64_t ranks[] = {0, 100, 500, 900, 999};
        for (const double low : {0.0, -0.0})
            for (const double high : {6.0, 0.0}) {
                std::vector<double> v = values;
                if (high == 0.0)
                    std::replace_if(
                        v.begin(), v.end(), [](double x) { return x > 0.0; }, 0.0);
                double out[5] = {};
                selectOrderStatistics(v.data(), 1000, ranks, 5, out, low, high);
                QCOMPARE(out[0], 0.0);
                QCOMPARE(out[2], 0.0);
                QCOMPARE(out[4], high);
            }
    }

    // One value a thousand times, two values, and a thousand values one apart in the last bit.
    void selectionOfValuesThatBarelyDiffer()
    {
        const std::int64_t ranks[] = {0, 99, 100, 500, 999};
        double out[5] = {};
        const std::vector<double> same(1000, 3.25);
        selectOrderStatistics(same.data(), 1000, ranks, 5, out);
        QVERIFY(std::all_of(std::begin(out), std::end(out), [](double x) { return x == 3.25; }));
        std::vector<double> two(1000, 1.0);
        std::fill(two.begin() + 500, two.end(), 2.0);
        std::rotate(two.begin(), two.begin() + 333, two.end());
        selectOrderStatistics(two.data(), 1000, ranks, 5, out);
        QCOMPARE(out[3], 2.0);
        QCOMPARE(out[1], 1.0);
        std::vector<double> adjacent(1000);
        double x = 1.0;
        for (double& v : adjacent) {
            v = x;
            x = std::nextafter(x, 2.0);
        }
        std::shuffle(adjacent.begin(), adjacent.end(), std::mt19937_64(3));
        selectOrderStatistics(adjacent.data(), 1000, ranks, 5, out);
        QCOMPARE(out[2], std::nextafter(1.0, 2.0) + 99.0 * std::numeric_limits<double>::epsilon());
        QCOMPARE(out[4], 1.0 + 999.0 * std::numeric_limits<double>::epsilon());
    }

    void tableIsSummarisesBitForBit_data()
    {
        QTest::addColumn<int>("shape");
        QTest::addColumn<int>("samples");
        QTest::addColumn<int>("threads");
        for (const int threads : {1, 3}) {
            QTest::addRow("normal, %d threads", threads) << int(Shape::Normal) << 1000 << threads;
            QTest::addRow("lognormal, %d threads", threads) << int(Shape::Lognormal) << 1000 << threads;
            QTest::addRow("whole, %d threads", threads) << int(Shape::Whole) << 1000 << threads;
            QTest::addRow("mostly zero, %d threads", threads) << int(Shape::MostlyZero) << 1000 << threads;
            QTest::addRow("near a ceiling, %d threads", threads) << int(Shape::NearCeiling) << 1000 << threads;
            QTest::addRow("exponential, 1,001 samples, %d threads", threads)
                << int(Shape::Exponential) << 1001 << threads;
            QTest::addRow("lognormal, 2,000 samples, %d threads", threads) << int(Shape::Lognormal) << 2000 << threads;
            QTest::addRow("normal, 131 samples, %d threads", threads) << int(Shape::Normal) << 131 << threads;
        }
    }

    // The percentiles as summarise() computes them from the sorted values, and the mean the
    // streaming accumulator gives, whether a month varies from the start or after a run, whatever
    // the order the groups come in and the threads that add them.
    void tableIsSummarisesBitForBit()
    {
        QFETCH(int, shape);
        QFETCH(int, samples);
        QFETCH(int, threads);
        const SampleMatrix draws = withRuns(static_cast<Shape>(shape), samples, 41);
        const SeriesSummary s = tableSummary(draws, threads);
        QVERIFY(samePercentiles(s, summarise(draws)));
        SeriesAccumulator streaming(int(draws.cols()));
        feedInBatches(streaming, draws, 64);
        QVERIFY(sameBits(s.mean, streaming.summary().mean));
        QCOMPARE(s.p90[0], 7.0); // the month that never varies
        // The same bits whatever the order: on one thread, in order and backwards (the months that
        // vary late then have their columns from the start).
        for (const bool backwards : {false, true}) {
            const SeriesSummary again = tableSummary(draws, 1, backwards);
            QVERIFY(sameBits(s.mean, again.mean) && sameBits(s.p10, again.p10) && sameBits(s.p50, again.p50) &&
                    sameBits(s.p90, again.p90));
        }
    }

    // A few samples, down to 2: a group that is not whole, and one that is only sample 0's.
    void tableOfFewSamples()
    {
        for (const int samples : {2, 7, 8, 9, 16, 17}) {
            SampleMatrix draws = draw(Shape::Lognormal, 1.0, samples, 3, 61);
            draws.col(0).setConstant(2.0);
            draws(samples - 1, 0) = 3.0; // varies in its last sample only
            const SeriesSummary s = tableSummary(draws, 2);
            QVERIFY2(samePercentiles(s, summarise(draws)), qPrintable(QString::number(samples)));
            SeriesAccumulator streaming(3);
            feedInBatches(streaming, draws, 64);
            QVERIFY2(sameBits(s.mean, streaming.summary().mean), qPrintable(QString::number(samples)));
        }
    }

    // Zeros of both signs, whose bits the sums and the interpolation between order statistics
    // decide: a month of −0 throughout (kept from its first sample: a constant of −0 would report
    // it, where the sum gives +0), one of −0 but for one +0, and one of +0 but for one −0. The same
    // bits as summarise()'s percentiles and the streaming accumulator's mean.
    void tableOfSignedZeros()
    {
        SampleMatrix draws = SampleMatrix::Zero(300, 3);
        draws.col(0).setConstant(-0.0);
        draws.col(1).setConstant(-0.0);
        draws(250, 1) = 0.0;
        draws.col(2).setConstant(0.0);
        draws(17, 2) = -0.0;
        const SeriesSummary s = tableSummary(draws, 2);
        SeriesAccumulator streaming(3);
        feedInBatches(streaming, draws, 64);
        QVERIFY(sameBits(s.mean, streaming.summary().mean));
        const SeriesSummary sorted = summarise(draws);
        QVERIFY(sameBits(s.p10, sorted.p10) && sameBits(s.p50, sorted.p50) && sameBits(s.p90, sorted.p90));
        QVERIFY(!std::signbit(s.mean[0])); // 0 + (−0) is +0
    }

    // Values must be finite; a NaN or an infinity among a month's values gives NaN statistics for
    // that month (the sum shows it), not a selection among values that have no order.
    void aNaNOrAnInfinityGivesNaN()
    {
        for (const double bad : {std::numeric_limits<double>::quiet_NaN(), -std::numeric_limits<double>::quiet_NaN(),
                                 std::numeric_limits<double>::infinity()}) {
            SampleMatrix draws = withRuns(Shape::Lognormal, 200, 59);
            draws(150, 4) = bad;
            const SeriesSummary s = tableSummary(draws, 1);
            QVERIFY(std::isnan(s.p50[4]) && std::isnan(s.p90[4]) && std::isnan(s.mean[4]));
            QVERIFY(std::isfinite(s.p50[5]));
        }
    }

    // Several series side by side, each summarised apart: a series' columns are its own.
    void tableKeepsSeriesApart()
    {
        const SampleMatrix a = withRuns(Shape::Normal, 500, 67);
        const SampleMatrix b = withRuns(Shape::MostlyZero, 500, 71);
        std::vector<Series> rowsA = rowsOf(a);
        std::vector<Series> rowsB = rowsOf(b);
        std::vector<std::vector<const double*>> samples(500);
        for (std::size_t i = 0; i < samples.size(); ++i)
            samples[i] = {rowsA[i].data(), rowsB[i].data(), rowsA[i].data()};
        SampleTable table(samples[0], int(a.cols()), 500);
        addGroups(table, samples, 2);
        QVERIFY(table.summary(1) == tableSummary(b, 1));
        QVERIFY(table.summary(0) == table.summary(2));
        QVERIFY(samePercentiles(table.summary(0), summarise(a)));
    }
};

QTEST_GUILESS_MAIN(TestExactSummary)
#include "tst_ExactSummary.moc"
