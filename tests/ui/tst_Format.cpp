#include "TestSupport.h"
#include "engine/Model.h"
#include "report/Format.h"

using namespace headroom;

// How the results name things in words (report/Format.h).
class TestFormat : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }

    // An uncertain input's path, as the sensitivity tornado and table name it: the part's name,
    // then the field in words, whatever the path's shape (a listed part, a curve, the costs).
    void inputNamesReadAsWords_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("words");
        QTest::newRow("the users' growth") << "users.monthly_growth"
                                           << "Active users: monthly growth";
        QTest::newRow("the users at the start") << "users.initial"
                                                << "Active users: at start";
        QTest::newRow("a component's capacity") << "components[db].scaling.capacity_per_vcpu"
                                                << "PostgreSQL primary: capacity per vCPU";
        QTest::newRow("a component's USL") << "components[db].scaling.usl.kappa"
                                           << "PostgreSQL primary: coherency (USL κ)";
        QTest::newRow("a component's ingest trend") << "components[db].data.ingest_trend.monthly_growth"
                                                    << "PostgreSQL primary: ingest over time: monthly growth";
        QTest::newRow("a component's data per user") << "components[db].data.gb_per_user"
                                                     << "PostgreSQL primary: data per user";
        QTest::newRow("a component's backup speed") << "components[db].data.backup_throughput_gb_per_hour"
                                                    << "PostgreSQL primary: backup speed";
        QTest::newRow("a component's shard limit") << "components[db].data.max_writes_per_second_per_shard"
                                                   << "PostgreSQL primary: max writes per shard";
        QTest::newRow("a class's requests") << "request_classes[web].requests_per_user_per_day"
                                            << "Web app: requests per user a day";
        QTest::newRow("a class's trend") << "request_classes[web].requests_trend.rate_per_month"
                                         << "Web app: use over time: growth rate per month";
        QTest::newRow("a role's cost") << "team.roles[sre].loaded_cost_per_month"
                                       << "sre: cost per person a month";
        QTest::newRow("a role's contention") << "team.roles[sre].scaling.sigma"
                                             << "sre: contention across the role (USL σ)";
        QTest::newRow("a role's coherency") << "team.roles[sre].scaling.kappa"
                                            << "sre: coherency within a team (USL κ)";
        QTest::newRow("a role's rule parameter") << "team.roles[sre].instances_per_sre"
                                                 << "sre: instances per SRE";
        QTest::newRow("the hiring lead time") << "team.lead_time_months"
                                              << "Team: hiring lead time";
        QTest::newRow("the daily peak") << "peak_hours"
                                        << "Length of the daily peak";
        QTest::newRow("an instance type's discount") << "catalog[m7g.large].reserved_discount"
                                                     << "m7g.large: reserved discount";
        QTest::newRow("the costs") << "costs.egress_price_per_gb"
                                   << "Costs: egress price per GB";
        QTest::newRow("the price trend") << "costs.compute_price_trend.monthly_growth"
                                         << "Costs: instance price trend: monthly growth";
        QTest::newRow("the licence price trend") << "costs.licence_price_trend.slope_per_month"
                                                 << "Costs: licence price trend: slope per month";
        QTest::newRow("a users' event") << "users.events[0].multiplier"
                                        << "Active users: event 1: multiplier";
        QTest::newRow("a users' seasonality month") << "users.seasonality[11]"
                                                    << "Active users: seasonality in December";
        QTest::newRow("a users' point") << "users.points[2].value"
                                        << "Active users: point 3: value";
        QTest::newRow("a class's trend's point") << "request_classes[web].requests_trend.points[1].value"
                                                 << "Web app: use over time: point 2: value";
        QTest::newRow("a price trend's event") << "costs.compute_price_trend.events[0].multiplier"
                                               << "Costs: instance price trend: event 1: multiplier";
        QTest::newRow("a role's headcount season") << "team.roles[sre].headcount.seasonality[0]"
                                                   << "sre: headcount: seasonality in January";
        QTest::newRow("a field added later") << "components[db].scaling.new_knob"
                                             << "PostgreSQL primary: scaling: new knob";
    }

    void inputNamesReadAsWords()
    {
        QFETCH(QString, path);
        QFETCH(QString, words);
        engine::Model m;
        engine::Component db;
        db.id = "db";
        db.name = "PostgreSQL primary";
        m.components = {db};
        engine::RequestClass web;
        web.id = "web";
        web.name = "Web app";
        m.requestClasses = {web};
        QCOMPARE(report::inputName(m, path.toStdString()), words);
    }

    // A cost per user of a large free product is a fraction of a cent: shown to two significant
    // digits, not rounded to "$0.01" or "$0.00" (the reference model's, $0.0083 a month).
    void aCostPerUserKeepsTwoSignificantDigits()
    {
        QCOMPARE(report::moneyPerUnit(18.8), QStringLiteral("$18.80"));
        QCOMPARE(report::moneyPerUnit(0.18), QStringLiteral("$0.18"));
        QCOMPARE(report::moneyPerUnit(0.1), QStringLiteral("$0.10"));
        QCOMPARE(report::moneyPerUnit(0.083), QStringLiteral("$0.083"));
        QCOMPARE(report::moneyPerUnit(0.0083), QStringLiteral("$0.0083"));
        QCOMPARE(report::moneyPerUnit(-0.00412), QStringLiteral("-$0.0041"));
        QCOMPARE(report::moneyPerUnit(0.0), QStringLiteral("$0.00"));
        QCOMPARE(report::moneyPerUnit(1e-9), QStringLiteral("$0.00"));
        QCOMPARE(report::moneyPerUnit(-1e-9), QStringLiteral("$0.00"));
        QCOMPARE(report::moneyPerUnit(0.0999), QStringLiteral("$0.10")); // rounding reaches a power of ten
        QCOMPARE(report::moneyPerUnit(0.00999), QStringLiteral("$0.010"));
        QCOMPARE(report::moneyPerUnit(0.0000123), QStringLiteral("$0.000012"));
        QCOMPARE(report::formatValue(0.0083, report::Unit::Money), QStringLiteral("$0.0083"));
    }

    // An axis's ticks never read alike, nor say a value they are not: 12,500 between ticks 2,500
    // apart is "$12.5k", where the headlines' moneyCompact() rounds it to "$13k".
    void ticksShowTheirStep_data()
    {
        QTest::addColumn<double>("tick");
        QTest::addColumn<double>("step");
        QTest::addColumn<int>("unit");
        QTest::addColumn<QString>("label");
        const int money = int(report::Unit::Money);
        const int count = int(report::Unit::Count);
        QTest::newRow("money, k, half steps") << 12'500.0 << 2'500.0 << money << "$12.5k";
        QTest::newRow("money, k, its neighbour") << 10'000.0 << 2'500.0 << money << "$10.0k";
        QTest::newRow("money, whole k") << 340'000.0 << 20'000.0 << money << "$340k";
        QTest::newRow("money, M, quarter steps") << 1'250'000.0 << 250'000.0 << money << "$1.25M";
        QTest::newRow("money, M, whole steps") << 3e6 << 1e6 << money << "$3.0M";
        QTest::newRow("money, dollars") << 7'500.0 << 2'500.0 << money << "$7500"; // the C locale: no group separator
        QTest::newRow("money, zero on a dollar axis") << 0.0 << 5.0 << money << "$0";
        QTest::newRow("money, cents") << 2.5 << 2.5 << money << "$2.50";
        QTest::newRow("money, negative") << -12'500.0 << 2'500.0 << money << "-$12.5k";
        QTest::newRow("money, log axis (no step)") << 12'500.0 << 0.0 << money << "$13k";
        QTest::newRow("money, sub-cent steps") << 0.0085 << 0.0005 << money << "$0.0085";
        QTest::newRow("count, k, half steps") << 102'500.0 << 2'500.0 << count << "102.5k";
        QTest::newRow("count, M, quarter steps") << 10'250'000.0 << 250'000.0 << count << "10.25M";
        QTest::newRow("count, below 10k") << 2'500.0 << 500.0 << count << "2500";
        QTest::newRow("count, a fraction") << 0.25 << 0.25 << count << "0.25";
        QTest::newRow("count, G") << 1.5e9 << 5e8 << count << "1.5G";
    }

    void ticksShowTheirStep()
    {
        QFETCH(double, tick);
        QFETCH(double, step);
        QFETCH(int, unit);
        QFETCH(QString, label);
        QCOMPARE(report::tickLabel(tick, step, report::Unit(unit)), label);
    }
};

QTEST_GUILESS_MAIN(TestFormat)
#include "tst_Format.moc"
