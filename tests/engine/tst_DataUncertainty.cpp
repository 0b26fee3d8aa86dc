#include "EngineTestModels.h"
#include "LognormalTestSupport.h"
#include "TestSupport.h"
#include "engine/Sampler.h"
#include "engine/Scenarios.h"

#include <algorithm>
#include <cmath>
#include <limits>

using namespace headroom;
using namespace headroom::engine;
using namespace headroom::test;

namespace {
// The SaaS slice with a database that serves nothing but stores 0.05 GB per user (90% in
// 0.03–0.08), twice replicated, backed up at 100 GB/h (90% in 60–160) in an 8-hour window.
Model withUncertainData()
{
    Model m = saasModel();
    Component db = component("db", ScalingKind::Fixed, 1000.0, "c7g.xlarge");
    db.kind = ComponentKind::Database;
    DataSpec data;
    data.growth.gbPerUser = 0.05;
    data.growth.gbPerUser.interval90 = Interval{0.03, 0.08};
    data.growth.replicationFactor = 2.0;
    data.growth.backupThroughputGbPerHour = 100.0;
    data.growth.backupThroughputGbPerHour.interval90 = Interval{60.0, 160.0};
    data.growth.backupWindowHours = 8.0;
    db.data = data;
    m.components.push_back(db);
    return m;
}
} // namespace

