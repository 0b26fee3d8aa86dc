#include "CliTestSupport.h"
#include "TestSupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

using Run = headroom::test::CliRun;
using headroom::test::runCli;

namespace {
const QString kHistory = QStringLiteral(HEADROOM_SAMPLES_DIR "/history-monthly-users.csv");
const QString kLoadTest = QStringLiteral(HEADROOM_SAMPLES_DIR "/loadtest-api.csv");
} // namespace

// headroom-cli fit, calibration from measurements, as a script would use it: the documented JSON,
// what the fits find against the curves the sample measurements were made from, and exit codes.
class TestCliFit : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // fit usl: the sample load test was generated from λ = 520/s, σ = 0.03, κ = 0.0004 with 1.5%
    // noise (samples/README.md); the fit's 90% intervals must hold those values.
    void fitUslPrintsTheDocumentedJson()
    {
        const Run r = runCli({QStringLiteral("fit"), QStringLiteral("usl"), kLoadTest, QStringLiteral("--format"),
                              QStringLiteral("json")});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject doc = QJsonDocument::fromJson(r.out).object();
        QVERIFY(doc[QStringLiteral("trusted")].toBool());
        QVERIFY(doc[QStringLiteral("reason")].isNull());
        const double sigma = doc[QStringLiteral("sigma")].toDouble();
        const double kappa = doc[QStringLiteral("kappa")].toDouble();
        const QJsonObject uncertainty = doc[QStringLiteral("uncertainty")].toObject();
        const auto holds = [&](const char* key, double truth) {
            const QJsonObject c = uncertainty[QLatin1String(key)].toObject();
            return c[QStringLiteral("lo")].toDouble() <= truth && truth <= c[QStringLiteral("hi")].toDouble();
        };
        QVERIFY(holds("lambda", 520.0));
        QVERIFY(holds("sigma", 0.03));
        QVERIFY(holds("kappa", 0.0004));
        HEADROOM_COMPARE_REL(doc[QStringLiteral("n_max")].toDouble(), std::sqrt((1.0 - sigma) / kappa),
                             headroom::test::kExactArithmetic);
        QVERIFY(doc[QStringLiteral("x_max")].toDouble() > 0.0);
        QVERIFY(doc[QStringLiteral("r2")].toDouble() > 0.99);
        QCOMPARE(doc[QStringLiteral("residuals")].toArray().size(), doc[QStringLiteral("points")].toInt());

        const Run text = runCli({QStringLiteral("fit"), QStringLiteral("usl"), kLoadTest});
        QCOMPARE(text.exitCode, 0);
        QVERIFY(text.out.contains("n_max") && text.out.contains("sigma (contention)"));
    }

    void fitUslRefusesAnUntrustedFit()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("flat.csv"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("threads,ops\n1,100\n2,200.4\n4,399\n8,801\n16,1597\n"); // linear: no contention seen
        file.close();
        const Run r = runCli({QStringLiteral("fit"), QStringLiteral("usl"), path, QStringLiteral("--format"),
                              QStringLiteral("json")});
        QCOMPARE(r.exitCode, 1);
        const QJsonObject doc = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(doc[QStringLiteral("trusted")].toBool(true), false);
        QVERIFY(doc[QStringLiteral("reason")].toString().startsWith(QStringLiteral("no curvature")));
        QVERIFY(doc[QStringLiteral("lambda")].isNull() && doc[QStringLiteral("n_max")].isNull());
        QVERIFY(r.err.contains("cannot be trusted: no curvature"));
    }

    // fit growth: the sample history was generated growing 11% a month (samples/README.md).
    void fitGrowthChoosesAndForecasts()
    {
        const Run r = runCli({QStringLiteral("fit"), QStringLiteral("growth"), kHistory, QStringLiteral("--format"),
                              QStringLiteral("json"), QStringLiteral("--ahead"), QStringLiteral("6")});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject doc = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(doc[QStringLiteral("chosen")].toString(), QStringLiteral("exponential"));
        const QJsonArray models = doc[QStringLiteral("models")].toArray();
        QCOMPARE(models.size(), 3);
        const QJsonObject exponential = models[1].toObject();
        QCOMPARE(exponential[QStringLiteral("model")].toString(), QStringLiteral("exponential"));
        const QJsonObject g = exponential[QStringLiteral("curve")][QStringLiteral("monthly_growth")].toObject();
        QVERIFY(g[QStringLiteral("lo")].toDouble() < 0.11 && 0.11 < g[QStringLiteral("hi")].toDouble());
        for (const char* key : {"rss", "rmse", "aicc", "akaike_weight", "r2"})
            QVERIFY2(exponential[QLatin1String(key)].isDouble(), key);
        for (const QJsonValue& m : models)
            QVERIFY(m[QStringLiteral("fitted")].toBool() || !m[QStringLiteral("reason")].toString().isEmpty());
        const QJsonObject forecast = doc[QStringLiteral("forecast")].toObject();
        const QJsonArray months = forecast[QStringLiteral("months")].toArray();
        QCOMPARE(months.size(), doc[QStringLiteral("values")].toInt() + 6); // monthly history, 6 months ahead
        QCOMPARE(months.first().toString(), doc[QStringLiteral("first_month")].toString());
        QCOMPARE(forecast[QStringLiteral("lo")].toArray().size(), months.size());
        QVERIFY(forecast[QStringLiteral("hi")][months.size() - 1].toDouble() >
                forecast[QStringLiteral("fit")][months.size() - 1].toDouble());
    }

    // --months is --ahead's older name: the same forecast, byte for byte.
    void fitGrowthTakesMonthsAsTheOlderNameOfAhead()
    {
        const auto fit = [](const char* flag) {
            return runCli({QStringLiteral("fit"), QStringLiteral("growth"), kHistory, QStringLiteral("--format"),
                           QStringLiteral("json"), QLatin1String(flag), QStringLiteral("3")});
        };
        const Run ahead = fit("--ahead");
        const Run months = fit("--months");
        QCOMPARE(ahead.exitCode, 0);
        QCOMPARE(months.exitCode, 0);
        QCOMPARE(months.out, ahead.out);
        const QJsonObject doc = QJsonDocument::fromJson(ahead.out).object();
        QCOMPARE(doc[QStringLiteral("forecast")][QStringLiteral("months")].toArray().size(),
                 doc[QStringLiteral("values")].toInt() + 3);
    }

    void fitExitCodes_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QByteArray>("csv"); // written to a temporary file given as the last argument
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("stderrMentions");
        const QString growth = QStringLiteral("growth");
        const QString usl = QStringLiteral("usl");
        QTest::newRow("no kind") << QStringList{QStringLiteral("fit")} << QByteArray() << 2 << "growth or usl";
        QTest::newRow("no file") << QStringList{QStringLiteral("fit"), usl} << QByteArray() << 2 << "needs a FILE";
        QTest::newRow("months for usl") << QStringList{QStringLiteral("fit"), usl, kLoadTest, QStringLiteral("--months"),
                                                       QStringLiteral("3")}
                                        << QByteArray() << 2 << "unknown option --months";
        QTest::newRow("ahead for usl") << QStringList{QStringLiteral("fit"), usl, kLoadTest, QStringLiteral("--ahead"),
                                                      QStringLiteral("3")}
                                       << QByteArray() << 2 << "unknown option --ahead";
        QTest::newRow("ahead not a number") << QStringList{QStringLiteral("fit"), growth, kHistory,
                                                           QStringLiteral("--ahead"), QStringLiteral("six")}
                                            << QByteArray() << 2
                                            << "--ahead takes a whole number of months from 0 to 240; got \"six\"";
        QTest::newRow("missing file") << QStringList{QStringLiteral("fit"), growth, QStringLiteral("/nonexistent.csv")}
                                      << QByteArray() << 3 << "cannot open";
        QTest::newRow("bad number") << QStringList{QStringLiteral("fit"), usl} << QByteArray("n,x\n1,10\n2,1O\n") << 3
                                    << "line 3, column 2: \"1O\" is not a number";
        QTest::newRow("bad date") << QStringList{QStringLiteral("fit"), growth}
                                  << QByteArray("month;users\r\n2025-01;10\r\n2025-1;12\r\n") << 3
                                  << "line 3, column 1: \"2025-1\" is not a date";
        QTest::newRow("too short a history") << QStringList{QStringLiteral("fit"), growth}
                                             << QByteArray("2025-01,10\n2025-02,12\n") << 1 << "no growth curve";
    }

    void fitExitCodes()
    {
        QFETCH(QStringList, args);
        QFETCH(QByteArray, csv);
        QFETCH(int, exitCode);
        QFETCH(QString, stderrMentions);
        QTemporaryDir dir;
        if (!csv.isEmpty()) {
            QFile file(dir.filePath(QStringLiteral("m.csv")));
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(csv);
            args << file.fileName();
        }
        const Run r = runCli(args);
        QCOMPARE(r.exitCode, exitCode);
        QVERIFY2(QString::fromUtf8(r.err).contains(stderrMentions), r.err.constData());
    }
};

QTEST_GUILESS_MAIN(TestCliFit)
#include "tst_CliFit.moc"
