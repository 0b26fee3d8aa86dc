#include "ProjectTestSupport.h"
#include "TestSupport.h"
#include "project/InputsHash.h"
#include "project/ProjectFile.h"
#include "project/SqliteStore.h"

using namespace headroom;
using namespace headroom::project;
using namespace headroom::test;

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

        QCOMPARE(fileDigest(path), before); // opening changed nothing
    }
};

QTEST_GUILESS_MAIN(TestMigrations)
#include "tst_Migrations.moc"