// A component's data parameters are quantities like any other: Monte Carlo draws them, a scenario
// may override them, and the spread of what they drive is the spread their intervals say.
class TestDataUncertainty : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // With 18 000 users at the start (certain): stored data = 18 000 · 2 · gbPerUser, whose P10 and
    // P90 are those of the lognormal with median 0.05 and σ = ln(0.08/0.03)/(2·1.645). A backup of one
    // copy takes 18 000 · gbPerUser / throughput hours: a ratio of independent lognormals, lognormal
    // with median 9 h and σ = √(σ_gb² + σ_throughput²).
    void uncertainDataSpreadsStoredDataAndBackupHours()
    {
        const Model m = withUncertainData();
        RunOptions options;
        options.samples = 4000;
        const RunOutcome out = run(m, options);
        QVERIFY(out.ok());
        const SeriesSummary& stored = *findSeries(out.results->components[1].series, keys::kStoredDataGb);
        const SeriesSummary& backup = *findSeries(out.results->components[1].series, keys::kBackupHours);

        const double sigmaGb = sigmaOf(0.03, 0.08);
        const double storedMedian = 18000.0 * 2.0 * 0.05;
        HEADROOM_COMPARE_REL(stored.p50[0], storedMedian, kStreamingQuantile);
        HEADROOM_COMPARE_REL(stored.p10[0], storedMedian * std::exp(-kZ90 * sigmaGb), kStreamingQuantile);
        HEADROOM_COMPARE_REL(stored.p90[0], storedMedian * std::exp(kZ90 * sigmaGb), kStreamingQuantile);

        const double sigmaBackup = std::hypot(sigmaGb, sigmaOf(60.0, 160.0));
        HEADROOM_COMPARE_REL(backup.p50[0], 9.0, kStreamingQuantile);
        HEADROOM_COMPARE_REL(backup.p10[0], 9.0 * std::exp(-kZ90 * sigmaBackup), kStreamingQuantile);
        HEADROOM_COMPARE_REL(backup.p90[0], 9.0 * std::exp(kZ90 * sigmaBackup), kStreamingQuantile);

        // Over the 8-hour window in some samples from the start, in more as the users grow.
        const Bottleneck* window = nullptr;
        for (const Bottleneck& b : out.results->bottlenecks)
            if (b.kind == BottleneckKind::BackupWindowExceeded)
                window = &b;
        QVERIFY(window);
        QVERIFY(window->probabilityByMonth[0] > 0.2 && window->probabilityByMonth[0] < 0.8);
        QVERIFY(window->probabilityByMonth[12] > window->probabilityByMonth[0]);
    }

    // A restore's hours are a series of their own, drawn with the restore rate: with 50 GB/h (30–90)
    // against 100 GB/h (60–160) for backups, a restore takes 18 h at the median (twice the backup's 9)
    // and spreads as √(σ_gb² + σ_restore²), not as the backup's spread scaled, which the results
    // view had to use before the series was reported.
    void uncertainRestoreRateSpreadsRestoreHours()
    {
        Model m = withUncertainData();
        m.components[1].data->growth.restoreThroughputGbPerHour = 50.0;
        m.components[1].data->growth.restoreThroughputGbPerHour.interval90 = Interval{30.0, 90.0};
        RunOptions options;
        options.samples = 4000;
        const RunOutcome out = run(m, options);
        QVERIFY(out.ok());
        const SeriesSummary& restore = *findSeries(out.results->components[1].series, keys::kRestoreHours);
        const double sigma = std::hypot(sigmaOf(0.03, 0.08), sigmaOf(30.0, 90.0));
        HEADROOM_COMPARE_REL(restore.p50[0], 18.0, kStreamingQuantile);
        HEADROOM_COMPARE_REL(restore.p10[0], 18.0 * std::exp(-kZ90 * sigma), kStreamingQuantile);
        HEADROOM_COMPARE_REL(restore.p90[0], 18.0 * std::exp(kZ90 * sigma), kStreamingQuantile);
    }

    // The same model without the intervals: every percentile is the estimate's projection.
    void certainDataHasNoSpread()
    {
        Model m = withUncertainData();
        m.components[1].data->growth.gbPerUser.interval90.reset();
        m.components[1].data->growth.backupThroughputGbPerHour.interval90.reset();
        RunOptions options;
        options.samples = 50;
        const RunOutcome out = run(m, options);
        QVERIFY(out.ok());
        const SeriesSummary& backup = *findSeries(out.results->components[1].series, keys::kBackupHours);
        HEADROOM_COMPARE_REL(backup.p10[0], 9.0, test::kExactArithmetic);
        HEADROOM_COMPARE_REL(backup.p90[0], 9.0, test::kExactArithmetic);
    }

    // Each uncertain data input draws from its own stream, named by its path; a scenario may set one
    // (a certain 0.1 GB per user doubles the stored data) but not one the policy does not use.
    void dataQuantitiesAreDrawnAndOverridable()
    {
        Model m = withUncertainData();
        const std::vector<std::string> ids = Sampler(m).inputIds();
        for (const char* id : {"components[db].data.gb_per_user", "components[db].data.backup_throughput_gb_per_hour"})
            QVERIFY2(std::find(ids.begin(), ids.end(), id) != ids.end(), id);

        const ScenarioModel applied =
            applyScenario(m, overriding("richer", {{"components[db].data.gb_per_user", Quantity(0.1)}}));
        QVERIFY(applied.problems.empty());
        QCOMPARE(applied.model->components[1].data->growth.gbPerUser, Quantity(0.1));

        const ScenarioModel refused =
            applyScenario(m, overriding("shards", {{"components[db].data.max_gb_per_shard", Quantity(500.0)}}));
        QCOMPARE(refused.problems.size(), std::size_t(1));
        QVERIFY(QString::fromStdString(refused.problems[0].message).contains(QLatin1String("does not use")));
    }

    // DataGrowth's own checks of an interval, each named "<field>.interval": it must hold the
    // estimate, stay in the field's range, and, where 0 turns a check off, lie above 0.
    void invalidIntervalsAreNamedByTheirField_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<double>("estimate");
        QTest::addColumn<double>("lo");
        QTest::addColumn<double>("hi");
        QTest::newRow("not around the estimate") << "gb_per_user" << 0.05 << 0.06 << 0.08;
        QTest::newRow("replication below 1") << "replication_factor" << 2.0 << 0.5 << 3.0;
        QTest::newRow("working set above 1") << "working_set_fraction" << 0.9 << 0.8 << 1.2;
        QTest::newRow("a window that may be none") << "backup_window_hours" << 4.0 << 0.0 << 8.0;
        QTest::newRow("a shard limit that may be none") << "max_gb_per_shard" << 500.0 << 0.0 << 800.0;
        QTest::newRow("an infinite bound") << "miss_penalty" << 3.0 << 2.0 << std::numeric_limits<double>::infinity();
    }

    void invalidIntervalsAreNamedByTheirField()
    {
        QFETCH(QString, field);
        QFETCH(double, estimate);
        QFETCH(double, lo);
        QFETCH(double, hi);
        DataParameters d = withUncertainData().components[1].data->growth;
        QVERIFY(checkDataParameters(d).empty());
        Quantity q(estimate);
        q.interval90 = Interval{lo, hi};
        if (field == QLatin1String("gb_per_user"))
            d.gbPerUser = q;
        else if (field == QLatin1String("replication_factor"))
            d.replicationFactor = q;
        else if (field == QLatin1String("working_set_fraction"))
            d.workingSetFraction = q;
        else if (field == QLatin1String("backup_window_hours"))
            d.backupWindowHours = q;
        else if (field == QLatin1String("max_gb_per_shard"))
            d.maxGbPerShard = q;
        else
            d.missPenalty = q;
        const auto problems = checkDataParameters(d);
        QCOMPARE(problems.size(), std::size_t(1));
        QCOMPARE(QString::fromStdString(problems[0].first), field + QStringLiteral(".interval"));
        QVERIFY(!problems[0].second.empty());
    }
};

QTEST_APPLESS_MAIN(TestDataUncertainty)
#include "tst_DataUncertainty.moc"
