#include "TestSupport.h"
#include "engine/Traffic.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <random>
#include <string>
#include <vector>

using namespace headroom;
using namespace headroom::engine;

Q_DECLARE_METATYPE(headroom::engine::CallGraph)

namespace {

// Tolerances, named by what they cover.
constexpr double kLinearSolve = 1e-12;    // an LU solve of a small, well-conditioned system
constexpr double kTrafficEquation = 1e-9; // the residual of λ = e + Pᵀλ on random graphs
constexpr double kSumOfProducts = 1e-12;  // V_sync + (V − V_sync) against V, in the bounds of the design load

CallGraph makeGraph(std::vector<std::string> names, std::vector<RoutingEdge> edges, std::vector<double> hitRatio = {})
{
    return CallGraph{std::move(names), std::move(hitRatio), std::move(edges)};
}

RoutingEdge call(int from, int to, double calls)
{
    return RoutingEdge{from, to, calls, false};
}

RoutingEdge asyncCall(int from, int to, double calls)
{
    return RoutingEdge{from, to, calls, true};
}

Eigen::VectorXd vec(std::initializer_list<double> values)
{
    Eigen::VectorXd v(Eigen::Index(values.size()));
    Eigen::Index k = 0;
    for (double x : values)
        v(k++) = x;
    return v;
}

bool contains(const std::string& text, const QString& part)
{
    return QString::fromStdString(text).contains(part);
}

// P built here, independently of the solver: P_ij = Σ m_ij·(1 − h_i).
Eigen::MatrixXd routingOf(const CallGraph& graph)
{
    const auto n = Eigen::Index(graph.names.size());
    Eigen::MatrixXd p = Eigen::MatrixXd::Zero(n, n);
    for (const RoutingEdge& e : graph.edges)
        p(e.from, e.to) += e.callsPerOperation * (1.0 - (graph.hitRatio.empty() ? 0.0 : graph.hitRatio[e.from]));
    return p;
}

std::vector<std::string> namesFor(int n)
{
    std::vector<std::string> names;
    for (int i = 0; i < n; ++i)
        names.push_back("service " + std::to_string(i));
    return names;
}

} // namespace

