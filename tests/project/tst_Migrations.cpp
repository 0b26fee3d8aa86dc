#include "ProjectTestSupport.h"
#include "TestSupport.h"
#include "project/InputsHash.h"
#include "project/ProjectFile.h"
#include "project/SqliteMigrations.h"
#include "project/SqliteStore.h"

#include <QTemporaryDir>

#include <algorithm>
#include <initializer_list>

using namespace headroom;
using namespace headroom::project;
using namespace headroom::test;
using sqlite::Database;
using sqlite::SqliteError;

namespace {
// SQL that takes a file of this build's schema back to version 4: drops the _lo and _hi columns
// schema 5 added to component_data.
std::string dropDataIntervals()
{
    std::string sql;
    for (const char* field : {"gb_per_user", "ingest_gb_per_user_per_month", "replication_factor", "compression_ratio",
                              "backup_throughput_gb_per_hour", "restore_throughput_gb_per_hour",
                              "backup_window_hours", "rto_hours", "working_set_fraction", "miss_penalty",
                              "max_gb_per_shard", "max_writes_per_second_per_shard", "write_share"})
        for (const char* bound : {"_lo", "_hi"})
            sql += std::string("ALTER TABLE component_data DROP COLUMN ") + field + bound + "; ";
    return sql;
}

// SQL that drops the _lo and _hi columns of each "table.column" given.
std::string dropIntervals(std::initializer_list<const char*> columns)
{
    std::string sql;
    for (const char* column : columns) {
        const std::string_view c(column);
        const std::size_t dot = c.find('.');
        for (const char* bound : {"_lo", "_hi"})
            sql += "ALTER TABLE " + std::string(c.substr(0, dot)) + " DROP COLUMN " + std::string(c.substr(dot + 1)) +
                   bound + "; ";
    }
    return sql;
}

// The estimates schema 6 gave a 90% interval, as "table.column".
const std::initializer_list<const char*> kV6Intervals = {
    "model.peak_hours",
    "instance_type.reserved_discount",
    "role.engineers_per_group",
    "role.instances_per_sre",
    "role.users_per_support_person",
    "team_settings.lead_time_months"};

} // namespace

