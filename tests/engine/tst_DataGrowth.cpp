#include "TestSupport.h"
#include "engine/DataGrowth.h"

#include <limits>
#include <random>

using namespace headroom;
using namespace headroom::engine;

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
constexpr double kInf = std::numeric_limits<double>::infinity();

// Rounding left by a running window sum over a few hundred months of random users.
constexpr double kRunningSum = 1e-12;

Series seriesOf(const QList<double>& values)
{
    Series s(values.size());
    for (qsizetype i = 0; i < values.size(); ++i)
        s[i] = values[i];
    return s;
}

void compareSeries(const Series& actual, const QList<double>& expected, double relative)
{
    QCOMPARE(actual.size(), Eigen::Index(expected.size()));
    for (qsizetype t = 0; t < expected.size(); ++t)
        HEADROOM_COMPARE_REL(actual[t], expected[t], relative);
}

// Sets one field by its file-format name, as a user editing that field would.
DataParameters withField(const QString& field, double value)
{
    DataParameters d;
    if (field == QLatin1String("gb_per_user"))
        d.gbPerUser = value;
    else if (field == QLatin1String("ingest_gb_per_user_per_month"))
        d.ingestGbPerUserPerMonth = value;
    else if (field == QLatin1String("retention_months"))
        d.retentionMonths = int(value);
    else if (field == QLatin1String("replication_factor"))
        d.replicationFactor = value;
    else if (field == QLatin1String("compression_ratio"))
        d.compressionRatio = value;
    else if (field == QLatin1String("backup_throughput_gb_per_hour"))
        d.backupThroughputGbPerHour = value;
    else if (field == QLatin1String("restore_throughput_gb_per_hour"))
        d.restoreThroughputGbPerHour = value;
    else if (field == QLatin1String("backup_window_hours"))
        d.backupWindowHours = value;
    else if (field == QLatin1String("rto_hours"))
        d.rtoHours = value;
    else if (field == QLatin1String("working_set_fraction"))
        d.workingSetFraction = value;
    else if (field == QLatin1String("miss_penalty"))
        d.missPenalty = value;
    else if (field == QLatin1String("max_gb_per_shard"))
        d.maxGbPerShard = value;
    else if (field == QLatin1String("max_writes_per_second_per_shard"))
        d.maxWritesPerSecondPerShard = value;
    else
        qFatal("withField: no field %s", qPrintable(field));
    return d;
}

// Random parameters that pass checkDataParameters(), for the properties.
DataParameters randomParameters(std::mt19937_64& rng)
{
    std::uniform_real_distribution<double> unit(0.0, 1.0);
    DataParameters d;
    d.gbPerUser = 2.0 * unit(rng);
    d.ingestGbPerUserPerMonth = 0.5 * unit(rng);
    d.retentionMonths = int(48 * unit(rng)); // 0 (forever) to 47 months
    d.replicationFactor = 1.0 + 4.0 * unit(rng);
    d.compressionRatio = 1.0 + 9.0 * unit(rng);
    return d;
}

Series randomUsers(std::mt19937_64& rng, Eigen::Index months)
{
    std::uniform_real_distribution<double> users(0.0, 1e7);
    Series u(months);
    for (Eigen::Index t = 0; t < months; ++t)
        u[t] = users(rng);
    return u;
}

} // namespace