// The traffic equations λ = e + Pᵀλ of the call graph, their validity, and asynchronous edges.
class TestTraffic : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void chainMultipliesByCallsPerRequest()
    {
        const TrafficSetup setup = TrafficSolver::prepare(makeGraph({"api", "db"}, {call(0, 1, 3.0)}));
        QVERIFY2(setup.ok(), setup.message.c_str());
        const Eigen::VectorXd lambda = setup.solver.solve(vec({120.0, 0.0}));
        HEADROOM_COMPARE_REL(lambda(0), 120.0, kLinearSolve);
        HEADROOM_COMPARE_REL(lambda(1), 360.0, kLinearSolve);                 // λ_db = 3·λ_api
        HEADROOM_COMPARE_REL(setup.solver.visits()(1, 0), 3.0, kLinearSolve); // V(db, api): db visits per api request
        QCOMPARE(setup.solver.visits()(0, 1), 0.0);                           // nothing flows back up
    }

    void cacheHitRatioFiltersDownstreamLoad_data()
    {
        QTest::addColumn<double>("hitRatio");
        QTest::addColumn<double>("callsPerMiss");
        QTest::addColumn<double>("expectedDb");
        // api → cache → db, 500 requests per second at api: λ_db = 500·m·(1 − h).
        QTest::newRow("hit ratio 0.8 passes a fifth") << 0.8 << 1.0 << 100.0;
        QTest::newRow("hit ratio 1 removes the downstream load") << 1.0 << 1.0 << 0.0;
        QTest::newRow("hit ratio 0 passes it all") << 0.0 << 1.0 << 500.0;
        QTest::newRow("two calls per miss at hit ratio 0.8") << 0.8 << 2.0 << 200.0;
    }

    void cacheHitRatioFiltersDownstreamLoad()
    {
        QFETCH(double, hitRatio);
        QFETCH(double, callsPerMiss);
        QFETCH(double, expectedDb);
        const CallGraph graph =
            makeGraph({"api", "cache", "db"}, {call(0, 1, 1.0), call(1, 2, callsPerMiss)}, {0.0, hitRatio, 0.0});
        const TrafficSetup setup = TrafficSolver::prepare(graph);
        QVERIFY2(setup.ok(), setup.message.c_str());
        const Eigen::VectorXd lambda = setup.solver.solve(vec({500.0, 0.0, 0.0}));
        HEADROOM_COMPARE_REL(lambda(1), 500.0, kLinearSolve); // the cache serves every request, hit or miss
        HEADROOM_COMPARE_REL(lambda(2), expectedDb, kLinearSolve);
    }

    void diamondSumsBothPaths()
    {
        // a → b (2 calls), a → c (1), b → d (1), c → d (3); 10/s enter at a and 5/s at b.
        // By hand: λ_a = 10, λ_b = 5 + 2·10 = 25, λ_c = 10, λ_d = 25 + 3·10 = 55.
        const CallGraph graph =
            makeGraph({"a", "b", "c", "d"}, {call(0, 1, 2.0), call(0, 2, 1.0), call(1, 3, 1.0), call(2, 3, 3.0)});
        const TrafficSetup setup = TrafficSolver::prepare(graph);
        QVERIFY2(setup.ok(), setup.message.c_str());
        const Eigen::VectorXd lambda = setup.solver.solve(vec({10.0, 5.0, 0.0, 0.0}));
        HEADROOM_COMPARE_REL(lambda(0), 10.0, kLinearSolve);
        HEADROOM_COMPARE_REL(lambda(1), 25.0, kLinearSolve);
        HEADROOM_COMPARE_REL(lambda(2), 10.0, kLinearSolve);
        HEADROOM_COMPARE_REL(lambda(3), 55.0, kLinearSolve);
    }

    void parallelEdgesAddUp()
    {
        const TrafficSetup setup = TrafficSolver::prepare(makeGraph({"api", "db"}, {call(0, 1, 1.0), call(0, 1, 2.0)}));
        QVERIFY2(setup.ok(), setup.message.c_str());
        HEADROOM_COMPARE_REL(setup.solver.routing()(0, 1), 3.0, kLinearSolve);
        HEADROOM_COMPARE_REL(setup.solver.solve(vec({7.0, 0.0}))(1), 21.0, kLinearSolve);
    }

    void retrySelfLoopIsAGeometricSeries_data()
    {
        QTest::addColumn<double>("retryCalls");
        QTest::addColumn<double>("hitRatio");
        QTest::addColumn<double>("expected");
        // λ = e + pλ, so λ = e/(1 − p) = e·(1 + p + p² + …); e = 90/s.
        QTest::newRow("one call in ten is retried") << 0.1 << 0.0 << 100.0;
        QTest::newRow("half the calls are retried") << 0.5 << 0.0 << 180.0;
        QTest::newRow("a cache retries 0.4 of its misses at hit ratio 0.5") << 0.4 << 0.5 << 112.5; // p = 0.2
    }

    void retrySelfLoopIsAGeometricSeries()
    {
        QFETCH(double, retryCalls);
        QFETCH(double, hitRatio);
        QFETCH(double, expected);
        const CallGraph graph = makeGraph({"api", "db"}, {call(0, 0, retryCalls), call(0, 1, 1.0)}, {hitRatio, 0.0});
        const TrafficSetup setup = TrafficSolver::prepare(graph);
        QVERIFY2(setup.ok(), setup.message.c_str());
        const Eigen::VectorXd lambda = setup.solver.solve(vec({90.0, 0.0}));
        HEADROOM_COMPARE_REL(lambda(0), expected, kLinearSolve);
        HEADROOM_COMPARE_REL(lambda(1), expected * (1.0 - hitRatio), kLinearSolve); // every attempt calls the db once
    }

    // Hillier & Lieberman, Introduction to Operations Research (McGraw-Hill), §17.9 "Queueing
    // Networks", the Jackson network example: three facilities with external arrivals a = (1, 4, 3)
    // and routing p12 = 0.6, p13 = 0.3, p21 = 0.1, p23 = 0.3, p31 = 0.4, p32 = 0.4, whose traffic
    // equations give λ = (5, 10, 7.5). Check: 1 + 0.1·10 + 0.4·7.5 = 5; 4 + 0.6·5 + 0.4·7.5 = 10;
    // 3 + 0.3·5 + 0.3·10 = 7.5.
    void jacksonNetworkFromTheLiterature()
    {
        const CallGraph graph =
            makeGraph({"facility 1", "facility 2", "facility 3"}, {call(0, 1, 0.6), call(0, 2, 0.3), call(1, 0, 0.1),
                                                                   call(1, 2, 0.3), call(2, 0, 0.4), call(2, 1, 0.4)});
        const TrafficSetup setup = TrafficSolver::prepare(graph);
        QVERIFY2(setup.ok(), setup.message.c_str());
        const Eigen::VectorXd lambda = setup.solver.solve(vec({1.0, 4.0, 3.0}));
        HEADROOM_COMPARE_REL(lambda(0), 5.0, kLinearSolve);
        HEADROOM_COMPARE_REL(lambda(1), 10.0, kLinearSolve);
        HEADROOM_COMPARE_REL(lambda(2), 7.5, kLinearSolve);
    }

    void loopDampedByACacheIsAllowed()
    {
        // cache (h = 0.5) → db (1 call per miss), db → cache (1.5): gain 0.5·1.5 = 0.75 < 1.
        // λ_cache = e + 1.5·λ_db, λ_db = 0.5·λ_cache, so λ_cache = e/0.25 = 4e and λ_db = 2e.
        const CallGraph graph = makeGraph({"cache", "db"}, {call(0, 1, 1.0), call(1, 0, 1.5)}, {0.5, 0.0});
        const TrafficSetup setup = TrafficSolver::prepare(graph);
        QVERIFY2(setup.ok(), setup.message.c_str());
        const Eigen::VectorXd lambda = setup.solver.solve(vec({10.0, 0.0}));
        HEADROOM_COMPARE_REL(lambda(0), 40.0, kLinearSolve);
        HEADROOM_COMPARE_REL(lambda(1), 20.0, kLinearSolve);
    }

    void loopsWithoutTrafficAreNotLoops_data()
    {
        QTest::addColumn<CallGraph>("graph");
        QTest::newRow("an edge with zero calls") << makeGraph({"a", "b"}, {call(0, 1, 0.0), call(1, 0, 5.0)});
        QTest::newRow("a cache that always hits")
            << makeGraph({"cache", "db"}, {call(0, 1, 1.0), call(1, 0, 5.0)}, {1.0, 0.0});
    }

    void loopsWithoutTrafficAreNotLoops()
    {
        QFETCH(CallGraph, graph);
        const TrafficSetup setup = TrafficSolver::prepare(graph);
        QVERIFY2(setup.ok(), setup.message.c_str());
        const Eigen::VectorXd lambda = setup.solver.solve(vec({10.0, 0.0}));
        HEADROOM_COMPARE_REL(lambda(0), 10.0, kLinearSolve);
        QCOMPARE(lambda(1), 0.0);
    }

    void endlessLoopIsRefusedByName_data()
    {
        QTest::addColumn<CallGraph>("graph");
        QTest::addColumn<QStringList>("mentioned");
        QTest::addColumn<QStringList>("notMentioned");
        QTest::newRow("two services call each other 1.5 times round")
            << makeGraph({"checkout", "payments"}, {call(0, 1, 1.0), call(1, 0, 1.5)})
            << QStringList{"checkout → payments → checkout", "1.5 times"} << QStringList{};
        QTest::newRow("a retry that always retries")
            << makeGraph({"api", "db"}, {call(0, 0, 1.0), call(0, 1, 1.0)})
            << QStringList{"the call api → api forms a loop", "once, forever"} << QStringList{"db"};
        QTest::newRow("a loop that returns exactly what it sends")
            << makeGraph({"gateway", "auth"}, {call(0, 1, 1.0), call(1, 0, 1.0)})
            << QStringList{"gateway → auth → gateway", "once"} << QStringList{};
        QTest::newRow("a three-step loop with gain 1.2") // 2 · 0.5 · 1.2
            << makeGraph({"web", "search", "index"}, {call(0, 1, 2.0), call(1, 2, 0.5), call(2, 0, 1.2)})
            << QStringList{"web → search → index → web", "1.2 times"} << QStringList{};
        QTest::newRow("a cache that does not damp it enough") // 0.8 · 1 · 1.5
            << makeGraph({"cache", "db"}, {call(0, 1, 1.0), call(1, 0, 1.5)}, {0.2, 0.0})
            << QStringList{"cache → db → cache", "1.2 times"} << QStringList{};
        // Each loop returns 0.6 alone; together hub gets 1.2 back per pass, ρ = sqrt(1.2) = 1.0954.
        QTest::newRow("two loops of 0.6 that add up to 1.2")
            << makeGraph({"hub", "x", "y"}, {call(0, 1, 1.0), call(1, 0, 0.6), call(0, 2, 1.0), call(2, 0, 0.6)})
            << QStringList{"among hub, x and y", "hub → x → hub", "1.095"} << QStringList{"times"};
        QTest::newRow("an endless loop behind a sound one")
            << makeGraph({"front", "ledger", "audit"},
                         {call(0, 0, 0.5), call(0, 1, 1.0), call(1, 2, 2.0), call(2, 1, 0.6)})
            << QStringList{"ledger → audit → ledger", "1.2 times"} << QStringList{"front"};
        QTest::newRow("two endless loops, both named")
            << makeGraph({"a1", "a2", "b1", "b2"}, {call(0, 1, 2.0), call(1, 0, 2.0), call(2, 3, 3.0), call(3, 2, 3.0)})
            << QStringList{"a1 → a2 → a1", "4 times", "b1 → b2 → b1", "9 times"} << QStringList{};
    }

    void endlessLoopIsRefusedByName()
    {
        QFETCH(CallGraph, graph);
        QFETCH(QStringList, mentioned);
        QFETCH(QStringList, notMentioned);
        const TrafficSetup setup = TrafficSolver::prepare(graph);
        QCOMPARE(setup.status, TrafficStatus::EndlessLoop);
        QVERIFY(!setup.ok());
        QCOMPARE(setup.solver.componentCount(), 0);
        QVERIFY(contains(setup.message, QStringLiteral("without end")));
        for (const QString& part : mentioned)
            QVERIFY2(contains(setup.message, part),
                     qPrintable(QStringLiteral("\"%1\" not in: %2").arg(part, QString::fromStdString(setup.message))));
        for (const QString& part : notMentioned)
            QVERIFY2(!contains(setup.message, part), setup.message.c_str());
    }

    void invalidGraphIsRefusedNamingTheFault_data()
    {
        const double nan = std::numeric_limits<double>::quiet_NaN();
        const double inf = std::numeric_limits<double>::infinity();
        QTest::addColumn<CallGraph>("graph");
        QTest::addColumn<QStringList>("mentioned");
        QTest::newRow("an edge to a component that does not exist")
            << makeGraph({"api", "db"}, {call(0, 5, 1.0)})
            << QStringList{"api → component 5 (call #0)", "does not exist"};
        QTest::newRow("an edge from a negative index") << makeGraph({"api", "db"}, {call(0, 1, 1.0), call(-1, 1, 1.0)})
                                                       << QStringList{"component -1 → db (call #1)", "does not exist"};
        QTest::newRow("negative calls") << makeGraph({"api", "db"}, {call(0, 1, -2.0)})
                                        << QStringList{"api → db", "-2 calls per operation"};
        QTest::newRow("calls that are not a number")
            << makeGraph({"api", "db"}, {call(0, 1, nan)}) << QStringList{"api → db", "nan calls per operation"};
        QTest::newRow("infinite calls") << makeGraph({"api", "db"}, {call(0, 1, inf)})
                                        << QStringList{"api → db", "inf calls per operation"};
        QTest::newRow("a hit ratio above one")
            << makeGraph({"api", "db"}, {}, {0.0, 1.2}) << QStringList{"hit ratio of db is 1.2", "between 0 and 1"};
        QTest::newRow("a negative hit ratio")
            << makeGraph({"api", "db"}, {}, {-0.1, 0.0}) << QStringList{"hit ratio of api is -0.1"};
        QTest::newRow("a hit ratio that is not a number")
            << makeGraph({"api", "db"}, {}, {nan, 0.0}) << QStringList{"hit ratio of api is nan"};
        QTest::newRow("one hit ratio for two components")
            << makeGraph({"api", "db"}, {}, {0.5}) << QStringList{"2 components but 1 hit ratios"};
        QTest::newRow("every problem is reported")
            << makeGraph({"api", "db"}, {call(0, 1, -1.0), call(1, 9, 1.0)}, {0.0, 2.0})
            << QStringList{"hit ratio of db is 2", "api → db (call #0)", "db → component 9 (call #1)"};
        QTest::newRow("calls that multiply beyond a double") // 1e200 · 1e200 overflows
            << makeGraph({"a", "b", "c"}, {call(0, 1, 1e200), call(1, 2, 1e200)})
            << QStringList{"beyond what can be represented"};
    }

    void invalidGraphIsRefusedNamingTheFault()
    {
        QFETCH(CallGraph, graph);
        QFETCH(QStringList, mentioned);
        const TrafficSetup setup = TrafficSolver::prepare(graph);
        QCOMPARE(setup.status, TrafficStatus::InvalidGraph);
        QCOMPARE(setup.solver.componentCount(), 0);
        for (const QString& part : mentioned)
            QVERIFY2(contains(setup.message, part),
                     qPrintable(QStringLiteral("\"%1\" not in: %2").arg(part, QString::fromStdString(setup.message))));
    }

    void asyncConsumerIsSizedForTheAverage()
    {
        // producer → worker through a queue (2 messages per request), producer → db synchronously
        // (2 calls), worker → store (1), worker → db (0.5). Peak 300/s, average 100/s at producer.
        // Design: worker 2·100 = 200, store 200 (behind the queue), db 2·300 + 0.5·200 = 700.
        // Peak through every edge: worker 600, store 600, db 600 + 300 = 900. Average: 200, 200, 300.
        const CallGraph graph = makeGraph({"producer", "worker", "db", "store"},
                                          {asyncCall(0, 1, 2.0), call(0, 2, 2.0), call(1, 3, 1.0), call(1, 2, 0.5)});
        const TrafficSetup setup = TrafficSolver::prepare(graph);
        QVERIFY2(setup.ok(), setup.message.c_str());
        const DesignLoad load = setup.solver.designLoad(vec({300.0, 0.0, 0.0, 0.0}), vec({100.0, 0.0, 0.0, 0.0}));
        HEADROOM_COMPARE_REL(load.design(0), 300.0, kLinearSolve);
        HEADROOM_COMPARE_REL(load.design(1), 200.0, kLinearSolve);
        HEADROOM_COMPARE_REL(load.design(2), 700.0, kLinearSolve);
        HEADROOM_COMPARE_REL(load.design(3), 200.0, kLinearSolve);
        HEADROOM_COMPARE_REL(load.peak(1), 600.0, kLinearSolve);
        HEADROOM_COMPARE_REL(load.peak(2), 900.0, kLinearSolve);
        HEADROOM_COMPARE_REL(load.peak(3), 600.0, kLinearSolve);
        HEADROOM_COMPARE_REL(load.average(2), 300.0, kLinearSolve);
        QCOMPARE(int(load.asyncInflows.size()), 1);
        QCOMPARE(load.asyncInflows[0].edge, 0);
        HEADROOM_COMPARE_REL(load.asyncInflows[0].peak, 600.0, kLinearSolve); // 300·2: what the queue must absorb
        HEADROOM_COMPARE_REL(load.asyncInflows[0].average, 200.0, kLinearSolve);
    }

    void asyncInflowFromACacheCountsOnlyMisses()
    {
        // api → cache (1), cache (h = 0.75) → indexer through a queue (2 per miss): 0.5 per request.
        const CallGraph graph =
            makeGraph({"api", "cache", "indexer"}, {call(0, 1, 1.0), asyncCall(1, 2, 2.0)}, {0.0, 0.75, 0.0});
        const TrafficSetup setup = TrafficSolver::prepare(graph);
        QVERIFY2(setup.ok(), setup.message.c_str());
        const DesignLoad load = setup.solver.designLoad(vec({800.0, 0.0, 0.0}), vec({200.0, 0.0, 0.0}));
        QCOMPARE(int(load.asyncInflows.size()), 1);
        QCOMPARE(load.asyncInflows[0].edge, 1);
        HEADROOM_COMPARE_REL(load.asyncInflows[0].peak, 400.0, kLinearSolve);
        HEADROOM_COMPARE_REL(load.asyncInflows[0].average, 100.0, kLinearSolve);
        HEADROOM_COMPARE_REL(load.design(2), 100.0, kLinearSolve);
        HEADROOM_COMPARE_REL(load.design(1), 800.0, kLinearSolve);
    }

    void asyncInflowBehindAnotherQueueIsCountedAtPeak()
    {
        // gateway → ingest → archive, both through queues (1 and 2 messages). ingest is sized for the
        // average, 100/s, yet the header's contract reports the second queue's inflow at the full-graph
        // peak, 300·2 = 600/s: an upper bound, as if the first queue passed its peak straight on.
        const CallGraph graph =
            makeGraph({"gateway", "ingest", "archive"}, {asyncCall(0, 1, 1.0), asyncCall(1, 2, 2.0)});
        const TrafficSetup setup = TrafficSolver::prepare(graph);
        QVERIFY2(setup.ok(), setup.message.c_str());
        const DesignLoad load = setup.solver.designLoad(vec({300.0, 0.0, 0.0}), vec({100.0, 0.0, 0.0}));
        HEADROOM_COMPARE_REL(load.design(1), 100.0, kLinearSolve);
        HEADROOM_COMPARE_REL(load.design(2), 200.0, kLinearSolve);
        QCOMPARE(int(load.asyncInflows.size()), 2);
        QCOMPARE(load.asyncInflows[1].edge, 1);
        HEADROOM_COMPARE_REL(load.asyncInflows[1].peak, 600.0, kLinearSolve);
        HEADROOM_COMPARE_REL(load.asyncInflows[1].average, 200.0, kLinearSolve);
    }

    void parallelSyncAndAsyncEdgesSplitPeakAndAverage()
    {
        // api → q once synchronously and once through a queue: q sees 1·300 + 1·100.
        const CallGraph graph = makeGraph({"api", "q"}, {call(0, 1, 1.0), asyncCall(0, 1, 1.0)});
        const TrafficSetup setup = TrafficSolver::prepare(graph);
        QVERIFY2(setup.ok(), setup.message.c_str());
        const DesignLoad load = setup.solver.designLoad(vec({300.0, 0.0}), vec({100.0, 0.0}));
        HEADROOM_COMPARE_REL(load.design(1), 400.0, kLinearSolve);
        HEADROOM_COMPARE_REL(load.peak(1), 600.0, kLinearSolve);
        HEADROOM_COMPARE_REL(load.asyncInflows.at(0).peak, 300.0, kLinearSolve);
    }

    void wrongSizedInputsGiveEmptyResults()
    {
        const TrafficSetup setup = TrafficSolver::prepare(makeGraph({"api", "db"}, {call(0, 1, 1.0)}));
        QVERIFY2(setup.ok(), setup.message.c_str());
        QCOMPARE(setup.solver.solve(vec({1.0, 2.0, 3.0})).size(), Eigen::Index(0));
        QCOMPARE(setup.solver.solveEach(Eigen::MatrixXd::Ones(3, 4)).size(), Eigen::Index(0));
        const DesignLoad load = setup.solver.designLoad(vec({1.0, 2.0}), vec({1.0}));
        QCOMPARE(load.design.size(), Eigen::Index(0));
        QVERIFY(load.asyncInflows.empty());
        QCOMPARE(setup.solver.solve(vec({1.0, 2.0})).size(), Eigen::Index(2));
    }

    void emptyGraphIsSolvable()
    {
        const TrafficSetup setup = TrafficSolver::prepare(CallGraph{});
        QVERIFY2(setup.ok(), setup.message.c_str());
        QCOMPARE(setup.solver.componentCount(), 0);
        QCOMPARE(setup.solver.solve(Eigen::VectorXd(0)).size(), Eigen::Index(0));
    }

    void solveEachMatchesSolveColumnByColumn()
    {
        const CallGraph graph = makeGraph({"a", "b", "c"}, {call(0, 1, 0.6), call(1, 2, 2.0), call(2, 0, 0.5)});
        const TrafficSetup setup = TrafficSolver::prepare(graph);
        QVERIFY2(setup.ok(), setup.message.c_str());
        Eigen::MatrixXd externals(3, 2);
        externals << 1.0, 4.0, 2.0, 5.0, 3.0, 6.0;
        const Eigen::MatrixXd each = setup.solver.solveEach(externals);
        for (Eigen::Index column = 0; column < 2; ++column) {
            const Eigen::VectorXd one = setup.solver.solve(externals.col(column));
            for (Eigen::Index row = 0; row < 3; ++row)
                HEADROOM_COMPARE_REL(each(row, column), one(row), kLinearSolve);
        }
    }

    // Property: on random DAGs with caches and queues, every λ ≥ 0, λ = e + Pᵀλ, more external
    // traffic never lowers any λ, and average ≤ design ≤ peak.
    void randomAcyclicGraphsSatisfyTheTrafficEquations()
    {
        std::mt19937_64 rng(20260314);
        std::uniform_real_distribution<double> unit(0.0, 1.0);
        for (int trial = 0; trial < 200; ++trial) {
            const int n = 2 + int(39 * unit(rng));
            std::vector<int> order(static_cast<std::size_t>(n));
            for (int i = 0; i < n; ++i)
                order[std::size_t(i)] = i;
            std::shuffle(order.begin(), order.end(), rng); // a random topological order
            CallGraph graph = makeGraph(namesFor(n), {});
            for (int i = 0; i < n; ++i)
                graph.hitRatio.push_back(unit(rng) < 0.3 ? unit(rng) : 0.0);
            for (int a = 0; a < n; ++a)
                for (int b = a + 1; b < n; ++b)
                    for (int parallel = 0; parallel < 2 && unit(rng) < 0.3; ++parallel)
                        graph.edges.push_back(
                            {order[std::size_t(a)], order[std::size_t(b)], 3.0 * unit(rng), unit(rng) < 0.3});
            const TrafficSetup setup = TrafficSolver::prepare(graph);
            QVERIFY2(setup.ok(), setup.message.c_str());
            Eigen::VectorXd external(n);
            for (int i = 0; i < n; ++i)
                external(i) = unit(rng) < 0.5 ? 0.0 : 100.0 * unit(rng);
            checkSolution(graph, setup.solver, external);
            if (QTest::currentTestFailed())
                QFAIL(qPrintable(QStringLiteral("trial %1").arg(trial)));
            checkMonotone(setup.solver, external);
            checkDesignBounds(setup.solver, external, unit(rng));
            if (QTest::currentTestFailed())
                QFAIL(qPrintable(QStringLiteral("trial %1").arg(trial)));
        }
    }

    // Property: a graph with loops whose row sums Σ_j P_ij are all below 1 has ρ(P) ≤ max row sum < 1
    // (Horn & Johnson, Matrix Analysis, 2nd ed., theorem 8.1.22), so it must be solved, with λ ≥ 0.
    void randomLoopsThatDecayAreSolved()
    {
        std::mt19937_64 rng(20260315);
        std::uniform_real_distribution<double> unit(0.0, 1.0);
        for (int trial = 0; trial < 200; ++trial) {
            const int n = 1 + int(25 * unit(rng));
            const CallGraph graph = randomGraphWithRowSums(n, 0.0, 0.95, rng);
            const TrafficSetup setup = TrafficSolver::prepare(graph);
            QVERIFY2(setup.ok(), qPrintable(QStringLiteral("trial %1: %2").arg(trial).arg(setup.message.c_str())));
            Eigen::VectorXd external(n);
            for (int i = 0; i < n; ++i)
                external(i) = 100.0 * unit(rng);
            checkSolution(graph, setup.solver, external);
            checkMonotone(setup.solver, external);
            if (QTest::currentTestFailed())
                QFAIL(qPrintable(QStringLiteral("trial %1").arg(trial)));
        }
    }

    // Property: row sums all above 1 give ρ(P) ≥ min row sum > 1 (the same theorem): refused, naming a loop.
    void randomLoopsThatGrowAreRefused()
    {
        std::mt19937_64 rng(20260316);
        std::uniform_real_distribution<double> unit(0.0, 1.0);
        for (int trial = 0; trial < 200; ++trial) {
            const int n = 1 + int(25 * unit(rng));
            const CallGraph graph = randomGraphWithRowSums(n, 1.05, 3.0, rng);
            const TrafficSetup setup = TrafficSolver::prepare(graph);
            QCOMPARE(setup.status, TrafficStatus::EndlessLoop);
            QVERIFY2(contains(setup.message, QStringLiteral("service ")) &&
                         contains(setup.message, QStringLiteral("→")),
                     setup.message.c_str());
        }
    }

