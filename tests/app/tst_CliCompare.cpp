#include "CliTestSupport.h"
#include "TestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>

using headroom::test::kSample;
using Run = headroom::test::CliRun;
using headroom::test::runCli;

namespace {

QJsonObject jsonOf(const Run& r)
{
    QJsonParseError error{};
    const QJsonObject doc = QJsonDocument::fromJson(r.out, &error).object();
    if (error.error != QJsonParseError::NoError)
        qFatal("not JSON: %s", r.out.constData());
    return doc;
}

// Months from January 2027 (the samples' start) of a "YYYY-MM" label.
int monthIndex(const QString& label)
{
    return (label.left(4).toInt() - 2027) * 12 + label.mid(5, 2).toInt() - 1;
}

// The text table's cells, row by row: columns are two or more spaces apart; the header's first cell
// is empty, and a difference's label begins with two spaces.
QList<QStringList> cellsOf(const QByteArray& text)
{
    QList<QStringList> rows;
    for (const QString& line : QString::fromUtf8(text).split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        QStringList cells = line.trimmed().split(QRegularExpression(QStringLiteral(" {2,}")));
        if (rows.isEmpty())
            cells.prepend(QString());
        else if (line.startsWith(QLatin1String("  ")))
            cells[0].prepend(QStringLiteral("  "));
        rows.append(cells);
    }
    return rows;
}

double dollars(const QString& cell) // "$18.6664", "+$0.0172", "-$3314"
{
    QString digits = cell;
    digits.remove(QLatin1Char('$'));
    return digits.toDouble();
}

// The SaaS sample cut to 12 months, before any bottleneck, with a scenario of runaway growth that
// has one: a first column without a first bottleneck.
QString writeBoomModel(const QTemporaryDir& dir)
{
    QFile sample(kSample);
    if (!sample.open(QIODevice::ReadOnly))
        qFatal("cannot read the sample");
    QJsonObject doc = QJsonDocument::fromJson(sample.readAll()).object();
    doc[QStringLiteral("horizon_months")] = 12;
    QJsonArray scenarios = doc[QStringLiteral("scenarios")].toArray();
    const QJsonObject growth{
        {QStringLiteral("estimate"), 0.6}, {QStringLiteral("lo"), 0.5}, {QStringLiteral("hi"), 0.7}};
    const QJsonObject override{{QStringLiteral("path"), QStringLiteral("users.monthly_growth")},
                               {QStringLiteral("value"), growth}};
    scenarios.append(QJsonObject{{QStringLiteral("id"), QStringLiteral("boom")},
                                 {QStringLiteral("name"), QStringLiteral("Everyone signs up")},
                                 {QStringLiteral("overrides"), QJsonArray{override}}});
    doc[QStringLiteral("scenarios")] = scenarios;
    const QString path = dir.filePath(QStringLiteral("boom.headroom.json"));
    QFile out(path);
    if (!out.open(QIODevice::WriteOnly) || out.write(QJsonDocument(doc).toJson()) < 0)
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

} // namespace

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
        const QJsonArray columns = jsonOf(r)[QStringLiteral("scenarios")].toArray();
        QCOMPARE(columns.size(), 4);
        QVERIFY(columns[0].toObject()[QStringLiteral("scenario")].isNull());
        QCOMPARE(columns[1].toObject()[QStringLiteral("scenario")].toString(), QStringLiteral("db-replica"));
        // samples/README.md: sharding the database clears its memory problem, and the first bottleneck
        // (a restore over its objective) comes nine months later; the second node clears nothing.
        const QJsonObject shard = columns[3].toObject();
        QCOMPARE(shard[QStringLiteral("scenario")].toString(), QStringLiteral("shard-db"));
        QCOMPARE(shard[QStringLiteral("first_bottleneck")][QStringLiteral("kind")].toString(),
                 QStringLiteral("restore_over_rto"));
        QCOMPARE(shard[QStringLiteral("difference")][QStringLiteral("first_bottleneck_months")].toInt(), 9);
        QCOMPARE(columns[1].toObject()[QStringLiteral("difference")][QStringLiteral("first_bottleneck_months")].toInt(),
                 0);
        const auto spendDifference = [&](int i) {
            return columns[i].toObject()[QStringLiteral("difference")][QStringLiteral("total_spend")].toDouble();
        };
        QCOMPARE(spendDifference(0), 0.0);
        QVERIFY(spendDifference(1) > 0.0);
        QVERIFY(spendDifference(2) < 0.0);

