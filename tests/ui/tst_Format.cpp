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
        QTest::newRow("the costs") << "costs.egress_price_per_gb"
                                   << "Costs: egress price per GB";
        QTest::newRow("the price trend") << "costs.compute_price_trend.monthly_growth"
                                         << "Costs: instance price trend: monthly growth";
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
};

QTEST_GUILESS_MAIN(TestFormat)
#include "tst_Format.moc"
