#include "EngineTestModels.h"
#include "LognormalTestSupport.h"
#include "TestSupport.h"
#include "engine/Sampler.h"
#include "engine/Scenarios.h"
#include "engine/TeamModel.h"

#include <algorithm>
#include <cmath>

using namespace headroom;
using namespace headroom::engine;
using namespace headroom::test;

namespace {
// The standard normal's distribution function.
double phi(double z)
{
    return 0.5 * std::erfc(-z / std::sqrt(2.0));
}

// The share of draws from a lognormal of median m and σ that round to the whole number k ≥ 0.
double roundsTo(int k, double median, double sigma)
{
    const auto below = [&](double x) { return x > 0.0 ? phi(std::log(x / median) / sigma) : 0.0; };
    return below(k + 0.5) - below(k - 0.5);
}

// Binomial noise of a share near 0.25 over 4 000 samples has a standard deviation of 0.007: four of them.
constexpr double kShareOf4000 = 0.03;

// The SaaS slice whose API runs a fixed fleet of `instances`.
Model withFleet(int instances)
{
    Model m = saasModel();
    m.components[0].scaling.kind = ScalingKind::Fixed;
    m.components[0].scaling.fixedInstances = instances;
    return m;
}

// A planned role of 10 people who become 20 in month 12 and never leave: its only hires, 10, start in
// month 12, and their requisitions open a lead time ahead of it.
Role stepRole()
{
    Role r;
    r.id = "eng";
    r.rule = HeadcountRuleKind::Curve;
    r.headcount.kind = CurveKind::Piecewise;
    r.headcount.points = {{0, 10}, {11, 10}, {12, 20}};
    r.attritionPerYear = 0.0;
    return r;
}

// An SRE role sized by the instances alone: no on-call rotations.
Role sreRole(double instancesPerSre)
{
    Role r;
    r.id = "sre";
    r.rule = HeadcountRuleKind::Sre;
    r.instancesPerSre = instancesPerSre;
    r.attritionPerYear = 0.0;
    return r;
}

// 8 640 users making 100 requests a day: 10 a second on average and 20 at the peak (p = 2), into one
// fixed instance serving 15 a second. The peak's excess, 5 a second for h hours, queues, and drains at
// the 5 a second to spare: 5·3600·h / 5 s = 60·h minutes.
Model queueModel(double peakHours)
{
    Model m = saasModel();
    m.horizonMonths = 3;
    m.users.kind = CurveKind::Constant;
    m.users.initial = 8640.0;
    m.requestClasses[0].requestsPerUserPerDay = 100.0;
    m.requestClasses[0].peakToAverage = 2.0;
    m.components[0].scaling.kind = ScalingKind::Fixed;
    m.components[0].scaling.fixedInstances = 1;
    m.components[0].scaling.capacityPerInstance = 15.0;
    m.components[0].scaling.usl = {};
    m.peakHours = peakHours;
    return m;
}

RunOutcome runSamples(const Model& m, int samples)
{
    RunOptions options;
    options.samples = samples;
    return run(m, options);
}

const SeriesSummary& totalOf(const RunOutcome& out, const char* key)
{
    const SeriesSummary* s = findSeries(out.results->totals, key);
    if (!s)
        qFatal("no total %s", key);
    return *s;
}
} // namespace

