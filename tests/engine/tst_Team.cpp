#include "TestSupport.h"
#include "engine/Model.h"
#include "engine/Projection.h"
#include "engine/Team.h"
#include "engine/Usl.h"

#include <algorithm>
#include <random>

using namespace headroom;
using namespace headroom::engine;

namespace {

// Compares a series with values worked by hand, month by month.
void compareSeries(const Series& actual, const std::vector<double>& expected, double tolerance)
{
    QCOMPARE(actual.size(), Eigen::Index(expected.size()));
    for (std::size_t t = 0; t < expected.size(); ++t)
        HEADROOM_COMPARE_REL(actual[Eigen::Index(t)], expected[t], tolerance);
}

#define HEADROOM_COMPARE_SERIES(actual, expected, tolerance)                                                           \
    do {                                                                                                               \
        compareSeries((actual), (expected), (tolerance));                                                              \
        if (QTest::currentTestFailed())                                                                                \
            return;                                                                                                    \
    } while (false)

Series series(const std::vector<double>& values)
{
    return Eigen::Map<const Series>(values.data(), Eigen::Index(values.size()));
}

RoleParameters explicitRole(const std::string& id, const std::vector<double>& headcount, double attritionPerYear)
{
    return {id, 10'000.0, attritionPerYear, 5'000.0, ExplicitHeadcount{series(headcount)}, std::nullopt};
}

bool hasProblem(const std::vector<Problem>& problems, const std::string& field)
{
    return std::any_of(problems.begin(), problems.end(), [&field](const Problem& p) { return p.field == field; });
}

// Four roles, one per rule, over three months: valid, and the base of every validation row.
struct ValidTeam
{
    std::vector<RoleParameters> roles{
        {"engineering", 15'000.0, 0.12, 20'000.0, PerComponentGroupHeadcount{2.0}, TeamScaling{8, 0.02, 0.005}},
        {"sre", 16'000.0, 0.1, 25'000.0, SreHeadcount{50.0}, std::nullopt},
        {"support", 6'000.0, 0.3, 3'000.0, SupportHeadcount{1'000.0}, std::nullopt},
        {"product", 14'000.0, 0.0, 15'000.0, ExplicitHeadcount{series({3, 4, 5})}, std::nullopt},
    };
    TeamInputs inputs{3, series({1e4, 2e4, 3e4}), series({40, 60, 90}), series({3, 4, 4}),
                      OnCallParameters{series({1, 1, 2}), 4, Series()}, 10.0, 2};
};

} // namespace

// Headcount by rule, hires, requisitions, recruiting capacity, on-call, the USL of people, cost.
class TestTeam : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void headcountRoundsUpEachRule_data()
    {
        QTest::addColumn<int>("rule"); // the index of the rule's type in HeadcountRule
        QTest::addColumn<double>("parameter");
        QTest::addColumn<double>("driver"); // users, instances or component groups in the month
        QTest::addColumn<double>("rotations");
        QTest::addColumn<double>("expected");
        // Worked by hand: H = ⌈driver·parameter⌉ or ⌈driver/parameter⌉.
        QTest::newRow("explicit 12.3 from a curve is 13 people") << 0 << 12.3 << 0.0 << 0.0 << 13.0;
        QTest::newRow("explicit whole stays") << 0 << 40.0 << 0.0 << 0.0 << 40.0;
        QTest::newRow("2.5 engineers x 3 groups is 7.5, so 8") << 1 << 2.5 << 3.0 << 0.0 << 8.0;
        QTest::newRow("2 engineers x 4 groups is 8") << 1 << 2.0 << 4.0 << 0.0 << 8.0;
        QTest::newRow("95 instances at 10 per SRE is 9.5, so 10") << 2 << 10.0 << 95.0 << 1.0 << 10.0;
        QTest::newRow("on-call 3 rotations x 4 beats 40 instances / 10") << 2 << 10.0 << 40.0 << 3.0 << 12.0;
        QTest::newRow("no instances, no rotations, no SRE") << 2 << 10.0 << 0.0 << 0.0 << 0.0;
        QTest::newRow("rounding error is not a person") << 2 << 10.0 << 110.00000000000001 << 0.0 << 11.0;
        QTest::newRow("25 000 users at 1 000 each is 25") << 3 << 1000.0 << 25000.0 << 0.0 << 25.0;
        QTest::newRow("25 001 users at 1 000 each is 26") << 3 << 1000.0 << 25001.0 << 0.0 << 26.0;
        QTest::newRow("no users, no support") << 3 << 1000.0 << 0.0 << 0.0 << 0.0;
    }

