#include "ModelTestSupport.h"
#include "TestSupport.h"
#include "engine/Model.h"
#include "engine/Validation.h"

#include <functional>
#include <limits>

using namespace headroom::engine;
using headroom::test::fieldsOf;

Q_DECLARE_METATYPE(std::function<void(Model&)>)

namespace {
Model validModel()
{
    Model m;
    m.users.kind = CurveKind::Exponential;
    m.users.initial = 1000.0;
    m.users.monthlyGrowth = 0.05;
    m.catalog.push_back({"small", "Small", 2, 4, 0.05});
    RequestClass web;
    web.id = "web";
    web.name = "Web";
    web.requestsPerUserPerDay = 50.0;
    web.peakToAverage = 3.0;
    web.entryComponent = "app";
    m.requestClasses.push_back(web);
    Component c;
    c.id = "app";
    c.name = "App";
    c.scaling.instanceType = "small";
    m.components.push_back(c);
    return m;
}

// validModel() with data on its component: 0.05 GB per user, backed up at 100 GB/h in a 4-hour window.
Model withData()
{
    Model m = validModel();
    DataSpec data;
    data.growth.gbPerUser = 0.05;
    data.growth.backupThroughputGbPerHour = 100.0;
    data.growth.backupWindowHours = 4.0;
    m.components[0].data = data;
    return m;
}

// validModel() with a team of one planned role: 5 engineers, 12% leaving a year, $8 000 a hire.
Model withTeam()
{
    Model m = validModel();
    Role engineer;
    engineer.id = "eng";
    engineer.headcount.initial = 5.0;
    engineer.attritionPerYear = 0.12;
    engineer.costPerHire = 8000.0;
    m.team.roles.push_back(engineer);
    m.team.recruitingCapacityPerMonth = 2.0;
    return m;
}
} // namespace

