#include "EngineTestModels.h"
#include "LognormalTestSupport.h"
#include "ModelTestSupport.h"
#include "TestSupport.h"
#include "engine/CurveBand.h"
#include "engine/Sampler.h"
#include "engine/Scenarios.h"
#include "engine/Validation.h"

#include <algorithm>
#include <cmath>
#include <numeric>

using namespace headroom;
using namespace headroom::engine;
using namespace headroom::test;

namespace {
// A season's multipliers, January first, averaging 1: a consumer app's quiet summer and busy
// winter holidays.
const std::vector<Quantity> kSeason = {0.9, 0.9, 1.0, 1.0, 1.0, 0.95, 0.85, 0.85, 1.0, 1.05, 1.2, 1.3};

// The SaaS slice with 50 000 users a month, certain, for 24 months from January.
Model steadyUsers()
{
    Model m = saasModel();
    m.horizonMonths = 24;
    m.users = Curve{};
    m.users.initial = 50000.0;
    return m;
}

double sumOf(const std::vector<Quantity>& season)
{
    return std::accumulate(season.begin(), season.end(), 0.0,
                           [](double sum, const Quantity& q) { return sum + q.estimate; });
}
} // namespace

// A curve's point values, event multipliers and seasonality multipliers are quantities like its
// parameters: Monte Carlo draws them from their own streams, the drawn curve is the one projected, a
// scenario may override them, and a drawn season keeps its year's total.
class TestCurveUncertainty : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // A launch doubling the users in months 5 and 6, 90% sure of ×1.5 to ×2.6: those months' users are
    // 50 000 times a lognormal with median 2 and σ = ln(2.6/1.5)/(2·1.645), so their P10 and P90 are
    // 100 000·e^(∓1.2816σ); the months around them keep their 50 000 in every sample.
    void anUncertainEventSpreadsItsMonthsAlone()
    {
        Model m = steadyUsers();
        m.users.events = {{5, 2.0, 2}};
        m.users.events[0].multiplier.interval90 = Interval{1.5, 2.6};
        RunOptions options;
        options.samples = 4000;
        const RunOutcome out = run(m, options);
        QVERIFY(out.ok());
        const SeriesSummary& users = *findSeries(out.results->totals, keys::kUsers);
        const double sigma = sigmaOf(1.5, 2.6);
        for (const int month : {5, 6}) {
            HEADROOM_COMPARE_REL(users.p50[month], 100000.0, kStreamingQuantile);
            HEADROOM_COMPARE_REL(users.p10[month], 100000.0 * std::exp(-kZ90 * sigma), kStreamingQuantile);
            HEADROOM_COMPARE_REL(users.p90[month], 100000.0 * std::exp(kZ90 * sigma), kStreamingQuantile);
        }
        for (const int month : {0, 4, 7, 23}) {
            QCOMPARE(users.p10[month], 50000.0);
            QCOMPARE(users.p90[month], 50000.0);
        }
    }

    // Each sample's drawn season is scaled back to its estimates' sum: whatever the draws, the twelve
    // months of a year hold twelve times the deseasonalised level, while the months themselves vary.
    void aDrawnSeasonKeepsTheYearsTotal()
    {
        Model m = steadyUsers();
        m.users.seasonality = kSeason;
        m.users.seasonality[11].interval90 = Interval{1.1, 1.7};
        m.users.seasonality[6].interval90 = Interval{0.6, 0.95};
        m.users.seasonality[0].interval90 = Interval{0.8, 1.0};
        const Sampler sampler(m);
        std::vector<double> decembers;
        for (std::uint64_t s = 0; s < 200; ++s) {
            Model drawn = m;
            sampler.drawInto(drawn, 42, s);
            HEADROOM_COMPARE_REL(sumOf(drawn.users.seasonality), 12.0, kExactArithmetic);
            const Series year = evaluate(drawn.users, 12, 1);
            HEADROOM_COMPARE_REL(year.sum(), 12.0 * 50000.0, kExactArithmetic);
            decembers.push_back(drawn.users.seasonality[11].estimate);
        }
        const auto [lo, hi] = std::minmax_element(decembers.begin(), decembers.end());
        QVERIFY2(*hi - *lo > 0.2, "December's multiplier should vary from sample to sample");
        // The certain months move too, by the scaling alone: never apart from each other.
        Model drawn = m;
        sampler.drawInto(drawn, 42, 7);
        HEADROOM_COMPARE_REL(drawn.users.seasonality[2].estimate, drawn.users.seasonality[3].estimate,
                             kExactArithmetic);
    }

    // Validation allows a season averaging within 0.1% of 1. Drawn, it keeps its own estimates' total
    // (the deterministic projection's year); a season with no uncertain month is not touched at all,
    // bit for bit, even while other inputs are drawn.
    void aSeasonKeepsItsOwnTotalAndACertainOneIsUntouched()
    {
        Model m = steadyUsers();
        m.users.seasonality = kSeason;
        m.users.seasonality[10] = 1.205; // the year's mean is now 1.0004
        m.users.seasonality[10].interval90 = Interval{1.0, 1.5};
        const double total = sumOf(m.users.seasonality);
        QVERIFY(validate(m).empty());
        const Sampler sampler(m);
        Model drawn = m;
        sampler.drawInto(drawn, 9, 3);
        HEADROOM_COMPARE_REL(sumOf(drawn.users.seasonality), total, kExactArithmetic);
        QVERIFY(drawn.users.seasonality[10].estimate != 1.205);

        m.users.seasonality[10].interval90.reset();
        m.requestClasses[0].requestsPerUserPerDay.interval90 = Interval{200.0, 300.0};
        const Sampler others(m);
        QVERIFY(others.hasUncertainty());
        drawn = m;
        others.drawInto(drawn, 9, 3);
        for (std::size_t i = 0; i < 12; ++i)
            QCOMPARE(drawn.users.seasonality[i].estimate, m.users.seasonality[i].estimate);
    }

    // Through (0, 100), (10, 200 with 90% in 150–300) and (20, 200): each draw of the middle point moves
    // the curve there and the lines to its neighbours, the ends staying put. The band's 5th and 95th
    // percentiles at month 10 are the lognormal's, 200·e^(∓ln 2 / 2); halfway to the first point they
    // are halfway between 100 and those.
    void anUncertainPointMovesThePiecewiseCurveAroundIt()
    {
        Model m = steadyUsers();
        m.users.kind = CurveKind::Piecewise;
        m.users.points = {{0.0, 100.0}, {10.0, 200.0}, {20.0, 200.0}};
        m.users.points[1].value.interval90 = Interval{150.0, 300.0};
        const Sampler sampler(m);
        QCOMPARE(sampler.inputIds(), std::vector<std::string>{"users.points[1].value"});
        for (std::uint64_t s = 0; s < 20; ++s) {
            Model drawn = m;
            sampler.drawInto(drawn, 5, s);
            const double v = drawn.users.points[1].value.estimate;
            const Series curve = evaluate(drawn.users, 24, 1);
            HEADROOM_COMPARE_REL(curve[10], v, kExactArithmetic);
            HEADROOM_COMPARE_REL(curve[5], (100.0 + v) / 2.0, kExactArithmetic);
            HEADROOM_COMPARE_REL(curve[15], (v + 200.0) / 2.0, kExactArithmetic);
            QCOMPARE(curve[0], 100.0);
            QCOMPARE(curve[23], 200.0);
        }
        const CurveBand band = curveBand(m.users, 24, 1, 20000); // a percentile's error shrinks as 1/√n
        const double halfWidth = std::log(2.0) / 2.0;
        HEADROOM_COMPARE_REL(band.p5[10], 200.0 * std::exp(-halfWidth), 0.03);
        HEADROOM_COMPARE_REL(band.p95[10], 200.0 * std::exp(halfWidth), 0.03);
        HEADROOM_COMPARE_REL(band.p5[5], (100.0 + 200.0 * std::exp(-halfWidth)) / 2.0, 0.03);
        QCOMPARE(band.p5[0], band.p95[0]);
    }

    // The new quantities draw from streams named by their paths, under every curve that has them, and
    // only where the curve uses them: a point's value not on a piecewise curve, nothing of a headcount
    // curve while the role is planned otherwise. The paths name them to Sensitivity and scenarios.
    void everyCurveDrawsItsItemsByPath()
    {
        Model m = steadyUsers();
        m.users.seasonality = kSeason;
        m.users.seasonality[11].interval90 = Interval{1.1, 1.7};
        m.users.events = {{3, 1.5, 1}};
        m.users.events[0].multiplier.interval90 = Interval{1.2, 2.0};
        m.users.points = {{0.0, 1.0}};
        m.users.points[0].value.interval90 = Interval{0.5, 2.0}; // kept, unused: the curve is constant
        Curve trend;
        trend.kind = CurveKind::Piecewise;
        trend.points = {{0.0, 1.0}, {12.0, 1.4}};
        trend.points[1].value.interval90 = Interval{1.1, 1.8};
        m.requestClasses[0].requestsTrend = trend;
        Curve price;
        price.initial = 1.0;
        price.events = {{6, 0.8, 3}};
        price.events[0].multiplier.interval90 = Interval{0.7, 0.95};
        m.costs.computePriceTrend = price;
        Role support;
        support.id = "support";
        support.rule = HeadcountRuleKind::Support;
        support.headcount.events = {{2, 2.0, 1}};
        support.headcount.events[0].multiplier.interval90 = Interval{1.5, 3.0};
        m.team.roles.push_back(support);
        QVERIFY2(validate(m).empty(), qPrintable(fieldsOf(validate(m)).join(QLatin1String(", "))));

        const std::vector<std::string> expected = {"users.seasonality[11]", "users.events[0].multiplier",
                                                   "request_classes[api].requests_trend.points[1].value",
                                                   "costs.compute_price_trend.events[0].multiplier"};
        QCOMPARE(Sampler(m).inputIds(), expected);
        RunOptions options;
        options.samples = 200;
        const RunOutcome out = run(m, options);
        QVERIFY(out.ok());
        for (const std::string& id : expected)
            QVERIFY2(std::any_of(out.results->sensitivity.begin(), out.results->sensitivity.end(),
                                 [&](const Sensitivity& s) { return s.input == id; }),
                     id.c_str());
    }

    // A scenario may set an event's multiplier, a seasonality multiplier or a point's value by its
    // path, but not a point's value on a curve that is not drawn through its points.
    void aScenarioOverridesCurveItemsByPath()
    {
        Model m = steadyUsers();
        m.users.seasonality = kSeason;
        m.users.events = {{3, 1.5, 1}};
        m.users.points = {{0.0, 1.0}};
        Scenario bigger;
        bigger.id = "bigger";
        Quantity launch = 2.5;
        launch.interval90 = Interval{2.0, 3.5};
        bigger.quantities = {{"users.events[0].multiplier", launch}, {"users.seasonality[11]", Quantity(1.3)}};
        const ScenarioModel applied = applyScenario(m, bigger);
        QVERIFY(applied.problems.empty());
        QCOMPARE(applied.model->users.events[0].multiplier, launch);
        QCOMPARE(applied.model->users.events[0].month, 3);

        Scenario unused;
        unused.id = "unused";
        unused.quantities = {{"users.points[0].value", Quantity(2.0)}};
        const ScenarioModel refused = applyScenario(m, unused);
        QCOMPARE(refused.problems.size(), std::size_t(1));
        QVERIFY(refused.problems[0].message.find("does not use") != std::string::npos);
        Scenario missing;
        missing.id = "missing";
        missing.quantities = {{"users.events[1].multiplier", Quantity(2.0)}};
        QCOMPARE(applyScenario(m, missing).problems.size(), std::size_t(1));
    }
};

QTEST_GUILESS_MAIN(TestCurveUncertainty)
#include "tst_CurveUncertainty.moc"