private:
    // Every λ ≥ 0 and λ = e + Pᵀλ, with P built by the test.
    static void checkSolution(const CallGraph& graph, const TrafficSolver& solver, const Eigen::VectorXd& external)
    {
        const Eigen::VectorXd lambda = solver.solve(external);
        QCOMPARE(lambda.size(), external.size());
        const Eigen::VectorXd rightSide = external + routingOf(graph).transpose() * lambda;
        for (Eigen::Index j = 0; j < lambda.size(); ++j) {
            QVERIFY2(lambda(j) >= 0.0, qPrintable(QStringLiteral("λ_%1 = %2").arg(j).arg(lambda(j))));
            HEADROOM_COMPARE_REL(lambda(j), rightSide(j), kTrafficEquation);
        }
    }

    // More external traffic at any one component never lowers any λ.
    static void checkMonotone(const TrafficSolver& solver, const Eigen::VectorXd& external)
    {
        const Eigen::VectorXd lambda = solver.solve(external);
        for (Eigen::Index k = 0; k < external.size(); ++k) {
            Eigen::VectorXd more = external;
            more(k) += 1.0 + external(k);
            const Eigen::VectorXd after = solver.solve(more);
            for (Eigen::Index j = 0; j < lambda.size(); ++j)
                QVERIFY2(after(j) >= lambda(j), qPrintable(QStringLiteral("raising e_%1 lowered λ_%2").arg(k).arg(j)));
        }
    }

    // With e_avg = share·e_peak ≤ e_peak: average ≤ design ≤ peak, component by component.
    static void checkDesignBounds(const TrafficSolver& solver, const Eigen::VectorXd& peak, double share)
    {
        const DesignLoad load = solver.designLoad(peak, share * peak);
        for (Eigen::Index j = 0; j < peak.size(); ++j) {
            const double slack = kSumOfProducts * std::max(1.0, load.peak(j));
            QVERIFY(load.average(j) <= load.design(j) + slack);
            QVERIFY(load.design(j) <= load.peak(j) + slack);
        }
    }

    // Random loops (self-loops included), every component calling at least one other, each row of P
    // scaled to a sum drawn from [low, high].
    static CallGraph randomGraphWithRowSums(int n, double low, double high, std::mt19937_64& rng)
    {
        std::uniform_real_distribution<double> unit(0.0, 1.0);
        CallGraph graph = makeGraph(namesFor(n), {});
        for (int i = 0; i < n; ++i) {
            const int first = int(n * unit(rng)) % n; // drawn apart: argument order is unspecified
            std::vector<RoutingEdge> row{call(i, first, 0.1 + unit(rng))};
            for (int j = 0; j < n; ++j)
                if (unit(rng) < 0.2)
                    row.push_back(call(i, j, unit(rng)));
            double sum = 0.0;
            for (const RoutingEdge& e : row)
                sum += e.callsPerOperation;
            const double target = low + (high - low) * unit(rng);
            for (RoutingEdge& e : row) {
                e.callsPerOperation *= target / sum;
                graph.edges.push_back(e);
            }
        }
        return graph;
    }
};

QTEST_APPLESS_MAIN(TestTraffic)
#include "tst_Traffic.moc"
