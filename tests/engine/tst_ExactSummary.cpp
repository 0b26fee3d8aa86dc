#include "SampleDraws.h"
#include "TestSupport.h"
#include "engine/StreamingSummary.h"
#include "engine/Summary.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <limits>
#include <random>
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

} // namespace

// Runs of up to a few thousand samples keep their values and report the exact percentiles:
// selectOrderStatistics() against sorting, and the SeriesAccumulator that keeps against
// summarise() and against the one that streams.
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

    void keptPercentilesAreSummarisesBitForBit_data()
    {
        QTest::addColumn<int>("shape");
        QTest::addColumn<int>("batch");
        for (const int batch : {1, 64, 100}) {
            QTest::addRow("normal, batches of %d", batch) << int(Shape::Normal) << batch;
            QTest::addRow("lognormal, batches of %d", batch) << int(Shape::Lognormal) << batch;
            QTest::addRow("whole, batches of %d", batch) << int(Shape::Whole) << batch;
            QTest::addRow("mostly zero, batches of %d", batch) << int(Shape::MostlyZero) << batch;
            QTest::addRow("near a ceiling, batches of %d", batch) << int(Shape::NearCeiling) << batch;
        }
    }

    // The percentiles as summarise() computes them from the sorted values, and the mean the
    // streaming accumulator gives, whether a month varies from the start or after a run.
    void keptPercentilesAreSummarisesBitForBit()
    {
        QFETCH(int, shape);
        QFETCH(int, batch);
        const SampleMatrix draws = withRuns(static_cast<Shape>(shape), 1000, 41);
        SeriesAccumulator kept(int(draws.cols()), 1000);
        feedInBatches(kept, draws, batch);
        SeriesAccumulator streaming(int(draws.cols()));
        feedInBatches(streaming, draws, batch);
        const SeriesSummary s = kept.summary();
        QVERIFY(samePercentiles(s, summarise(draws)));
        QVERIFY((s.mean == streaming.summary().mean).all());
        QCOMPARE(s.p90[0], 7.0);
        // Fewer samples than it keeps room for: exact too, computed when asked.
        SeriesAccumulator part(int(draws.cols()), 1000);
        feedInBatches(part, draws.topRows(700), batch);
        QVERIFY(samePercentiles(part.summary(), summarise(draws.topRows(700))));
    }

    // More samples than it keeps: from then on it is the streaming accumulator, bit for bit, its
    // histogram built from the kept values in their order; also when the last kept sample ends a
    // batch.
    void pastWhatItKeepsItStreams()
    {
        const SampleMatrix draws = withRuns(Shape::Lognormal, 3000, 43);
        SeriesAccumulator streaming(int(draws.cols()));
        feedInBatches(streaming, draws, 64);
        for (const int keepUpTo : {500, 448, 64, 1}) {
            for (const int batch : {1, 64}) {
                SeriesAccumulator kept(int(draws.cols()), keepUpTo);
                feedInBatches(kept, draws, batch);
                QCOMPARE(kept.count(), std::int64_t(3000));
                QVERIFY2(kept.summary() == streaming.summary(),
                         qPrintable(QStringLiteral("keep %1, batches of %2").arg(keepUpTo).arg(batch)));
            }
        }
    }

    // Values must be finite; a NaN or an infinity among a kept month's gives NaN statistics for that
    // month (the sum shows it), not a selection among values that have no order.
    void aNaNOrAnInfinityGivesNaN()
    {
        for (const double bad : {std::numeric_limits<double>::quiet_NaN(), -std::numeric_limits<double>::quiet_NaN(),
                                 std::numeric_limits<double>::infinity()}) {
            SampleMatrix draws = withRuns(Shape::Lognormal, 200, 59);
            draws(150, 4) = bad;
            SeriesAccumulator kept(6, 200);
            feedInBatches(kept, draws, 64);
            const SeriesSummary s = kept.summary();
            QVERIFY(std::isnan(s.p50[4]) && std::isnan(s.p90[4]) && std::isnan(s.mean[4]));
            QVERIFY(std::isfinite(s.p50[5]));
        }
    }

    // reset() forgets the samples and keeps them again; a series that never varies keeps nothing.
    void resetKeepsAgain()
    {
        const SampleMatrix first = withRuns(Shape::Exponential, 1000, 47);
        const SampleMatrix second = withRuns(Shape::NearCeiling, 1000, 53);
        SeriesAccumulator reused(6, 1000);
        feedInBatches(reused, first, 64);
        reused.reset();
        QCOMPARE(reused.count(), std::int64_t(0));
        QVERIFY(std::isnan(reused.summary().p50[0]));
        feedInBatches(reused, second, 64);
        SeriesAccumulator fresh(6, 1000);
        feedInBatches(fresh, second, 64);
        QVERIFY(reused.summary() == fresh.summary());
        QVERIFY(samePercentiles(reused.summary(), summarise(second)));
    }
};

QTEST_GUILESS_MAIN(TestExactSummary)
#include "tst_ExactSummary.moc"