// Files written by older versions of Headroom (tests/project/fixtures): they open, whole.
class TestMigrations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // The v1 fixture is the SaaS sample cut to 12 months with a run of 50 samples, seed 7, saved by
    // the schema-v1 code (fixtures/README.md): the file is sound as SQLite sees it, and every part
    // of the model and its results reads back as that run wrote it.
    void v1FixtureIsSoundAndOpensWhole()
    {
        const QString path = kFixturesDir + QStringLiteral("/v1.headroom");
        const QByteArray before = fileDigest(path);
        QCOMPARE(queryRows(path, "PRAGMA integrity_check"), QStringList{QStringLiteral("ok")});
        QCOMPARE(queryRows(path, "PRAGMA foreign_key_check"), QStringList{});
        QCOMPARE(pragma(path, "application_id"), qint64(kApplicationId));
        QCOMPARE(pragma(path, "user_version"), qint64(1));

        const LoadOutcome loaded = loadProject(path.toStdString());
        QVERIFY2(loaded.ok(), loaded.message.c_str());
        const engine::Model& m = loaded.project->model;
        QCOMPARE(m.name, std::string("Ledgerly: B2B invoicing SaaS, seed to Series B"));
        QCOMPARE(m.start, (engine::YearMonth{2027, 1}));
        QCOMPARE(m.horizonMonths, 12);
        QVERIFY(m.users.kind == engine::CurveKind::Exponential);
        QCOMPARE(m.users.initial.estimate, 18000.0);
        QCOMPARE(m.users.monthlyGrowth.estimate, 0.11);
        QCOMPARE(m.users.monthlyGrowth.interval90, std::optional(engine::Interval{0.07, 0.15}));
        QCOMPARE(m.catalog.size(), std::size_t(8));
        QCOMPARE(m.findInstanceType("c7g.xlarge")->pricePerHour.estimate, 0.145);
        QStringList components;
        for (const engine::Component& c : m.components)
            components << QString::fromStdString(c.id);
        QCOMPARE(components, (QStringList{"api", "cache", "db", "pdf"}));
        const engine::Component& db = *m.findComponent("db");
        QVERIFY(db.scaling.kind == engine::ScalingKind::Vertical);
        QCOMPARE(db.scaling.ladder.size(), std::size_t(5));
        QCOMPARE(db.scaling.ladder.back(), std::string("db.r7g.16xlarge"));
        QVERIFY(db.data.has_value());
        QCOMPARE(db.data->growth.backupWindowHours, 4.0);
        QCOMPARE(m.team.roles.size(), std::size_t(3));
        QCOMPARE(m.scenarios.size(), std::size_t(2));
        QCOMPARE(m.scenarios[0].id, std::string("db-replica"));

        QVERIFY(loaded.project->lastRun.has_value());
        const StoredRun& run = *loaded.project->lastRun;
        QCOMPARE(run.computedAt, std::string("2026-11-28T04:34:52Z"));
        QCOMPARE(run.inputsHash, std::string("22647a75742caab8"));
        // Opened today, the v1 results still match their model: they are not reported stale.
        QCOMPARE(inputsHash(m), run.inputsHash);
        const engine::Results& r = run.results;
        QCOMPARE(r.seed, std::uint64_t(7));
        QCOMPARE(r.samples, 50);
        QCOMPARE(r.months, 12);
        QCOMPARE(r.start, m.start);
        QCOMPARE(r.components.size(), std::size_t(4));
        QCOMPARE(r.requestClasses.size(), std::size_t(1));
        QCOMPARE(r.totals.size(), std::size_t(15));
        const auto users = std::find_if(r.totals.begin(), r.totals.end(),
                                        [](const engine::NamedSeries& s) { return s.key == engine::keys::kUsers; });
        QVERIFY(users != r.totals.end());
        // The first month's users are the curve's certain start, in every sample.
        QCOMPARE(users->summary.p10[0], 18000.0);
        QCOMPARE(users->summary.p90[0], 18000.0);
        for (int t = 0; t < r.months; ++t)
            QVERIFY(users->summary.p10[t] <= users->summary.p50[t] && users->summary.p50[t] <= users->summary.p90[t]);
        QCOMPARE(r.bottlenecks.size(), std::size_t(1));
        QCOMPARE(r.bottlenecks[0].subject, std::string("db"));
        QVERIFY(r.bottlenecks[0].kind == engine::BottleneckKind::WorkingSetBeyondMemory);
        QVERIFY(!r.bottlenecks[0].medianFirstMonth); // under half the samples within 12 months
        QVERIFY(r.bottlenecks[0].probabilityByMonth[11] > 0.0 && r.bottlenecks[0].probabilityByMonth[11] < 0.5);

        // Version 1 kept neither the team's roles nor the instance types of a run: none come back.
        QVERIFY(r.roles.empty());
        for (const engine::ComponentResult& c : r.components)
            QVERIFY(c.instanceTypes.empty());
        for (const engine::Licence& l : m.costs.licences)
            QVERIFY(l.roles.empty());

        QCOMPARE(fileDigest(path), before); // opening changed nothing
    }

    // The v2 fixture adds a per-seat licence for the engineers and SREs at $45 a seat; its run keeps
    // the team's roles and each component's instance types. Month 0's licences: 2 API hosts × $31 +
    // $80 fixed + (18 engineers + 4 SREs) × $45 = $1,132, in every sample.
    void v2FixtureKeepsSeatLicencesRolesAndInstanceTypes()
    {
        const QString path = kFixturesDir + QStringLiteral("/v2.headroom");
        const QByteArray before = fileDigest(path);
        QCOMPARE(queryRows(path, "PRAGMA integrity_check"), QStringList{QStringLiteral("ok")});
        QCOMPARE(pragma(path, "user_version"), qint64(2));
        const LoadOutcome loaded = loadProject(path.toStdString());
        QVERIFY2(loaded.ok(), loaded.message.c_str());
        const engine::Model& m = loaded.project->model;
        QCOMPARE(m.costs.licences.size(), std::size_t(3));
        const engine::Licence& seats = m.costs.licences.back();
        QCOMPARE(seats.id, std::string("ide"));
        QVERIFY(seats.kind == engine::LicenceKind::PerSeat);
        QCOMPARE(seats.roles, (std::vector<std::string>{"eng", "sre"}));
        QCOMPARE(seats.pricePerMonth.estimate, 45.0);

        QVERIFY(loaded.project->lastRun.has_value());
        QCOMPARE(inputsHash(m), loaded.project->lastRun->inputsHash); // not stale
        const engine::Results& r = loaded.project->lastRun->results;
        QCOMPARE(r.samples, 50);
        QCOMPARE(r.roles.size(), std::size_t(3));
        QCOMPARE(r.roles[1].id, std::string("sre"));
        QCOMPARE(r.roles[1].name, std::string("Site reliability engineers"));
        QCOMPARE(engine::findSeries(r.roles[0].series, engine::keys::kHeadcount)->p50[0], 18.0);
        QCOMPARE(engine::findSeries(r.roles[1].series, engine::keys::kHeadcount)->p50[0], 4.0);
        QCOMPARE(engine::findSeries(r.totals, engine::keys::kLicenceCost)->p10[0], 1132.0);
        const engine::ComponentResult& db = r.components.at(2);
        QCOMPARE(db.instanceTypes.size(), std::size_t(5));
        QCOMPARE(db.instanceTypes.front(), std::string("db.r7g.xlarge"));
        // Within these 12 months the primary stays on its first step in every sample.
        const engine::SeriesSummary& step = *engine::findSeries(db.series, engine::keys::kInstanceTypeStep);
        QCOMPARE(step.p90[11], 0.0);
        QCOMPARE(db.instanceTypeAt(step.p50[11]), std::string("db.r7g.xlarge"));
        QCOMPARE(r.components.at(0).instanceTypes, std::vector<std::string>{"c7g.xlarge"});
        QCOMPARE(fileDigest(path), before);
    }

    // The v3 fixture plans the support team by a headcount curve, 3 people and half a person more
    // a month, which the file keeps under the role's position; its run needs whole people: 3 in
    // the first month, 3 + 0.5 × 11 = 8.5 → 9 in the twelfth.
    void v3FixtureKeepsARoleCurveUnderItsPosition()
    {
        const QString path = kFixturesDir + QStringLiteral("/v3.headroom");
        const QByteArray before = fileDigest(path);
        QCOMPARE(pragma(path, "user_version"), qint64(3));
        QCOMPARE(queryRows(path, "SELECT driver FROM curve ORDER BY driver"),
                 (QStringList{QStringLiteral("role_headcount:0"), QStringLiteral("role_headcount:1"),
                              QStringLiteral("role_headcount:2"), QStringLiteral("users")}));
        const LoadOutcome loaded = loadProject(path.toStdString());
        QVERIFY2(loaded.ok(), loaded.message.c_str());
        const engine::Role& support = loaded.project->model.team.roles.at(2);
        QCOMPARE(support.id, std::string("support"));
        QVERIFY(support.rule == engine::HeadcountRuleKind::Curve);
        QVERIFY(support.headcount.kind == engine::CurveKind::Linear);
        QCOMPARE(support.headcount.initial.estimate, 3.0);
        QCOMPARE(support.headcount.slopePerMonth.estimate, 0.5);
        QVERIFY(loaded.project->lastRun.has_value());
        QCOMPARE(inputsHash(loaded.project->model), loaded.project->lastRun->inputsHash);
        const engine::RoleResult& run = loaded.project->lastRun->results.roles.at(2);
        QCOMPARE(run.id, std::string("support"));
        const engine::SeriesSummary& headcount = *engine::findSeries(run.series, engine::keys::kHeadcount);
        QCOMPARE(headcount.p50[0], 3.0);
        QCOMPARE(headcount.p50[11], 9.0);
        QCOMPARE(fileDigest(path), before);
    }

    // Schema 4 keeps, beside each bottleneck's English message, the occurrence it describes as
    // numbers, so that the window can say it in its own language; a file of version 3 has none and
    // keeps its message. The fixtures' one bottleneck: the database's hot data beyond its memory in
    // the twelfth month (2027-12), one instance running.
    void v4FixtureKeepsWhatEachBottleneckSays()
    {
        const LoadOutcome v4 = loadProject((kFixturesDir + QStringLiteral("/v4.headroom")).toStdString());
        QVERIFY2(v4.ok(), v4.message.c_str());
        const std::vector<engine::Bottleneck>& now = v4.project->lastRun->results.bottlenecks;
        QCOMPARE(now.size(), std::size_t(1));
        QVERIFY(now[0].kind == engine::BottleneckKind::WorkingSetBeyondMemory);
        QVERIFY(now[0].occurrence.has_value());
        QCOMPARE(now[0].occurrence->month, 11);
        QCOMPARE(now[0].occurrence->instances, 1);
        QVERIFY(!now[0].occurrence->percentile);
        QCOMPARE(now[0].occurrence->step, 0);
        QVERIFY(QString::fromStdString(now[0].message).contains(QStringLiteral("in 2027-12")));

        const LoadOutcome v3 = loadProject((kFixturesDir + QStringLiteral("/v3.headroom")).toStdString());
        QVERIFY2(v3.ok(), v3.message.c_str());
        const std::vector<engine::Bottleneck>& before = v3.project->lastRun->results.bottlenecks;
        QVERIFY(!before.empty());
        for (const engine::Bottleneck& b : before) {
            QVERIFY(!b.occurrence.has_value());
            QVERIFY(!b.message.empty());
        }
    }

    // Schema 5 keeps a 90% interval on every number of a component's data but its retention. The
    // v5 fixture's database has two (fixtures/README.md); the v4 fixture, migrated, keeps every value
    // of its data and gains no interval; each migrated file's results still match their model.
    void v5FixtureKeepsDataIntervalsAndV4DataStaysCertain()
    {
        const LoadOutcome v5 = loadProject((kFixturesDir + QStringLiteral("/v5.headroom")).toStdString());
        QVERIFY2(v5.ok(), v5.message.c_str());
        const engine::DataSpec& now = *v5.project->model.findComponent("db")->data;
        QCOMPARE(now.growth.gbPerUser.estimate, 0.004);
        QCOMPARE(now.growth.gbPerUser.interval90, std::optional(engine::Interval{0.003, 0.006}));
        QCOMPARE(now.growth.backupThroughputGbPerHour.estimate, 1500.0);
        QCOMPARE(now.growth.backupThroughputGbPerHour.interval90, std::optional(engine::Interval{1000.0, 2000.0}));
        QVERIFY(!now.growth.restoreThroughputGbPerHour.interval90);
        QVERIFY(!now.writeShare.interval90);
        QCOMPARE(inputsHash(v5.project->model), v5.project->lastRun->inputsHash);

        const QString v4Path = kFixturesDir + QStringLiteral("/v4.headroom");
        const QByteArray before = fileDigest(v4Path);
        const LoadOutcome v4 = loadProject(v4Path.toStdString());
        QVERIFY2(v4.ok(), v4.message.c_str());
        const engine::DataSpec& old = *v4.project->model.findComponent("db")->data;
        // The SaaS sample's database as v4 was made (no shard limits yet).
        engine::DataSpec expected;
        engine::DataParameters& g = expected.growth;
        g.gbPerUser = 0.004;
        g.ingestGbPerUserPerMonth = 0.001;
        g.retentionMonths = 84;
        g.replicationFactor = 1.0;
        g.compressionRatio = 1.0;
        g.backupThroughputGbPerHour = 1500.0;
        g.restoreThroughputGbPerHour = 600.0;
        g.backupWindowHours = 4.0;
        g.rtoHours = 4.0;
        g.workingSetFraction = 0.03;
        g.missPenalty = 3.0;
        expected.storagePricePerGbMonth = 0.115;
        expected.writeShare = 0.25;
        QCOMPARE(old, expected); // every value, and no interval (Quantity compares both)
        QCOMPARE(inputsHash(v4.project->model), v4.project->lastRun->inputsHash);
        QCOMPARE(fileDigest(v4Path), before);
    }

    // Schema 5 keeps a team role's scaling: the fixture's engineers have σ 0.01 (0.005–0.02), κ 0.004,
    // teams of at most 6, and its run their throughput. Their 18 people in the first month are three
    // teams of 6: 3·6 / (1 + 0.01·17 + 0.004·30) = 18/1.29 = 13.95 people-equivalents at the median σ
    // (the Universal Scalability Law; Gunther, Guerrilla Capacity Planning, 2007). Every role of an
    // older file opens without a scaling, and its results without a throughput.
    void v5FixtureKeepsARolesScaling()
    {
        const QString path = kFixturesDir + QStringLiteral("/v5.headroom");
        const QByteArray before = fileDigest(path);
        QCOMPARE(pragma(path, "user_version"), qint64(5));
        const LoadOutcome v5 = loadProject(path.toStdString());
        QVERIFY2(v5.ok(), v5.message.c_str());
        const std::vector<engine::Role>& roles = v5.project->model.team.roles;
        QCOMPARE(roles.at(0).id, std::string("eng"));
        QVERIFY(roles[0].scaling.has_value());
        QCOMPARE(roles[0].scaling->sigma.estimate, 0.01);
        QCOMPARE(roles[0].scaling->sigma.interval90, std::optional(engine::Interval{0.005, 0.02}));
        QCOMPARE(roles[0].scaling->kappa, engine::Quantity(0.004));
        QCOMPARE(roles[0].scaling->maxTeamSize, 6);
        QVERIFY(!roles[1].scaling && !roles[2].scaling);
        QCOMPARE(inputsHash(v5.project->model), v5.project->lastRun->inputsHash); // not stale
        const engine::Results& r = v5.project->lastRun->results;
        QCOMPARE(engine::findSeries(r.roles[0].series, engine::keys::kHeadcount)->p90[0], 18.0);
        const engine::SeriesSummary* throughput = engine::findSeries(r.roles[0].series, engine::keys::kTeamThroughput);
        QVERIFY(throughput);
        HEADROOM_COMPARE_REL(throughput->p50[0], 18.0 / 1.29, 0.02);
        QVERIFY(throughput->p10[0] < throughput->p50[0] && throughput->p50[0] < throughput->p90[0]);
        QVERIFY(!engine::findSeries(r.roles[1].series, engine::keys::kTeamThroughput));
        QVERIFY(engine::findSeries(r.totals, engine::keys::kRequisitions)); // and the lead time's series
        QVERIFY(engine::findSeries(r.roles[2].series, engine::keys::kHiringBacklog));
        QCOMPARE(fileDigest(path), before);

        for (const char* older : {"/v1.headroom", "/v4.headroom"}) {
            const LoadOutcome old = loadProject((kFixturesDir + QLatin1String(older)).toStdString());
            QVERIFY2(old.ok(), old.message.c_str());
            for (const engine::Role& role : old.project->model.team.roles)
                QVERIFY(!role.scaling);
        }
    }

    // Schema 5 keeps 90% intervals on the team's estimates: the fixture's engineers leave at 15% a
    // year (90% in 10–22%), the other roles and the recruiting capacity are certain. A v4 file,
    // migrated, keeps every value of its team and gains no interval.
    void v5FixtureKeepsTeamIntervalsAndV4TeamsStayCertain()
    {
        const LoadOutcome v5 = loadProject((kFixturesDir + QStringLiteral("/v5.headroom")).toStdString());
        QVERIFY2(v5.ok(), v5.message.c_str());
        const engine::TeamSpec& team = v5.project->model.team;
        QCOMPARE(team.roles.at(0).id, std::string("eng"));
        QCOMPARE(team.roles[0].attritionPerYear.estimate, 0.15);
        QCOMPARE(team.roles[0].attritionPerYear.interval90, std::optional(engine::Interval{0.10, 0.22}));
        for (const engine::Role& role : team.roles) {
            QVERIFY(!role.costPerHire.interval90);
            QVERIFY(role.id == "eng" || !role.attritionPerYear.interval90);
        }
        QVERIFY(!team.recruitingCapacityPerMonth.interval90);
        QCOMPARE(inputsHash(v5.project->model), v5.project->lastRun->inputsHash);

        const QString v4Path = kFixturesDir + QStringLiteral("/v4.headroom");
        const LoadOutcome v4 = loadProject(v4Path.toStdString());
        QVERIFY2(v4.ok(), v4.message.c_str());
        const engine::TeamSpec& old = v4.project->model.team;
        QVERIFY(!old.roles.empty());
        for (const engine::Role& role : old.roles) {
            QVERIFY(!role.attritionPerYear.interval90);
            QVERIFY(!role.costPerHire.interval90);
        }
        // The SaaS sample's team as v4 was made: every value, and no interval (Quantity compares both).
        QCOMPARE(old.roles.size(), std::size_t(3));
        QCOMPARE(old.roles[0].attritionPerYear, engine::Quantity(0.13));
        QCOMPARE(old.roles[1].costPerHire, engine::Quantity(15'000.0));
        QCOMPARE(old.roles[2].attritionPerYear, engine::Quantity(0.25));
        QCOMPARE(old.recruitingCapacityPerMonth, engine::Quantity(6.0));
        QCOMPARE(inputsHash(v4.project->model), v4.project->lastRun->inputsHash);
    }

    // Schema 6 keeps 90% intervals on a curve's seasonality and event multipliers and on its points'
    // values, beside their estimates (fixtures/README.md): the v6 fixture's users dip in August, 0.9
    // (0.8–0.97), and launch in month 6, ×1.25 (1.1–1.5), and its app's use per user reaches 1.2
    // (1.05–1.4) in month 11. Its results match its model. The v5 fixture, migrated, gains no
    // interval on any curve, and its results still match its model (nothing stale).
    void v6FixtureKeepsCurveIntervalsAndV5CurvesStayCertain()
    {
        const QString v6Path = kFixturesDir + QStringLiteral("/v6.headroom");
        QCOMPARE(pragma(v6Path, "user_version"), qint64(6));
        const LoadOutcome v6 = loadProject(v6Path.toStdString());
        QVERIFY2(v6.ok(), v6.message.c_str());
        const engine::Model& now = v6.project->model;
        QCOMPARE(now.users.seasonality.size(), std::size_t(12));
        QCOMPARE(now.users.seasonality[7].estimate, 0.9);
        QCOMPARE(now.users.seasonality[7].interval90, std::optional(engine::Interval{0.8, 0.97}));
        QVERIFY(!now.users.seasonality[6].interval90);
        QCOMPARE(now.users.events.size(), std::size_t(1));
        QCOMPARE(now.users.events[0].multiplier.estimate, 1.25);
        QCOMPARE(now.users.events[0].multiplier.interval90, std::optional(engine::Interval{1.1, 1.5}));
        const engine::Curve& trend = *now.requestClasses.at(0).requestsTrend;
        QCOMPARE(trend.points.size(), std::size_t(2));
        QVERIFY(!trend.points[0].value.interval90);
        QCOMPARE(trend.points[1].value.interval90, std::optional(engine::Interval{1.05, 1.4}));
        QCOMPARE(inputsHash(now), v6.project->lastRun->inputsHash);

        const QString v5Path = kFixturesDir + QStringLiteral("/v5.headroom");
        const QByteArray before = fileDigest(v5Path);
        const LoadOutcome v5 = loadProject(v5Path.toStdString());
        QVERIFY2(v5.ok(), v5.message.c_str());
        const auto certain = [](const engine::Curve& c) {
            const auto none = [](const engine::Quantity& q) { return !q.interval90; };
            return std::all_of(c.seasonality.begin(), c.seasonality.end(), none) &&
                   std::all_of(c.points.begin(), c.points.end(),
                               [&](const engine::CurvePoint& p) { return none(p.value); }) &&
                   std::all_of(c.events.begin(), c.events.end(),
                               [&](const engine::CurveEvent& e) { return none(e.multiplier); });
        };
        QVERIFY(certain(v5.project->model.users));
        for (const engine::Role& r : v5.project->model.team.roles)
            QVERIFY(certain(r.headcount));
        QCOMPARE(inputsHash(v5.project->model), v5.project->lastRun->inputsHash);
        QCOMPARE(pragma(v5Path, "user_version"), qint64(5)); // migrated in memory, the file unchanged
        QCOMPARE(fileDigest(v5Path), before);
    }

    // The fixtures' older curves have no seasonality, events or points to migrate. A file of version 5
    // made from this build's save of curves that have them (schema 6's columns dropped, its version set
    // to 5) opens with every multiplier and value, each certain.
    void v5SeasonalityEventsAndPointsOpenCertain()
    {
        Project project = sampleWithResults();
        project.lastRun.reset();
        engine::Curve& users = project.model.users;
        users.seasonality = {0.9, 0.9, 1.0, 1.0, 1.0, 1.0, 0.9, 0.9, 1.0, 1.0, 1.1, 1.3};
        users.seasonality[11].interval90 = engine::Interval{1.1, 1.6};
        users.events = {{10, 1.8, 1}};
        users.events[0].multiplier.interval90 = engine::Interval{1.3, 2.6};
        users.points = {{0.0, 100.0}, {6.0, 400.0}};
        users.points[1].value.interval90 = engine::Interval{300.0, 600.0};
        const QString path = m_dir.filePath(QStringLiteral("curves-v5.headroom"));
        QVERIFY(saveProject(path.toStdString(), project).ok());
        const std::string toV5 =
            dropIntervals(kV6Intervals) + "ALTER TABLE curve DROP COLUMN shape_intervals_json; PRAGMA user_version = 5;";
        QCOMPARE(execSql(path, toV5.c_str()), QString());

        const LoadOutcome loaded = loadProject(path.toStdString());
        QVERIFY2(loaded.ok(), loaded.message.c_str());
        users.seasonality[11].interval90.reset();
        users.events[0].multiplier.interval90.reset();
        users.points[1].value.interval90.reset();
        project.model.peakHours.interval90.reset(); // the sample's daily peak is uncertain since schema 6
        QCOMPARE(loaded.project->model, project.model);
    }

    // Schema 6 keeps 90% intervals on the estimates that were plain numbers: the v5 fixture, migrated,
    // gains the twelve _lo and _hi columns, all NULL, so its daily peak, reserved discounts, rule
    // parameters and lead time read back as the values it holds and certain, and its results are not
    // stale; the file itself is not changed.
    void v5FixtureMigratesToCertainEstimates()
    {
        const QString path = kFixturesDir + QStringLiteral("/v5.headroom");
        const QByteArray before = fileDigest(path);
        Database file(path.toStdString(), SQLITE_OPEN_READONLY);
        Database copy = file.copyToMemory();
        migrate(copy, SchemaHistory::current());
        QCOMPARE(copy.pragmaInteger("user_version"), std::int64_t(6));
        for (const std::string_view column : kV6Intervals) {
            const std::size_t dot = column.find('.');
            const std::string table(column.substr(0, dot));
            const std::string field(column.substr(dot + 1));
            sqlite::Statement s = copy.prepare(("SELECT count(*), count(" + field + "_lo), count(" + field +
                                                "_hi) FROM " + table)
                                                   .c_str());
            QVERIFY(s.step());
            QVERIFY2(s.integer(0) > 0, table.c_str());
            QCOMPARE(s.integer(1), std::int64_t(0));
            QCOMPARE(s.integer(2), std::int64_t(0));
        }

        const LoadOutcome v5 = loadProject(path.toStdString());
        QVERIFY2(v5.ok(), v5.message.c_str());
        const engine::Model& m = v5.project->model;
        // The SaaS sample's values as v5 was made, each certain (Quantity compares the interval too).
        QCOMPARE(m.peakHours, engine::Quantity(2.0));
        QCOMPARE(m.findInstanceType("c7g.large")->reservedDiscount, engine::Quantity(0.32));
        QCOMPARE(m.findInstanceType("db.r7g.xlarge")->reservedDiscount, engine::Quantity(0.31));
        for (const engine::InstanceType& type : m.catalog)
            QVERIFY(!type.reservedDiscount.interval90);
        QCOMPARE(m.team.roles.at(0).engineersPerGroup, engine::Quantity(6.0));
        QCOMPARE(m.team.roles.at(1).instancesPerSre, engine::Quantity(25.0));
        QCOMPARE(m.team.roles.at(2).usersPerSupportPerson, engine::Quantity(8000.0));
        QCOMPARE(m.team.leadTimeMonths, engine::Quantity(2.0));
        QCOMPARE(inputsHash(m), v5.project->lastRun->inputsHash);
        QCOMPARE(fileDigest(path), before);
        QCOMPARE(pragma(path, "user_version"), qint64(5));
    }

    // The v6 fixture holds an interval on each kind of estimate schema 6 gave one (fixtures/README.md):
    // the hiring lead time (2 months, 1–4), the SREs' instances per SRE (25, 15–40), the daily peak (2 h,
    // 1.5–3) and the first database type's reserved discount (31%, 25–36%); the others stay certain.
    void v6FixtureKeepsEstimateIntervals()
    {
        const LoadOutcome v6 = loadProject((kFixturesDir + QStringLiteral("/v6.headroom")).toStdString());
        QVERIFY2(v6.ok(), v6.message.c_str());
        const engine::Model& m = v6.project->model;
        QCOMPARE(m.team.leadTimeMonths.estimate, 2.0);
        QCOMPARE(m.team.leadTimeMonths.interval90, std::optional(engine::Interval{1.0, 4.0}));
        QCOMPARE(m.team.roles.at(1).instancesPerSre.estimate, 25.0);
        QCOMPARE(m.team.roles.at(1).instancesPerSre.interval90, std::optional(engine::Interval{15.0, 40.0}));
        QVERIFY(!m.team.roles.at(0).engineersPerGroup.interval90);
        QCOMPARE(m.peakHours.interval90, std::optional(engine::Interval{1.5, 3.0}));
        QCOMPARE(m.findInstanceType("db.r7g.xlarge")->reservedDiscount.interval90,
                 std::optional(engine::Interval{0.25, 0.36}));
        QVERIFY(!m.findInstanceType("db.r7g.2xlarge")->reservedDiscount.interval90);
        QCOMPARE(inputsHash(m), v6.project->lastRun->inputsHash);
    }

    // Schema 3 keys a role's headcount curve by the role's position; version 2 kept it under
    // role:ID. A file of version 2 made from this build's save (its role curves renamed back,
    // version 4's to 6's columns dropped, its version set to 2), each role with a curve of its own, opens
    // with every curve on its role.
    // The fixture cannot show this: its roles' curves are all the default.
    void v2RoleCurvesMoveToTheirRoles()
    {
        Project project = sampleWithResults();
        project.lastRun.reset();
        project.model.peakHours.interval90.reset(); // no interval before version 6
        auto& roles = project.model.team.roles;
        QVERIFY(roles.size() >= 3);
        for (std::size_t i = 0; i < roles.size(); ++i) {
            roles[i].headcount = engine::Curve{};
            roles[i].headcount.kind = engine::CurveKind::Linear;
            roles[i].headcount.initial = engine::Quantity{10.0 + double(i)};
            roles[i].headcount.slopePerMonth = engine::Quantity{0.5 * double(i + 1)};
        }
        const QString path = m_dir.filePath(QStringLiteral("roles-v2.headroom"));
        QVERIFY(saveProject(path.toStdString(), project).ok());
        QCOMPARE(queryRows(path, "SELECT count(*) FROM curve WHERE driver LIKE 'role_headcount:%'"),
                 QStringList{QString::number(roles.size())});
        const std::string toV2 = dropDataIntervals() + dropIntervals(kV6Intervals) +
                                 dropIntervals({"role.attrition_per_year", "role.cost_per_hire",
                                                "team_settings.recruiting_capacity_per_month"}) +
                                 "UPDATE curve SET driver = 'role:' || (SELECT id FROM role WHERE "
                                 "'role_headcount:' || role.position = curve.driver) WHERE driver LIKE "
                                 "'role_headcount:%'; ALTER TABLE run_bottleneck DROP COLUMN occurrence_month; "
                                 "ALTER TABLE run_bottleneck DROP COLUMN occurrence_instances; "
                                 "ALTER TABLE run_bottleneck DROP COLUMN occurrence_percentile; "
                                 "ALTER TABLE run_bottleneck DROP COLUMN occurrence_step; ALTER TABLE role DROP COLUMN "
                                 "scaling_sigma; ALTER TABLE role DROP COLUMN scaling_sigma_lo; ALTER TABLE role DROP "
                                 "COLUMN scaling_sigma_hi; ALTER TABLE role DROP COLUMN scaling_kappa; ALTER TABLE role "
                                 "DROP COLUMN scaling_kappa_lo; ALTER TABLE role DROP COLUMN scaling_kappa_hi; ALTER "
                                 "TABLE role DROP COLUMN max_team_size; ALTER TABLE curve DROP COLUMN "
                                 "shape_intervals_json; PRAGMA user_version = 2;";
        QCOMPARE(execSql(path, toV2.c_str()), QString());
        QCOMPARE(queryRows(path, "SELECT driver FROM curve WHERE driver LIKE 'role%' ORDER BY driver"),
                 (QStringList{QStringLiteral("role:eng"), QStringLiteral("role:sre"), QStringLiteral("role:support")}));

        const LoadOutcome loaded = loadProject(path.toStdString());
        QVERIFY2(loaded.ok(), loaded.message.c_str());
        QCOMPARE(loaded.project->model.team.roles, roles);
        QCOMPARE(loaded.project->model, project.model);
        QCOMPARE(pragma(path, "user_version"), qint64(2)); // migrated in memory, the file unchanged
    }

    // This build reads every schema version from its oldest to its own, and keeps a fixture of each.
    void everySchemaVersionHasAFixtureThatOpens()
    {
        const SchemaHistory& history = SchemaHistory::current();
        QVERIFY(history.isContiguous());
        QCOMPARE(history.targetVersion, kSchemaVersion);
        QCOMPARE(history.oldestVersion(), 1);
        for (int version = history.oldestVersion(); version <= history.targetVersion; ++version) {
            const QString path = kFixturesDir + QStringLiteral("/v%1.headroom").arg(version);
            QVERIFY2(QFile::exists(path), qPrintable(path));
            QCOMPARE(pragma(path, "user_version"), qint64(version));
            const LoadOutcome loaded = loadProject(path.toStdString());
            QVERIFY2(loaded.ok(), loaded.message.c_str());
        }
    }

private:
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestMigrations)
#include "tst_Migrations.moc"
