#include "TestSupport.h"
#include "engine/Engine.h"
#include "engine/Model.h"

using namespace headroom;
using namespace headroom::engine;

namespace {
// P² estimates of a percentile from 2 000 samples are within about 1% (StreamingSummary.h).
constexpr double kStreamingQuantile = 0.02;

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

Component component(const std::string& id, ScalingKind policy, double capacity, const std::string& type)
{
    Component c;
    c.id = id;
    c.name = id;
    c.scaling.kind = policy;
    c.scaling.instanceType = type;
    c.scaling.capacityPerInstance = capacity;
    c.scaling.minInstances = 1;
    c.scaling.maxInstances = 50;
    c.scaling.fixedInstances = 1;
    return c;
}

// 8 640 users making 100 requests a day each is 10 requests a second on average, 20 at peak.
// browse → api; api → cache ×2; cache (90% hits) → db; api → worker ×0.5, asynchronously.
Model graphModel()
{
    Model m;
    m.horizonMonths = 3;
    m.users.kind = CurveKind::Constant;
    m.users.initial = 8640.0;
    m.catalog.push_back({"c4", "4 vCPU", 4, 8, 0.2});
    m.catalog.push_back({"c2", "2 vCPU", 2, 4, 0.1});
    RequestClass browse;
    browse.id = "browse";
    browse.name = "Browse";
    browse.requestsPerUserPerDay = 100.0;
    browse.peakToAverage = 2.0;
    browse.entryComponent = "api";
    browse.sloMeanMs = 50.0;
    m.requestClasses.push_back(browse);
    m.components.push_back(component("api", ScalingKind::Horizontal, 500.0, "c4"));
    Component cache = component("cache", ScalingKind::Horizontal, 5000.0, "c2");
    cache.kind = ComponentKind::Cache;
    cache.cacheHitRatio = 0.9;
    m.components.push_back(cache);
    Component db = component("db", ScalingKind::Fixed, 2000.0, "c4");
    db.kind = ComponentKind::Database;
    db.scaling.concurrency = 8;
    m.components.push_back(db);
    m.components.push_back(component("worker", ScalingKind::Horizontal, 100.0, "c2"));
    m.calls = {{"api", "cache", 2.0, false}, {"cache", "db", 1.0, false}, {"api", "worker", 0.5, true}};
    return m;
}

const Series& componentSeries(const Results& r, const char* id, const char* key)
{
    for (const ComponentResult& c : r.components)
        if (c.id == id)
            return findSeries(c.series, key)->p50;
    qFatal("no component %s", id);
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
        std::vector<Bottleneck> b = out.results->bottlenecks;
        QCOMPARE(b.size(), std::size_t(3));
        // Past 22 instances the USL's losses outpace growth: instances go 5, 6, 7, 8 in months
        // 22–25 while users grow 11% a month, so cost per user rises three months running by month 25
        // ($0.00346 per user from $0.00296 in month 22, worked by hand).
        QVERIFY(b[0].kind == BottleneckKind::UnitCostRising);
        QCOMPARE(b[0].subject, std::string("cost"));
        QCOMPARE(b[0].medianFirstMonth, std::optional(25));
        HEADROOM_COMPARE_REL(b[0].value, 8 * 0.145 * 730 / (18000 * std::pow(1.11, 25)), test::kHandWorked);
        b.erase(b.begin());
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

    // Uncertain growth: users at the horizon are monotone in the growth rate, so their median is
    // the projection of the median growth, 18 000·1.11^35, and the band widens with time.
    void monteCarloSpreadsUncertainGrowth()
    {
        Model m = saasModel();
        m.users.monthlyGrowth.interval90 = Interval{0.07, 0.15};
        RunOptions options;
        options.samples = 2000;
        const RunOutcome out = run(m, options);
        QVERIFY(out.ok());
        const SeriesSummary& users = *findSeries(out.results->totals, keys::kUsers);
        HEADROOM_COMPARE_REL(users.p50[35], 18000.0 * std::pow(1.11, 35), kStreamingQuantile);
        QVERIFY(users.p10[35] < users.p50[35] && users.p50[35] < users.p90[35]);
        QVERIFY(users.p90[35] - users.p10[35] > users.p90[12] - users.p10[12]);
        QCOMPARE(users.p10[0], 18000.0); // the starting point is certain
        QCOMPARE(out.results->samples, 2000);

        // The maximum is reached in some samples and not others: a probability that rises with time.
        const Bottleneck* maxReached = nullptr;
        for (const Bottleneck& b : out.results->bottlenecks)
            if (b.kind == BottleneckKind::MaxInstancesReached)
                maxReached = &b;
        QVERIFY(maxReached);
        const Series& p = maxReached->probabilityByMonth;
        QVERIFY(p[35] > 0.2 && p[35] < 1.0);
        for (Eigen::Index t = 1; t < p.size(); ++t)
            QVERIFY(p[t] >= p[t - 1]);
    }

    // Faster growth brings the first bottleneck sooner: the growth rate leads the tornado for the
    // first bottleneck month, negatively; the request rate per user comes next, also negatively.
    void sensitivityRanksTheInputsThatMatter()
    {
        Model m = saasModel();
        m.users.monthlyGrowth.interval90 = Interval{0.07, 0.15};
        m.requestClasses[0].requestsPerUserPerDay.interval90 = Interval{220.0, 260.0};
        m.catalog[0].pricePerHour.interval90 = Interval{0.13, 0.16};
        RunOptions options;
        options.samples = 1000;
        const Results r = *run(m, options).results;
        QCOMPARE(r.sensitivity.size(), std::size_t(6)); // three inputs × two outputs
        std::vector<Sensitivity> first;
        for (const Sensitivity& s : r.sensitivity)
            if (s.output == kSensitivityFirstBottleneck)
                first.push_back(s);
        QCOMPARE(first.at(0).input, std::string("users.monthly_growth"));
        QVERIFY(first[0].rankCorrelation < -0.8);
        QCOMPARE(first.at(1).input, std::string("request_classes[api].requests_per_user_per_day"));
        QVERIFY(first[1].rankCorrelation < 0.0);
        QVERIFY(std::abs(first.at(2).rankCorrelation) < 0.1); // the price moves no bottleneck
        for (const Sensitivity& s : r.sensitivity)
            if (s.output == kSensitivityCostPerUser && s.input == "catalog[c7g.xlarge].price_per_hour")
                QVERIFY2(s.rankCorrelation > 0.1, qPrintable(QString::number(s.rankCorrelation))); // moves cost per user
        RunOptions one;
        QVERIFY(run(m, one).results->sensitivity.empty()); // one sample: the estimates, nothing to rank
    }

    void sameSeedSameBitsOnAnyThreadCount()
    {
        Model m = saasModel();
        m.users.monthlyGrowth.interval90 = Interval{0.07, 0.15};
        m.components[0].scaling.capacityPerInstance.interval90 = Interval{400.0, 650.0};
        RunOptions options;
        options.samples = 500;
        options.seed = 2027;
        options.threads = 1;
        const Results one = *run(m, options).results;
        options.threads = 2;
        const Results two = *run(m, options).results;
        options.threads = 3;
        const Results three = *run(m, options).results;
        QVERIFY(one == two);
        QVERIFY(one == three);
        options.seed = 2028;
        QVERIFY(!(*run(m, options).results == one));
    }

    void aCancelledRunReturnsNoResults()
    {
        Model m = saasModel();
        m.users.monthlyGrowth.interval90 = Interval{0.07, 0.15};
        std::atomic<bool> cancel{true};
        RunOptions options;
        options.samples = 10'000;
        options.cancel = &cancel;
        const RunOutcome out = run(m, options);
        QVERIFY(out.cancelled);
        QVERIFY(!out.ok());
    }

    void sampleCountIsBounded()
    {
        RunOptions options;
        options.samples = 0;
        const RunOutcome out = run(saasModel(), options);
        QVERIFY(!out.ok());
        QCOMPARE(out.problems.at(0).field, std::string("samples"));
    }

    // Traffic equations: api 20/s at peak, cache 2 × 20, db the 10% of misses, and the worker
    // behind a queue sized for the average: 0.5 × 10/s, not 0.5 × 20/s.
    void callGraphCarriesTraffic()
    {
        const Results r = *run(graphModel()).results;
        HEADROOM_COMPARE_REL(componentSeries(r, "api", keys::kArrivalRate)[0], 20.0, test::kExactArithmetic);
        HEADROOM_COMPARE_REL(componentSeries(r, "cache", keys::kArrivalRate)[0], 40.0, test::kExactArithmetic);
        HEADROOM_COMPARE_REL(componentSeries(r, "db", keys::kArrivalRate)[0], 4.0, test::kExactArithmetic);
        HEADROOM_COMPARE_REL(componentSeries(r, "worker", keys::kArrivalRate)[0], 5.0, test::kExactArithmetic);
    }

    // Each instance an M/M/c queue, R = 1/μ + C(c, λ/μ)/(cμ − λ): api c = 4 vCPUs, μ = 500/4;
    // cache c = 2, μ = 2 500; db c = 8 (configured), μ = 2 000/8. Erlang C worked from its
    // closed form: R_api = 8.000050 ms, R_cache = 0.400026 ms, R_db = 4.000000 ms.
    // End to end: 1·R_api + 2·R_cache + 0.2·R_db = 9.600102 ms; the async worker adds nothing.
    void latencyFollowsTheQueues()
    {
        const Results r = *run(graphModel()).results;
        HEADROOM_COMPARE_REL(componentSeries(r, "api", keys::kLatencyMs)[0], 8.000050497399384, test::kHandWorked);
        HEADROOM_COMPARE_REL(componentSeries(r, "cache", keys::kLatencyMs)[0], 0.40002560163850487,
                             test::kHandWorked);
        HEADROOM_COMPARE_REL(componentSeries(r, "db", keys::kLatencyMs)[0], 4.0, test::kHandWorked);
        const SeriesSummary* browse = findSeries(r.requestClasses.at(0).series, keys::kLatencyMs);
        HEADROOM_COMPARE_REL(browse->p50[0], 9.600101700676394, test::kHandWorked);
        QVERIFY(componentSeries(r, "api", keys::kLatencyP95Ms)[0] > componentSeries(r, "api", keys::kLatencyMs)[0]);
        QVERIFY(r.bottlenecks.empty()); // well inside the 50 ms objective
    }

    void aMissedLatencyObjectiveIsABottleneck()
    {
        Model m = graphModel();
        m.requestClasses[0].sloMeanMs = 9.0;
        const Results r = *run(m).results;
        QCOMPARE(r.bottlenecks.size(), std::size_t(1));
        QVERIFY(r.bottlenecks[0].kind == BottleneckKind::LatencySloBreached);
        QCOMPARE(r.bottlenecks[0].subject, std::string("browse"));
        QCOMPARE(r.bottlenecks[0].medianFirstMonth, std::optional(0));
        QVERIFY(QString::fromStdString(r.bottlenecks[0].message).contains(QLatin1String("mean latency objective")));
    }

    // A saturated fixed pool has no finite latency: it shows at the ceiling, and is named.
    void saturationShowsAtTheLatencyCeiling()
    {
        Model m = graphModel();
        m.components[2].scaling.capacityPerInstance = 3.0; // db: 4/s into 3/s
        const Results r = *run(m).results;
        QCOMPARE(componentSeries(r, "db", keys::kLatencyMs)[0], kLatencyCeilingMs);
        QVERIFY(componentSeries(r, "db", keys::kUtilization)[0] > 1.0);
        bool named = false;
        for (const Bottleneck& b : r.bottlenecks)
            named |= b.subject == "db" && b.kind == BottleneckKind::Saturated;
        QVERIFY(named);
    }

    void aHitRatioOfOneRemovesTheDownstreamLoad()
    {
        Model m = graphModel();
        m.components[1].cacheHitRatio = 1.0;
        QCOMPARE(componentSeries(*run(m).results, "db", keys::kArrivalRate)[0], 0.0);
    }

    void aLoopThatMultipliesTrafficIsRefusedByName()
    {
        Model m = graphModel();
        m.calls.push_back({"db", "api", 6.0, false}); // api → cache → db → api gains 2·0.1·6 = 1.2
        const RunOutcome out = run(m);
        QVERIFY(!out.ok());
        QCOMPARE(out.problems.size(), std::size_t(1));
        QCOMPARE(out.problems[0].field, std::string("calls"));
        const QString message = QString::fromStdString(out.problems[0].message);
        QVERIFY2(message.contains(QLatin1String("api")) && message.contains(QLatin1String("db")), qPrintable(message));

        // At its estimate the loop is fine; at the top of its interval it is not.
        m.calls.back().callsPerOperation = Quantity(4.0);
        QVERIFY(run(m).ok());
        m.calls.back().callsPerOperation.interval90 = Interval{3.0, 5.5};
        QVERIFY(!run(m).ok());
    }

    // Users grow linearly so the database sees λ(t) = 4(1 + t)/s. On a ladder of 2 and 4 vCPUs at
    // 3/s per core (no USL losses), the 2 vCPU type serves 4.2/s at 70%, the 4 vCPU one 8.4/s:
    // month 0 fits the small type, month 1 the large one, month 2 fits none.
    void verticalScalingReportsItsCeilingInTheFirstMonthNoTypeFits()
    {
        Model m = graphModel();
        m.horizonMonths = 6;
        m.users.kind = CurveKind::Linear;
        m.users.slopePerMonth = 8640.0;
        ScalingPolicy& db = m.components[2].scaling;
        db.kind = ScalingKind::Vertical;
        db.ladder = {"c2", "c4"};
        db.capacityPerVcpu = 3.0;
        db.replicas = 1;
        const RunOutcome out = run(m);
        QVERIFY2(out.ok(), out.problems.empty() ? "" : out.problems[0].toString().c_str());
        const Results& r = *out.results;
        HEADROOM_COMPARE_REL(componentSeries(r, "db", keys::kCost)[0], 0.1 * 730.0, test::kExactArithmetic);
        HEADROOM_COMPARE_REL(componentSeries(r, "db", keys::kCost)[1], 0.2 * 730.0, test::kExactArithmetic);
        HEADROOM_COMPARE_REL(componentSeries(r, "db", keys::kUtilization)[2], 12.0 / 12.0, test::kExactArithmetic);
        const Bottleneck* ceiling = nullptr;
        for (const Bottleneck& b : r.bottlenecks)
            if (b.kind == BottleneckKind::VerticalCeiling)
                ceiling = &b;
        QVERIFY(ceiling);
        QCOMPARE(ceiling->subject, std::string("db"));
        QCOMPARE(ceiling->medianFirstMonth, std::optional(2));
        QVERIFY(QString::fromStdString(ceiling->message).contains(QLatin1String("c4")));
    }

    void aVerticalLadderMustGoUpAndExist()
    {
        Model m = graphModel();
        ScalingPolicy& db = m.components[2].scaling;
        db.kind = ScalingKind::Vertical;
        db.ladder = {"c4", "c2"};
        RunOutcome out = run(m);
        QVERIFY(!out.ok());
        QCOMPARE(out.problems[0].field, std::string("components[db].scaling.ladder[1]"));
        db.ladder = {"c2", "c99"};
        out = run(m);
        QCOMPARE(out.problems[0].field, std::string("components[db].scaling.ladder[1]"));
        db.ladder.clear();
        out = run(m);
        QCOMPARE(out.problems[0].field, std::string("components[db].scaling.ladder"));
    }

    // Common random numbers: a scenario that changes nothing gives the base's bits; one that
    // changes an input sees the same draws of every other input.
    void scenariosShareTheBaseDraws()
    {
        Model m = saasModel();
        m.users.monthlyGrowth.interval90 = Interval{0.07, 0.15};
        Scenario same;
        same.id = "same";
        same.quantities.push_back({"components[api].scaling.target_utilization", Quantity(0.7)});
        Scenario bigger;
        bigger.id = "bigger";
        bigger.quantities.push_back({"components[api].scaling.capacity_per_instance", Quantity(1040.0)});
        m.scenarios = {same, bigger};
        RunOptions options;
        options.samples = 300;
        const Results base = *run(m, options).results;
        options.scenario = "same";
        QVERIFY(*run(m, options).results == base);
        options.scenario = "bigger";
        const Results twice = *run(m, options).results;
        // The users series depends only on the shared growth draws: identical bits.
        QVERIFY(*findSeries(twice.totals, keys::kUsers) == *findSeries(base.totals, keys::kUsers));
        // Twice the capacity per instance: never more instances in any month, at any percentile.
        const SeriesSummary& a = *findSeries(base.components[0].series, keys::kInstances);
        const SeriesSummary& b = *findSeries(twice.components[0].series, keys::kInstances);
        QVERIFY((b.p90 <= a.p90).all() && (b.p50 <= a.p50).all());
        QVERIFY((b.p90 < a.p90).any());
    }

    void aScalingOverrideReplacesThePolicy()
    {
        Model m = saasModel();
        Scenario fixed;
        fixed.id = "fixed";
        ScalingPolicy policy = m.components[0].scaling;
        policy.kind = ScalingKind::Fixed;
        policy.fixedInstances = 3;
        fixed.scalings.push_back({"api", policy});
        m.scenarios = {fixed};
        RunOptions options;
        options.scenario = "fixed";
        const Results r = *run(m, options).results;
        QVERIFY((series(r, keys::kInstances, "api") == 3.0).all());
    }

    void brokenScenariosAreNamed()
    {
        Model m = saasModel();
        Scenario bad;
        bad.id = "bad";
        bad.quantities.push_back({"users.no_such_input", Quantity(1.0)});
        bad.quantities.push_back({"components[api].scaling.target_utilization", Quantity(1.5)});
        m.scenarios = {bad};
        const std::vector<Problem> problems = validate(m);
        QCOMPARE(problems.size(), std::size_t(1)); // the bad path stops the scenario before its values
        QCOMPARE(problems[0].field, std::string("scenarios[bad].quantities[0].path"));
        m.scenarios[0].quantities.erase(m.scenarios[0].quantities.begin());
        QCOMPARE(validate(m).at(0).field, std::string("scenarios[bad].components[api].scaling.target_utilization"));
        RunOptions options;
        options.scenario = "missing";
        m.scenarios.clear();
        QCOMPARE(run(m, options).problems.at(0).field, std::string("scenario"));
    }

    // The database stores 0.5 GB per user (8 640 users: 4 320 GB), twice replicated (8 640 GB
    // stored) at $0.10 per GB-month = $864 a month; a full backup of one copy at 1 000 GB/h takes
    // 4.32 h, over a 4 h window from the first month.
    void storedDataCostsAndBackupsAgainstTheirWindow()
    {
        Model m = graphModel();
        DataSpec data;
        data.growth.gbPerUser = 0.5;
        data.growth.replicationFactor = 2.0;
        data.growth.backupThroughputGbPerHour = 1000.0;
        data.growth.backupWindowHours = 4.0;
        data.storagePricePerGbMonth = 0.10;
        m.components[2].data = data;
        const Results r = *run(m).results;
        HEADROOM_COMPARE_REL(componentSeries(r, "db", keys::kStoredDataGb)[0], 8640.0, test::kExactArithmetic);
        HEADROOM_COMPARE_REL(componentSeries(r, "db", keys::kBackupHours)[0], 4.32, test::kExactArithmetic);
        HEADROOM_COMPARE_REL(findSeries(r.totals, keys::kStorageCost)->p50[0], 864.0, test::kExactArithmetic);
        HEADROOM_COMPARE_REL(componentSeries(r, "db", keys::kCost)[0], 0.2 * 730.0 + 864.0, test::kExactArithmetic);
        bool named = false;
        for (const Bottleneck& b : r.bottlenecks)
            named |= b.kind == BottleneckKind::BackupWindowExceeded && b.subject == "db" && b.medianFirstMonth == 0;
        QVERIFY(named);
    }

    // Sharded by size: 4 320 GB at 1 000 GB a shard is 5 shards, each a vertical group serving
    // 4/5 of the 4/s; 5 shards × 1 replica of the 2 vCPU type.
    void shardsFollowTheData()
    {
        Model m = graphModel();
        DataSpec data;
        data.growth.gbPerUser = 0.5;
        data.growth.maxGbPerShard = 1000.0;
        m.components[2].data = data;
        ScalingPolicy& db = m.components[2].scaling;
        db.kind = ScalingKind::Sharded;
        db.ladder = {"c2", "c4"};
        db.capacityPerVcpu = 10.0;
        const RunOutcome out = run(m);
        QVERIFY2(out.ok(), out.problems.empty() ? "" : out.problems[0].toString().c_str());
        const Results& r = *out.results;
        QCOMPARE(componentSeries(r, "db", keys::kShards)[0], 5.0);
        QCOMPARE(componentSeries(r, "db", keys::kInstances)[0], 5.0);
        HEADROOM_COMPARE_REL(componentSeries(r, "db", keys::kUtilization)[0], 0.8 / 20.0, test::kExactArithmetic);
        HEADROOM_COMPARE_REL(componentSeries(r, "db", keys::kCost)[0], 5 * 0.1 * 730.0, test::kExactArithmetic);

        m.components[2].data->growth.maxGbPerShard = 0.0; // nothing to shard by
        QCOMPARE(run(m).problems.at(0).field, std::string("components[db].scaling.policy"));
    }

    // 10% of 4 320 GB is hot: 432 GB against 0.75 × 8 GB of memory on the one 4 vCPU node, so
    // f = 1 − 6/432 of operations go to disk at 5× the cost: service time × (1 + 4f).
    void aWorkingSetBeyondMemorySlowsTheComponent()
    {
        Model m = graphModel();
        DataSpec data;
        data.growth.gbPerUser = 0.5;
        data.growth.workingSetFraction = 0.1;
        data.growth.missPenalty = 5.0;
        m.components[2].data = data;
        const Results r = *run(m).results;
        const double slowdown = 1.0 + 4.0 * (1.0 - 6.0 / 432.0);
        HEADROOM_COMPARE_REL(componentSeries(r, "db", keys::kUtilization)[0], 4.0 * slowdown / 2000.0,
                             test::kExactArithmetic);
        bool named = false;
        for (const Bottleneck& b : r.bottlenecks)
            named |= b.kind == BottleneckKind::WorkingSetBeyondMemory && b.subject == "db";
        QVERIFY(named);
    }

    // Constant 8 640 users. Compute: api, cache, worker one instance each and the db one, i.e.
    // 0.2 + 0.1 + 0.2 + 0.1 per hour, 40% of hours reserved at 30% off the c4 type only:
    // (0.2·(1 − 0.12) + 0.1 + 0.2·(1 − 0.12) + 0.1)·730 = 402.96. Egress 8 640 · 0.5 GB · $0.09 =
    // 388.80. Licences: $50 per api node and $100 fixed = 150. Revenue $2 per user.
    void costsAddUpByCategory()
    {
        Model m = graphModel();
        m.catalog[0].reservedDiscount = 0.3;
        m.costs.reservedShare = 0.4;
        m.costs.egressGbPerUserPerMonth = 0.5;
        m.costs.egressPricePerGb = 0.09;
        m.costs.licences.push_back({"apm", "APM", LicenceKind::PerNode, "api", 50.0});
        m.costs.licences.push_back({"errors", "Errors", LicenceKind::Fixed, "", 100.0});
        m.costs.revenuePerUserPerMonth = Quantity(2.0);
        m.costs.targetCostPerUser = 0.1;
        const Results r = *run(m).results;
        const auto total = [&](const char* key, int t) { return findSeries(r.totals, key)->p50[t]; };
        HEADROOM_COMPARE_REL(total(keys::kComputeCost, 0), 402.96, test::kHandWorked);
        HEADROOM_COMPARE_REL(total(keys::kEgressCost, 0), 388.8, test::kHandWorked);
        HEADROOM_COMPARE_REL(total(keys::kLicenceCost, 0), 150.0, test::kHandWorked);
        const double cost = 402.96 + 388.8 + 150.0;
        HEADROOM_COMPARE_REL(total(keys::kCost, 0), cost, test::kHandWorked);
        HEADROOM_COMPARE_REL(total(keys::kCumulativeCost, 2), 3 * cost, test::kHandWorked);
        // 100 requests a day is 100 · 365/12 = 3 041.67 a month per user.
        HEADROOM_COMPARE_REL(total(keys::kCostPerMillionRequests, 0), cost / (8640 * 100 * 365.0 / 12 / 1e6),
                             test::kHandWorked);
        HEADROOM_COMPARE_REL(total(keys::kGrossMargin, 0), (2 * 8640 - cost) / (2 * 8640), test::kHandWorked);
        bool overTarget = false;
        for (const Bottleneck& b : r.bottlenecks)
            overTarget |= b.kind == BottleneckKind::CostPerUserOverTarget && b.subject == "cost";
        QVERIFY(overTarget); // $0.109 per user against $0.10
    }

    // 8 640 users at 1 000 per support person: ⌈8.64⌉ = 9. SREs: max(1 rotation × 5 people,
    // 4 instances / 1 per SRE) = 5. Team cost 9 × 5 000 + 5 × 10 000 = 95 000 a month, in the total.
    void theTeamFollowsUsersAndInstances()
    {
        Model m = graphModel();
        Role support;
        support.id = "support";
        support.rule = HeadcountRuleKind::Support;
        support.usersPerSupportPerson = 1000.0;
        support.loadedCostPerMonth = 5000.0;
        support.attritionPerYear = 0.0;
        Role sre;
        sre.id = "sre";
        sre.rule = HeadcountRuleKind::Sre;
        sre.instancesPerSre = 1.0;
        sre.loadedCostPerMonth = 10000.0;
        sre.attritionPerYear = 0.0;
        m.team.roles = {support, sre};
        m.team.onCallRotations = 1;
        m.team.minPeoplePerRotation = 5;
        const Results r = *run(m).results;
        HEADROOM_COMPARE_REL(findSeries(r.totals, keys::kHeadcount)->p50[0], 14.0, test::kExactArithmetic);
        HEADROOM_COMPARE_REL(findSeries(r.totals, keys::kTeamCost)->p50[0], 95000.0, test::kExactArithmetic);
        const double infra = findSeries(r.totals, keys::kComputeCost)->p50[0];
        HEADROOM_COMPARE_REL(findSeries(r.totals, keys::kCost)->p50[0], infra + 95000.0, test::kExactArithmetic);
        QCOMPARE(findSeries(r.totals, keys::kHires)->p50[1], 0.0); // flat team, no attrition

        m.team.roles[1].instancesPerSre = -1.0;
        QCOMPARE(run(m).problems.at(0).field, std::string("team.roles[sre].instances_per_sre"));
    }

    // The worker behind the queue is sized for the average 5/s: one instance of 8/s. At peak 10/s
    // arrive for the 2 peak hours: a backlog of (10 − 8)·7 200 = 14 400 jobs, drained by the spare
    // 8 − 5 = 3/s in 4 800 s = 80 minutes, over a 60-minute allowance.
    void aQueueBacklogThatDrainsTooSlowlyIsABottleneck()
    {
        Model m = graphModel();
        m.components[3].scaling.capacityPerInstance = 8.0;
        m.components[3].maxLagMinutes = 60.0;
        const Results r = *run(m).results;
        HEADROOM_COMPARE_REL(componentSeries(r, "worker", keys::kQueueDrainMinutes)[0], 80.0, test::kExactArithmetic);
        bool named = false;
        for (const Bottleneck& b : r.bottlenecks)
            named |= b.kind == BottleneckKind::QueueBacklogLag && b.subject == "worker";
        QVERIFY(named);
        QCOMPARE(componentSeries(r, "api", keys::kQueueDrainMinutes)[0], 0.0); // sized for its peak
    }

    // Found in review: draws of a users curve may leave the range validated on the estimates.
    void drawnUsersStayPositive()
    {
        Model m = saasModel();
        m.users.kind = CurveKind::Linear;
        m.users.initial = 10000.0;
        m.users.slopePerMonth = Quantity(100.0);
        m.users.slopePerMonth.interval90 = Interval{-3000.0, 200.0};
        RunOptions options;
        options.samples = 200;
        const Results r = *run(m, options).results;
        QVERIFY((findSeries(r.totals, keys::kUsers)->p10 >= 1.0).all());
        QVERIFY(findSeries(r.totals, keys::kCostPerUser)->mean.allFinite());
        QVERIFY((findSeries(r.totals, keys::kCostPerUser)->p10 > 0.0).all());
    }

    // Found in review: a path override on a component whose policy the same scenario replaces
    // applies on top of the new policy; an override of an unused input is refused.
    void scenarioOverridesCompose()
    {
        Model m = saasModel();
        Scenario both;
        both.id = "both";
        ScalingPolicy fixed = m.components[0].scaling;
        fixed.kind = ScalingKind::Fixed;
        fixed.fixedInstances = 2;
        both.scalings.push_back({"api", fixed});
        both.quantities.push_back({"components[api].scaling.capacity_per_instance", Quantity(10.0)});
        m.scenarios = {both};
        RunOptions options;
        options.scenario = "both";
        const Results r = *run(m, options).results;
        // Two fixed instances of 10/s under the USL: X(2) = 20 / (1 + 0.03 + 0.0008).
        HEADROOM_COMPARE_REL(series(r, keys::kUtilization, "api")[0], 160.0 * 1.0308 / 20.0, test::kHandWorked);

        m.scenarios[0].quantities = {{"users.ceiling", Quantity(5.0)}}; // the curve is exponential
        QCOMPARE(validate(m).at(0).field, std::string("scenarios[both].quantities[0].path"));
    }

    // Found in review: replicas hold the same data, so they add no memory for the hot set.
    void replicasDoNotAddMemory()
    {
        Model m = graphModel();
        DataSpec data;
        data.growth.gbPerUser = 0.5;
        data.growth.workingSetFraction = 0.1;
        data.growth.missPenalty = 5.0;
        m.components[2].data = data;
        ScalingPolicy& db = m.components[2].scaling;
        db.kind = ScalingKind::Vertical;
        db.ladder = {"c4"};
        db.capacityPerVcpu = 500.0;
        db.replicas = 1;
        const double one = componentSeries(*run(m).results, "db", keys::kUtilization)[0];
        db.replicas = 3;
        const double three = componentSeries(*run(m).results, "db", keys::kUtilization)[0];
        HEADROOM_COMPARE_REL(three, one / 3.0, test::kHandWorked); // three times the cores, the same slowdown
    }

    // Instance prices falling 10% a month: compute in month 2 is 0.9² = 0.81 of month 0's.
    void priceTrendsScaleCompute()
    {
        Model m = graphModel();
        Curve trend;
        trend.kind = CurveKind::Exponential;
        trend.initial = 1.0;
        trend.monthlyGrowth = -0.1;
        m.costs.computePriceTrend = trend;
        const Results r = *run(m).results;
        const Series& compute = findSeries(r.totals, keys::kComputeCost)->p50;
        HEADROOM_COMPARE_REL(compute[2], 0.81 * compute[0], test::kHandWorked);

        m.costs.computePriceTrend->kind = CurveKind::Linear;
        m.costs.computePriceTrend->slopePerMonth = -0.6; // zero by month 2
        QCOMPARE(run(m).problems.at(0).field, std::string("costs.compute_price_trend"));
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