    void headcountRoundsUpEachRule()
    {
        QFETCH(int, rule);
        QFETCH(double, parameter);
        QFETCH(double, driver);
        QFETCH(double, rotations);
        QFETCH(double, expected);
        RoleParameters role{"role", 1.0, 0.0, 1.0, {}, std::nullopt};
        TeamInputs inputs;
        inputs.months = 1;
        inputs.onCall = {series({rotations}), 4, Series()};
        if (rule == 0) {
            role.rule = ExplicitHeadcount{series({parameter})};
        } else if (rule == 1) {
            role.rule = PerComponentGroupHeadcount{parameter};
            inputs.componentGroups = series({driver});
        } else if (rule == 2) {
            role.rule = SreHeadcount{parameter};
            inputs.instances = series({driver});
        } else {
            role.rule = SupportHeadcount{parameter};
            inputs.users = series({driver});
        }
        QCOMPARE(role.rule.index(), std::size_t(rule));
        QVERIFY(validateTeam({role}, inputs).empty());
        const Series h = roleHeadcount(role, inputs);
        QCOMPARE(h.size(), Eigen::Index(1));
        QCOMPARE(h[0], expected);
    }

    // 100 engineers at 12%/year lose 100·0.12/12 = 1 a month, replaced every month including month 0.
    void flatTeamReplacesItsLeavers()
    {
        const Series hires = hiresNeeded(series({100, 100, 100, 100}), 0.12);
        HEADROOM_COMPARE_SERIES(hires, std::vector<double>({1, 1, 1, 1}), test::kExactArithmetic);
    }

    // hires(t) = max(0, H(t) − 0.99·H(t − 1)), worked by hand: 110 − 99 = 11; 110 − 108.9 = 1.1;
    // 105 < 108.9 (the shrink absorbs the leavers); 120 − 103.95 = 16.05.
    void hiresAreGrowthPlusReplacement()
    {
        const Series hires = hiresNeeded(series({100, 110, 110, 105, 120}), 0.12);
        HEADROOM_COMPARE_SERIES(hires, std::vector<double>({1, 11, 1.1, 0, 16.05}), test::kHandWorked);
    }

    // A hire needed in month t is opened in month t − L; those needed before month L are opened in
    // month 0 and are late. L = 2: months 0 and 1 (1 + 11) are late, month 2's 1.1 is just in time.
    // With 1 hire a month open at the start (a steady team's replacements), month 0's hire and 1 of
    // month 1's 11 come from requisitions opened before the plan: 10 are late, and 2 hires are
    // never opened in the plan's months.
    void leadTimeOpensRequisitionsEarly()
    {
        const Series hires = series({1, 11, 1.1, 0, 16.05});
        const RequisitionPlan plan = openRequisitions(hires, 2);
        HEADROOM_COMPARE_SERIES(plan.requisitions, std::vector<double>({13.1, 0, 16.05, 0, 0}), test::kHandWorked);
        HEADROOM_COMPARE_REL(plan.late, 12.0, test::kExactArithmetic);
        QCOMPARE(plan.firstLateMonth, std::optional<int>(0));

        const RequisitionPlan now = openRequisitions(hires, 0);
        HEADROOM_COMPARE_SERIES(now.requisitions, std::vector<double>({1, 11, 1.1, 0, 16.05}), test::kExactArithmetic);
        QCOMPARE(now.late, 0.0);
        QVERIFY(!now.firstLateMonth);
        QCOMPARE(plan.requisitions.sum(), hires.sum()); // shifted, none lost

        const RequisitionPlan steady = openRequisitions(hires, 2, 1.0);
        HEADROOM_COMPARE_SERIES(steady.requisitions, std::vector<double>({11.1, 0, 16.05, 0, 0}), test::kHandWorked);
        HEADROOM_COMPARE_REL(steady.late, 10.0, test::kExactArithmetic);
        QCOMPARE(steady.firstLateMonth, std::optional<int>(1));
        HEADROOM_COMPARE_REL(steady.requisitions.sum(), hires.sum() - 2.0, test::kExactArithmetic);
    }

    // 100 engineers at 12%/year (m = 0.01) grow to 110 in month 1; hires 1, 11, then 1.1 a month.
    // With a 2-month lead time the requisitions open at the start bring p = hires(0) = 1 a month, so
    // month 1 gets 1 of its 11 (10 late, opened in month 0) and the 10 start in month 2, worked by
    // hand: due 1, 11 → ready 1, 1 → A = 100, 0.99·100 + 1 = 100; month 2 due 110 − 99 = 11, all
    // ready → A = 110. Without a lead time A = H. Recruiting costs follow the hires made.
    void leadTimeDelaysGrowthUntilItsRequisitionsFill()
    {
        const std::vector<double> plan{100, 110, 110, 110, 110, 110};
        TeamInputs inputs;
        inputs.months = 6;
        inputs.leadTimeMonths = 2;
        const TeamProjection late = projectTeam({explicitRole("eng", plan, 0.12)}, inputs);
        QVERIFY(late.ok());
        const RoleProjection& r = late.roles.at(0);
        HEADROOM_COMPARE_SERIES(r.requisitions, std::vector<double>({11.1, 1.1, 1.1, 1.1, 0, 0}), test::kHandWorked);
        HEADROOM_COMPARE_REL(late.lateRequisitions, 10.0, test::kHandWorked);
        QCOMPARE(late.firstMonthHiringLate, std::optional<int>(1));
        HEADROOM_COMPARE_SERIES(r.hired, std::vector<double>({1, 1, 11, 1.1, 1.1, 1.1}), test::kHandWorked);
        HEADROOM_COMPARE_SERIES(r.actualHeadcount, std::vector<double>({100, 100, 110, 110, 110, 110}),
                                test::kHandWorked);
        HEADROOM_COMPARE_SERIES(late.backlog, std::vector<double>({0, 10, 0, 0, 0, 0}), test::kHandWorked);
        HEADROOM_COMPARE_SERIES(late.recruitingCost, std::vector<double>({5e3, 5e3, 55e3, 5.5e3, 5.5e3, 5.5e3}),
                                test::kHandWorked);
        QVERIFY(!late.firstMonthOverRecruitingCapacity);

        inputs.leadTimeMonths = 0;
        const TeamProjection now = projectTeam({explicitRole("eng", plan, 0.12)}, inputs);
        QVERIFY((now.roles.at(0).actualHeadcount == now.roles.at(0).headcount).all());
        QVERIFY(!now.firstMonthHiringLate && now.lateRequisitions == 0.0);
    }

