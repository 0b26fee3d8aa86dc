#include "TestSupport.h"
#include "engine/Capacity.h"
#include "engine/Usl.h"

#include <cmath>
#include <random>

using namespace headroom;
using namespace headroom::engine;

// The Universal Scalability Law and the scaling policies built on it.
class TestCapacity : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void uslThroughput_data()
    {
        QTest::addColumn<double>("n");
        QTest::addColumn<double>("sigma");
        QTest::addColumn<double>("kappa");
        QTest::addColumn<double>("expected");
        // X(n) = n / (1 + σ(n−1) + κn(n−1)) with X(1) = 1, worked by hand.
        QTest::newRow("one unit delivers X(1)") << 1.0 << 0.3 << 0.01 << 1.0;
        QTest::newRow("linear without contention") << 64.0 << 0.0 << 0.0 << 64.0;
        QTest::newRow("Amdahl with kappa 0") << 11.0 << 0.1 << 0.0 << 5.5; // 11 / (1 + 1)
        QTest::newRow("both terms") << 10.0 << 0.05 << 0.001 << 6.493506493506494; // 10 / 1.54
    }

    void uslThroughput()
    {
        QFETCH(double, n);
        QFETCH(double, sigma);
        QFETCH(double, kappa);
        QFETCH(double, expected);
        HEADROOM_COMPARE_REL(engine::uslThroughput(n, 1.0, {sigma, kappa}), expected, test::kExactArithmetic);
    }

    // σ = κ = 0: linear scaling at every size, X(n) = n·X(1) exactly, for whole and fractional n; and
    // so is horizontal sizing, ⌈λ / (X(1)·target)⌉ nodes.
    void withoutContentionOrCoherencyTheUslIsLinear()
    {
        for (int i = 1; i <= 4000; ++i) {
            const double n = i / 4.0;
            QCOMPARE(engine::uslThroughput(n, 37.5, {0.0, 0.0}), n * 37.5);
        }
        const PoolParameters pool{100.0, 0.5, {}, 1, 10'000};
        for (const double arrival : {1.0, 49.0, 50.0, 51.0, 12'345.0, 499'999.0})
            QCOMPARE(sizeHorizontal(arrival, pool).instances, int(std::ceil(arrival / 50.0)));
    }

    // Gunther, Guerrilla Capacity Planning (2007), §4.6: N* = sqrt((1 − σ)/κ). The σ and κ here are
    // illustrative, chosen for a peak near 99; published fits and their peaks (Schwartz's Cisco
    // benchmark, the R package usl) are checked in tst_PublishedValues.
    void uslPeakIsWhereThroughputStopsRising()
    {
        const UslCoefficients usl{0.02, 0.0001};
        HEADROOM_COMPARE_REL(uslPeakUnits(usl), 98.99494936611666, test::kExactArithmetic);
        QCOMPARE(uslBestUnits(usl, 1000), 99); // X(99) = 25.18956 > X(98) = 25.18892
        QCOMPARE(uslBestUnits(usl, 50), 50);   // the limit comes first
        QVERIFY(std::isinf(uslPeakUnits({0.1, 0.0})));
        QVERIFY(engine::uslThroughput(99, 1, usl) > engine::uslThroughput(98, 1, usl));
        QVERIFY(engine::uslThroughput(99, 1, usl) > engine::uslThroughput(100, 1, usl));
    }

    void horizontalPicksTheSmallestSufficientCount()
    {
        PoolParameters pool{520.0, 0.7, {0.03, 0.0004}, 2, 24};
        // λ = 1958.27/s needs X(n) ≥ 2797.5: X(6) = 2685.0 is short, X(7) = 3041.4 is enough.
        const Sizing s = sizeHorizontal(1958.2650526718917, pool);
        QCOMPARE(s.instances, 7);
        HEADROOM_COMPARE_REL(s.capacity, 3041.44385026738, test::kExactArithmetic);
        HEADROOM_COMPARE_REL(s.utilization, 1958.2650526718917 / 3041.44385026738, test::kExactArithmetic);
        QVERIFY(s.meetsTarget);
        QVERIFY(!s.atMaximum);
        QVERIFY(!s.atScalabilityPeak);
    }

    // The estimate a horizontal sizing starts from: X there is the demand, to rounding.
    void unitsForADemandInvertTheUsl_data()
    {
        QTest::addColumn<double>("sigma");
        QTest::addColumn<double>("kappa");
        QTest::addColumn<double>("demand");
        QTest::newRow("linear") << 0.0 << 0.0 << 2797.5;
        QTest::newRow("contention only") << 0.03 << 0.0 << 2797.5;
        QTest::newRow("contention and coherency") << 0.03 << 0.0004 << 2797.5;
        QTest::newRow("close to the peak's throughput") << 0.01 << 0.01 << 2600.0; // X(n*) ≈ 2613 at x1 = 520
    }

    void unitsForADemandInvertTheUsl()
    {
        QFETCH(double, sigma);
        QFETCH(double, kappa);
        QFETCH(double, demand);
        const UslCoefficients usl{sigma, kappa};
        const double n = uslUnitsFor(demand, 520.0, usl);
        QVERIFY(n > 0.0 && n <= uslPeakUnits(usl));
        HEADROOM_COMPARE_REL(engine::uslThroughput(n, 520.0, usl), demand, 1e-12);
    }

    void unitsForADemandBeyondThePeakAreInfinite()
    {
        QVERIFY(std::isinf(uslUnitsFor(5000.0, 100.0, {0.01, 0.01}))); // X(n*) ≈ 498/s
        QCOMPARE(uslUnitsFor(0.0, 100.0, {0.01, 0.01}), 0.0);
    }

    // Property: whatever the estimate gets right or wrong, the count is the smallest in [min, peak]
    // that meets the target, as a scan from the minimum finds it.
    void horizontalMatchesAScanFromTheMinimum()
    {
        int checked = 0;
        for (const UslCoefficients usl : {UslCoefficients{0.0, 0.0}, UslCoefficients{0.03, 0.0004},
                                          UslCoefficients{0.2, 0.0}, UslCoefficients{0.01, 0.01}}) {
            for (const int minimum : {1, 3}) {
                const PoolParameters pool{520.0, 0.7, usl, minimum, 60};
                const int upper = std::max(minimum, uslBestUnits(usl, pool.maxInstances));
                for (double lambda = 0.0; lambda < 30000.0; lambda = lambda * 1.01 + 1.0) {
                    const Sizing s = sizeHorizontal(lambda, pool);
                    int scan = minimum;
                    while (scan < upper && engine::uslThroughput(scan, 520.0, usl) * 0.7 < lambda)
                        ++scan;
                    QCOMPARE(s.instances, scan);
                    ++checked;
                }
            }
        }
        QVERIFY(checked > 1000);
    }

    void horizontalNeverGoesBelowItsMinimum()
    {
        PoolParameters pool{520.0, 0.7, {}, 2, 24};
        QCOMPARE(sizeHorizontal(0.0, pool).instances, 2);
        QCOMPARE(sizeHorizontal(10.0, pool).instances, 2);
    }

    void saturationIsReportedAboveOneNotClipped()
    {
        PoolParameters pool{100.0, 0.7, {}, 1, 4};
        const Sizing s = sizeHorizontal(1000.0, pool); // four instances serve 400/s at 100%
        QCOMPARE(s.instances, 4);
        HEADROOM_COMPARE_REL(s.utilization, 2.5, test::kExactArithmetic);
        QVERIFY(!s.meetsTarget);
        QVERIFY(s.atMaximum);
        QVERIFY(!s.atScalabilityPeak);
    }

    void scalabilityCeilingStopsBeforeTheMaximum()
    {
        // n* = sqrt(0.99/0.01) ≈ 9.95: past 10 nodes throughput falls, so 100 allowed nodes do not help.
        PoolParameters pool{100.0, 0.7, {0.01, 0.01}, 1, 100};
        const Sizing s = sizeHorizontal(5000.0, pool);
        QCOMPARE(s.instances, 10);
        QVERIFY(s.atScalabilityPeak);
        QVERIFY(!s.atMaximum);
        QVERIFY(s.utilization > 1.0);
    }

    void fixedKeepsItsCount()
    {
        PoolParameters pool{100.0, 0.7, {}, 1, 1};
        const Sizing s = sizeFixed(150.0, 3, pool);
        QCOMPARE(s.instances, 3);
        HEADROOM_COMPARE_REL(s.utilization, 0.5, test::kExactArithmetic);
        const Sizing over = sizeFixed(450.0, 3, pool);
        QVERIFY(!over.meetsTarget);
        HEADROOM_COMPARE_REL(over.utilization, 1.5, test::kExactArithmetic);
    }

    // A node of c cores: X(c) = 500c / (1 + 0.05(c − 1) + 0.001c(c − 1)), two replicas at 70%:
    // 2 vCPU 1 330.8/s, 4 vCPU 2 409.6/s, 8 vCPU 3 982.9/s, 16 vCPU 5 628.1/s (worked by hand).
    void verticalPicksTheSmallestTypeThatServes()
    {
        const std::vector<double> ladder{2, 4, 8, 16};
        const UslCoefficients cores{0.05, 0.001};
        const VerticalSizing v = sizeVertical(3000.0, ladder, 500.0, 2, 0.7, cores);
        QCOMPARE(v.step, 2);
        QVERIFY(!v.atVerticalCeiling);
        QCOMPARE(v.sizing.instances, 2);
        HEADROOM_COMPARE_REL(v.sizing.capacity, 2 * 4000.0 / 1.406, test::kExactArithmetic);
        QCOMPARE(sizeVertical(100.0, ladder, 500.0, 2, 0.7, cores).step, 0);

        const VerticalSizing over = sizeVertical(6000.0, ladder, 500.0, 2, 0.7, cores);
        QVERIFY(over.atVerticalCeiling);
        QCOMPARE(over.step, 3);
        HEADROOM_COMPARE_REL(over.sizing.utilization, 6000.0 / (2 * 8000.0 / 1.99), test::kExactArithmetic);
    }

    // Past the cores' USL peak a bigger type serves less: at the ceiling, run the best step.
    void verticalCeilingRunsTheStepThatServesMost()
    {
        const UslCoefficients cores{0.0, 0.02}; // n* = sqrt(1/0.02) ≈ 7
        const VerticalSizing v = sizeVertical(1e6, {4, 8, 64}, 100.0, 1, 0.7, cores);
        QVERIFY(v.atVerticalCeiling);
        QCOMPARE(v.step, 1);
    }

    // Property: more demand never means fewer instances; sizing meets the target whenever it can.
    void moreDemandNeverMeansFewerInstances()
    {
        std::mt19937_64 rng(20261128);
        std::uniform_real_distribution<double> unit(0.0, 1.0);
        for (int trial = 0; trial < 200; ++trial) {
            PoolParameters pool{10.0 + 990.0 * unit(rng), 0.3 + 0.7 * unit(rng),
                                {0.2 * unit(rng), 0.001 * unit(rng)}, 1 + int(5 * unit(rng)), 0};
            pool.maxInstances = pool.minInstances + int(200 * unit(rng));
            int previous = 0;
            for (double lambda = 0.0; lambda < 50000.0; lambda = lambda * 1.3 + 1.0) {
                const Sizing s = sizeHorizontal(lambda, pool);
                QVERIFY2(s.instances >= previous, qPrintable(QStringLiteral("trial %1, lambda %2").arg(trial).arg(lambda)));
                QVERIFY(s.instances >= pool.minInstances && s.instances <= pool.maxInstances);
                if (s.meetsTarget && s.instances > pool.minInstances) // and one fewer would not do
                    QVERIFY(sizeFixed(lambda, s.instances - 1, pool).meetsTarget == false);
                previous = s.instances;
            }
        }
    }
};

QTEST_APPLESS_MAIN(TestCapacity)
#include "tst_Capacity.moc"
