#include "TestSupport.h"
#include "engine/Engine.h"
#include "engine/Model.h"

using namespace headroom;
using namespace headroom::engine;

namespace {
// The slice of samples/saas-startup.headroom.json, built in code.
Model saasModel()
{
    Model m;
    m.name = "SaaS";
    m.start = {2027, 1};
    m.horizonMonths = 36;
    m.users.kind = CurveKind::Exponential;
    m.users.initial = 18000.0;
    m.users.monthlyGrowth = 0.11;
    m.catalog.push_back({"c7g.xlarge", "c7g.xlarge", 4, 8, 0.145});
    RequestClass requests;
    requests.id = "api";
    requests.name = "API";
    requests.requestsPerUserPerDay = 240.0;
    requests.peakToAverage = 3.2;
    requests.entryComponent = "api";
    m.requestClasses.push_back(requests);
    Component api;
    api.id = "api";
    api.name = "API service";
    api.scaling.instanceType = "c7g.xlarge";
    api.scaling.capacityPerInstance = 520.0;
    api.scaling.targetUtilization = 0.7;
    api.scaling.minInstances = 2;
    api.scaling.maxInstances = 24;
    api.scaling.usl = {0.03, 0.0004};
    m.components.push_back(api);
    return m;
}

const Series& series(const Results& r, const char* key, const char* component = nullptr)
{
    const SeriesSummary* s = component ? findSeries(r.components.at(0).series, key) : findSeries(r.totals, key);
    if (!s)
        qFatal("missing series %s", key);
    return s->p50;
}
} // namespace

// The deterministic projection of the slice, against values worked by hand.
class TestEngine : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void monthByMonthValues_data()
    {
        QTest::addColumn<int>("month");
        QTest::addColumn<double>("users");
        QTest::addColumn<double>("arrivalPerSecond");
        QTest::addColumn<int>("instances");
        QTest::addColumn<double>("utilization");
        // users = 18 000·1.11^t; λ = users·240·3.2/86 400; n the smallest with X(n)·0.7 ≥ λ under
        // USL(σ = 0.03, κ = 0.0004, X(1) = 520); ρ = λ / X(n).
        QTest::newRow("start: the minimum of 2 suffices") << 0 << 18000.0 << 160.0 << 2 << 160.0 / 1008.9251067132325;
        QTest::newRow("month 12") << 12 << 62972.110744841484 << 559.752095509702 << 2
                                  << 559.752095509702 / 1008.9251067132325;
        QTest::newRow("month 24: seven instances") << 24 << 220304.8184255878 << 1958.2650526718917 << 7
                                                   << 1958.2650526718917 / 3041.44385026738;
    }

    void monthByMonthValues()
    {
        QFETCH(int, month);
        QFETCH(double, users);
        QFETCH(double, arrivalPerSecond);
        QFETCH(int, instances);
        QFETCH(double, utilization);
        const RunOutcome out = run(saasModel());
        QVERIFY(out.ok());
        const Results& r = *out.results;
        HEADROOM_COMPARE_REL(series(r, keys::kUsers)[month], users, test::kHandWorked);
        HEADROOM_COMPARE_REL(series(r, keys::kArrivalRate, "api")[month], arrivalPerSecond, test::kHandWorked);
        QCOMPARE(series(r, keys::kInstances, "api")[month], double(instances));
        HEADROOM_COMPARE_REL(series(r, keys::kUtilization, "api")[month], utilization, test::kHandWorked);
        // 730 billed hours a month at $0.145 an hour per instance.
        const double cost = instances * 0.145 * 730.0;
        HEADROOM_COMPARE_REL(series(r, keys::kCost, "api")[month], cost, test::kExactArithmetic);
        HEADROOM_COMPARE_REL(series(r, keys::kCost)[month], cost, test::kExactArithmetic);
        HEADROOM_COMPARE_REL(series(r, keys::kCostPerUser)[month], cost / users, test::kHandWorked);
    }

    void resultsCarryTheirShape()
    {
        RunOptions options;
        options.seed = 42;
        const RunOutcome out = run(saasModel(), options);
        QVERIFY(out.ok());
        const Results& r = *out.results;
        QCOMPARE(r.months, 36);
        QCOMPARE(r.seed, std::uint64_t(42));
        QCOMPARE(r.monthLabels().front(), std::string("2027-01"));
        QCOMPARE(r.monthLabels().back(), std::string("2029-12"));
        QCOMPARE(r.components.size(), std::size_t(1));
        for (const NamedSeries& s : r.components[0].series) {
            QCOMPARE(s.summary.mean.size(), Eigen::Index(36));
            QVERIFY(s.summary.mean.allFinite());
        }
    }

    // λ(t=32) = 4 513/s needs X(n) ≥ 6 447: X(23) = 6 422 is short, X(24) = 6 531 just enough, and
    // 24 is the maximum. A month later (λ = 5 010/s) 24 instances run at 77% of capacity.
    void bottlenecksNameTheMonthTheMaximumIsReached()
    {
        const RunOutcome out = run(saasModel());
        const std::vector<Bottleneck>& b = out.results->bottlenecks;
        QCOMPARE(b.size(), std::size_t(2));
        QVERIFY(b[0].kind == BottleneckKind::MaxInstancesReached);
        QCOMPARE(b[0].subject, std::string("api"));
        QCOMPARE(b[0].medianFirstMonth, std::optional(32));
        QCOMPARE(b[0].probabilityByMonth[31], 0.0);
        QCOMPARE(b[0].probabilityByMonth[32], 1.0);
        QVERIFY(QString::fromStdString(b[0].message).contains(QLatin1String("2029-09")));
        QVERIFY(b[1].kind == BottleneckKind::OverTargetUtilization);
        QCOMPARE(b[1].medianFirstMonth, std::optional(33));
        HEADROOM_COMPARE_REL(b[1].threshold, 0.7, test::kExactArithmetic);
        QVERIFY(b[1].value > 0.7 && b[1].value < 0.8);
    }

    void saturationShowsAboveOne()
    {
        Model m = saasModel();
        m.components[0].scaling.maxInstances = 4;
        const RunOutcome out = run(m);
        const Series& u = series(*out.results, keys::kUtilization, "api");
        QVERIFY(u.maxCoeff() > 1.0); // not clipped
        bool saturated = false;
        for (const Bottleneck& b : out.results->bottlenecks)
            saturated |= b.kind == BottleneckKind::Saturated;
        QVERIFY(saturated);
    }

    // Property: faster growth never lowers instances or cost in any month.
    void moreUsersNeverCostLess()
    {
        for (double g = 0.0; g < 0.3; g += 0.01) {
            Model slow = saasModel();
            slow.users.monthlyGrowth = g;
            Model fast = slow;
            fast.users.monthlyGrowth = g + 0.01;
            const Results a = *run(slow).results;
            const Results b = *run(fast).results;
            QVERIFY((series(b, keys::kInstances, "api") >= series(a, keys::kInstances, "api")).all());
            QVERIFY((series(b, keys::kCost) >= series(a, keys::kCost)).all());
        }
    }

    void sameInputSameBits()
    {
        QVERIFY(*run(saasModel()).results == *run(saasModel()).results);
    }

    void invalidModelIsRefusedNotRun()
    {
        Model m = saasModel();
        m.horizonMonths = 0;
        const RunOutcome out = run(m);
        QVERIFY(!out.ok());
        QCOMPARE(out.problems.size(), std::size_t(1));
        QCOMPARE(out.problems[0].field, std::string("horizon_months"));
    }
};

QTEST_APPLESS_MAIN(TestEngine)
#include "tst_Engine.moc"
