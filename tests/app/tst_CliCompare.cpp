#include "CliTestSupport.h"
#include "TestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using headroom::test::kSample;
using Run = headroom::test::CliRun;
using headroom::test::runCli;

// headroom-cli compare: scenarios side by side, with their differences from the first column.
class TestCliCompare : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // The sample's scenarios side by side; with the same seed for every column (common random
    // numbers), the warm cache lowers spend and the second database node raises it.
    void compareShowsScenariosSideBySide()
    {
        const Run r = runCli({QStringLiteral("compare"), kSample, QStringLiteral("--format"), QStringLiteral("json"),
                              QStringLiteral("--samples"), QStringLiteral("200")});
        QCOMPARE(r.exitCode, 0);
        const QJsonArray columns = QJsonDocument::fromJson(r.out).object()[QStringLiteral("scenarios")].toArray();
        QCOMPARE(columns.size(), 3);
        QVERIFY(columns[0].toObject()[QStringLiteral("scenario")].isNull());
        QCOMPARE(columns[1].toObject()[QStringLiteral("scenario")].toString(), QStringLiteral("db-replica"));
        const auto spendDifference = [&](int i) {
            return columns[i].toObject()[QStringLiteral("difference")][QStringLiteral("total_spend")].toDouble();
        };
        QCOMPARE(spendDifference(0), 0.0);
        QVERIFY(spendDifference(1) > 0.0);
        QVERIFY(spendDifference(2) < 0.0);

        const Run text = runCli({QStringLiteral("compare"), kSample, QStringLiteral("--scenarios"),
                                 QStringLiteral("warm-cache,base"), QStringLiteral("--samples"), QStringLiteral("50")});
        QCOMPARE(text.exitCode, 0);
        QVERIFY(text.out.contains("first bottleneck"));
        QVERIFY(text.out.startsWith(" ") || text.out.contains("warm-cache"));
        QCOMPARE(runCli({QStringLiteral("compare"), kSample, QStringLiteral("--scenarios"), QStringLiteral("nope,base")})
                     .exitCode,
                 1);
        QCOMPARE(runCli({QStringLiteral("compare"), kSample, QStringLiteral("--scenarios"), QStringLiteral("base")})
                     .exitCode,
                 2);
    }

};

QTEST_GUILESS_MAIN(TestCliCompare)
#include "tst_CliCompare.moc"