    // The same plan against a capacity of 4 hires a month. Without a lead time month 1 is over
    // capacity (11 due); with 2 months the crunch moves to month 2, when the late hires come due,
    // worked by hand: hired 4 → A = 99 + 4 = 103; due 110 − 101.97 = 8.03 → 105.97; due
    // 110 − 104.9103 = 5.0897 → 108.9103; due 2.178803 → 110.
    void lateHiresMeetRecruitingCapacityWhenTheyComeDue()
    {
        TeamInputs inputs;
        inputs.months = 6;
        inputs.leadTimeMonths = 2;
        inputs.recruitingCapacityPerMonth = 4.0;
        const std::vector<double> plan{100, 110, 110, 110, 110, 110};
        const TeamProjection p = projectTeam({explicitRole("eng", plan, 0.12)}, inputs);
        QVERIFY(p.ok());
        HEADROOM_COMPARE_SERIES(p.actualHeadcount, std::vector<double>({100, 100, 103, 105.97, 108.9103, 110}),
                                test::kHandWorked);
        HEADROOM_COMPARE_SERIES(p.roles.at(0).hired, std::vector<double>({1, 1, 4, 4, 4, 2.178803}),
                                test::kHandWorked);
        QCOMPARE(p.firstMonthHiringLate, std::optional<int>(1));
        QCOMPARE(p.firstMonthOverRecruitingCapacity, std::optional<int>(2));

        inputs.leadTimeMonths = 0;
        QCOMPARE(projectTeam({explicitRole("eng", plan, 0.12)}, inputs).firstMonthOverRecruitingCapacity,
                 std::optional<int>(1));
    }

    // Properties: a team that does not grow is the same whatever the lead time (its leavers'
    // replacements are in the pipeline); for one role, a longer lead time never adds people in place.
    void longerLeadTimesNeverAddPeople()
    {
        std::mt19937_64 rng(20261203);
        std::uniform_real_distribution<double> unit(0.0, 1.0);
        for (int trial = 0; trial < 100; ++trial) {
            TeamInputs inputs;
            inputs.months = 24;
            inputs.recruitingCapacityPerMonth = trial % 2 ? 1.0 + 10.0 * unit(rng) : 0.0;
            const double attrition = 0.3 * unit(rng);
            const double start = std::ceil(200.0 * unit(rng));
            std::vector<double> plan(24, start);
            const Series atOnce = projectTeam({explicitRole("eng", plan, attrition)}, inputs).actualHeadcount;
            inputs.leadTimeMonths = int(24 * unit(rng));
            const TeamProjection flat = projectTeam({explicitRole("eng", plan, attrition)}, inputs);
            QVERIFY(flat.ok());
            QVERIFY(((flat.actualHeadcount - atOnce).abs() <= 1e-9 * start).all());
            QVERIFY(!flat.firstMonthHiringLate);

            for (std::size_t t = 1; t < plan.size(); ++t)
                plan[t] = std::max(0.0, plan[t - 1] + std::round(8.0 * unit(rng) - 2.0));
            Series before;
            for (int lead = 0; lead <= 6; ++lead) {
                inputs.leadTimeMonths = lead;
                const Series now = projectTeam({explicitRole("eng", plan, attrition)}, inputs).actualHeadcount;
                if (lead > 0)
                    QVERIFY2((now <= before + 1e-9).all(),
                             qPrintable(QStringLiteral("trial %1, lead %2").arg(trial).arg(lead)));
                before = now;
            }
        }
    }

