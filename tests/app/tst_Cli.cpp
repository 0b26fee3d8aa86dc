#include "CliTestSupport.h"
#include "CsvRecords.h"
#include "LognormalTestSupport.h"
#include "TestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QDir>
#include <QTemporaryDir>

#include <cmath>
#include <utility>

using headroom::test::kSample;
using Run = headroom::test::CliRun;
using headroom::test::runCli;

// headroom-cli as a script would use it: exit codes and parsed output.
class TestCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void simulatePrintsTheDocumentedJson()
    {
        const Run r = runCli({QStringLiteral("simulate"), kSample, QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(r.exitCode, 0);
        QJsonParseError error{};
        const QJsonObject doc = QJsonDocument::fromJson(r.out, &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);

        QCOMPARE(doc[QStringLiteral("engine")][QStringLiteral("samples")].toInt(), 1000); // the default
        QVERIFY(!doc[QStringLiteral("engine")][QStringLiteral("version")].toString().isEmpty());
        QVERIFY(doc[QStringLiteral("engine")][QStringLiteral("seed")].isDouble());

        const QJsonArray months = doc[QStringLiteral("months")].toArray();
        QCOMPARE(months.size(), 36);
        QCOMPARE(months.first().toString(), QStringLiteral("2027-01"));
        QCOMPARE(months.last().toString(), QStringLiteral("2029-12"));

        const QJsonArray components = doc[QStringLiteral("components")].toArray();
        QCOMPARE(components.size(), 4);
        const QJsonObject api = components.first().toObject();
        QCOMPARE(api[QStringLiteral("id")].toString(), QStringLiteral("api"));
        QCOMPARE(api[QStringLiteral("name")].toString(), QStringLiteral("API service"));
        for (const char* key : {"arrival_rate", "instances", "utilization", "latency_ms", "latency_p95_ms", "cost"})
            for (const char* stat : {"mean", "p10", "p50", "p90"})
                QCOMPARE(api[QStringLiteral("series")][QLatin1String(key)][QLatin1String(stat)].toArray().size(), 36);
        // λ(0) = 18 000 users · 240 requests · 3.2 / 86 400 s = 160 requests per second: the median
        // of a product of lognormal inputs is the product of their medians (streamed estimate: ~1%).
        HEADROOM_COMPARE_REL(api[QStringLiteral("series")][QStringLiteral("arrival_rate")][QStringLiteral("p50")][0]
                                 .toDouble(),
                             160.0, 0.02);

        const QJsonObject totals = doc[QStringLiteral("totals")].toObject();
        for (const char* key : {"users", "cost", "cost_per_user"})
            QCOMPARE(totals[QLatin1String(key)][QStringLiteral("p50")].toArray().size(), 36);

        // The database climbs its ladder: the type at the median step, named month by month, is the
        // ladder's entry for that step, and it is larger at the horizon than at the start.
        const QJsonObject db = components.at(2).toObject();
        QCOMPARE(db[QStringLiteral("id")].toString(), QStringLiteral("db"));
        const QJsonArray ladder = db[QStringLiteral("instance_types")].toArray();
        QCOMPARE(ladder.size(), 5);
        const QJsonArray dbStep =
            db[QStringLiteral("series")][QStringLiteral("instance_type_step")][QStringLiteral("p50")].toArray();
        const QJsonArray dbType = db[QStringLiteral("instance_type_p50")].toArray();
        QCOMPARE(dbStep.size(), 36);
        QCOMPARE(dbType.size(), 36);
        for (int t = 0; t < 36; ++t) {
            const double step = dbStep[t].toDouble();
            QCOMPARE(step, std::round(step));
            QCOMPARE(dbType[t].toString(), ladder[int(step)].toString());
        }
        QVERIFY(dbStep[35].toDouble() > dbStep[0].toDouble());
        QCOMPARE(api[QStringLiteral("instance_types")].toArray(), QJsonArray{QStringLiteral("c7g.xlarge")});

        // Each role's series; their means add up to the team's.
        const QJsonArray roles = doc[QStringLiteral("roles")].toArray();
        QCOMPARE(roles.size(), 3);
        double headcount = 0.0;
        for (const QJsonValue& role : roles) {
            QVERIFY(!role[QStringLiteral("id")].toString().isEmpty());
            for (const char* key :
                 {"headcount", "hires", "team_cost", "recruiting_cost", "requisitions", "hiring_backlog"})
                QCOMPARE(role[QStringLiteral("series")][QLatin1String(key)][QStringLiteral("p90")].toArray().size(),
                         36);
            headcount +=
                role[QStringLiteral("series")][QStringLiteral("headcount")][QStringLiteral("mean")][35].toDouble();
        }
        HEADROOM_COMPARE_REL(headcount, totals[QStringLiteral("headcount")][QStringLiteral("mean")][35].toDouble(),
                             1e-9);

        const QJsonArray bottlenecks = doc[QStringLiteral("bottlenecks")].toArray();
        QVERIFY(!bottlenecks.isEmpty());
        const QJsonObject first = bottlenecks.first().toObject();
        // The sample's headlines (samples/README.md): the database's hot data outgrows its memory
        // first, and it runs out of instance types in August 2029.
        QCOMPARE(first[QStringLiteral("subject")].toString(), QStringLiteral("db"));
        QCOMPARE(first[QStringLiteral("kind")].toString(), QStringLiteral("working_set_beyond_memory"));
        QCOMPARE(first[QStringLiteral("median_first_month")].toString(), QStringLiteral("2028-03"));
        bool ceiling = false;
        for (const QJsonValue& b : bottlenecks)
            ceiling |= b[QStringLiteral("kind")].toString() == QLatin1String("vertical_ceiling") &&
                       b[QStringLiteral("median_first_month")].toString() == QLatin1String("2029-08");
        QVERIFY(ceiling);
        QVERIFY(!first[QStringLiteral("message")].toString().isEmpty());
        QCOMPARE(first[QStringLiteral("probability_by_month")].toArray().size(), 36);
    }

    // The stories samples/README.md tells of the storage-heavy and the team-growth samples: their
    // first bottleneck (subject, kind, median month) and cost per user at the start and the horizon.
    void sampleHeadlines_data()
    {
        QTest::addColumn<QString>("sample");
        QTest::addColumn<QString>("subject");
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("month");
        QTest::addColumn<double>("costPerUserStart");
        QTest::addColumn<double>("costPerUserHorizon");
        // Month 0 by hand, video: team (20 engineers, 4 SREs, 4 support) $378,000 + egress 6,000 ×
        // 250 GB × $0.03 = $45,000 + 297 TB × $0.022 = $6,534 + licence $2,500 + compute ≈ $5,600,
        // over 6,000 creators ≈ $72.9. Team: 14 × $16,500 + 10 × $18,000 + 8 × $6,500 = $463,000,
        // plus ≈ $10,000 of replacement hires and ≈ $1,000 of servers, over 30,000 users ≈ $15.8.
        QTest::newRow("video library") << "video-library" << "media" << "backup_window_exceeded" << "2027-11"
                                       << 72.9 << 26.18;
        // The team's growth in its first quarter, beyond the replacements already in the pipeline, waits
        // for its 3-month lead time and comes due in April, all at once against recruiting's 4 a month:
        // the SREs' replacements get their share of it, and the rotations are a fraction of a person short.
        QTest::newRow("team growth") << "team-growth" << "team" << "on_call_undersized" << "2027-04" << 15.8 << 3.22;
    }

    void sampleHeadlines()
    {
        QFETCH(QString, sample);
        QFETCH(QString, subject);
        QFETCH(QString, kind);
        QFETCH(QString, month);
        QFETCH(double, costPerUserStart);
        QFETCH(double, costPerUserHorizon);
        const QString path = QStringLiteral(HEADROOM_SAMPLES_DIR "/") + sample + QStringLiteral(".headroom.json");
        const Run r = runCli({QStringLiteral("simulate"), path});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject doc = QJsonDocument::fromJson(r.out).object();
        const QJsonArray bottlenecks = doc[QStringLiteral("bottlenecks")].toArray();
        QVERIFY(!bottlenecks.isEmpty());
        const QJsonObject first = bottlenecks.first().toObject();
        QCOMPARE(first[QStringLiteral("subject")].toString(), subject);
        QCOMPARE(first[QStringLiteral("kind")].toString(), kind);
        QCOMPARE(first[QStringLiteral("median_first_month")].toString(), month);
        const QJsonArray costPerUser =
            doc[QStringLiteral("totals")][QStringLiteral("cost_per_user")][QStringLiteral("p50")].toArray();
        HEADROOM_COMPARE_REL(costPerUser.first().toDouble(), costPerUserStart, 0.02);
        HEADROOM_COMPARE_REL(costPerUser.last().toDouble(), costPerUserHorizon, 0.05);

        const auto medianMonth = [&](const char* s, const char* k) {
            for (const QJsonValue& b : bottlenecks)
                if (b[QStringLiteral("subject")].toString() == QLatin1String(s) &&
                    b[QStringLiteral("kind")].toString() == QLatin1String(k))
                    return b[QStringLiteral("median_first_month")].toString();
            return QString();
        };
        if (sample == QLatin1String("video-library")) {
            // The weekend copy of 6,000 × (48 + 1.5) GB = 297 TB at 9,500 GB/h: 31.3 h at the start, at
            // the median of the uncertain upload volume (1.0–2.2 GB), streamed from 1,000 samples (within
            // 0.1%). The upload volume spreads it: 6,000 × (48 + 1.5·e^(∓1.2816·σ)) / 9,500, σ =
            // ln(2.2/1.0)/(2·1.6449) = 0.2397, is 31.0 to 31.6 h from P10 to P90.
            constexpr double kStreamedMedian = 0.005;
            for (const QJsonValue& c : doc[QStringLiteral("components")].toArray())
                if (c[QStringLiteral("id")].toString() == QLatin1String("media")) {
                    const QJsonValue backupHours = c[QStringLiteral("series")][QStringLiteral("backup_hours")];
                    HEADROOM_COMPARE_REL(backupHours[QStringLiteral("p50")][0].toDouble(), 297'000.0 / 9'500.0,
                                         kStreamedMedian);
                    const double sigma = headroom::test::sigmaOf(1.0, 2.2);
                    for (const auto& [percentile, z] : {std::pair{"p10", -headroom::test::kZ90}, std::pair{"p90", headroom::test::kZ90}})
                        HEADROOM_COMPARE_REL(backupHours[QLatin1String(percentile)][0].toDouble(),
                                             6'000.0 * (48.0 + 1.5 * std::exp(z * sigma)) / 9'500.0, kStreamedMedian);
                }
            QCOMPARE(medianMonth("media", "restore_over_rto"), QStringLiteral("2029-03"));
        } else {
            // Hiring and on-call give way together, and every server holds out more than a year longer.
            QCOMPARE(medianMonth("team", "hiring_beyond_capacity"), month);
            for (const QJsonValue& b : bottlenecks) {
                const QString m = b[QStringLiteral("median_first_month")].toString();
                if (b[QStringLiteral("subject")].toString() != QLatin1String("team") && !m.isEmpty())
                    QVERIFY2(m >= QStringLiteral("2028-10"), qPrintable(b[QStringLiteral("message")].toString()));
            }
        }
    }

    void csvHasOneRowPerMonthSubjectAndSeries()
    {
        const Run r = runCli({QStringLiteral("simulate"), kSample, QStringLiteral("--format"), QStringLiteral("csv"),
                              QStringLiteral("--samples"), QStringLiteral("1")}); // the estimates alone
        QCOMPARE(r.exitCode, 0);
        const QList<QByteArray> lines = r.out.trimmed().split('\n');
        QCOMPARE(lines.first(), QByteArrayLiteral("month,subject,series,mean,p10,p50,p90,kind,value,threshold,"
                                                  "median_first_month,probability_at_horizon,message"));
        const auto rowsOf = [&lines](const QByteArray& series) {
            return std::count_if(lines.begin(), lines.end(),
                                 [&](const QByteArray& l) { return l.split(',').value(2) == series; });
        };
        const auto bottlenecks = rowsOf("bottleneck");
        QVERIFY(bottlenecks >= 5);
        QCOMPARE(rowsOf("bottleneck_probability"), 36 * bottlenecks);
        // 17 totals, 4 × twelve component series, two class series, 3 roles × six series; the bottlenecks
        QCOMPARE(lines.size(), 1 + 36 * (17 + 4 * 12 + 2 + 3 * 6) + 37 * bottlenecks);
        QVERIFY(lines.contains(QByteArrayLiteral("2027-01,api,arrival_rate,160,160,160,160,,,,,,")));
        QVERIFY(lines.contains(QByteArrayLiteral("2027-01,api,instance_type_step,0,0,0,0,,,,,,")));
    }

    // The team-growth sample with its hiring lead time at 0 and at 12 months, its estimates alone (one
    // sample). At 12, nobody beyond the leavers' replacements, already being recruited, starts before
    // January 2028: 14 engineers, 10 SREs and 8 support people for a year while the plan adds 2 people in
    // February alone (the 15th engineer, the 9th support person), and the first month opens every
    // requisition the first year needs, the 16 engineers of its plan among them. The engineers' throughput
    // stays that of 14 people in two teams of 7, 14 / (1 + 0.005·13 + 0.004·42) = 11.354, where 15 people
    // in teams of 8 and 7 do 8/1.294 + 7/1.238 = 11.837 (the USL; Gunther, Guerrilla Capacity Planning,
    // 2007); the SREs and support report none. Recruiting's crunch waits for the flood of late hires.
    void aLongerLeadTimeLeavesTheTeamShortLonger()
    {
        QTemporaryDir dir;
        QFile sample(QStringLiteral(HEADROOM_SAMPLES_DIR "/team-growth.headroom.json"));
        QVERIFY(sample.open(QIODevice::ReadOnly));
        QJsonObject project = QJsonDocument::fromJson(sample.readAll()).object();
        QJsonObject runs[2];
        for (int i = 0; i < 2; ++i) {
            QJsonObject team = project[QStringLiteral("team")].toObject();
            team[QStringLiteral("lead_time_months")] = i == 0 ? 0 : 12;
            project[QStringLiteral("team")] = team;
            const QString path = dir.filePath(QStringLiteral("lead-%1.headroom.json").arg(i));
            QFile out(path);
            QVERIFY(out.open(QIODevice::WriteOnly) && out.write(QJsonDocument(project).toJson()) > 0);
            out.close();
            const Run r = runCli({QStringLiteral("simulate"), path, QStringLiteral("--samples"), QStringLiteral("1")});
            QCOMPARE(r.exitCode, 0);
            runs[i] = QJsonDocument::fromJson(r.out).object();
        }
        const auto total = [&](int run, const char* key, int month) {
            return runs[run][QStringLiteral("totals")][QLatin1String(key)][QStringLiteral("p50")][month].toDouble();
        };
        const auto role = [&](int run, int index, const char* key) {
            return runs[run][QStringLiteral("roles")][index][QStringLiteral("series")][QLatin1String(key)];
        };
        QCOMPARE(total(0, "headcount", 1), 34.0); // the plan, met
        QCOMPARE(total(0, "hiring_backlog", 1), 0.0);
        for (int t = 0; t < 12; ++t)
            QCOMPARE(total(1, "headcount", t), 32.0);
        QCOMPARE(total(1, "hiring_backlog", 1), 2.0);
        QVERIFY(total(1, "hiring_backlog", 11) > 16.0);
        QVERIFY(total(1, "requisitions", 0) > total(0, "requisitions", 0) + 16.0);
        QVERIFY(total(1, "team_cost", 6) < total(0, "team_cost", 6));
        HEADROOM_COMPARE_REL(role(1, 0, "team_throughput")[QStringLiteral("p50")][6].toDouble(), 14.0 / 1.233, 1e-9);
        HEADROOM_COMPARE_REL(role(0, 0, "team_throughput")[QStringLiteral("p50")][1].toDouble(),
                             8.0 / 1.294 + 7.0 / 1.238, 1e-9);
        QVERIFY(role(0, 1, "team_throughput").isUndefined() && role(0, 2, "team_throughput").isUndefined());
        QStringList crunch;
        for (const QJsonObject& run : runs)
            for (const QJsonValue& b : run[QStringLiteral("bottlenecks")].toArray())
                if (b[QStringLiteral("kind")].toString() == QLatin1String("hiring_beyond_capacity"))
                    crunch << b[QStringLiteral("median_first_month")].toString();
        QCOMPARE(crunch, (QStringList{QStringLiteral("2027-08"), QStringLiteral("2028-01")}));
    }

    // The CSV holds every bottleneck the JSON does, with the same figures, message and probabilities.
    void csvCarriesEveryBottleneckOfTheJson()
    {
        const QStringList run{QStringLiteral("simulate"), kSample, QStringLiteral("--samples"), QStringLiteral("200"),
                              QStringLiteral("--seed"), QStringLiteral("3"), QStringLiteral("--format")};
        const Run json = runCli(run + QStringList{QStringLiteral("json")});
        const Run csv = runCli(run + QStringList{QStringLiteral("csv")});
        QCOMPARE(json.exitCode, 0);
        QCOMPARE(csv.exitCode, 0);
        const QJsonObject doc = QJsonDocument::fromJson(json.out).object();
        const QJsonArray months = doc[QStringLiteral("months")].toArray();
        const QJsonArray expected = doc[QStringLiteral("bottlenecks")].toArray();
        std::vector<headroom::test::CsvRecord> rows, probabilities;
        for (headroom::test::CsvRecord& r : headroom::test::parseCsv(csv.out.toStdString())) {
            QCOMPARE(r.size(), std::size_t(13));
            if (r[2] == "bottleneck")
                rows.push_back(std::move(r));
            else if (r[2] == "bottleneck_probability")
                probabilities.push_back(std::move(r));
        }
        QCOMPARE(rows.size(), std::size_t(expected.size()));
        QCOMPARE(probabilities.size(), rows.size() * std::size_t(months.size()));
        bool quoted = false; // a message holding a comma, read back whole
        for (qsizetype i = 0; i < expected.size(); ++i) {
            const QJsonObject b = expected[i].toObject();
            const headroom::test::CsvRecord& row = rows[std::size_t(i)]; // in the same order
            const QString message = b[QStringLiteral("message")].toString();
            QCOMPARE(QString::fromStdString(row[1]), b[QStringLiteral("subject")].toString());
            QCOMPARE(QString::fromStdString(row[7]), b[QStringLiteral("kind")].toString());
            QCOMPARE(QString::fromStdString(row[0]), b[QStringLiteral("occurrence")][QStringLiteral("month")].toString());
            QCOMPARE(std::stod(row[8]), b[QStringLiteral("value")].toDouble());
            QCOMPARE(std::stod(row[9]), b[QStringLiteral("threshold")].toDouble());
            QCOMPARE(QString::fromStdString(row[10]), b[QStringLiteral("median_first_month")].toString()); // null: ""
            const QJsonArray p = b[QStringLiteral("probability_by_month")].toArray();
            QCOMPARE(std::stod(row[11]), p.last().toDouble());
            QCOMPARE(QString::fromStdString(row[12]), message);
            quoted |= message.contains(QLatin1Char(','));
            for (qsizetype t = 0; t < months.size(); ++t) {
                const headroom::test::CsvRecord& pr = probabilities[std::size_t(i * months.size() + t)];
                QCOMPARE(QString::fromStdString(pr[0]), months[t].toString());
                QCOMPARE(pr[1], row[1]);
                QCOMPARE(pr[7], row[7]);
                QCOMPARE(std::stod(pr[3]), p[t].toDouble());
            }
        }
        QVERIFY(quoted);
        QVERIFY(std::any_of(rows.begin(), rows.end(), [](const auto& r) { return r[10].empty(); })); // none in half
    }

    // Every sample validates, projects, and converts to a project file and back without loss.
    void everySampleRuns()
    {
        QTemporaryDir dir;
        const QStringList samples = QDir(QStringLiteral(HEADROOM_SAMPLES_DIR)).entryList({QStringLiteral("*.json")});
        QVERIFY(samples.size() >= 4); // DESIGN.md's four stories
        for (const QString& name : samples) {
            const QString path = QStringLiteral(HEADROOM_SAMPLES_DIR "/") + name;
            QCOMPARE(runCli({QStringLiteral("validate"), path}).exitCode, 0);
            const Run r = runCli({QStringLiteral("simulate"), path, QStringLiteral("--samples"), QStringLiteral("100")});
            QCOMPARE(r.exitCode, 0);
            QVERIFY(!QJsonDocument::fromJson(r.out).object()[QStringLiteral("components")].toArray().isEmpty());
            const QString project = dir.filePath(name + QStringLiteral(".headroom"));
            const QString back = dir.filePath(name);
            QCOMPARE(runCli({QStringLiteral("convert"), path, project}).exitCode, 0);
            QCOMPARE(runCli({QStringLiteral("convert"), project, back}).exitCode, 0);
            QFile a(path), b(back);
            QVERIFY(a.open(QIODevice::ReadOnly) && b.open(QIODevice::ReadOnly));
            QVERIFY2(a.readAll() == b.readAll(), qPrintable(name));
        }
    }

    // A report for people, headless: both formats, every section; and the exit codes of its misuse.
    void reportWritesHtmlAndPdf()
    {
#ifndef HEADROOM_HAVE_REPORT
        QSKIP("a build without the GUI has no report command");
#endif
        QTemporaryDir dir;
        const QString html = dir.filePath(QStringLiteral("ledgerly.html"));
        const QString pdf = dir.filePath(QStringLiteral("ledgerly.pdf"));
        for (const QString& out : {html, pdf}) {
            const Run r = runCli({QStringLiteral("report"), kSample, QStringLiteral("--out"), out,
                                  QStringLiteral("--samples"), QStringLiteral("100"), QStringLiteral("--seed"),
                                  QStringLiteral("7")});
            QVERIFY2(r.exitCode == 0, r.err.constData());
            QVERIFY(QFileInfo(out).size() > 20'000);
        }
        QFile file(html);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(file.readAll());
        for (const char* heading : {"Executive summary", "Capacity", "Latency", "Data and backups", "Team and hiring",
                                    "Cost", "Bottlenecks", "Sensitivity", "Scenarios"})
            QVERIFY2(text.contains(QStringLiteral(">%1</h2>").arg(QLatin1String(heading))), heading);
        QVERIFY(text.contains(QLatin1String("Ledgerly")));
        QVERIFY(text.contains(QLatin1String("seed 7, 100 Monte Carlo samples")));
        QVERIFY(text.contains(QLatin1String("data:image/png;base64,")));
        QFile pdfFile(pdf);
        QVERIFY(pdfFile.open(QIODevice::ReadOnly));
        QVERIFY(pdfFile.read(5) == "%PDF-");
    }

    void reportExitCodes_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        const QString out = QDir::temp().filePath(QStringLiteral("headroom-cli-report-test.html"));
        QTest::newRow("missing file") << QStringList{QStringLiteral("report"), QStringLiteral("/nonexistent/x.headroom"),
                                                     QStringLiteral("--out"), out}
                                      << 3;
        QTest::newRow("no --out") << QStringList{QStringLiteral("report"), kSample} << 2;
        QTest::newRow("not .html or .pdf") << QStringList{QStringLiteral("report"), kSample, QStringLiteral("--out"),
                                                          QStringLiteral("report.docx")}
                                           << 2;
        QTest::newRow("unknown scenario") << QStringList{QStringLiteral("report"), kSample, QStringLiteral("--out"), out,
                                                         QStringLiteral("--scenario"), QStringLiteral("nope"),
                                                         QStringLiteral("--samples"), QStringLiteral("10")}
                                          << 1;
        QTest::newRow("unwritable") << QStringList{QStringLiteral("report"), kSample, QStringLiteral("--out"),
                                                   QStringLiteral("/nonexistent/dir/r.pdf"), QStringLiteral("--samples"),
                                                   QStringLiteral("10")}
                                    << 3;
    }

    void reportExitCodes()
    {
#ifndef HEADROOM_HAVE_REPORT
        QSKIP("a build without the GUI has no report command");
#endif
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        QCOMPARE(runCli(args).exitCode, exitCode);
    }

    void versionIsPrinted()
    {
        const Run r = runCli({QStringLiteral("--version")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.startsWith("headroom-cli "));
    }

    void exitCodes_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("stderrMentions");
        QTest::newRow("no command") << QStringList{} << 2 << "Usage";
        QTest::newRow("unknown command") << QStringList{QStringLiteral("fly")} << 2 << "unknown command";
        QTest::newRow("bad format") << QStringList{QStringLiteral("simulate"), kSample, QStringLiteral("--format"),
                                                   QStringLiteral("xml")}
                                    << 2 << "--format";
        QTest::newRow("missing file") << QStringList{QStringLiteral("simulate"), QStringLiteral("/nonexistent/x.headroom")}
                                      << 3 << "no file";
        QTest::newRow("not a project") << QStringList{QStringLiteral("simulate"), QStringLiteral(HEADROOM_SOURCE_DIR "/CMakeLists.txt")}
                                       << 3 << "not a Headroom project";
        QTest::newRow("validate a valid model") << QStringList{QStringLiteral("validate"), kSample} << 0 << "";
    }

    void exitCodes()
    {
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        QFETCH(QString, stderrMentions);
        const Run r = runCli(args);
        QCOMPARE(r.exitCode, exitCode);
        QVERIFY2(QString::fromUtf8(r.err).contains(stderrMentions), r.err.constData());
    }

    void invalidModelExitsOneNamingEachField()
    {
        QTemporaryDir dir;
        QFile sample(kSample);
        QVERIFY(sample.open(QIODevice::ReadOnly));
        QJsonObject doc = QJsonDocument::fromJson(sample.readAll()).object();
        doc[QStringLiteral("horizon_months")] = 300;
        QJsonObject users = doc[QStringLiteral("users")].toObject();
        users[QStringLiteral("initial")] = -10;
        doc[QStringLiteral("users")] = users;
        const QString path = dir.filePath(QStringLiteral("bad.headroom.json"));
        QFile out(path);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(QJsonDocument(doc).toJson());
        out.close();
        for (const char* command : {"simulate", "validate"}) {
            const Run r = runCli({QLatin1String(command), path});
            QCOMPARE(r.exitCode, 1);
            QVERIFY(r.err.contains("horizon_months"));
            QVERIFY(r.err.contains("users.initial"));
            QVERIFY(r.out.isEmpty());
        }
    }

    void convertAndSaveKeepResultsInTheProjectFile()
    {
        QTemporaryDir dir;
        const QString project = dir.filePath(QStringLiteral("plan.headroom"));
        QCOMPARE(runCli({QStringLiteral("convert"), kSample, project}).exitCode, 0);
        const Run r = runCli({QStringLiteral("simulate"), project, QStringLiteral("--save"), QStringLiteral("--out"),
                              dir.filePath(QStringLiteral("out.json"))});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(QFile::exists(dir.filePath(QStringLiteral("out.json"))));
        const QString back = dir.filePath(QStringLiteral("back.headroom.json"));
        QCOMPARE(runCli({QStringLiteral("convert"), project, back}).exitCode, 0);
        QFile a(kSample), b(back);
        QVERIFY(a.open(QIODevice::ReadOnly) && b.open(QIODevice::ReadOnly));
        QCOMPARE(b.readAll(), a.readAll());
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_Cli.moc"
