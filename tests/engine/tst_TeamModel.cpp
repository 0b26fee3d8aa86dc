#include "EngineTestModels.h"
#include "TestSupport.h"
#include "engine/QuantityFields.h"
#include "engine/TeamModel.h"

#include <algorithm>

using namespace headroom;
using namespace headroom::engine;
using namespace headroom::test;

namespace {

// graphModel() with 20 engineers all along (no attrition) whose work scales by the USL: σ = 0.02 across
// them, κ = 0.005 within a team, teams of at most 8; and 3 support people, who have no scaling.
Model scaledTeam()
{
    Model m = graphModel();
    Role engineer;
    engineer.id = "eng";
    engineer.name = "Engineers";
    engineer.headcount.initial = 20.0;
    engineer.attritionPerYear = 0.0;
    engineer.scaling = RoleScaling{0.02, 0.005, 8};
    Role support;
    support.id = "support";
    support.headcount.initial = 3.0;
    m.team.roles = {engineer, support};
    return m;
}

const SeriesSummary* roleSeries(const Results& r, std::size_t role, const char* key)
{
    return findSeries(r.roles.at(role).series, key);
}

} // namespace

// The model's team in the terms of Team.h: a role's σ, κ and team size reach the engine, its
// throughput is reported, and its σ and κ are quantities like any other (uncertain, overridden,
// validated by name).
class TestTeamModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aRolesScalingReachesTheTeamProjection()
    {
        const std::vector<RoleParameters> roles = roleParameters(scaledTeam());
        QCOMPARE(roles.size(), std::size_t(2));
        QVERIFY(roles[0].scaling.has_value());
        QCOMPARE(roles[0].scaling->maxTeamSize, 8);
        QCOMPARE(roles[0].scaling->sigma, 0.02);
        QCOMPARE(roles[0].scaling->kappa, 0.005);
        QVERIFY(!roles[1].scaling.has_value());
    }

    // The Universal Scalability Law (Gunther, Guerrilla Capacity Planning, 2007, ch. 4):
    // X(n) = n / (1 + σ(n − 1) + κ·n(n − 1)) for one team; split into teams, σ stays the whole role's and
    // κ is each team's (Team.h). 20 engineers in teams of at most 8 are ⌈20/8⌉ = 3 teams of 7, 7 and 6:
    // 2·7 / (1 + 0.02·19 + 0.005·42) + 6 / (1 + 0.02·19 + 0.005·30) = 14/1.59 + 6/1.53 = 12.7266;
    // as one team of 20, 20 / (1.38 + 0.005·380) = 6.0976; without coherency, 20 / 1.38 = 14.4928.
    void throughputIsTheUslOfThePeopleInPlace_data()
    {
        QTest::addColumn<int>("maxTeamSize");
        QTest::addColumn<double>("kappa");
        QTest::addColumn<double>("expected");
        QTest::newRow("teams of at most 8") << 8 << 0.005 << 12.726600073991863;
        QTest::newRow("one team of 20") << 20 << 0.005 << 6.097560975609755;
        QTest::newRow("no coherency: team size does not matter") << 3 << 0.0 << 14.492753623188406;
    }

    void throughputIsTheUslOfThePeopleInPlace()
    {
        QFETCH(int, maxTeamSize);
        QFETCH(double, kappa);
        QFETCH(double, expected);
        Model m = scaledTeam();
        m.team.roles[0].scaling->maxTeamSize = maxTeamSize;
        m.team.roles[0].scaling->kappa = kappa;
        const RunOutcome outcome = run(m);
        QVERIFY(outcome.ok());
        const SeriesSummary* throughput = roleSeries(*outcome.results, 0, keys::kTeamThroughput);
        QVERIFY(throughput);
        for (int t = 0; t < 3; ++t)
            HEADROOM_COMPARE_REL(throughput->p50[t], expected, test::kHandWorked);
        QCOMPARE(roleSeries(*outcome.results, 0, keys::kHeadcount)->p50[0], 20.0);
        QVERIFY(!roleSeries(*outcome.results, 1, keys::kTeamThroughput)); // support has no scaling
        QVERIFY(!findSeries(outcome.results->totals, keys::kTeamThroughput));
    }

    // People not in place do no work: with a 2-month lead time, engineers planned at 12, then 20, have
    // 12 in month 1 (nothing open at the start for a team without leavers), in two teams of 6:
    // 2·6 / (1 + 0.02·11 + 0.005·30) = 12/1.37 = 8.7591; with no lead time 20 people give 12.7266.
    void throughputFollowsThePeopleInPlaceNotThePlan()
    {
        Model m = scaledTeam();
        m.team.roles[0].headcount.kind = CurveKind::Piecewise;
        m.team.roles[0].headcount.points = {{0, 12}, {1, 20}};
        m.team.leadTimeMonths = 2;
        const Results late = *run(m).results;
        HEADROOM_COMPARE_REL(roleSeries(late, 0, keys::kTeamThroughput)->p50[1], 12.0 / 1.37, test::kHandWorked);
        m.team.leadTimeMonths = 0;
        const Results now = *run(m).results;
        HEADROOM_COMPARE_REL(roleSeries(now, 0, keys::kTeamThroughput)->p50[1], 12.726600073991863,
                             test::kHandWorked);
    }

    // σ and κ are quantities: listed with their paths, drawn when uncertain (a higher σ, less work),
    // ranked by sensitivity, and replaced by a scenario's override.
    void sigmaAndKappaAreUncertainInputs()
    {
        Model m = scaledTeam();
        std::vector<std::string> paths;
        forEachQuantity(m, [&](const FieldPath& path, const Quantity&, const ValidRange&, bool used) {
            if (used)
                paths.push_back(path.toString());
        });
        QVERIFY(std::count(paths.begin(), paths.end(), "team.roles[eng].scaling.sigma") == 1);
        QVERIFY(std::count(paths.begin(), paths.end(), "team.roles[eng].scaling.kappa") == 1);

        m.team.roles[0].scaling->sigma.interval90 = Interval{0.005, 0.08};
        RunOptions options;
        options.samples = 200;
        const RunOutcome outcome = run(m, options);
        QVERIFY(outcome.ok());
        const SeriesSummary& throughput = *roleSeries(*outcome.results, 0, keys::kTeamThroughput);
        QVERIFY(throughput.p10[2] < throughput.p50[2] && throughput.p50[2] < throughput.p90[2]);
        // At σ = 0.08: 2·7 / (1 + 1.52 + 0.21) + 6 / (2.52 + 0.15) = 7.3750, the P10's floor.
        QVERIFY(throughput.p10[2] > 7.3);
        QVERIFY(throughput.p90[2] < 20.0);
        QCOMPARE(roleSeries(*outcome.results, 0, keys::kHeadcount)->p90[2], 20.0); // σ is not headcount
        QVERIFY(std::any_of(outcome.results->sensitivity.begin(), outcome.results->sensitivity.end(),
                            [](const Sensitivity& s) { return s.input == "team.roles[eng].scaling.sigma"; }));

        Model overridden = scaledTeam();
        overridden.scenarios.push_back({"flat", "No coherency", {{"team.roles[eng].scaling.kappa", 0.0}}, {}});
        RunOptions scenario;
        scenario.scenario = "flat";
        const RunOutcome flat = run(overridden, scenario);
        QVERIFY(flat.ok());
        HEADROOM_COMPARE_REL(roleSeries(*flat.results, 0, keys::kTeamThroughput)->p50[0], 20.0 / 1.38,
                             test::kHandWorked);
    }

    // Each out-of-range σ, κ or team size is refused once, by its field.
    void invalidScalingIsNamedByItsField_data()
    {
        QTest::addColumn<double>("sigma");
        QTest::addColumn<double>("kappa");
        QTest::addColumn<int>("maxTeamSize");
        QTest::addColumn<double>("sigmaHi");
        QTest::addColumn<QString>("field");
        QTest::newRow("σ of 1") << 1.0 << 0.005 << 8 << 0.0 << "team.roles[eng].scaling.sigma";
        QTest::newRow("negative σ") << -0.01 << 0.005 << 8 << 0.0 << "team.roles[eng].scaling.sigma";
        QTest::newRow("negative κ") << 0.02 << -0.001 << 8 << 0.0 << "team.roles[eng].scaling.kappa";
        QTest::newRow("teams of 0") << 0.02 << 0.005 << 0 << 0.0 << "team.roles[eng].scaling.max_team_size";
        QTest::newRow("σ's interval reaching 1") << 0.02 << 0.005 << 8 << 1.0
                                                 << "team.roles[eng].scaling.sigma.interval";
    }

    void invalidScalingIsNamedByItsField()
    {
        QFETCH(double, sigma);
        QFETCH(double, kappa);
        QFETCH(int, maxTeamSize);
        QFETCH(double, sigmaHi);
        QFETCH(QString, field);
        Model m = scaledTeam();
        m.team.roles[0].scaling = RoleScaling{sigma, kappa, maxTeamSize};
        if (sigmaHi > 0.0)
            m.team.roles[0].scaling->sigma.interval90 = Interval{0.01, sigmaHi};
        const std::vector<Problem> problems = validate(m);
        QVERIFY2(problems.size() == 1, problems.empty() ? "none" : problems.back().toString().c_str());
        QCOMPARE(QString::fromStdString(problems[0].field), field);
        QVERIFY(!run(m).ok());
    }
};

QTEST_APPLESS_MAIN(TestTeamModel)
#include "tst_TeamModel.moc"