    // One role, no attrition, capacity 3 hires a month. Needed 10, 10, 15, 20, 20, 20; worked by hand:
    // due 0, 0, 5, 2 + 5, 4 + 0, 1 + 0 → hired 0, 0, 3, 3, 3, 1 → backlog 0, 0, 2, 4, 1, 0.
    void hiresBeyondCapacityRollOver()
    {
        TeamInputs inputs;
        inputs.months = 6;
        inputs.recruitingCapacityPerMonth = 3.0;
        const TeamProjection p = projectTeam({explicitRole("eng", {10, 10, 15, 20, 20, 20}, 0.0)}, inputs);
        QVERIFY(p.ok());
        QCOMPARE(p.firstMonthOverRecruitingCapacity, std::optional<int>(2));
        QCOMPARE(p.overRecruitingCapacity, std::vector<bool>({false, false, true, true, true, false}));
        const RoleProjection& r = p.roles.at(0);
        HEADROOM_COMPARE_SERIES(r.hires, std::vector<double>({0, 0, 5, 5, 0, 0}), test::kExactArithmetic);
        HEADROOM_COMPARE_SERIES(r.hired, std::vector<double>({0, 0, 3, 3, 3, 1}), test::kExactArithmetic);
        HEADROOM_COMPARE_SERIES(r.backlog, std::vector<double>({0, 0, 2, 4, 1, 0}), test::kExactArithmetic);
        HEADROOM_COMPARE_SERIES(r.actualHeadcount, std::vector<double>({10, 10, 13, 16, 19, 20}),
                                test::kExactArithmetic);
        // Costs: people in place × 10 000 a month; hires made × 5 000.
        HEADROOM_COMPARE_SERIES(r.cost, std::vector<double>({1e5, 1e5, 1.3e5, 1.6e5, 1.9e5, 2e5}),
                                test::kExactArithmetic);
        HEADROOM_COMPARE_SERIES(r.recruitingCost, std::vector<double>({0, 0, 15e3, 15e3, 15e3, 5e3}),
                                test::kExactArithmetic);
        HEADROOM_COMPARE_SERIES(p.backlog, std::vector<double>({0, 0, 2, 4, 1, 0}), test::kExactArithmetic);
    }

    void unlimitedRecruitingHiresEveryone()
    {
        TeamInputs inputs;
        inputs.months = 6; // recruiting capacity defaults to infinity
        const TeamProjection p = projectTeam({explicitRole("eng", {10, 10, 15, 20, 20, 20}, 0.0)}, inputs);
        QVERIFY(p.ok());
        QVERIFY(!p.firstMonthOverRecruitingCapacity);
        QVERIFY((p.roles.at(0).actualHeadcount == p.roles.at(0).headcount).all());
        QVERIFY((p.roles.at(0).hired == p.roles.at(0).hires).all());
        QCOMPARE(p.backlog.maxCoeff(), 0.0);
    }

    // Attrition on a backlog: people not yet hired do not leave. H = 100, 120, 120, 120 at 12%/year
    // (m = 0.01), capacity 10, worked by hand: due 100 − 99 = 1; 120 − 99 = 21 → A = 109;
    // 120 − 0.99·109 = 12.09 → A = 117.91; 120 − 0.99·117.91 = 3.2691 → A = 120.
    void backlogDoesNotLoseLeavers()
    {
        TeamInputs inputs;
        inputs.months = 4;
        inputs.recruitingCapacityPerMonth = 10.0;
        const TeamProjection p = projectTeam({explicitRole("eng", {100, 120, 120, 120}, 0.12)}, inputs);
        QVERIFY(p.ok());
        const RoleProjection& r = p.roles.at(0);
        HEADROOM_COMPARE_SERIES(r.hired, std::vector<double>({1, 10, 10, 3.2691}), test::kHandWorked);
        HEADROOM_COMPARE_SERIES(r.actualHeadcount, std::vector<double>({100, 109, 117.91, 120}), test::kHandWorked);
        HEADROOM_COMPARE_SERIES(r.backlog, std::vector<double>({0, 11, 2.09, 0}), test::kHandWorked);
        QCOMPARE(p.firstMonthOverRecruitingCapacity, std::optional<int>(1));
    }

    // A capacity across all roles, shared in proportion to need: 6 + 2 hires due in month 1 against 4
    // gives 3 and 1; in month 2 the backlogs, 3 + 1, fit exactly.
    void capacityIsSharedAcrossRoles()
    {
        TeamInputs inputs;
        inputs.months = 3;
        inputs.recruitingCapacityPerMonth = 4.0;
        const TeamProjection p =
            projectTeam({explicitRole("a", {10, 16, 16}, 0.0), explicitRole("b", {5, 7, 7}, 0.0)}, inputs);
        QVERIFY(p.ok());
        HEADROOM_COMPARE_SERIES(p.roles.at(0).hired, std::vector<double>({0, 3, 3}), test::kExactArithmetic);
        HEADROOM_COMPARE_SERIES(p.roles.at(1).hired, std::vector<double>({0, 1, 1}), test::kExactArithmetic);
        HEADROOM_COMPARE_SERIES(p.backlog, std::vector<double>({0, 4, 0}), test::kExactArithmetic);
        HEADROOM_COMPARE_SERIES(p.actualHeadcount, std::vector<double>({15, 19, 23}), test::kExactArithmetic);
        QCOMPARE(p.overRecruitingCapacity, std::vector<bool>({false, true, false}));
        QCOMPARE(p.firstMonthOverRecruitingCapacity, std::optional<int>(1));
    }