        const Run text = runCli({QStringLiteral("compare"), kSample, QStringLiteral("--scenarios"),
                                 QStringLiteral("warm-cache,base"), QStringLiteral("--samples"), QStringLiteral("50")});
        QCOMPARE(text.exitCode, 0);
        const QList<QStringList> rows = cellsOf(text.out);
        QCOMPARE(rows.first(), (QStringList{QString(), QStringLiteral("warm-cache"), QStringLiteral("base")}));
        QCOMPARE(rows[1].first(), QStringLiteral("first bottleneck"));
        QCOMPARE(
            runCli({QStringLiteral("compare"), kSample, QStringLiteral("--scenarios"), QStringLiteral("nope,base")})
                .exitCode,
            1);
        QCOMPARE(runCli({QStringLiteral("compare"), kSample, QStringLiteral("--scenarios"), QStringLiteral("base")})
                     .exitCode,
                 2);
    }

    // Every numeric headline has its difference, column minus first column, and nothing else does.
    void everyHeadlineHasItsDifference()
    {
        const Run r = runCli({QStringLiteral("compare"), kSample, QStringLiteral("--format"), QStringLiteral("json"),
                              QStringLiteral("--samples"), QStringLiteral("100"), QStringLiteral("--scenarios"),
                              QStringLiteral("db-replica,base,warm-cache")});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject doc = jsonOf(r);
        QCOMPARE(doc[QStringLiteral("months")].toArray(),
                 (QJsonArray{QStringLiteral("2027-01"), QStringLiteral("2029-12")}));
        const QJsonArray columns = doc[QStringLiteral("scenarios")].toArray();
        const QJsonObject first = columns[0].toObject();
        for (const QJsonValue& value : columns) {
            const QJsonObject column = value.toObject();
            const QJsonObject difference = column[QStringLiteral("difference")].toObject();
            QStringList numeric;
            for (auto it = column.begin(); it != column.end(); ++it)
                if (it.value().isDouble())
                    numeric.append(it.key());
            QCOMPARE(numeric.size(), 5); // cost per user at the start and the horizon, spend, instances, people
            for (const QString& key : numeric)
                QCOMPARE(difference[key].toDouble(), column[key].toDouble() - first[key].toDouble());
            const QJsonObject costPerUser = column[QStringLiteral("cost_per_user")].toObject();
            QCOMPARE(costPerUser.keys(), (QStringList{QStringLiteral("2027-01"), QStringLiteral("2029-12")}));
            for (const QString& month : costPerUser.keys())
                QCOMPARE(difference[QStringLiteral("cost_per_user")][month].toDouble(),
                         costPerUser[month].toDouble() - first[QStringLiteral("cost_per_user")][month].toDouble());
            QCOMPARE(costPerUser[QStringLiteral("2029-12")].toDouble(),
                     column[QStringLiteral("cost_per_user_horizon")].toDouble());
            // Every column of the sample has a first bottleneck: the difference is in months.
            const auto firstMonth = [](const QJsonObject& c) {
                return monthIndex(
                    c[QStringLiteral("first_bottleneck")][QStringLiteral("median_first_month")].toString());
            };
            QCOMPARE(difference[QStringLiteral("first_bottleneck_months")].toInt(-99),
                     firstMonth(column) - firstMonth(first));
            QCOMPARE(column[QStringLiteral("first_bottleneck")][QStringLiteral("median_first_month_index")].toInt(),
                     firstMonth(column));
            QCOMPARE(difference.size(), numeric.size() + 2); // and cost_per_user, first_bottleneck_months
        }
    }

    // --months chooses where cost per user is compared; the figures are the P50 that simulate prints
    // for the same scenario, seed and samples.
    void monthsChooseWhereCostPerUserIsCompared()
    {
        const QStringList run{QStringLiteral("--samples"), QStringLiteral("50"),       QStringLiteral("--seed"),
                              QStringLiteral("9"),         QStringLiteral("--format"), QStringLiteral("json")};
        const Run r = runCli(QStringList{QStringLiteral("compare"), kSample, QStringLiteral("--scenarios"),
                                         QStringLiteral("base,db-replica"), QStringLiteral("--months"),
                                         QStringLiteral("2028-06,2027-03")} +
                             run);
        QCOMPARE(r.exitCode, 0);
        const QJsonObject doc = jsonOf(r);
        QCOMPARE(doc[QStringLiteral("months")].toArray(),
                 (QJsonArray{QStringLiteral("2028-06"), QStringLiteral("2027-03")}));
        const QJsonObject replica = doc[QStringLiteral("scenarios")][1].toObject();
        const Run simulated = runCli(QStringList{QStringLiteral("simulate"), kSample, QStringLiteral("--scenario"),
                                                 QStringLiteral("db-replica")} +
                                     run);
        QCOMPARE(simulated.exitCode, 0);
        const QJsonArray p50 =
            jsonOf(simulated)[QStringLiteral("totals")][QStringLiteral("cost_per_user")][QStringLiteral("p50")]
                .toArray();
        const QJsonObject costPerUser = replica[QStringLiteral("cost_per_user")].toObject();
        QCOMPARE(costPerUser.size(), 2);
        QCOMPARE(costPerUser[QStringLiteral("2028-06")].toDouble(), p50[17].toDouble());
        QCOMPARE(costPerUser[QStringLiteral("2027-03")].toDouble(), p50[2].toDouble());

        // The text: a row and its difference per month, in the order given.
        const Run text = runCli({QStringLiteral("compare"), kSample, QStringLiteral("--months"),
                                 QStringLiteral("2028-06,2027-03"), QStringLiteral("--samples"), QStringLiteral("50")});
        QCOMPARE(text.exitCode, 0);
        const QList<QStringList> rows = cellsOf(text.out);
        QStringList labels;
        for (const QStringList& row : rows)
            labels.append(row.first());
        QCOMPARE(
            labels,
            (QStringList{QString(), QStringLiteral("first bottleneck"), QStringLiteral("  its month vs base"),
                         QStringLiteral("cost per user, 2028-06"), QStringLiteral("  vs base"),
                         QStringLiteral("cost per user, 2027-03"), QStringLiteral("  vs base"),
                         QStringLiteral("total spend"), QStringLiteral("  vs base"), QStringLiteral("peak instances"),
                         QStringLiteral("  vs base"), QStringLiteral("peak headcount"), QStringLiteral("  vs base")}));
    }

    // In the text, each difference is that of the figures shown above it.
    void textDifferencesAreThoseOfTheFiguresShown()
    {
        const Run r = runCli({QStringLiteral("compare"), kSample, QStringLiteral("--samples"), QStringLiteral("100")});
        QCOMPARE(r.exitCode, 0);
        const QList<QStringList> rows = cellsOf(r.out);
        QCOMPARE(rows.first().size(), 5); // the label and four columns
        for (int i = 1; i + 1 < rows.size(); ++i) {
            if (!rows[i + 1].first().startsWith(QLatin1String("  vs ")))
                continue;
            // Money is rounded figure by figure, so a difference may be a unit off; whole numbers are exact.
            const bool money = rows[i][1].startsWith(QLatin1Char('$'));
            const double unit = !money ? 0.0 : rows[i][1].contains(QLatin1Char('.')) ? 1e-4 : 1.0;
            const auto value = [money](const QString& cell) {
                return money ? dollars(cell) : cell.toDouble();
            };
            for (int c = 1; c < rows[i].size(); ++c) {
                const double shown = value(rows[i][c]) - value(rows[i][1]);
                QVERIFY2(std::abs(value(rows[i + 1][c]) - shown) <= unit + 1e-9,
                         qPrintable(rows[i].first() + QStringLiteral(": ") + rows[i + 1][c]));
            }
        }
        // The first bottleneck's month: "+N months" from the months shown.
        const QStringList first = rows[1];
        const QStringList later = rows[2];
        QCOMPARE(later.first(), QStringLiteral("  its month vs base"));
        for (int c = 1; c < first.size(); ++c) {
            const int months = monthIndex(first[c].right(7)) - monthIndex(first[1].right(7));
            const QString expected = (months < 0 ? QString() : QStringLiteral("+")) + QString::number(months) +
                                     (std::abs(months) == 1 ? QStringLiteral(" month") : QStringLiteral(" months"));
            QCOMPARE(later[c], expected);
        }
    }

    // A column without a first bottleneck has no month to compare: "none in" names it, and JSON has null.
    void noFirstBottleneckIsSaidByName()
    {
        QTemporaryDir dir;
        const QString path = writeBoomModel(dir);
        const Run text =
            runCli({QStringLiteral("compare"), path, QStringLiteral("--scenarios"),
                    QStringLiteral("boom,base,warm-cache"), QStringLiteral("--samples"), QStringLiteral("50")});
        QCOMPARE(text.exitCode, 0);
        const QList<QStringList> rows = cellsOf(text.out);
        QCOMPARE(rows[1].mid(2), (QStringList{QStringLiteral("none"), QStringLiteral("none")}));
        QCOMPARE(rows[2], (QStringList{QStringLiteral("  its month vs boom"), QStringLiteral("+0 months"),
                                       QStringLiteral("none in base"), QStringLiteral("none in warm-cache")}));

        const Run json = runCli({QStringLiteral("compare"), path, QStringLiteral("--scenarios"),
                                 QStringLiteral("base,boom"), QStringLiteral("--samples"), QStringLiteral("50"),
                                 QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(json.exitCode, 0);
        const QJsonArray columns = jsonOf(json)[QStringLiteral("scenarios")].toArray();
        QVERIFY(columns[0][QStringLiteral("first_bottleneck")].isNull());
        QVERIFY(columns[1][QStringLiteral("first_bottleneck")].isObject());
        for (const QJsonValue& c : columns)
            QVERIFY(c[QStringLiteral("difference")][QStringLiteral("first_bottleneck_months")].isNull());
        QVERIFY(columns[1][QStringLiteral("difference")][QStringLiteral("peak_instances")].toDouble() > 0.0);
    }

    void monthsUsageErrors_data()
    {
        QTest::addColumn<QString>("months");
        QTest::addColumn<QString>("stderrMentions");
        QTest::newRow("an index") << "6"
                                  << "--months takes months as YYYY-MM, separated by commas; got \"6\"";
        QTest::newRow("no month 13") << "2028-13"
                                     << "got \"2028-13\"";
        QTest::newRow("an empty item") << "2028-01,,2029-01"
                                       << "got \"\"";
        QTest::newRow("nothing") << ""
                                 << "one or more months";
        QTest::newRow("after the horizon") << "2027-06,2030-01"
                                           << "--months: 2030-01 is outside the projection, 2027-01 to 2029-12";
        QTest::newRow("before the start") << "2026-12"
                                          << "2026-12 is outside the projection";
    }

    void monthsUsageErrors()
    {
        QFETCH(QString, months);
        QFETCH(QString, stderrMentions);
        const Run r = runCli({QStringLiteral("compare"), kSample, QStringLiteral("--months"), months,
                              QStringLiteral("--samples"), QStringLiteral("10")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(QString::fromUtf8(r.err).contains(stderrMentions), r.err.constData());
        QVERIFY(r.out.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCliCompare)
#include "tst_CliCompare.moc"
