#include "TestSupport.h"
#include "engine/Curve.h"
#include "engine/Summary.h"
#include "engine/YearMonth.h"

using namespace headroom;
using namespace headroom::engine;

// Growth curves evaluated against their closed forms, worked by hand.
class TestCurves : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void curveValueAtMonth_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<double>("initial");
        QTest::addColumn<double>("param1");
        QTest::addColumn<double>("param2");
        QTest::addColumn<int>("month");
        QTest::addColumn<double>("expected");

        QTest::newRow("constant stays at v0") << int(CurveKind::Constant) << 500.0 << 0.0 << 0.0 << 17 << 500.0;
        QTest::newRow("linear adds a per month") << int(CurveKind::Linear) << 1000.0 << 250.0 << 0.0 << 12 << 4000.0;
        QTest::newRow("linear may shrink") << int(CurveKind::Linear) << 1000.0 << -50.0 << 0.0 << 10 << 500.0;
        // 1.05^12 = 1.795856326022129 (a year of 5% monthly growth).
        QTest::newRow("exponential 5% for a year")
            << int(CurveKind::Exponential) << 1000.0 << 0.05 << 0.0 << 12 << 1795.856326022130;
        QTest::newRow("exponential zero growth is flat")
            << int(CurveKind::Exponential) << 1000.0 << 0.0 << 0.0 << 35 << 1000.0;
        QTest::newRow("exponential decline") << int(CurveKind::Exponential) << 1000.0 << -0.5 << 0.0 << 2 << 250.0;
        // K / (1 + (K/v0 − 1)e^(−rt)) = 1e6 / (1 + 99·e^(−3)) = 168 664.788706820.
        QTest::newRow("logistic S-curve mid-way")
            << int(CurveKind::Logistic) << 1e4 << 1e6 << 0.3 << 10 << 168664.7887068201;
        QTest::newRow("logistic starts at v0") << int(CurveKind::Logistic) << 1e4 << 1e6 << 0.3 << 0 << 1e4;
    }

    void curveValueAtMonth()
    {
        QFETCH(int, kind);
        QFETCH(double, initial);
        QFETCH(double, param1);
        QFETCH(double, param2);
        QFETCH(int, month);
        QFETCH(double, expected);
        Curve c;
        c.kind = static_cast<CurveKind>(kind);
        c.initial = initial;
        c.slopePerMonth = param1;
        c.monthlyGrowth = param1;
        c.ceiling = param1;
        c.ratePerMonth = param2;
        const Series s = evaluate(c, month + 1);
        QCOMPARE(s.size(), Eigen::Index(month + 1));
        HEADROOM_COMPARE_REL(s[month], expected, test::kExactArithmetic);
    }

    void logisticApproachesItsCeilingAndNeverPassesIt()
    {
        Curve c;
        c.kind = CurveKind::Logistic;
        c.initial = 100.0;
        c.ceiling = 5000.0;
        c.ratePerMonth = 0.4;
        const Series s = evaluate(c, 240);
        QVERIFY((s <= 5000.0).all());
        QVERIFY(s[239] > 4999.0);
        for (Eigen::Index t = 1; t < s.size(); ++t)
            QVERIFY(s[t] >= s[t - 1]);
    }

    // Through (0, 100), (4, 500), (8, 500): linear gives 300 at month 2; log-linear the geometric
    // mean 100·√5 = 223.607; flat before the first point and after the last.
    void piecewiseInterpolates()
    {
        Curve c;
        c.kind = CurveKind::Piecewise;
        c.points = {{0, 100}, {4, 500}, {8, 500}};
        Series s = evaluate(c, 12);
        HEADROOM_COMPARE_REL(s[2], 300.0, test::kExactArithmetic);
        QCOMPARE(s[11], 500.0);
        c.logInterpolation = true;
        s = evaluate(c, 12);
        HEADROOM_COMPARE_REL(s[2], 100.0 * std::sqrt(5.0), test::kExactArithmetic);
        c.points = {{2, 40}, {3, 80}};
        QCOMPARE(evaluate(c, 6)[0], 40.0);
    }

    void explicitValuesHoldTheirLast()
    {
        Curve c;
        c.kind = CurveKind::Explicit;
        c.values = {3, 5, 8};
        const Series s = evaluate(c, 5);
        QCOMPARE(s[1], 5.0);
        QCOMPARE(s[4], 8.0);
    }

    // Seasonality follows the calendar: a model starting in November sees the November multiplier
    // first, then December's, then January's. An event multiplies its months only.
    void seasonalityAndEventsModifyAnyCurve()
    {
        Curve c;
        c.kind = CurveKind::Constant;
        c.initial = 1000.0;
        c.seasonality = {0.9, 0.9, 0.95, 1, 1, 1, 1, 0.95, 1, 1, 1.1, 1.2};
        const Series s = evaluate(c, 4, 11);
        QCOMPARE(s[0], 1100.0);
        QCOMPARE(s[1], 1200.0);
        QCOMPARE(s[2], 900.0);
        c.seasonality.clear();
        c.events = {{2, 3.0, 2}};
        const Series e = evaluate(c, 6);
        QCOMPARE(e[1], 1000.0);
        QCOMPARE(e[2], 3000.0);
        QCOMPARE(e[3], 3000.0);
        QCOMPARE(e[4], 1000.0);
    }

    void curveKindNamesRoundTrip()
    {
        for (CurveKind k : {CurveKind::Constant, CurveKind::Linear, CurveKind::Exponential, CurveKind::Logistic,
                            CurveKind::Piecewise, CurveKind::Explicit})
            QCOMPARE(curveKindFromString(toString(k)), std::optional(k));
        QCOMPARE(curveKindFromString("quadratic"), std::nullopt);
    }

    void yearMonthParsesAndAdvances()
    {
        QCOMPARE(YearMonth::parse("2027-01"), std::optional(YearMonth{2027, 1}));
        QCOMPARE(YearMonth::parse("2027-13"), std::nullopt);
        QCOMPARE(YearMonth::parse("2027-1"), std::nullopt);
        QCOMPARE(YearMonth::parse("27-01-01"), std::nullopt);
        QCOMPARE(YearMonth({2027, 11}).plusMonths(3).toString(), std::string("2028-02"));
        QCOMPARE(YearMonth({2027, 1}).plusMonths(239).toString(), std::string("2046-12"));
    }

    // Hyndman & Fan definition 7 (R's default): for 1..10, P10 = 1.9, P50 = 5.5, P90 = 9.1.
    void percentilesFollowHyndmanFanDefinition7()
    {
        SampleMatrix samples(10, 1);
        for (int i = 0; i < 10; ++i)
            samples(i, 0) = 10 - i; // unsorted on purpose
        const SeriesSummary s = summarise(samples);
        HEADROOM_COMPARE_REL(s.mean[0], 5.5, test::kExactArithmetic);
        HEADROOM_COMPARE_REL(s.p10[0], 1.9, test::kExactArithmetic);
        HEADROOM_COMPARE_REL(s.p50[0], 5.5, test::kExactArithmetic);
        HEADROOM_COMPARE_REL(s.p90[0], 9.1, test::kExactArithmetic);
    }
};

QTEST_APPLESS_MAIN(TestCurves)
#include "tst_Curves.moc"