// The estimates that were plain numbers until schema 6, a reserved discount, a role's rule parameter, the
// hiring lead time and the daily peak's length, are quantities like any other: Monte Carlo draws them,
// scenarios override them, and what they drive spreads as their lognormal says.
class TestEstimateUncertainty : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // A lead time of 2 months (90% in 1–4) is drawn lognormal, σ = ln 4 / (2·1.645), and rounded to whole
    // months in each sample: the 10 requisitions of month 12's hires open in month 12 − k in the share of
    // samples whose draw rounds to k, and in no month between. The estimate's projection opens them all
    // in month 10.
    void aDrawnLeadTimeOpensRequisitionsWholeMonthsAhead()
    {
        Model m = saasModel();
        m.team.roles = {stepRole()};
        m.team.leadTimeMonths = 2.0;
        m.team.leadTimeMonths.interval90 = Interval{1.0, 4.0};

        const RunOutcome estimate = runSamples(m, 1);
        QVERIFY(estimate.ok());
        const Series& opened = totalOf(estimate, keys::kRequisitions).mean;
        QCOMPARE(opened[10], 10.0);
        QCOMPARE(opened.sum(), 10.0);

        const RunOutcome out = runSamples(m, 4000);
        QVERIFY2(out.ok(), out.problems.empty() ? "" : out.problems[0].message.c_str());
        const Series& mean = totalOf(out, keys::kRequisitions).mean;
        // Each sample opens exactly 10, all in one month: the mean in month 12 − k is 10 × P(lead = k).
        HEADROOM_COMPARE_REL(mean.sum(), 10.0, 1e-9);
        const double sigma = sigmaOf(1.0, 4.0);
        double seen = 0.0;
        for (int k = 0; k <= 8; ++k) {
            const double share = mean[12 - k] / 10.0;
            QVERIFY2(std::abs(share - roundsTo(k, 2.0, sigma)) <= kShareOf4000,
                     qPrintable(QStringLiteral("lead %1: %2 of the samples, the lognormal says %3")
                                    .arg(k)
                                    .arg(share)
                                    .arg(roundsTo(k, 2.0, sigma))));
            seen += share;
        }
        QVERIFY(seen > 0.999); // leads of 9 months or more: 1 sample in 4 000 at most
        QVERIFY(mean[10] > mean[11] && mean[11] > mean[9]); // 2 the likeliest, then 1, then 3
    }

    // The lead time Team.h runs with is the drawn value rounded to the nearest month.
    void theLeadTimeIsRoundedToTheNearestMonth()
    {
        TeamSpec team;
        for (const auto& [drawn, months] : std::vector<std::pair<double, int>>{
                 {0.0, 0}, {0.49, 0}, {0.5, 1}, {1.6, 2}, {2.49, 2}, {23.7, 24}, {24.0, 24}}) {
            team.leadTimeMonths = drawn;
            QCOMPARE(leadTimeMonths(team), months);
        }
    }

    // 20 000 instances at 20 per SRE need 1 000 SREs; with 90% in 10–40 instances per SRE the SREs are
    // 20 000 / that, lognormal with median 1 000 and the same σ, its P10 at the ratio's P90. Rounding up
    // to whole people moves them by under 0.2%.
    void uncertainInstancesPerSreSpreadTheSres()
    {
        Model m = withFleet(20'000);
        m.team.roles = {sreRole(20.0), sreRole(20.0)};
        m.team.roles[0].instancesPerSre.interval90 = Interval{10.0, 40.0};
        m.team.roles[1].id = "certain";
        const RunOutcome out = runSamples(m, 4000);
        QVERIFY2(out.ok(), out.problems.empty() ? "" : out.problems[0].message.c_str());
        const SeriesSummary& uncertain = *findSeries(out.results->roles.at(0).series, keys::kHeadcount);
        const SeriesSummary& certain = *findSeries(out.results->roles.at(1).series, keys::kHeadcount);
        const double sigma = sigmaOf(10.0, 40.0);
        HEADROOM_COMPARE_REL(uncertain.p50[0], 1000.0, kStreamingQuantile);
        HEADROOM_COMPARE_REL(uncertain.p10[0], 1000.0 * std::exp(-kZ90 * sigma), kStreamingQuantile);
        HEADROOM_COMPARE_REL(uncertain.p90[0], 1000.0 * std::exp(kZ90 * sigma), kStreamingQuantile);
        QCOMPARE(certain.p10[0], 1000.0);
        QCOMPARE(certain.p90[0], 1000.0);
    }

    // 10 instances at $0.145 an hour all reserved: compute costs 10·0.145·730·(1 − d) a month, falling as
    // the discount d rises, so its P10 is at d's P90. With d 30% (90% in 20–45%) the band runs from
    // $1 058.50·(1 − 0.3·e^(1.28σ)) to $1 058.50·(1 − 0.3·e^(−1.28σ)).
    void anUncertainReservedDiscountSpreadsComputeCost()
    {
        Model m = withFleet(10);
        m.costs.reservedShare = 1.0;
        m.catalog[0].reservedDiscount = 0.3;
        m.catalog[0].reservedDiscount.interval90 = Interval{0.2, 0.45};
        const RunOutcome out = runSamples(m, 4000);
        QVERIFY(out.ok());
        const SeriesSummary& compute = totalOf(out, keys::kComputeCost);
        const double onDemand = 10 * 0.145 * kHoursPerMonth;
        const double spread = std::exp(kZ90 * sigmaOf(0.2, 0.45));
        HEADROOM_COMPARE_REL(compute.p50[0], onDemand * 0.7, kStreamingQuantile);
        HEADROOM_COMPARE_REL(compute.p10[0], onDemand * (1.0 - 0.3 * spread), kStreamingQuantile);
        HEADROOM_COMPARE_REL(compute.p90[0], onDemand * (1.0 - 0.3 / spread), kStreamingQuantile);
        // Nothing else is uncertain: the cost per user at the horizon follows the discount down, rank for rank.
        const auto discount = std::find_if(out.results->sensitivity.begin(), out.results->sensitivity.end(),
                                           [](const Sensitivity& s) { return s.output == kSensitivityCostPerUser; });
        QVERIFY(discount != out.results->sensitivity.end());
        QCOMPARE(discount->input, std::string("catalog[c7g.xlarge].reserved_discount"));
        QVERIFY(discount->rankCorrelation < -0.99);
    }

    // The queue's drain time is 60·h minutes (queueModel()): proportional to the daily peak's length,
    // and with h of 2 hours (90% in 1.5–3) lognormal like it.
    void theDailyPeakScalesTheQueueBacklog()
    {
        for (const double hours : {1.0, 3.0}) {
            const RunOutcome out = runSamples(queueModel(hours), 1);
            QVERIFY(out.ok());
            HEADROOM_COMPARE_REL(componentSeries(*out.results, "api", keys::kQueueDrainMinutes)[0], 60.0 * hours,
                                 kExactArithmetic);
        }
        Model m = queueModel(2.0);
        m.peakHours.interval90 = Interval{1.5, 3.0};
        const RunOutcome out = runSamples(m, 4000);
        QVERIFY(out.ok());
        const SeriesSummary& drain = *findSeries(out.results->components.at(0).series, keys::kQueueDrainMinutes);
        const double spread = std::exp(kZ90 * sigmaOf(1.5, 3.0));
        HEADROOM_COMPARE_REL(drain.p50[0], 120.0, kStreamingQuantile);
        HEADROOM_COMPARE_REL(drain.p10[0], 120.0 / spread, kStreamingQuantile);
        HEADROOM_COMPARE_REL(drain.p90[0], 120.0 * spread, kStreamingQuantile);
    }

    // Each is drawn from its own stream, named by its path, only where the model reads it (a rule's
    // parameter under its rule); a scenario may set one, and not one the model does not read.
    void theEstimatesAreDrawnWhereUsedAndOverridable()
    {
        Model m = withFleet(100);
        m.team.roles = {sreRole(20.0)};
        m.team.roles[0].instancesPerSre.interval90 = Interval{10.0, 40.0};
        m.team.roles[0].usersPerSupportPerson.interval90 = Interval{4000.0, 6000.0}; // the support rule's
        m.team.leadTimeMonths = 2.0;
        m.team.leadTimeMonths.interval90 = Interval{1.0, 4.0};
        m.peakHours.interval90 = Interval{1.0, 3.0};
        m.catalog[0].reservedDiscount = 0.3;
        m.catalog[0].reservedDiscount.interval90 = Interval{0.2, 0.4};
        const std::vector<std::string> ids = Sampler(m).inputIds();
        for (const char* id : {"peak_hours", "catalog[c7g.xlarge].reserved_discount", "team.roles[sre].instances_per_sre",
                               "team.lead_time_months"})
            QVERIFY2(std::find(ids.begin(), ids.end(), id) != ids.end(), id);
        QCOMPARE(ids.size(), std::size_t(4));

        const ScenarioModel applied = applyScenario(
            m, overriding("slower", {{"team.lead_time_months", Quantity(4.0)}, {"peak_hours", Quantity(3.0)}}));
        QVERIFY(applied.problems.empty());
        QCOMPARE(applied.model->team.leadTimeMonths, Quantity(4.0));
        QCOMPARE(applied.model->peakHours, Quantity(3.0));

        const ScenarioModel refused =
            applyScenario(m, overriding("unused", {{"team.roles[sre].users_per_support_person", Quantity(3000.0)}}));
        QCOMPARE(refused.problems.size(), std::size_t(1));
        QVERIFY(QString::fromStdString(refused.problems[0].message).contains(QLatin1String("does not use")));
    }
};

QTEST_APPLESS_MAIN(TestEstimateUncertainty)
#include "tst_EstimateUncertainty.moc"