    // Late requisitions and totals through projectTeam: 100 engineers at 12% need 1 hire a month; a
    // 3-month lead time opens each a quarter ahead, and the requisitions open at the start bring the
    // first three: none is late, and the team is whole.
    void projectionOpensRequisitionsAhead()
    {
        TeamInputs inputs;
        inputs.months = 6;
        inputs.leadTimeMonths = 3;
        const TeamProjection p = projectTeam({explicitRole("eng", {100, 100, 100, 100, 100, 100}, 0.12)}, inputs);
        QVERIFY(p.ok());
        HEADROOM_COMPARE_SERIES(p.requisitions, std::vector<double>({1, 1, 1, 0, 0, 0}), test::kHandWorked);
        QCOMPARE(p.roles.at(0).lateRequisitions, 0.0);
        QVERIFY(!p.firstMonthHiringLate);
        HEADROOM_COMPARE_SERIES(p.recruitingCost, std::vector<double>(6, 5'000.0), test::kHandWorked);
        HEADROOM_COMPARE_SERIES(p.cost, std::vector<double>(6, 1e6), test::kExactArithmetic);
    }

    // SREs for 2, 2, 3, 3 rotations of 4 people: 8, 8, 12, 12. Hiring 2 a month, month 2 has 10 of 12.
    void onCallUndersizedWhenHiringFallsBehind()
    {
        TeamInputs inputs;
        inputs.months = 4;
        inputs.instances = series({0, 0, 0, 0});
        inputs.onCall = {series({2, 2, 3, 3}), 4, Series()};
        inputs.recruitingCapacityPerMonth = 2.0;
        const RoleParameters sre{"sre", 16'000.0, 0.0, 25'000.0, SreHeadcount{50.0}, std::nullopt};
        const TeamProjection p = projectTeam({sre}, inputs);
        QVERIFY(p.ok());
        HEADROOM_COMPARE_SERIES(p.roles.at(0).headcount, std::vector<double>({8, 8, 12, 12}), test::kExactArithmetic);
        HEADROOM_COMPARE_SERIES(p.onCallEligible, std::vector<double>({8, 8, 10, 12}), test::kExactArithmetic);
        HEADROOM_COMPARE_SERIES(p.onCallRequired, std::vector<double>({8, 8, 12, 12}), test::kExactArithmetic);
        QCOMPARE(p.firstMonthOnCallUndersized, std::optional<int>(2));

        inputs.recruitingCapacityPerMonth = 4.0; // enough: never undersized
        QVERIFY(!projectTeam({sre}, inputs).firstMonthOnCallUndersized);
    }

    void onCallUndersizedWithAGivenEligibleSeries()
    {
        const Series rotations = series({2, 2, 3, 3});
        QCOMPARE(firstMonthOnCallUndersized(series({8, 8, 12, 11}), rotations, 4), std::optional<int>(3));
        QCOMPARE(firstMonthOnCallUndersized(series({8, 7, 12, 11}), rotations, 4), std::optional<int>(1));
        QVERIFY(!firstMonthOnCallUndersized(series({8, 8, 12, 12}), rotations, 4));
        QVERIFY(!firstMonthOnCallUndersized(Series(), Series(), 4));

        TeamInputs inputs;
        inputs.months = 4;
        inputs.onCall = {rotations, 4, series({9, 9, 9, 20})}; // no SRE role: the given series is on call
        const TeamProjection p = projectTeam({explicitRole("eng", {30, 30, 30, 30}, 0.0)}, inputs);
        QVERIFY(p.ok());
        QCOMPARE(p.firstMonthOnCallUndersized, std::optional<int>(2));
    }

    // People in place are expected numbers, fractional under attrition and a recruiting shortfall:
    // 3.996 people is a rota of 4 missing under four hours of one person's month, not an undersized
    // one. The tolerance is 0.005 of a person (Team.h).
    void onCallShortfallOfAFewHoursIsNoGap_data()
    {
        QTest::addColumn<double>("eligible"); // people in place against a need of 2 rotations × 2
        QTest::addColumn<bool>("undersized");
        QTest::newRow("all four") << 4.0 << false;
        QTest::newRow("rounding error short") << 4.0 - 1e-12 << false;
        QTest::newRow("0.004 short") << 3.996 << false;
        QTest::newRow("0.005 short: the tolerance") << 3.995 << false;
        QTest::newRow("0.0051 short") << 3.9949 << true;
        QTest::newRow("0.01 short") << 3.99 << true;
        QTest::newRow("a person short") << 3.0 << true;
    }

    void onCallShortfallOfAFewHoursIsNoGap()
    {
        QFETCH(double, eligible);
        QFETCH(bool, undersized);
        const std::optional<int> month = firstMonthOnCallUndersized(series({4.0, eligible}), series({2, 2}), 2);
        QCOMPARE(month, undersized ? std::optional<int>(1) : std::nullopt);
    }

    // Whenever the rotations are undersized, the message's people in place, as printed, are fewer
    // than the rotations need: never "4.00 people in place can take call, the rotations need 4".
    void onCallMessageNeverContradictsItself()
    {
        const Model model;
        int flagged = 0;
        for (int i = 0; i <= 20'000; ++i) {
            const double eligible = 3.9 + 0.1 * i / 20'000.0; // 3.9 to 4.0 by 5·10⁻⁶ of a person
            if (!firstMonthOnCallUndersized(series({eligible}), series({1}), 4))
                continue;
            ++flagged;
            const BottleneckEvent event{SubjectKind::Team, 0, BottleneckKind::OnCallUndersized, 0, eligible, 4.0};
            const std::string message = bottleneckMessage(model, event);
            const std::size_t at = message.find(": ") + 2;
            const double printed = std::stod(message.substr(at, message.find(' ', at) - at));
            QVERIFY2(printed < 4.0, message.c_str());
            QVERIFY2(message.find("the rotations need 4 ") != std::string::npos, message.c_str());
        }
        QCOMPARE(flagged, 19'000); // 3.9 up to 3.995, where the tolerance begins
    }

    void teamThroughput_data()
    {
        QTest::addColumn<int>("people");
        QTest::addColumn<int>("maxTeamSize");
        QTest::addColumn<double>("sigma");
        QTest::addColumn<double>("kappa");
        QTest::addColumn<double>("expected");
        // X = Σ n_i / (1 + σ(n − 1) + κ n_i(n_i − 1)), worked by hand.
        QTest::newRow("no contention, no coherency: n") << 60 << 8 << 0.0 << 0.0 << 60.0;
        QTest::newRow("one team is the USL (tst_Capacity)") << 10 << 10 << 0.05 << 0.001 << 6.493506493506494;
        // 60 in one team: 60 / (1 + 0.02·59 + 0.005·3540) = 60 / 19.88.
        QTest::newRow("60 in one team") << 60 << 60 << 0.02 << 0.005 << 3.018108651911469;
        // ⌈60/8⌉ = 8 teams: four of 8 and four of 7, 4·8/2.46 + 4·7/2.39.
        QTest::newRow("60 in teams of 8") << 60 << 8 << 0.02 << 0.005 << 24.723611252848933;
        QTest::newRow("teams of one have no coherency cost") << 5 << 1 << 0.1 << 0.5 << 5.0 / 1.4;
        QTest::newRow("nobody does nothing") << 0 << 8 << 0.02 << 0.005 << 0.0;
    }

    void teamThroughput()
    {
        QFETCH(int, people);
        QFETCH(int, maxTeamSize);
        QFETCH(double, sigma);
        QFETCH(double, kappa);
        QFETCH(double, expected);
        HEADROOM_COMPARE_REL(engine::teamThroughput(people, maxTeamSize, sigma, kappa), expected,
                             test::kExactArithmetic);
    }

    // With κ > 0, 60 people in teams of 8 get more done than one team of 60; with κ = 0 splitting
    // changes nothing (σ is the whole organisation's), and one team is always the USL.
    void smallTeamsBeatOneLargeTeam()
    {
        for (double kappa : {1e-4, 1e-3, 5e-3, 0.05}) {
            for (double sigma : {0.0, 0.02, 0.2}) {
                const double split = engine::teamThroughput(60, 8, sigma, kappa);
                const double single = engine::teamThroughput(60, 60, sigma, kappa);
                QVERIFY2(split > single, qPrintable(QStringLiteral("sigma %1, kappa %2").arg(sigma).arg(kappa)));
                HEADROOM_COMPARE_REL(single, uslThroughput(60, 1.0, {sigma, kappa}), test::kExactArithmetic);
            }
        }
        HEADROOM_COMPARE_REL(engine::teamThroughput(60, 8, 0.05, 0.0), engine::teamThroughput(60, 60, 0.05, 0.0),
                             test::kExactArithmetic);
        for (int n = 1; n <= 200; ++n)
            HEADROOM_COMPARE_REL(engine::teamThroughput(n, 1000, 0.03, 0.002), uslThroughput(n, 1.0, {0.03, 0.002}),
                                 test::kExactArithmetic);
        QVERIFY(std::isnan(engine::teamThroughput(60, 0, 0.02, 0.005)));
        QVERIFY(std::isnan(engine::teamThroughput(60, 8, 1.0, 0.005)));
        QVERIFY(std::isnan(engine::teamThroughput(60, 8, 0.02, -0.1)));
    }

    // A role with scaling reports the throughput of the people in place, rounded: with 1.6 hires a
    // month, 10 → 12 engineers have 11.6 in month 1, which is 12 people, 12 alone with σ = κ = 0.
    void projectionReportsThroughputWithScaling()
    {
        ValidTeam team;
        const TeamProjection p = projectTeam(team.roles, team.inputs);
        QVERIFY(p.ok());
        const RoleProjection& eng = p.roles.at(0);
        QCOMPARE(eng.throughput.size(), Eigen::Index(3));
        HEADROOM_COMPARE_REL(eng.throughput[0], engine::teamThroughput(int(eng.actualHeadcount[0]), 8, 0.02, 0.005),
                             test::kExactArithmetic);
        QCOMPARE(p.roles.at(1).throughput.size(), Eigen::Index(0));

        TeamInputs inputs;
        inputs.months = 2;
        inputs.recruitingCapacityPerMonth = 1.6;
        RoleParameters growing = explicitRole("eng", {10, 12}, 0.0);
        growing.scaling = TeamScaling{8, 0.0, 0.0};
        const TeamProjection short_ = projectTeam({growing}, inputs);
        HEADROOM_COMPARE_REL(short_.roles.at(0).actualHeadcount[1], 11.6, test::kExactArithmetic);
        QCOMPARE(short_.roles.at(0).throughput[1], 12.0);
    }

    // Property: more users never means fewer support people.
    void moreUsersNeverMeanFewerSupportPeople()
    {
        std::mt19937_64 rng(20261201);
        std::uniform_real_distribution<double> unit(0.0, 1.0);
        for (int trial = 0; trial < 200; ++trial) {
            const RoleParameters support{"support", 1.0, 0.0, 1.0, SupportHeadcount{1.0 + 1e5 * unit(rng)},
                                         std::nullopt};
            TeamInputs inputs;
            inputs.months = 60;
            inputs.users.resize(60);
            double users = 1e6 * unit(rng);
            for (Eigen::Index t = 0; t < 60; ++t) {
                inputs.users[t] = users;
                users += 1e5 * unit(rng) * unit(rng);
            }
            const Series h = roleHeadcount(support, inputs);
            for (Eigen::Index t = 1; t < 60; ++t)
                QVERIFY2(h[t] >= h[t - 1], qPrintable(QStringLiteral("trial %1, month %2").arg(trial).arg(t)));
        }
    }

    // Property: with no attrition a flat team hires nobody, month 0 included, and opens no requisitions.
    void flatTeamWithoutAttritionHiresNobody()
    {
        std::mt19937_64 rng(20261202);
        std::uniform_int_distribution<int> people(0, 5000);
        std::uniform_int_distribution<int> lead(0, 24);
        for (int trial = 0; trial < 100; ++trial) {
            TeamInputs inputs;
            inputs.months = 36;
            inputs.leadTimeMonths = lead(rng);
            inputs.recruitingCapacityPerMonth = 0.0;
            const TeamProjection p =
                projectTeam({explicitRole("eng", std::vector<double>(36, double(people(rng))), 0.0)}, inputs);
            QVERIFY(p.ok());
            QCOMPARE(p.hires.abs().maxCoeff(), 0.0);
            QCOMPARE(p.requisitions.abs().maxCoeff(), 0.0);
            QCOMPARE(p.recruitingCost.abs().maxCoeff(), 0.0);
            QVERIFY(!p.firstMonthOverRecruitingCapacity);
        }
    }

    void validTeamHasNoProblems()
    {
        ValidTeam team;
        const std::vector<Problem> problems = validateTeam(team.roles, team.inputs);
        for (const Problem& p : problems)
            qWarning("%s", p.toString().c_str());
        QVERIFY(problems.empty());
    }

    void everyInvalidParameterIsNamed_data()
    {
        QTest::addColumn<int>("mutation");
        QTest::addColumn<QByteArray>("field");
        for (std::size_t i = 0; i < mutations().size(); ++i)
            QTest::newRow(mutations()[i].name) << int(i) << QByteArray(mutations()[i].field);
    }

    void everyInvalidParameterIsNamed()
    {
        QFETCH(int, mutation);
        QFETCH(QByteArray, field);
        ValidTeam team;
        mutations()[std::size_t(mutation)].apply(team.roles, team.inputs);
        const std::vector<Problem> problems = validateTeam(team.roles, team.inputs);
        QVERIFY2(problems.size() == 1 && problems[0].field == field.toStdString(),
                 qPrintable(QString::fromStdString(problems.empty() ? "no problem" : problems[0].toString())));
        const TeamProjection p = projectTeam(team.roles, team.inputs);
        QVERIFY(!p.ok());
        QVERIFY(p.roles.empty());
        QCOMPARE(p.headcount.size(), Eigen::Index(0));
    }

    void allProblemsAreReportedAtOnce()
    {
        ValidTeam team;
        team.roles[0].loadedCostPerMonth = -1.0;
        team.roles[1].attritionPerYear = 2.0;
        team.inputs.leadTimeMonths = -1;
        team.inputs.recruitingCapacityPerMonth = std::nan("");
        const std::vector<Problem> problems = validateTeam(team.roles, team.inputs);
        QCOMPARE(problems.size(), std::size_t(4));
        QVERIFY(hasProblem(problems, "roles[engineering].loaded_cost_per_month"));
        QVERIFY(hasProblem(problems, "roles[sre].attrition_per_year"));
        QVERIFY(hasProblem(problems, "lead_time_months"));
        QVERIFY(hasProblem(problems, "recruiting_capacity_per_month"));
    }

private:
    struct Mutation
    {
        const char* name;
        const char* field;
        void (*apply)(std::vector<RoleParameters>& roles, TeamInputs& inputs);
    };

    static const std::vector<Mutation>& mutations()
    {
        using R = std::vector<RoleParameters>;
        using I = TeamInputs;
        constexpr double nan = std::numeric_limits<double>::quiet_NaN();
        static const std::vector<Mutation> all{
            {"negative loaded cost", "roles[engineering].loaded_cost_per_month",
             [](R& r, I&) { r[0].loadedCostPerMonth = -1.0; }},
            {"NaN loaded cost", "roles[sre].loaded_cost_per_month", [](R& r, I&) { r[1].loadedCostPerMonth = nan; }},
            {"negative cost per hire", "roles[support].cost_per_hire", [](R& r, I&) { r[2].costPerHire = -5.0; }},
            {"attrition above 1", "roles[engineering].attrition_per_year",
             [](R& r, I&) { r[0].attritionPerYear = 1.2; }},
            {"negative attrition", "roles[product].attrition_per_year",
             [](R& r, I&) { r[3].attritionPerYear = -0.1; }},
            {"NaN attrition", "roles[sre].attrition_per_year", [](R& r, I&) { r[1].attritionPerYear = nan; }},
            {"zero engineers per group", "roles[engineering].engineers_per_group",
             [](R& r, I&) { r[0].rule = PerComponentGroupHeadcount{0.0}; }},
            {"zero instances per SRE", "roles[sre].instances_per_sre",
             [](R& r, I&) { r[1].rule = SreHeadcount{0.0}; }},
            {"negative instances per SRE", "roles[sre].instances_per_sre",
             [](R& r, I&) { r[1].rule = SreHeadcount{-50.0}; }},
            {"negative users per support person", "roles[support].users_per_support_person",
             [](R& r, I&) { r[2].rule = SupportHeadcount{-10.0}; }},
            {"NaN users per support person", "roles[support].users_per_support_person",
             [](R& r, I&) { r[2].rule = SupportHeadcount{nan}; }},
            {"explicit headcount too short", "roles[product].headcount",
             [](R& r, I&) { r[3].rule = ExplicitHeadcount{series({3, 4})}; }},
            {"explicit headcount negative", "roles[product].headcount",
             [](R& r, I&) { r[3].rule = ExplicitHeadcount{series({3, -4, 5})}; }},
            {"explicit headcount NaN", "roles[product].headcount",
             [](R& r, I&) { r[3].rule = ExplicitHeadcount{series({3, nan, 5})}; }},
            {"empty role id", "roles[3].id", [](R& r, I&) { r[3].id.clear(); }},
            {"duplicate role id", "roles[sre].id", [](R& r, I&) { r[2].id = "sre"; }},
            {"team size 0", "roles[engineering].scaling.max_team_size",
             [](R& r, I&) { r[0].scaling->maxTeamSize = 0; }},
            {"sigma 1", "roles[engineering].scaling.sigma", [](R& r, I&) { r[0].scaling->sigma = 1.0; }},
            {"negative sigma", "roles[engineering].scaling.sigma", [](R& r, I&) { r[0].scaling->sigma = -0.1; }},
            {"negative kappa", "roles[engineering].scaling.kappa", [](R& r, I&) { r[0].scaling->kappa = -1e-3; }},
            {"NaN kappa", "roles[engineering].scaling.kappa", [](R& r, I&) { r[0].scaling->kappa = nan; }},
            {"min people per rotation 0", "on_call.min_people_per_rotation",
             [](R&, I& i) { i.onCall.minPeoplePerRotation = 0; }},
            {"negative rotations", "on_call.rotations", [](R&, I& i) { i.onCall.rotations[1] = -1.0; }},
            {"NaN eligible", "on_call.eligible", [](R&, I& i) { i.onCall.eligible = series({1, nan, 1}); }},
            {"lead time negative", "lead_time_months", [](R&, I& i) { i.leadTimeMonths = -1; }},
            {"lead time over 24", "lead_time_months", [](R&, I& i) { i.leadTimeMonths = 25; }},
            {"negative recruiting capacity", "recruiting_capacity_per_month",
             [](R&, I& i) { i.recruitingCapacityPerMonth = -1.0; }},
            {"NaN recruiting capacity", "recruiting_capacity_per_month",
             [](R&, I& i) { i.recruitingCapacityPerMonth = nan; }},
            {"users missing for a support role", "users", [](R&, I& i) { i.users = Series(); }},
            {"NaN users", "users", [](R&, I& i) { i.users[2] = nan; }},
            {"negative instances", "instances", [](R&, I& i) { i.instances[0] = -3.0; }},
            {"infinite component groups", "component_groups",
             [](R&, I& i) { i.componentGroups[0] = std::numeric_limits<double>::infinity(); }},
            {"a tiny divisor asks for too many people", "roles[support].users_per_support_person",
             [](R& r, I&) { r[2].rule = SupportHeadcount{1e-300}; }},
        };
        return all;
    }
};

QTEST_APPLESS_MAIN(TestTeam)
#include "tst_Team.moc"
