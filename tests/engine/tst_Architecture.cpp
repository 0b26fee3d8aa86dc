#include "EngineTestModels.h"
#include "TestSupport.h"

using namespace headroom;
using namespace headroom::engine;
using namespace headroom::test;

// A small architecture run end to end: load through the call graph, queues and latency, vertical
// and sharded databases, data and the team, against values worked by hand (costs: tst_Costs.cpp).
class TestArchitecture : public QObject
{
    Q_OBJECT

private Q_SLOTS:
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

    // The traffic equations are solved once per run while the draws leave the call graph alone; a
    // drawn hit ratio or call count must still reach each sample's traffic. Users are constant, so
    // only the draws spread the db's load: 20/s · 2 calls · (1 − h) with h in [0.8, 0.95], and
    // the worker's 10/s · m with m in [0.25, 1].
    void drawnCallGraphInputsReachEverySample()
    {
        Model m = graphModel();
        m.components[1].cacheHitRatio.interval90 = Interval{0.8, 0.95};
        m.calls[2].callsPerOperation.interval90 = Interval{0.25, 1.0};
        RunOptions options;
        options.samples = 200;
        const RunOutcome out = run(m, options);
        QVERIFY(out.ok());
        for (const char* id : {"db", "worker"}) {
            const SeriesSummary* arrival = nullptr;
            for (const ComponentResult& c : out.results->components)
                if (c.id == id)
                    arrival = findSeries(c.series, keys::kArrivalRate);
            QVERIFY(arrival);
            QVERIFY2(arrival->p90[0] > 1.5 * arrival->p10[0], id);
        }
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
        // The type running: the ladder's step, the small type then the large one, which stays past
        // the ceiling (the best the ladder has). A horizontal component runs its one type.
        const Series& step = componentSeries(r, "db", keys::kInstanceTypeStep);
        QCOMPARE(step[0], 0.0);
        QCOMPARE(step[1], 1.0);
        QCOMPARE(step[2], 1.0);
        const ComponentResult& dbResult = r.components[2];
        QCOMPARE(dbResult.instanceTypes, (std::vector<std::string>{"c2", "c4"}));
        QCOMPARE(dbResult.instanceTypeAt(step[0]), std::string("c2"));
        QCOMPARE(dbResult.instanceTypeAt(step[1]), std::string("c4"));
        QCOMPARE(dbResult.instanceTypeAt(2.0), std::string()); // no such step
        QCOMPARE(r.components[0].instanceTypes, std::vector<std::string>{"c4"});
        QCOMPARE(componentSeries(r, "api", keys::kInstanceTypeStep)[5], 0.0);
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

    // Past the USL peak: the api at 1/s an instance with κ = 0.01 peaks at n* = √(1/0.01) = 10
    // instances, X(10) = 10/(1 + 0.01·90) = 5.26/s, short of its 20/s at 70%. It stops at 10 of
    // its 50, and says so: a scalability ceiling from the first month, beside its saturation.
    void pastTheUslPeakIsAScalabilityCeiling()
    {
        Model m = graphModel();
        ScalingPolicy& api = m.components[0].scaling;
        api.capacityPerInstance = 1.0;
        api.usl.kappa = 0.01;
        const Results r = *run(m).results;
        QCOMPARE(componentSeries(r, "api", keys::kInstances)[0], 10.0);
        HEADROOM_COMPARE_REL(componentSeries(r, "api", keys::kUtilization)[0], 20.0 / (10.0 / 1.9),
                             test::kExactArithmetic);
        const auto found = std::find_if(r.bottlenecks.begin(), r.bottlenecks.end(), [](const Bottleneck& b) {
            return b.kind == BottleneckKind::ScalabilityCeiling && b.subject == "api";
        });
        QVERIFY(found != r.bottlenecks.end());
        QCOMPARE(found->medianFirstMonth, std::optional<int>(0));
        HEADROOM_COMPARE_REL(found->value, 20.0, test::kExactArithmetic);                 // the load
        HEADROOM_COMPARE_REL(found->threshold, 0.7 * 10.0 / 1.9, test::kExactArithmetic); // at its peak, at target
        QVERIFY(std::none_of(r.bottlenecks.begin(), r.bottlenecks.end(), [](const Bottleneck& b) {
            return b.kind == BottleneckKind::MaxInstancesReached && b.subject == "api";
        }));
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

        // By writes too: half the 4/s write, 2/s, at 0.25/s a shard is 8 shards, more than the data's
        // 5; each serves 4/8 of the load on one 2 vCPU node of 20/s.
        m.components[2].data->writeShare = 0.5;
        m.components[2].data->growth.maxWritesPerSecondPerShard = 0.25;
        const Results byWrites = *run(m).results;
        QCOMPARE(componentSeries(byWrites, "db", keys::kShards)[0], 8.0);
        QCOMPARE(componentSeries(byWrites, "db", keys::kInstances)[0], 8.0);
        HEADROOM_COMPARE_REL(componentSeries(byWrites, "db", keys::kUtilization)[0], 0.5 / 20.0,
                             test::kExactArithmetic);

        m.components[2].data->growth.maxGbPerShard = 0.0; // by writes alone, the same
        QCOMPARE(componentSeries(*run(m).results, "db", keys::kShards)[0], 8.0);
        m.components[2].data->growth.maxWritesPerSecondPerShard = 0.0; // nothing to shard by
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

    // The same team, per role: support 9 people at $5 000, SREs 5 at $10 000. A planned role grows
    // 2, 3, 4 people with 12% attrition a year: hires in month 1 are 3 − 0.99·2 = 1.02, in month 2
    // 4 − 0.99·3 = 1.03; at $6 000 each, recruiting costs 6 120 then 6 180. The roles add up to the
    // totals.
    void eachRoleReportsItsShareOfTheTeam()
    {
        Model m = graphModel();
        Role support;
        support.id = "support";
        support.name = "Support";
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
        Role engineer;
        engineer.id = "eng";
        engineer.rule = HeadcountRuleKind::Curve;
        engineer.headcount.kind = CurveKind::Linear;
        engineer.headcount.initial = 2.0;
        engineer.headcount.slopePerMonth = 1.0;
        engineer.loadedCostPerMonth = 12000.0;
        engineer.attritionPerYear = 0.12;
        engineer.costPerHire = 6000.0;
        m.team.roles = {support, sre, engineer};
        m.team.onCallRotations = 1;
        m.team.minPeoplePerRotation = 5;
        const Results r = *run(m).results;
        QCOMPARE(r.roles.size(), std::size_t(3));
        QCOMPARE(r.roles[0].id, std::string("support"));
        QCOMPARE(r.roles[0].name, std::string("Support"));
        const auto role = [&](std::size_t i, const char* key) -> const Series& {
            return findSeries(r.roles.at(i).series, key)->p50;
        };
        QCOMPARE(role(0, keys::kHeadcount)[0], 9.0);
        QCOMPARE(role(1, keys::kHeadcount)[0], 5.0);
        QCOMPARE(role(2, keys::kHeadcount)[2], 4.0);
        HEADROOM_COMPARE_REL(role(0, keys::kTeamCost)[0], 45000.0, test::kExactArithmetic);
        HEADROOM_COMPARE_REL(role(1, keys::kTeamCost)[0], 50000.0, test::kExactArithmetic);
        HEADROOM_COMPARE_REL(role(2, keys::kTeamCost)[2], 48000.0, test::kExactArithmetic);
        QCOMPARE(role(0, keys::kHires)[1], 0.0);
        HEADROOM_COMPARE_REL(role(2, keys::kHires)[1], 1.02, test::kExactArithmetic);
        HEADROOM_COMPARE_REL(role(2, keys::kHires)[2], 1.03, test::kExactArithmetic);
        HEADROOM_COMPARE_REL(role(2, keys::kRecruitingCost)[1], 6120.0, test::kExactArithmetic);
        for (const char* key : {keys::kHeadcount, keys::kHires, keys::kTeamCost, keys::kRecruitingCost,
                                keys::kRequisitions, keys::kHiringBacklog})
            for (int t = 0; t < r.months; ++t)
                HEADROOM_COMPARE_REL(role(0, key)[t] + role(1, key)[t] + role(2, key)[t],
                                     findSeries(r.totals, key)->p50[t], test::kExactArithmetic);
    }

    // Engineers planned at 10, 12, 14 (no attrition, $12 000 a month), recruiting 3 hires a month, a
    // 2-month hiring lead time: nothing is open at the start (a flat team without leavers replaces
    // nobody), so month 1's 2 hires are late, opened in month 0 with month 2's: requisitions 4, 0, 0.
    // Month 1 has 10 people, 2 short; in month 2 all 4 come due against 3: 13 people, 1 short, and
    // recruiting is the bottleneck. Without a lead time the plan is met: 10, 12, 14, requisitions
    // 0, 2, 2, and 2 hires a month never reach the capacity.
    void aHiringLeadTimeLeavesTheTeamShortUntilItsRequisitionsFill()
    {
        Model m = graphModel();
        Role engineer;
        engineer.id = "eng";
        engineer.headcount.kind = CurveKind::Linear;
        engineer.headcount.initial = 10.0;
        engineer.headcount.slopePerMonth = 2.0;
        engineer.loadedCostPerMonth = 12000.0;
        engineer.attritionPerYear = 0.0;
        m.team.roles = {engineer};
        m.team.recruitingCapacityPerMonth = 3.0;
        m.team.leadTimeMonths = 2;
        const Results late = *run(m).results;
        const auto total = [](const Results& r, const char* key) { return findSeries(r.totals, key)->p50; };
        const auto equal = [](const Series& a, std::initializer_list<double> b) {
            return a.size() == Eigen::Index(b.size()) && std::equal(b.begin(), b.end(), a.data());
        };
        const auto hiring = [](const Results& r) {
            return std::find_if(r.bottlenecks.begin(), r.bottlenecks.end(),
                                [](const Bottleneck& b) { return b.kind == BottleneckKind::HiringBeyondCapacity; });
        };
        QVERIFY(equal(total(late, keys::kHeadcount), {10, 10, 13}));
        QVERIFY(equal(total(late, keys::kHiringBacklog), {0, 2, 1}));
        QVERIFY(equal(total(late, keys::kRequisitions), {4, 0, 0}));
        QVERIFY(equal(total(late, keys::kTeamCost), {120000, 120000, 156000}));
        QCOMPARE(findSeries(late.roles.at(0).series, keys::kHiringBacklog)->p50[1], 2.0);
        QVERIFY(hiring(late) != late.bottlenecks.end());
        QCOMPARE(hiring(late)->medianFirstMonth, std::optional<int>(2));
        QCOMPARE(hiring(late)->value, 4.0);
        QCOMPARE(hiring(late)->threshold, 3.0);

        m.team.leadTimeMonths = 0;
        const Results now = *run(m).results;
        QVERIFY(equal(total(now, keys::kHeadcount), {10, 12, 14}));
        QCOMPARE(total(now, keys::kHiringBacklog).abs().maxCoeff(), 0.0);
        QVERIFY(equal(total(now, keys::kRequisitions), {0, 2, 2}));
        QCOMPARE(total(now, keys::kTeamCost)[1], 144000.0);
        QVERIFY(hiring(now) == now.bottlenecks.end());
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

    // graphModel's browse (100 a day, peak ×2: 20/s at the api) and an upload class of 50 a day at
    // a flat peak (5/s), whose use grows by half every month: its trend is 1, 1.5, 2. The traffic
    // equations are linear, so each class's load follows its own trend through the call graph.
    void requestsTrendsScaleTheirClassLoad()
    {
        Model m = graphModel();
        RequestClass upload;
        upload.id = "upload";
        upload.name = "Upload";
        upload.requestsPerUserPerDay = 50.0;
        upload.peakToAverage = 1.0;
        upload.entryComponent = "api";
        Curve trend;
        trend.kind = CurveKind::Linear;
        trend.initial = 1.0;
        trend.slopePerMonth = 0.5;
        upload.requestsTrend = trend;
        m.requestClasses.push_back(upload);
        const Results r = *run(m).results;
        const double uploads[] = {5.0, 7.5, 10.0};
        for (int t = 0; t < 3; ++t) {
            // Synchronous edges at peak: api, then the cache twice per operation, then the misses.
            HEADROOM_COMPARE_REL(componentSeries(r, "api", keys::kArrivalRate)[t], 20.0 + uploads[t], test::kHandWorked);
            HEADROOM_COMPARE_REL(componentSeries(r, "cache", keys::kArrivalRate)[t], 2.0 * (20.0 + uploads[t]),
                                 test::kHandWorked);
            HEADROOM_COMPARE_REL(componentSeries(r, "db", keys::kArrivalRate)[t], 0.2 * (20.0 + uploads[t]),
                                 test::kHandWorked);
            // Behind the queue, the average: browse's 10/s and the uploads' (peak = average).
            HEADROOM_COMPARE_REL(componentSeries(r, "worker", keys::kArrivalRate)[t], 0.5 * (10.0 + uploads[t]),
                                 test::kHandWorked);
            // Cost per million requests divides by this month's requests: (100 + 50·trend)·365/12 a user.
            const double requests = 8640.0 * (100.0 + 50.0 * uploads[t] / 5.0) * 365.0 / 12.0;
            HEADROOM_COMPARE_REL(findSeries(r.totals, keys::kCostPerMillionRequests)->p50[t],
                                 findSeries(r.totals, keys::kCost)->p50[t] / (requests / 1e6), test::kHandWorked);
        }

        // A trend of 1 all along is the class without a trend.
        m.requestClasses[1].requestsTrend->slopePerMonth = 0.0;
        const Results flat = *run(m).results;
        m.requestClasses[1].requestsTrend.reset();
        const Results none = *run(m).results;
        for (const char* id : {"api", "cache", "db", "worker"})
            for (int t = 0; t < 3; ++t)
                HEADROOM_COMPARE_REL(componentSeries(flat, id, keys::kArrivalRate)[t],
                                     componentSeries(none, id, keys::kArrivalRate)[t], 1e-14);

        // A trend that turns negative is refused, by its field.
        trend.slopePerMonth = -0.6;
        m.requestClasses[1].requestsTrend = trend;
        QCOMPARE(run(m).problems.at(0).field, std::string("request_classes[upload].requests_trend"));
    }

    // The db keeps 0.01 GB a user a month, forever, for 8 640 users; its ingest trend is 1, 2, 3:
    // 86.4 GB, then 86.4 + 172.8, then + 259.2 (worked by hand).
    void ingestTrendsScaleStoredData()
    {
        Model m = graphModel();
        DataSpec data;
        data.growth.ingestGbPerUserPerMonth = 0.01;
        Curve trend;
        trend.kind = CurveKind::Linear;
        trend.initial = 1.0;
        trend.slopePerMonth = 1.0;
        data.ingestTrend = trend;
        m.components[2].data = data;
        const Results r = *run(m).results;
        const double stored[] = {86.4, 259.2, 518.4};
        for (int t = 0; t < 3; ++t)
            HEADROOM_COMPARE_REL(componentSeries(r, "db", keys::kStoredDataGb)[t], stored[t], test::kHandWorked);

        m.components[2].data->ingestTrend->slopePerMonth = -0.6; // below 0 by month 2
        QCOMPARE(run(m).problems.at(0).field, std::string("components[db].data.ingest_trend"));
    }
};

QTEST_APPLESS_MAIN(TestArchitecture)
#include "tst_Architecture.moc"