// Invalid input is refused with one message per problem, each naming its field.
class TestValidation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aValidModelHasNoProblems() { QVERIFY(validate(validModel()).empty()); }

    void eachProblemNamesItsField_data()
    {
        using Edit = std::function<void(Model&)>;
        QTest::addColumn<Edit>("edit");
        QTest::addColumn<QString>("field");
        const double nan = std::numeric_limits<double>::quiet_NaN();
        const double inf = std::numeric_limits<double>::infinity();

        QTest::newRow("horizon of zero") << Edit([](Model& m) { m.horizonMonths = 0; }) << "horizon_months";
        QTest::newRow("horizon over 240") << Edit([](Model& m) { m.horizonMonths = 241; }) << "horizon_months";
        QTest::newRow("negative users") << Edit([](Model& m) { m.users.initial = -5.0; }) << "users.initial";
        QTest::newRow("NaN users") << Edit([=](Model& m) { m.users.initial = nan; }) << "users.initial";
        QTest::newRow("growth of -100%")
            << Edit([](Model& m) { m.users.monthlyGrowth = -1.0; }) << "users.monthly_growth";
        QTest::newRow("infinite growth")
            << Edit([=](Model& m) { m.users.monthlyGrowth = inf; }) << "users.monthly_growth";
        QTest::newRow("linear decline to zero") << Edit([](Model& m) {
            m.users.kind = CurveKind::Linear;
            m.users.slopePerMonth = -100.0;
        }) << "users";
        QTest::newRow("interval not around the estimate") << Edit([](Model& m) {
            m.users.monthlyGrowth.interval90 = Interval{0.06, 0.08};
        }) << "users.monthly_growth.interval";
        QTest::newRow("negative request rate") << Edit([](Model& m) {
            m.requestClasses[0].requestsPerUserPerDay = -1.0;
        }) << "request_classes[web].requests_per_user_per_day";
        QTest::newRow("peak below average")
            << Edit([](Model& m) { m.requestClasses[0].peakToAverage = 0.5; })
            << "request_classes[web].peak_to_average";
        QTest::newRow("entry names no component")
            << Edit([](Model& m) { m.requestClasses[0].entryComponent = "db"; }) << "request_classes[web].entry";
        QTest::newRow("target above 1") << Edit([](Model& m) {
            m.components[0].scaling.targetUtilization = 1.4;
        }) << "components[app].scaling.target_utilization";
        QTest::newRow("zero capacity") << Edit([](Model& m) {
            m.components[0].scaling.capacityPerInstance = 0.0;
        }) << "components[app].scaling.capacity_per_instance";
        QTest::newRow("sigma of 1")
            << Edit([](Model& m) { m.components[0].scaling.usl.sigma = 1.0; }) << "components[app].scaling.usl.sigma";
        QTest::newRow("negative kappa")
            << Edit([](Model& m) { m.components[0].scaling.usl.kappa = -0.1; }) << "components[app].scaling.usl.kappa";
        QTest::newRow("max below min") << Edit([](Model& m) {
            m.components[0].scaling.minInstances = 5;
            m.components[0].scaling.maxInstances = 2;
        }) << "components[app].scaling.max_instances";
        QTest::newRow("unknown instance type") << Edit([](Model& m) {
            m.components[0].scaling.instanceType = "huge";
        }) << "components[app].scaling.instance_type";
        QTest::newRow("duplicate component id")
            << Edit([](Model& m) { m.components.push_back(m.components[0]); }) << "components[app].id";
        QTest::newRow("empty catalog id") << Edit([](Model& m) { m.catalog[0].id.clear(); }) << "catalog[0].id";
        QTest::newRow("negative price") << Edit([](Model& m) { m.catalog[0].pricePerHour = -0.1; })
                                        << "catalog[small].price_per_hour";
        QTest::newRow("seasonality not averaging 1")
            << Edit([](Model& m) { m.users.seasonality = std::vector<Quantity>(12, 1.5); }) << "users.seasonality";
        QTest::newRow("seasonality of 11 months")
            << Edit([](Model& m) { m.users.seasonality = std::vector<Quantity>(11, 1.0); }) << "users.seasonality";
        QTest::newRow("seasonality multiplier interval not around it") << Edit([](Model& m) {
            m.users.seasonality = std::vector<Quantity>(12, 1.0);
            m.users.seasonality[11].interval90 = Interval{1.1, 1.5};
        }) << "users.seasonality[11].interval";
        QTest::newRow("seasonality multiplier of 0") << Edit([](Model& m) {
            m.users.seasonality = std::vector<Quantity>(12, 1.0);
            m.users.seasonality[0] = 0.0;
        }) << "users.seasonality[0]";
        QTest::newRow("event multiplier interval reaching 0") << Edit([](Model& m) {
            m.users.events = {{3, 2.0, 1}};
            m.users.events[0].multiplier.interval90 = Interval{0.0, 3.0};
        }) << "users.events[0].multiplier.interval";
        QTest::newRow("negative event multiplier")
            << Edit([](Model& m) { m.users.events = {{3, -2.0, 1}}; }) << "users.events[0].multiplier";
        QTest::newRow("a request trend's event multiplier interval reaching 0") << Edit([](Model& m) {
            Curve trend;
            trend.initial = 1.0;
            trend.events = {{2, 1.5, 1}};
            trend.events[0].multiplier.interval90 = Interval{-0.5, 2.0};
            m.requestClasses[0].requestsTrend = trend;
        }) << "request_classes[web].requests_trend.events[0].multiplier.interval";
        QTest::newRow("negative point value") << Edit([](Model& m) {
            m.users.kind = CurveKind::Piecewise;
            m.users.points = {{0, 100}, {6, -5}};
        }) << "users.points[1].value";
        QTest::newRow("point interval reaching 0 with log-linear interpolation") << Edit([](Model& m) {
            m.users.kind = CurveKind::Piecewise;
            m.users.logInterpolation = true;
            m.users.points = {{0, 100}, {6, 400}};
            m.users.points[1].value.interval90 = Interval{0.0, 800.0};
        }) << "users.points[1].value.interval";
        QTest::newRow("event outside the horizon")
            << Edit([](Model& m) { m.users.events = {{400, 2.0, 1}}; }) << "users.events[0].month";
        QTest::newRow("piecewise points out of order") << Edit([](Model& m) {
            m.users.kind = CurveKind::Piecewise;
            m.users.points = {{5, 100}, {2, 200}};
        }) << "users.points[1]";
        QTest::newRow("data per user interval not around the estimate") << Edit([](Model& m) {
            m = withData();
            m.components[0].data->growth.gbPerUser.interval90 = Interval{0.06, 0.08};
        }) << "components[app].data.gb_per_user.interval";
        QTest::newRow("replication interval below 1") << Edit([](Model& m) {
            m = withData();
            m.components[0].data->growth.replicationFactor = Quantity{2.0};
            m.components[0].data->growth.replicationFactor.interval90 = Interval{0.5, 3.0};
        }) << "components[app].data.replication_factor.interval";
        QTest::newRow("backup speed interval reaching 0, which turns backups off") << Edit([](Model& m) {
            m = withData();
            m.components[0].data->growth.backupThroughputGbPerHour.interval90 = Interval{0.0, 200.0};
        }) << "components[app].data.backup_throughput_gb_per_hour.interval";
        QTest::newRow("working set fraction above 1") << Edit([](Model& m) {
            m = withData();
            m.components[0].data->growth.workingSetFraction = 1.5;
        }) << "components[app].data.working_set_fraction";
        QTest::newRow("write share interval with a NaN bound") << Edit([=](Model& m) {
            m = withData();
            m.components[0].data->writeShare.interval90 = Interval{0.0, nan};
        }) << "components[app].data.write_share.interval";
        QTest::newRow("attrition interval above 1") << Edit([](Model& m) {
            m = withTeam();
            m.team.roles[0].attritionPerYear.interval90 = Interval{0.05, 1.2};
        }) << "team.roles[eng].attrition_per_year.interval";
        QTest::newRow("cost per hire interval not around the estimate") << Edit([](Model& m) {
            m = withTeam();
            m.team.roles[0].costPerHire.interval90 = Interval{9000.0, 12000.0};
        }) << "team.roles[eng].cost_per_hire.interval";
        QTest::newRow("recruiting capacity interval reaching 0, which lifts the limit") << Edit([](Model& m) {
            m = withTeam();
            m.team.recruitingCapacityPerMonth.interval90 = Interval{0.0, 3.0};
        }) << "team.recruiting_capacity_per_month.interval";
        QTest::newRow("daily peak interval past a day") << Edit([](Model& m) {
            m.peakHours.interval90 = Interval{1.0, 30.0};
        }) << "peak_hours.interval";
        QTest::newRow("daily peak of 0 hours") << Edit([](Model& m) { m.peakHours = 0.0; }) << "peak_hours";
        QTest::newRow("reserved discount interval reaching 100%") << Edit([](Model& m) {
            m.catalog[0].reservedDiscount = 0.3;
            m.catalog[0].reservedDiscount.interval90 = Interval{0.2, 1.0};
        }) << "catalog[small].reserved_discount.interval";
        QTest::newRow("instances per SRE interval reaching 0") << Edit([](Model& m) {
            m = withTeam();
            m.team.roles[0].rule = HeadcountRuleKind::Sre;
            m.team.roles[0].instancesPerSre.interval90 = Interval{0.0, 80.0};
        }) << "team.roles[eng].instances_per_sre.interval";
        QTest::newRow("users per support person of 0") << Edit([](Model& m) {
            m = withTeam();
            m.team.roles[0].rule = HeadcountRuleKind::Support;
            m.team.roles[0].usersPerSupportPerson = 0.0;
        }) << "team.roles[eng].users_per_support_person";
        QTest::newRow("lead time of half a month") << Edit([](Model& m) {
            m = withTeam();
            m.team.leadTimeMonths = 2.5;
        }) << "team.lead_time_months";
        QTest::newRow("lead time interval in part months") << Edit([](Model& m) {
            m = withTeam();
            m.team.leadTimeMonths = 2.0;
            m.team.leadTimeMonths.interval90 = Interval{1.5, 4.0};
        }) << "team.lead_time_months.interval";
        QTest::newRow("lead time interval past 24 months") << Edit([](Model& m) {
            m = withTeam();
            m.team.leadTimeMonths = 12.0;
            m.team.leadTimeMonths.interval90 = Interval{6.0, 30.0};
        }) << "team.lead_time_months.interval";
        QTest::newRow("explicit without values") << Edit([](Model& m) { m.users.kind = CurveKind::Explicit; })
                                                 << "users.values";
    }

    void eachProblemNamesItsField()
    {
        QFETCH(std::function<void(Model&)>, edit);
        QFETCH(QString, field);
        Model m = validModel();
        edit(m);
        const QStringList fields = fieldsOf(validate(m));
        QVERIFY2(fields.contains(field), qPrintable(QStringLiteral("got: ") + fields.join(QLatin1String(", "))));
    }

    // A data field is checked by the walk over every quantity and by DataGrowth's own checks: its
    // problem is reported once, under its path.
    void aDataProblemIsReportedOnce()
    {
        Model m = withData();
        QVERIFY(validate(m).empty());
        m.components[0].data->growth.gbPerUser.interval90 = Interval{0.01, 0.04};
        m.components[0].data->growth.missPenalty = 0.5;
        QCOMPARE(fieldsOf(validate(m)), QStringList({QStringLiteral("components[app].data.gb_per_user.interval"),
                                                     QStringLiteral("components[app].data.miss_penalty")}));
    }

    // Uncertain points, seasonality and events in range are valid; each one out of range is named
    // once, by the walk over every quantity, not again by the curve's shape check. A point's value
    // is only checked on a curve drawn through its points.
    void aCurveItemIsCheckedOnceAndOnlyWhereUsed()
    {
        Model m = validModel();
        m.users.seasonality = {0.9, 0.9, 1.0, 1.0, 1.0, 1.0, 0.9, 0.9, 1.0, 1.0, 1.1, 1.3};
        m.users.seasonality[11].interval90 = Interval{1.1, 1.6};
        m.users.events = {{10, 1.8, 1}};
        m.users.events[0].multiplier.interval90 = Interval{1.3, 2.6};
        m.users.points = {{0, 100}, {6, -5}}; // kept by an exponential curve, not used
        QVERIFY2(validate(m).empty(), qPrintable(fieldsOf(validate(m)).join(QLatin1String(", "))));
        m.users.seasonality[3] = -1.0;
        m.users.events[0].multiplier.interval90 = Interval{2.0, 2.6};
        QCOMPARE(fieldsOf(validate(m)), QStringList({QStringLiteral("users.seasonality[3]"),
                                                     QStringLiteral("users.events[0].multiplier.interval")}));
        m.users.seasonality[3] = 1.0;
        m.users.events[0].multiplier.interval90.reset();
        m.users.kind = CurveKind::Piecewise;
        QCOMPARE(fieldsOf(validate(m)), QStringList({QStringLiteral("users.points[1].value")}));
    }

    // A team with uncertain estimates in range is valid; a negative recruiting capacity interval is named
    // once, by the walk over every quantity, not again by the team's own check.
    void aTeamIntervalIsCheckedOnce()
    {
        Model m = withTeam();
        m.team.roles[0].attritionPerYear.interval90 = Interval{0.08, 0.2};
        m.team.roles[0].costPerHire.interval90 = Interval{5000.0, 15000.0};
        m.team.recruitingCapacityPerMonth.interval90 = Interval{1.0, 3.0};
        QVERIFY(validate(m).empty());
        m.team.recruitingCapacityPerMonth.interval90 = Interval{-1.0, 3.0};
        QCOMPARE(fieldsOf(validate(m)), QStringList({QStringLiteral("team.recruiting_capacity_per_month.interval")}));
    }

    // The estimates that became quantities are checked by the walk over every quantity, and the team's own
    // checks do not name them again: a whole-month lead time interval and an SRE rule's interval in range
    // are valid; a lead time out of range and a rule parameter of 0 are named once each. A rule parameter
    // the role's rule does not read is not checked at all.
    void anEstimateIsCheckedOnce()
    {
        Model m = withTeam();
        m.team.roles[0].rule = HeadcountRuleKind::Sre;
        m.team.roles[0].instancesPerSre.interval90 = Interval{30.0, 80.0};
        m.team.leadTimeMonths = 2.0;
        m.team.leadTimeMonths.interval90 = Interval{1.0, 4.0};
        m.team.roles[0].engineersPerGroup = -1.0; // the per-group rule's, unused
        QVERIFY(validate(m).empty());
        m.team.leadTimeMonths = 30.0;
        m.team.leadTimeMonths.interval90.reset();
        m.team.roles[0].instancesPerSre = 0.0;
        m.team.roles[0].instancesPerSre.interval90.reset();
        QCOMPARE(fieldsOf(validate(m)), QStringList({QStringLiteral("team.roles[eng].instances_per_sre"),
                                                     QStringLiteral("team.lead_time_months")}));
    }

    void everyProblemIsReportedAtOnce()
    {
        Model m = validModel();
        m.horizonMonths = 500;
        m.users.initial = std::numeric_limits<double>::quiet_NaN();
        m.requestClasses[0].peakToAverage = 0.0;
        m.components[0].scaling.targetUtilization = -1.0;
        const std::vector<Problem> problems = validate(m);
        QCOMPARE(problems.size(), std::size_t(4));
        for (const Problem& p : problems)
            QVERIFY(!p.message.empty());
        QVERIFY(QString::fromStdString(problems[0].toString()).contains(QLatin1String("240")));
        // Each names its own field, as the file and the editor name it.
        QCOMPARE(fieldsOf(problems), QStringList({QStringLiteral("horizon_months"), QStringLiteral("users.initial"),
                                                  QStringLiteral("request_classes[%1].peak_to_average").arg(QString::fromStdString(m.requestClasses[0].id)),
                                                  QStringLiteral("components[%1].scaling.target_utilization").arg(QString::fromStdString(m.components[0].id))}));
    }
};

QTEST_APPLESS_MAIN(TestValidation)
#include "tst_Validation.moc"