// Stored data, backups, shards and the working set of one data-holding component (DESIGN.md, "Data").
class TestDataGrowth : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void constantUsersWithoutIngest_data()
    {
        QTest::addColumn<double>("gbPerUser");
        QTest::addColumn<double>("users");
        QTest::addColumn<double>("replication");
        QTest::addColumn<double>("compression");
        QTest::addColumn<double>("expectedGb");
        // D = gbPerUser·U·replication / compression, worked by hand.
        QTest::newRow("one copy, uncompressed") << 0.5 << 1000.0 << 1.0 << 1.0 << 500.0;
        QTest::newRow("three copies, compressed 2:1") << 0.5 << 1000.0 << 3.0 << 2.0 << 750.0; // 500·3/2
        QTest::newRow("two copies, compressed 4:1") << 0.2 << 50000.0 << 2.0 << 4.0 << 5000.0; // 10 000·2/4
        QTest::newRow("no users, no data") << 0.5 << 0.0 << 3.0 << 2.0 << 0.0;
    }

    void constantUsersWithoutIngest()
    {
        QFETCH(double, gbPerUser);
        QFETCH(double, users);
        QFETCH(double, replication);
        QFETCH(double, compression);
        QFETCH(double, expectedGb);
        DataParameters d;
        d.gbPerUser = gbPerUser;
        d.replicationFactor = replication;
        d.compressionRatio = compression;
        const Series stored = storedDataGb(d, Series::Constant(12, users));
        QCOMPARE(stored.size(), Eigen::Index(12));
        for (Eigen::Index t = 0; t < stored.size(); ++t)
            HEADROOM_COMPARE_REL(stored[t], expectedGb, test::kExactArithmetic);
    }

    void retentionOnConstantUsers_data()
    {
        QTest::addColumn<int>("retentionMonths");
        QTest::addColumn<QList<double>>("expectedGb");
        // 1 000 users holding 0.1 GB each (100 GB) and ingesting 0.01 GB a month each (10 GB a month),
        // two copies: D(t) = 2·(100 + 10·months kept), months kept = min(t + 1, R), or t + 1 for R = 0.
        QTest::newRow("retention 3 grows for three months then is flat")
            << 3 << QList<double>{220, 240, 260, 260, 260, 260};
        QTest::newRow("retention 0 keeps everything and grows linearly")
            << 0 << QList<double>{220, 240, 260, 280, 300, 320};
        QTest::newRow("retention 1 keeps this month's ingest only") << 1 << QList<double>{220, 220, 220, 220, 220, 220};
        QTest::newRow("retention past the horizon keeps everything")
            << 12 << QList<double>{220, 240, 260, 280, 300, 320};
    }

    void retentionOnConstantUsers()
    {
        QFETCH(int, retentionMonths);
        QFETCH(QList<double>, expectedGb);
        DataParameters d;
        d.gbPerUser = 0.1;
        d.ingestGbPerUserPerMonth = 0.01;
        d.retentionMonths = retentionMonths;
        d.replicationFactor = 2.0;
        compareSeries(storedDataGb(d, Series::Constant(6, 1000.0)), expectedGb, test::kExactArithmetic);
    }

    // Users 1000, 1500, 1200, 3000, 2000; 0.2 GB each plus 0.05 GB each a month kept for 3 months.
    // Users in the window: 1000, 2500, 3700, 5700 (month 0 leaves), 6200 (month 1 leaves).
    // L = 0.2·U + 0.05·window: 200 + 50, 300 + 125, 240 + 185, 600 + 285, 400 + 310 (worked by hand).
    void growingUsersWithRetentionSumTheWindow()
    {
        DataParameters d;
        d.gbPerUser = 0.2;
        d.ingestGbPerUserPerMonth = 0.05;
        d.retentionMonths = 3;
        d.replicationFactor = 3.0;
        d.compressionRatio = 2.0;
        const Series users = seriesOf({1000, 1500, 1200, 3000, 2000});
        compareSeries(logicalDataGb(d, users), {250, 425, 425, 885, 710}, test::kExactArithmetic);
        compareSeries(primaryDataGb(d, users), {125, 212.5, 212.5, 442.5, 355}, test::kExactArithmetic);  // L / 2
        compareSeries(storedDataGb(d, users), {375, 637.5, 637.5, 1327.5, 1065}, test::kExactArithmetic); // L·3 / 2
    }

    // The same users with an ingest trend of 1, 2, 1, 0.5, 0 (richer uploads, then none): U·trend is
    // 1000, 3000, 1200, 1500, 0; the window sums it, 1000, 4000, 5200, 5700 (month 0 leaves), 2700
    // (month 1 leaves): L = 0.2·U + 0.05·window = 250, 500, 500, 885, 535 (worked by hand). The held
    // data still follows U.
    void ingestFollowsItsTrend()
    {
        DataParameters d;
        d.gbPerUser = 0.2;
        d.ingestGbPerUserPerMonth = 0.05;
        d.retentionMonths = 3;
        const Series users = seriesOf({1000, 1500, 1200, 3000, 2000});
        const Series ingesting = users * seriesOf({1, 2, 1, 0.5, 0});
        compareSeries(logicalDataGb(d, users, &ingesting), {250, 500, 500, 885, 535}, test::kExactArithmetic);
        compareSeries(storedDataGb(d, users, &ingesting), {250, 500, 500, 885, 535}, test::kExactArithmetic);
        const Series same = users;
        compareSeries(logicalDataGb(d, users, &same), {250, 425, 425, 885, 710}, test::kExactArithmetic);
    }

    void backupAgainstTheWindow_data()
    {
        QTest::addColumn<double>("throughputGbPerHour");
        QTest::addColumn<double>("windowHours");
        QTest::addColumn<QList<double>>("expectedHours");
        QTest::addColumn<int>("expectedFirstMonth"); // −1: never
        // One copy of 2 000, 2 500, 3 000, 3 500 GB (2 TB at the start): at 500 GB/h 4, 5, 6, 7 h.
        const QList<double> at500{4, 5, 6, 7};
        QTest::newRow("2 TB at 500 GB/h takes 4 h, a 6 h window is passed in month 3")
            << 500.0 << 6.0 << at500 << 3; // month 2 takes exactly 6 h: not over
        QTest::newRow("a 4 h window is met exactly in month 0, passed in month 1") << 500.0 << 4.0 << at500 << 1;
        QTest::newRow("a 10 h window is never passed") << 500.0 << 10.0 << at500 << -1;
        QTest::newRow("no window set is never passed") << 500.0 << 0.0 << at500 << -1;
        QTest::newRow("at 1 000 GB/h: 2, 2.5, 3, 3.5 h") << 1000.0 << 3.0 << QList<double>{2, 2.5, 3, 3.5} << 3;
        QTest::newRow("backups not modelled take no time") << 0.0 << 6.0 << QList<double>{0, 0, 0, 0} << -1;
    }

    void backupAgainstTheWindow()
    {
        QFETCH(double, throughputGbPerHour);
        QFETCH(double, windowHours);
        QFETCH(QList<double>, expectedHours);
        QFETCH(int, expectedFirstMonth);
        // 0.04 GB per user, compressed 2:1, three copies: one copy of 100 000 users is 2 000 GB.
        // Replication must not count: a backup copies one replica.
        DataParameters d;
        d.gbPerUser = 0.04;
        d.replicationFactor = 3.0;
        d.compressionRatio = 2.0;
        d.backupThroughputGbPerHour = throughputGbPerHour;
        d.backupWindowHours = windowHours;
        const Series primary = primaryDataGb(d, seriesOf({100000, 125000, 150000, 175000}));
        compareSeries(primary, {2000, 2500, 3000, 3500}, test::kExactArithmetic);
        const BackupTimes b = backupTimes(d, primary);
        compareSeries(b.backupHours, expectedHours, test::kExactArithmetic);
        QCOMPARE(b.firstMonthOverBackupWindow.value_or(-1), expectedFirstMonth);
        compareSeries(b.restoreHours, {0, 0, 0, 0}, test::kExactArithmetic); // restores not modelled here
        QVERIFY(!b.firstMonthOverRto);
    }

    void restoreAgainstTheRto_data()
    {
        QTest::addColumn<double>("throughputGbPerHour");
        QTest::addColumn<double>("rtoHours");
        QTest::addColumn<QList<double>>("expectedHours");
        QTest::addColumn<int>("expectedFirstMonth"); // −1: never
        // One copy of 2 000, 2 500, 3 000, 3 500 GB: at 1 000 GB/h 2, 2.5, 3, 3.5 h (worked by hand).
        const QList<double> at1000{2, 2.5, 3, 3.5};
        QTest::newRow("a 2.5 h RTO is met exactly in month 1, missed in month 2") << 1000.0 << 2.5 << at1000 << 2;
        QTest::newRow("a 1 h RTO is missed from the start") << 1000.0 << 1.0 << at1000 << 0;
        QTest::newRow("a 4 h RTO is always met") << 1000.0 << 4.0 << at1000 << -1;
        QTest::newRow("no RTO set is never missed") << 1000.0 << 0.0 << at1000 << -1;
        QTest::newRow("at 250 GB/h: 8, 10, 12, 14 h") << 250.0 << 11.0 << QList<double>{8, 10, 12, 14} << 2;
    }

    void restoreAgainstTheRto()
    {
        QFETCH(double, throughputGbPerHour);
        QFETCH(double, rtoHours);
        QFETCH(QList<double>, expectedHours);
        QFETCH(int, expectedFirstMonth);
        DataParameters d;
        d.restoreThroughputGbPerHour = throughputGbPerHour;
        d.rtoHours = rtoHours;
        d.backupThroughputGbPerHour = 500.0;
        d.backupWindowHours = 100.0;
        const BackupTimes b = backupTimes(d, seriesOf({2000, 2500, 3000, 3500}));
        compareSeries(b.restoreHours, expectedHours, test::kExactArithmetic);
        QCOMPARE(b.firstMonthOverRto.value_or(-1), expectedFirstMonth);
        QVERIFY(!b.firstMonthOverBackupWindow); // 7 h at most, inside 100 h
    }

    void shards_data()
    {
        QTest::addColumn<double>("primaryGb");
        QTest::addColumn<double>("writesPerSecond");
        QTest::addColumn<double>("maxGbPerShard");
        QTest::addColumn<double>("maxWritesPerShard");
        QTest::addColumn<double>("expectedShards");
        // shards = max(⌈D / max GB⌉, ⌈writes / max writes⌉, 1), worked by hand.
        QTest::newRow("by size: 2 500 GB at 1 000 GB a shard") << 2500.0 << 0.0 << 1000.0 << 0.0 << 3.0;
        QTest::newRow("by size, exactly full") << 3000.0 << 0.0 << 1000.0 << 0.0 << 3.0;
        QTest::newRow("by size, just over") << 3000.001 << 0.0 << 1000.0 << 0.0 << 4.0;
        QTest::newRow("by writes: 45 000/s at 10 000/s a shard") << 100.0 << 45000.0 << 1000.0 << 10000.0 << 5.0;
        QTest::newRow("both limits, size needs more") << 7200.0 << 20000.0 << 1000.0 << 10000.0 << 8.0;  // 8 vs 2
        QTest::newRow("both limits, writes need more") << 1500.0 << 30001.0 << 1000.0 << 10000.0 << 4.0; // 2 vs 4
        QTest::newRow("no limits: one shard") << 1e6 << 1e6 << 0.0 << 0.0 << 1.0;
        QTest::newRow("no data and no writes: still one shard") << 0.0 << 0.0 << 1000.0 << 10000.0 << 1.0;
        QTest::newRow("binary rounding adds no shard")
            << 2.1 << 0.0 << 0.7 << 0.0 << 3.0; // 2.1/0.7 = 3.0000000000000004 in binary
    }

    void shards()
    {
        QFETCH(double, primaryGb);
        QFETCH(double, writesPerSecond);
        QFETCH(double, maxGbPerShard);
        QFETCH(double, maxWritesPerShard);
        QFETCH(double, expectedShards);
        DataParameters d;
        d.maxGbPerShard = maxGbPerShard;
        d.maxWritesPerSecondPerShard = maxWritesPerShard;
        const Series s = shardCount(d, Series::Constant(3, primaryGb), Series::Constant(3, writesPerSecond));
        QCOMPARE(s.size(), Eigen::Index(3));
        for (Eigen::Index t = 0; t < s.size(); ++t)
            QCOMPARE(s[t], expectedShards);
    }

    // A component without writes passes no write series; a short one counts no writes past its end.
    void shardsWithoutAWriteSeriesCountSizeAlone()
    {
        DataParameters d;
        d.maxGbPerShard = 1000.0;
        d.maxWritesPerSecondPerShard = 10000.0;
        const Series primary = seriesOf({500, 1500, 2500});
        const Series bySize = shardCount(d, primary, Series());
        QCOMPARE(bySize.size(), Eigen::Index(3));
        QCOMPARE(bySize[0], 1.0);
        QCOMPARE(bySize[1], 2.0);
        QCOMPARE(bySize[2], 3.0);
        const Series shortWrites = shardCount(d, primary, seriesOf({50000}));
        QCOMPARE(shortWrites[0], 5.0); // 50 000 / 10 000
        QCOMPARE(shortWrites[1], 2.0);
    }

    void workingSet_data()
    {
        QTest::addColumn<double>("primaryGb");
        QTest::addColumn<double>("fraction");
        QTest::addColumn<double>("memoryGbPerNode");
        QTest::addColumn<double>("nodes");
        QTest::addColumn<double>("cacheableShare");
        QTest::addColumn<double>("shards");
        QTest::addColumn<double>("missPenalty");
        QTest::addColumn<double>("expectedUncached");
        QTest::addColumn<double>("expectedMultiplier");
        // W = fraction·D / shards, M = memory·nodes·share, f = max(0, 1 − M/W), m = 1 + f·(penalty − 1).
        QTest::newRow("fits: W 100 GB in M 192 GB") << 1000.0 << 0.1 << 64.0 << 4.0 << 0.75 << 1.0 << 5.0 << 0.0 << 1.0;
        QTest::newRow("exactly fills memory: W = M = 64 GB")
            << 640.0 << 0.1 << 64.0 << 1.0 << 1.0 << 1.0 << 5.0 << 0.0 << 1.0;
        QTest::newRow("twice the memory: half misses, 1 + 0.5·4 = 3")
            << 960.0 << 0.1 << 64.0 << 1.0 << 0.75 << 1.0 << 5.0 << 0.5 << 3.0; // W 96, M 48
        QTest::newRow("four times the memory, penalty 10: 1 + 0.75·9")
            << 384.0 << 0.5 << 32.0 << 2.0 << 0.75 << 1.0 << 10.0 << 0.75 << 7.75; // W 192, M 48
        QTest::newRow("four shards split the hot set: W 384/4 = 96 over M 48")
            << 3840.0 << 0.1 << 64.0 << 1.0 << 0.75 << 4.0 << 5.0 << 0.5 << 3.0;
        QTest::newRow("no memory: every operation pays the penalty")
            << 100.0 << 0.5 << 0.0 << 1.0 << 0.75 << 1.0 << 5.0 << 1.0 << 5.0;
        QTest::newRow("no hot set: nothing to miss") << 1e6 << 0.0 << 0.0 << 1.0 << 0.75 << 1.0 << 5.0 << 0.0 << 1.0;
        QTest::newRow("a penalty of 1: beyond memory, no slower")
            << 960.0 << 0.1 << 64.0 << 1.0 << 0.75 << 1.0 << 1.0 << 0.5 << 1.0;
    }

    void workingSet()
    {
        QFETCH(double, primaryGb);
        QFETCH(double, fraction);
        QFETCH(double, memoryGbPerNode);
        QFETCH(double, nodes);
        QFETCH(double, cacheableShare);
        QFETCH(double, shards);
        QFETCH(double, missPenalty);
        QFETCH(double, expectedUncached);
        QFETCH(double, expectedMultiplier);
        DataParameters d;
        d.workingSetFraction = fraction;
        d.missPenalty = missPenalty;
        const WorkingSetPressure w = workingSetPressure(d, Series::Constant(2, primaryGb), Series::Constant(2, nodes),
                                                        memoryGbPerNode, cacheableShare, Series::Constant(2, shards));
        QCOMPARE(w.serviceTimeMultiplier.size(), Eigen::Index(2));
        for (Eigen::Index t = 0; t < 2; ++t) {
            HEADROOM_COMPARE_REL(w.hotSetGbPerShard[t], fraction * primaryGb / shards, test::kExactArithmetic);
            HEADROOM_COMPARE_REL(w.cacheGbPerShard[t], memoryGbPerNode * nodes * cacheableShare,
                                 test::kExactArithmetic);
            HEADROOM_COMPARE_REL(w.uncachedFraction[t], expectedUncached, test::kExactArithmetic);
            HEADROOM_COMPARE_REL(w.serviceTimeMultiplier[t], expectedMultiplier, test::kExactArithmetic);
        }
        // The one-month form the sizing loop uses is the same arithmetic.
        QCOMPARE(serviceTimeMultiplier(d, primaryGb, nodes, memoryGbPerNode, cacheableShare, shards),
                 w.serviceTimeMultiplier[0]);
        if (expectedMultiplier == 1.0) { // a set that fits costs nothing: exactly 1, not 1 ± rounding
            QCOMPARE(w.serviceTimeMultiplier[0], 1.0);
            QVERIFY(!w.firstMonthBeyondMemory);
        } else {
            QCOMPARE(w.firstMonthBeyondMemory.value_or(-1), 0);
        }
    }

    // Without the argument three quarters of memory hold the hot set: W 96 GB over 64·0.75 = 48 GB.
    void cacheableShareDefaultsToThreeQuarters()
    {
        DataParameters d;
        d.workingSetFraction = 0.1;
        d.missPenalty = 5.0;
        const WorkingSetPressure w = workingSetPressure(d, seriesOf({960}), seriesOf({1}), 64.0);
        HEADROOM_COMPARE_REL(w.cacheGbPerShard[0], 48.0, test::kExactArithmetic);
        HEADROOM_COMPARE_REL(w.serviceTimeMultiplier[0], 3.0, test::kExactArithmetic);
    }

    // Hot sets of 40, 48, 56, 64, 72 GB over M = 48 GB (64 GB, one node, 0.75); penalty 4:
    // month 2 misses 8/56 = 1/7, m = 1 + 3/7; month 4 misses 24/72 = 1/3, m = 2 (worked by hand).
    void workingSetFirstOutgrowsMemoryWhenItPassesIt()
    {
        DataParameters d;
        d.workingSetFraction = 0.1;
        d.missPenalty = 4.0;
        const WorkingSetPressure w =
            workingSetPressure(d, seriesOf({400, 480, 560, 640, 720}), Series::Constant(5, 1.0), 64.0, 0.75);
        QCOMPARE(w.serviceTimeMultiplier[0], 1.0);
        QCOMPARE(w.serviceTimeMultiplier[1], 1.0); // 48 GB in 48 GB: fits exactly
        compareSeries(w.serviceTimeMultiplier, {1, 1, 1 + 3.0 / 7.0, 1.75, 2}, test::kExactArithmetic);
        QCOMPARE(w.firstMonthBeyondMemory.value_or(-1), 2);
    }

    // Property: with memory fixed, more data never makes the component faster.
    void multiplierNeverFallsAsDataGrows()
    {
        std::mt19937_64 rng(20261129);
        std::uniform_real_distribution<double> unit(0.0, 1.0);
        for (int trial = 0; trial < 200; ++trial) {
            DataParameters d;
            d.workingSetFraction = unit(rng);
            d.missPenalty = 1.0 + 20.0 * unit(rng);
            Series primary(60);
            double gb = 1000.0 * unit(rng);
            for (Eigen::Index t = 0; t < primary.size(); ++t) {
                primary[t] = gb;
                gb += 500.0 * unit(rng);
            }
            const double nodes = 1.0 + std::floor(8.0 * unit(rng));
            const WorkingSetPressure w =
                workingSetPressure(d, primary, Series::Constant(60, nodes), 256.0 * unit(rng), unit(rng));
            for (Eigen::Index t = 1; t < primary.size(); ++t) {
                QVERIFY2(w.serviceTimeMultiplier[t] >= w.serviceTimeMultiplier[t - 1],
                         qPrintable(QStringLiteral("trial %1, month %2").arg(trial).arg(t)));
                QVERIFY(w.serviceTimeMultiplier[t] <= d.missPenalty.estimate);
            }
        }
    }

    // Property: more users, month by month, never means less data, whatever the retention.
    void moreUsersNeverMeansLessData()
    {
        std::mt19937_64 rng(20261130);
        std::uniform_real_distribution<double> extra(0.0, 1e6);
        for (int trial = 0; trial < 200; ++trial) {
            const DataParameters d = randomParameters(rng);
            const Series users = randomUsers(rng, 120);
            Series more = users;
            const Eigen::Index month = Eigen::Index(extra(rng)) % users.size();
            more[month] += extra(rng); // one month busier than before
            const Series base = storedDataGb(d, users);
            const Series bigger = storedDataGb(d, more);
            for (Eigen::Index t = 0; t < users.size(); ++t)
                QVERIFY2(bigger[t] >= base[t] * (1.0 - kRunningSum),
                         qPrintable(QStringLiteral("trial %1, month %2").arg(trial).arg(t)));
            // The busier month itself holds strictly more (its users hold gbPerUser, or ingest).
            if (d.gbPerUser.estimate + d.ingestGbPerUserPerMonth.estimate > 0.0)
                QVERIFY(bigger[month] > base[month]);
        }
    }

    // Property: the data of steady or growing users kept forever never shrinks.
    void dataKeptForeverNeverShrinks()
    {
        std::mt19937_64 rng(20261131);
        std::uniform_real_distribution<double> growth(0.0, 0.2);
        DataParameters d = randomParameters(rng);
        d.retentionMonths = 0;
        d.ingestGbPerUserPerMonth = 0.01;
        Series users(120);
        users[0] = 1000.0;
        for (Eigen::Index t = 1; t < users.size(); ++t)
            users[t] = users[t - 1] * (1.0 + growth(rng));
        const Series stored = storedDataGb(d, users);
        for (Eigen::Index t = 1; t < users.size(); ++t)
            QVERIFY(stored[t] > stored[t - 1]); // this month's ingest is new data
    }

    // Users 0.1, 0.1, 1.1 (a Monte Carlo mean can be fractional), then none; ingest kept 3 months.
    // The running sum 0.1 + 0.1 + 1.1 − 0.1 − 0.1 − 1.1 is −2.2e-16 in binary: no data, not less than none.
    void dataOfUsersWhoLeftIsZeroNotNegative()
    {
        DataParameters d;
        d.ingestGbPerUserPerMonth = 1.0;
        d.retentionMonths = 3;
        const Series logical = logicalDataGb(d, seriesOf({0.1, 0.1, 1.1, 0, 0, 0}));
        for (Eigen::Index t = 0; t < logical.size(); ++t)
            QVERIFY(logical[t] >= 0.0);
        QCOMPARE(logical[5], 0.0);
    }

    // Property: replication ×2 doubles what is stored and leaves one copy alone; compression ×2 halves both.
    void replicationMultipliesAndCompressionDivides()
    {
        std::mt19937_64 rng(20261201);
        for (int trial = 0; trial < 100; ++trial) {
            const DataParameters d = randomParameters(rng);
            const Series users = randomUsers(rng, 36);
            DataParameters twoCopies = d;
            twoCopies.replicationFactor = 2.0 * d.replicationFactor.estimate;
            DataParameters twiceCompressed = d;
            twiceCompressed.compressionRatio = 2.0 * d.compressionRatio.estimate;
            const Series stored = storedDataGb(d, users);
            const Series primary = primaryDataGb(d, users);
            for (Eigen::Index t = 0; t < users.size(); ++t) {
                HEADROOM_COMPARE_REL(storedDataGb(twoCopies, users)[t], 2.0 * stored[t], test::kExactArithmetic);
                HEADROOM_COMPARE_REL(primaryDataGb(twoCopies, users)[t], primary[t], test::kExactArithmetic);
                HEADROOM_COMPARE_REL(storedDataGb(twiceCompressed, users)[t], 0.5 * stored[t], test::kExactArithmetic);
                HEADROOM_COMPARE_REL(primaryDataGb(twiceCompressed, users)[t], 0.5 * primary[t],
                                     test::kExactArithmetic);
                HEADROOM_COMPARE_REL(stored[t], primary[t] * d.replicationFactor.estimate, kRunningSum);
            }
        }
    }

    // The running window sum matches the definition summed afresh each month, over a long horizon.
    void runningWindowMatchesTheDefinition()
    {
        std::mt19937_64 rng(20261202);
        for (int trial = 0; trial < 50; ++trial) {
            const DataParameters d = randomParameters(rng);
            const Series users = randomUsers(rng, 240);
            const Series logical = logicalDataGb(d, users);
            for (Eigen::Index t = 0; t < users.size(); ++t) {
                const Eigen::Index first =
                    d.retentionMonths == 0 ? 0 : std::max<Eigen::Index>(0, t - d.retentionMonths + 1);
                double ingest = 0.0;
                for (Eigen::Index s = first; s <= t; ++s)
                    ingest += d.ingestGbPerUserPerMonth.estimate * users[s];
                HEADROOM_COMPARE_REL(logical[t], d.gbPerUser.estimate * users[t] + ingest, kRunningSum);
            }
        }
    }

    void validParametersHaveNoProblems_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<double>("value");
        // The edges of each range are allowed.
        QTest::newRow("the defaults") << QStringLiteral("gb_per_user") << 0.0;
        QTest::newRow("retention of a century") << QStringLiteral("retention_months") << 1200.0;
        QTest::newRow("the whole data set is hot") << QStringLiteral("working_set_fraction") << 1.0;
        QTest::newRow("one copy") << QStringLiteral("replication_factor") << 1.0;
        QTest::newRow("a throughput without a window") << QStringLiteral("backup_throughput_gb_per_hour") << 500.0;
        QTest::newRow("a large shard limit") << QStringLiteral("max_gb_per_shard") << 4096.0;
    }

    void validParametersHaveNoProblems()
    {
        QFETCH(QString, field);
        QFETCH(double, value);
        const auto problems = checkDataParameters(withField(field, value));
        QVERIFY2(problems.empty(), problems.empty() ? "" : problems.front().second.c_str());
    }

    void eachBadFieldIsNamed_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<double>("value");
        QTest::addColumn<QString>("expectedField");
        const auto row = [](const char* name, const char* field, double value, const char* expected = nullptr) {
            QTest::newRow(name) << QString::fromLatin1(field) << value
                                << QString::fromLatin1(expected ? expected : field);
        };
        row("negative data per user", "gb_per_user", -1.0);
        row("data per user not a number", "gb_per_user", kNaN);
        row("negative ingest", "ingest_gb_per_user_per_month", -0.1);
        row("infinite ingest", "ingest_gb_per_user_per_month", kInf);
        row("negative retention", "retention_months", -1.0);
        row("retention past a century", "retention_months", 1201.0);
        row("replication below one", "replication_factor", 0.5);
        row("replication not a number", "replication_factor", kNaN);
        row("compression below one", "compression_ratio", 0.9);
        row("infinite compression", "compression_ratio", kInf);
        row("negative backup throughput", "backup_throughput_gb_per_hour", -100.0);
        row("infinite restore throughput", "restore_throughput_gb_per_hour", kInf);
        row("negative backup window", "backup_window_hours", -1.0);
        row("RTO not a number", "rto_hours", kNaN);
        row("working set above one", "working_set_fraction", 1.5);
        row("negative working set", "working_set_fraction", -0.1);
        row("working set not a number", "working_set_fraction", kNaN);
        row("miss penalty below one", "miss_penalty", 0.5);
        row("negative shard size limit", "max_gb_per_shard", -1.0);
        row("infinite write limit", "max_writes_per_second_per_shard", kInf);
        row("a backup window with no backup throughput", "backup_window_hours", 6.0, "backup_throughput_gb_per_hour");
        row("an RTO with no restore throughput", "rto_hours", 4.0, "restore_throughput_gb_per_hour");
    }

    void eachBadFieldIsNamed()
    {
        QFETCH(QString, field);
        QFETCH(double, value);
        QFETCH(QString, expectedField);
        const auto problems = checkDataParameters(withField(field, value));
        QCOMPARE(problems.size(), std::size_t(1));
        QCOMPARE(QString::fromStdString(problems.front().first), expectedField);
        QVERIFY(!problems.front().second.empty());
    }

    // Every problem at once, one per field, in declaration order.
    void everyProblemIsReportedAtOnce()
    {
        DataParameters d;
        d.gbPerUser = -1;
        d.ingestGbPerUserPerMonth = -1;
        d.retentionMonths = -1;
        d.replicationFactor = 0;
        d.compressionRatio = 0;
        d.backupThroughputGbPerHour = -1;
        d.restoreThroughputGbPerHour = -1;
        d.backupWindowHours = -1;
        d.rtoHours = -1;
        d.workingSetFraction = 2;
        d.missPenalty = 0;
        d.maxGbPerShard = -1;
        d.maxWritesPerSecondPerShard = -1;
        QStringList fields;
        for (const auto& [field, message] : checkDataParameters(d))
            fields << QString::fromStdString(field);
        QCOMPARE(fields,
                 QStringList({"gb_per_user", "ingest_gb_per_user_per_month", "retention_months", "replication_factor",
                              "compression_ratio", "backup_throughput_gb_per_hour", "restore_throughput_gb_per_hour",
                              "backup_window_hours", "rto_hours", "working_set_fraction", "miss_penalty",
                              "max_gb_per_shard", "max_writes_per_second_per_shard"}));
    }
};

QTEST_APPLESS_MAIN(TestDataGrowth)
#include "tst_DataGrowth.moc"
