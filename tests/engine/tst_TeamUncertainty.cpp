#include "EngineTestModels.h"
#include "LognormalTestSupport.h"
#include "TestSupport.h"
#include "engine/Sampler.h"
#include "engine/Scenarios.h"

#include <algorithm>
#include <cmath>

using namespace headroom;
using namespace headroom::engine;
using namespace headroom::test;

namespace {
// A planned role of a steady 100 people leaving at `attrition` a year.
Role steadyRole(const char* id, double attrition)
{
    Role r;
    r.id = id;
    r.rule = HeadcountRuleKind::Curve;
    r.headcount.kind = CurveKind::Linear;
    r.headcount.initial = 100.0;
    r.headcount.slopePerMonth = 0.0;
    r.attritionPerYear = attrition;
    r.costPerHire = 10'000.0;
    return r;
}

// The SaaS slice with two steady teams of 100: "uncertain" loses 12% a year (90% in 6–24%), "certain" 12%.
Model withUncertainAttrition()
{
    Model m = saasModel();
    Role uncertain = steadyRole("uncertain", 0.12);
    uncertain.attritionPerYear.interval90 = Interval{0.06, 0.24};
    m.team.roles = {uncertain, steadyRole("certain", 0.12)};
    return m;
}
} // namespace

// A role's attrition and cost per hire and the recruiting capacity are quantities like any other:
// Monte Carlo draws them, a scenario may override them, and the hires they drive spread as they say.
class TestTeamUncertainty : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // A steady team of H = 100 replaces who leaves: hires = H − (1 − a/12)·H = 100·a/12 a month (Team.h),
    // so hires are lognormal with median 1 and σ = ln(0.24/0.06)/(2·1.645) where a is, and exactly 1
    // in every sample where it is not.
    void uncertainAttritionSpreadsHires()
    {
        const Model m = withUncertainAttrition();
        RunOptions options;
        options.samples = 4000;
        const RunOutcome out = run(m, options);
        QVERIFY2(out.ok(), out.problems.empty() ? "" : out.problems[0].message.c_str());
        const SeriesSummary& uncertain = *findSeries(out.results->roles.at(0).series, keys::kHires);
        const SeriesSummary& certain = *findSeries(out.results->roles.at(1).series, keys::kHires);

        const double sigma = sigmaOf(0.06, 0.24);
        QVERIFY(uncertain.p10[1] < uncertain.p50[1] && uncertain.p50[1] < uncertain.p90[1]);
        HEADROOM_COMPARE_REL(uncertain.p50[1], 1.0, kStreamingQuantile);
        HEADROOM_COMPARE_REL(uncertain.p10[1], std::exp(-kZ90 * sigma), kStreamingQuantile);
        HEADROOM_COMPARE_REL(uncertain.p90[1], std::exp(kZ90 * sigma), kStreamingQuantile);

        HEADROOM_COMPARE_REL(certain.p10[1], 1.0, test::kExactArithmetic);
        HEADROOM_COMPARE_REL(certain.p50[1], 1.0, test::kExactArithmetic);
        HEADROOM_COMPARE_REL(certain.p90[1], 1.0, test::kExactArithmetic);
    }

    // An uncertain cost per hire spreads the recruiting cost of certain hires: 1 hire at $10 000 (90%
    // in $5 000–20 000) costs that, percentile for percentile.
    void uncertainCostPerHireSpreadsRecruitingCost()
    {
        Model m = withUncertainAttrition();
        m.team.roles[1].costPerHire.interval90 = Interval{5'000.0, 20'000.0};
        RunOptions options;
        options.samples = 4000;
        const RunOutcome out = run(m, options);
        QVERIFY(out.ok());
        const SeriesSummary& cost = *findSeries(out.results->roles.at(1).series, keys::kRecruitingCost);
        const double sigma = sigmaOf(5'000.0, 20'000.0);
        HEADROOM_COMPARE_REL(cost.p50[1], 10'000.0, kStreamingQuantile);
        HEADROOM_COMPARE_REL(cost.p10[1], 10'000.0 * std::exp(-kZ90 * sigma), kStreamingQuantile);
        HEADROOM_COMPARE_REL(cost.p90[1], 10'000.0 * std::exp(kZ90 * sigma), kStreamingQuantile);
    }

    // Each uncertain team input draws from its own stream, named by its path; a scenario may set one.
    void teamQuantitiesAreDrawnAndOverridable()
    {
        Model m = withUncertainAttrition();
        m.team.roles[0].costPerHire.interval90 = Interval{8'000.0, 14'000.0};
        m.team.recruitingCapacityPerMonth = 4.0;
        m.team.recruitingCapacityPerMonth.interval90 = Interval{2.0, 6.0};
        const std::vector<std::string> ids = Sampler(m).inputIds();
        for (const char* id : {"team.roles[uncertain].attrition_per_year", "team.roles[uncertain].cost_per_hire",
                               "team.recruiting_capacity_per_month"})
            QVERIFY2(std::find(ids.begin(), ids.end(), id) != ids.end(), id);

        const ScenarioModel applied =
            applyScenario(m, overriding("tighter", {{"team.recruiting_capacity_per_month", Quantity(1.0)},
                                                    {"team.roles[certain].attrition_per_year", Quantity(0.3)}}));
        QVERIFY(applied.problems.empty());
        QCOMPARE(applied.model->team.recruitingCapacityPerMonth, Quantity(1.0));
        QCOMPARE(applied.model->team.roles[1].attritionPerYear, Quantity(0.3));
    }
};

QTEST_APPLESS_MAIN(TestTeamUncertainty)
#include "tst_TeamUncertainty.moc"
