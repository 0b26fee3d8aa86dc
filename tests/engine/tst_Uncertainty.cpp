#include "TestSupport.h"
#include "engine/QuantityFields.h"
#include "engine/Uncertainty.h"

#include <algorithm>
#include <vector>

using namespace headroom;
using namespace headroom::engine;

namespace {
// Sampling error of a 5% quantile from 200 000 draws is about 0.5% of the spread.
constexpr double kSamplingTolerance = 0.01;
constexpr int kDraws = 200'000;

std::vector<double> drawMany(const Quantity& q, const ValidRange& range, std::uint64_t stream)
{
    std::vector<double> values(kDraws);
    for (int s = 0; s < kDraws; ++s)
        values[std::size_t(s)] = drawQuantity(q, normalQuantile(uniformOpen01(7, stream, std::uint64_t(s))), range);
    std::sort(values.begin(), values.end());
    return values;
}

double quantileOf(const std::vector<double>& sorted, double p) { return sorted[std::size_t(p * (sorted.size() - 1))]; }
} // namespace

// Drawing uncertain inputs: the distributions DESIGN.md names, reproducible by construction.
class TestUncertainty : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Φ⁻¹ against tabulated values (Abramowitz & Stegun, Handbook of Mathematical Functions, table 26.5).
    void normalQuantileMatchesTables_data()
    {
        QTest::addColumn<double>("p");
        QTest::addColumn<double>("z");
        QTest::newRow("median") << 0.5 << 0.0;
        QTest::newRow("95th percentile") << 0.95 << 1.6448536269514722;
        QTest::newRow("97.5th percentile") << 0.975 << 1.959963984540054;
        QTest::newRow("1st percentile") << 0.01 << -2.3263478740408408;
        QTest::newRow("one in a million") << 1e-6 << -4.753424308822899;
        QTest::newRow("far tail, third branch") << 1e-20 << -9.262340089798408;
    }

    void normalQuantileMatchesTables()
    {
        QFETCH(double, p);
        QFETCH(double, z);
        HEADROOM_COMPARE_REL(normalQuantile(p), z, 1e-14);
    }

    void uniformsAreStrictlyInsideAndReproducible()
    {
        double lo = 1.0, hi = 0.0, sum = 0.0;
        for (std::uint64_t s = 0; s < 100'000; ++s) {
            const double u = uniformOpen01(42, 99, s);
            lo = std::min(lo, u);
            hi = std::max(hi, u);
            sum += u;
            QCOMPARE(uniformOpen01(42, 99, s), u);
        }
        QVERIFY(lo > 0.0 && hi < 1.0);
        HEADROOM_COMPARE_REL(sum / 100'000, 0.5, 0.005);
        QVERIFY(uniformOpen01(42, 99, 0) != uniformOpen01(43, 99, 0));
        QVERIFY(uniformOpen01(42, 99, 0) != uniformOpen01(42, 100, 0));
    }

    // Lognormal with median = estimate: the 5th and 95th percentiles of the draws fall on lo and hi
    // when the interval is symmetric in log space (10 · e^(±0.5·ln 4) = 5 and 20).
    void positiveIntervalsDrawLognormal()
    {
        Quantity q(10.0);
        q.interval90 = Interval{5.0, 20.0};
        const std::vector<double> v = drawMany(q, range::kPositive, streamOf("a.lognormal"));
        HEADROOM_COMPARE_REL(quantileOf(v, 0.5), 10.0, kSamplingTolerance);
        HEADROOM_COMPARE_REL(quantileOf(v, 0.05), 5.0, kSamplingTolerance);
        HEADROOM_COMPARE_REL(quantileOf(v, 0.95), 20.0, kSamplingTolerance);
        QVERIFY(v.front() > 0.0);
    }

    void intervalsReachingZeroDrawNormalAndAreClipped()
    {
        Quantity q(0.02);
        q.interval90 = Interval{-0.01, 0.05};
        const std::vector<double> v = drawMany(q, range::kMonthlyGrowth, streamOf("b.normal"));
        HEADROOM_COMPARE_REL(quantileOf(v, 0.5), 0.02, kSamplingTolerance);
        HEADROOM_COMPARE_REL(quantileOf(v, 0.05), -0.01, kSamplingTolerance);
        HEADROOM_COMPARE_REL(quantileOf(v, 0.95), 0.05, kSamplingTolerance);

        Quantity target(0.9);
        target.interval90 = Interval{0.5, 1.0};
        const std::vector<double> t = drawMany(target, range::kFraction, streamOf("c.clipped"));
        QVERIFY(t.back() <= 1.0);
        QVERIFY(quantileOf(t, 0.9) == 1.0); // a good share of the normal's upper tail is clipped onto the bound
    }

    void certainQuantitiesAreTheirEstimate()
    {
        QCOMPARE(drawQuantity(Quantity(3.5), 2.0, range::kPositive), 3.5);
    }

    void aNewEstimateCarriesItsInterval()
    {
        Quantity growth(0.10);
        growth.interval90 = Interval{0.05, 0.20};
        const Quantity scaled = withEstimate(growth, 0.05);
        QCOMPARE(scaled.estimate, 0.05);
        QCOMPARE(scaled.interval90, std::optional(Interval{0.025, 0.10})); // same relative width
        Quantity around(0.0);
        around.interval90 = Interval{-0.02, 0.03};
        const Quantity shifted = withEstimate(around, 0.01);
        HEADROOM_COMPARE_REL(shifted.interval90->lo, -0.01, test::kExactArithmetic);
        HEADROOM_COMPARE_REL(shifted.interval90->hi, 0.04, test::kExactArithmetic);
        QVERIFY(!withEstimate(Quantity(3.0), 4.0).interval90);
    }

    void openBoundsAreNeverReached()
    {
        QVERIFY(range::kPositive.clip(-5.0) > 0.0);
        QVERIFY(range::kMonthlyGrowth.clip(-3.0) > -1.0);
        QCOMPARE(range::kFraction.clip(2.0), 1.0);
        QCOMPARE(describe(range::kFraction), std::string("in (0, 1]"));
        QCOMPARE(describe(range::kPositive), std::string("greater than 0"));
        QCOMPARE(describe(range::kNonNegative), std::string("0 or more"));
    }
};

QTEST_APPLESS_MAIN(TestUncertainty)
#include "tst_Uncertainty.moc"
