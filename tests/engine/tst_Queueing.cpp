#include "TestSupport.h"
#include "engine/Queueing.h"

#include <cmath>
#include <limits>

using namespace headroom;
using namespace headroom::engine;

namespace {

// Erlang B by its recurrence from k = 1 to c, with no shortcut: what erlangB's shortcuts must agree with.
double fullRecurrence(int servers, double load)
{
    double inverse = 1.0;
    for (int k = 1; k <= servers; ++k)
        inverse = 1.0 + double(k) / load * inverse;
    return 1.0 / inverse;
}

// Tolerances, named by what they cover. HEADROOM_COMPARE_REL is absolute below 1, so a value
// published to n decimals is checked to half a unit in its last place.
constexpr double kPublishedThreeDecimals = 5e-4;
constexpr double kPublishedFourDecimals = 5e-5;
constexpr double kPublishedFiveDecimals = 5e-6;
constexpr double kHighPrecisionReference = 1e-12; // against 30–50 digit mpmath, after thousands of steps
constexpr double kPercentileRoot = 1e-12;         // a p95 found by a root solve, against its true value
constexpr double kTailAtPercentile = 1e-9;        // P(R > p95) against 0.05
constexpr double kRatesMeetContinuity = 1e-9;     // p95 a hair either side of θ = μ, against θ = μ

constexpr double kInfinity = std::numeric_limits<double>::infinity();

// P(R > t) for M/M/c written as the textbook has it, independently of the engine's stable form:
// (1 − C)e^{−μt} + C·(θe^{−μt} − μe^{−θt})/(θ − μ), or C·(1 + μt)e^{−μt} when θ = μ exactly.
// Accurate to ~1e-13 while |θ − μ| ≥ 1e-3·μ; callers keep away from closer rates.
double textbookResponseTail(double lambda, double mu, int servers, double t)
{
    const double wait = erlangC(servers, lambda / mu);
    const double theta = servers * mu - lambda;
    const double sum = theta == mu ? (1.0 + mu * t) * std::exp(-mu * t)
                                   : (theta * std::exp(-mu * t) - mu * std::exp(-theta * t)) / (theta - mu);
    return (1.0 - wait) * std::exp(-mu * t) + wait * sum;
}

} // namespace

// The M/M/c queue that turns a component's load into latency: Erlang B and C, the mean and p95
// of waiting and response, and saturation.
class TestQueueing : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void erlangB_data()
    {
        QTest::addColumn<int>("servers");
        QTest::addColumn<double>("offeredLoad");
        QTest::addColumn<double>("expected");
        QTest::addColumn<double>("tolerance");
        QTest::newRow("no load is never blocked") << 5 << 0.0 << 0.0 << test::kExactArithmetic;
        QTest::newRow("one server is a/(1+a)") << 1 << 1.0 << 0.5 << test::kExactArithmetic;
        // (a²/2)/(1 + a + a²/2) at a = 1, by hand.
        QTest::newRow("two servers, one Erlang, is 1/5") << 2 << 1.0 << 0.2 << test::kExactArithmetic;
        // 10 trunks offered 5 Erlangs block 0.01838 of calls. No named table giving this row was found
        // (Westbay's, below, is cited instead), so it is also checked against the defining sum in
        // exact rational arithmetic: 0.018384570336648132.
        QTest::newRow("10 trunks, 5 Erlangs, to five places") << 10 << 5.0 << 0.01838 << kPublishedFiveDecimals;
        QTest::newRow("10 trunks, 5 Erlangs, exact") << 10 << 5.0 << 0.018384570336648132 << kHighPrecisionReference;
        // Gunther, Analyzing Computer System Performance with Perl::PDQ (Springer 2005), program
        // erlang.pl: 8 servers, 4 Erlangs prints "Erlang B (Loss prob): 0.0304".
        QTest::newRow("PDQ erlang.pl: 8 servers, 4 Erlangs") << 8 << 4.0 << 0.0304 << kPublishedFourDecimals;
        // a^c/c! / Σ_{k≤c} a^k/k! in 50-digit arithmetic (mpmath 1.3): 6.7896929649860193e-4.
        QTest::newRow("2000 servers, 1900 Erlangs, 50 digits")
            << 2000 << 1900.0 << 6.7896929649860193e-4 << kHighPrecisionReference;
        // The defining sum in exact rational arithmetic (Python fractions), rounded to a double:
        // hundreds of steps of the recurrence, below and above saturation.
        QTest::newRow("150 servers, 120 Erlangs, exact")
            << 150 << 120.0 << 0.0010150817338134427 << kHighPrecisionReference;
        QTest::newRow("1000 servers, 900 Erlangs, exact")
            << 1000 << 900.0 << 5.929862670146224e-05 << kHighPrecisionReference;
        QTest::newRow("400 servers, 380 Erlangs, exact")
            << 400 << 380.0 << 0.013931582353670124 << kHighPrecisionReference;
        QTest::newRow("1000 servers, 1100 Erlangs, exact")
            << 1000 << 1100.0 << 0.09862516968934913 << kHighPrecisionReference;
    }

    void erlangB()
    {
        QFETCH(int, servers);
        QFETCH(double, offeredLoad);
        QFETCH(double, expected);
        QFETCH(double, tolerance);
        HEADROOM_COMPARE_REL(engine::erlangB(servers, offeredLoad), expected, tolerance);
    }

    // Westbay Engineers, Erlang calculator manual, "How much traffic can a trunk group handle?"
    // (erlang.com/calculatormanual/howmuchtrafficcanatrunkgrouphandle.htm): 15 lines at 1% blocking
    // can be offered 8.108 Erlangs. The load printed to three places brackets the 1% point.
    void erlangBWestbaysFifteenLinesAtOnePercent()
    {
        QVERIFY(engine::erlangB(15, 8.1075) < 0.01);
        QVERIFY(engine::erlangB(15, 8.1085) > 0.01);
    }

    void erlangC_data()
    {
        QTest::addColumn<int>("servers");
        QTest::addColumn<double>("offeredLoad");
        QTest::addColumn<double>("expected");
        QTest::addColumn<double>("tolerance");
        QTest::newRow("no load never waits") << 4 << 0.0 << 0.0 << test::kExactArithmetic;
        // Gunther, Analyzing Computer System Performance with Perl::PDQ (2005), §4.7; also Wolfram
        // Language ErlangC[3, 2]. By hand: B(3, 2) = 4/19, C = 3·(4/19)/(3 − 2·15/19) = 4/9.
        QTest::newRow("3 servers, 2 Erlangs, is 4/9") << 3 << 2.0 << 4.0 / 9.0 << test::kExactArithmetic;
        // M/M/2 closed form C = 2ρ²/(1 + ρ) at ρ = 0.75: 9/14. The case is Wolfram's ErlangC
        // documentation example: two 1 Mbps lines, 150 packets/s of 10 kbit mean (μ = 100/s, a = 1.5).
        QTest::newRow("M/M/2 packet lines, 9/14") << 2 << 1.5 << 9.0 / 14.0 << test::kExactArithmetic;
        // A textbook exercise quoted on Mathematics Stack Exchange ("probability of a customer joining a
        // queue via Erlang C curve"; the post does not name the book): 10 assistants, 120 customers an
        // hour, 3 minutes each, "from the Erlang C curve ... about 0.10". No better source was found,
        // so the row is checked to four places, 0.1013, and against the defining sum in exact
        // rational arithmetic, 0.1012992426874175.
        QTest::newRow("10 servers, 6 Erlangs, 0.1013") << 10 << 6.0 << 0.1013 << kPublishedFourDecimals;
        QTest::newRow("10 servers, 6 Erlangs, exact") << 10 << 6.0 << 0.1012992426874175 << kHighPrecisionReference;
        // Gunther (2005), erlang.pl: 8 servers, 4 Erlangs prints "Erlang C (Waiting prob): 0.0590".
        QTest::newRow("PDQ erlang.pl: 8 servers, 4 Erlangs") << 8 << 4.0 << 0.0590 << kPublishedFourDecimals;
        // Anderson, Sweeney, Williams et al., An Introduction to Management Science (Cengage),
        // "Multiple Server Queueing Model" worksheet, λ = 10, μ = 12: P(wait) 0.245 for 2, 0.058 for 3.
        QTest::newRow("Cengage worksheet, 2 servers") << 2 << 10.0 / 12.0 << 0.245 << kPublishedThreeDecimals;
        QTest::newRow("Cengage worksheet, 3 servers") << 3 << 10.0 / 12.0 << 0.058 << kPublishedThreeDecimals;
        // The defining sum in 50-digit arithmetic (mpmath 1.3): 0.36609821942272346.
        QTest::newRow("5000 servers at 99%, 50 digits")
            << 5000 << 4950.0 << 0.36609821942272346 << kHighPrecisionReference;
        QTest::newRow("load equal to the servers saturates") << 4 << 4.0 << 1.0 << test::kExactArithmetic;
        QTest::newRow("load above the servers saturates") << 4 << 9.5 << 1.0 << test::kExactArithmetic;
    }

    void erlangC()
    {
        QFETCH(int, servers);
        QFETCH(double, offeredLoad);
        QFETCH(double, expected);
        QFETCH(double, tolerance);
        HEADROOM_COMPARE_REL(engine::erlangC(servers, offeredLoad), expected, tolerance);
    }

    // The factorial form a^c/c! overflows a double past c ≈ 170; the recurrence must not. A count near
    // INT_MAX must neither overflow the loop counter nor take long: B reaches 0 after a few hundred steps.
    void thousandsOfServersStayFiniteProbabilities()
    {
        const int mostServers = std::numeric_limits<int>::max();
        for (const double value :
             {engine::erlangC(5000, 0.99 * 5000), engine::erlangB(2000, 1900.0), engine::erlangC(100000, 99000.0),
              engine::erlangB(100000, 120000.0), engine::erlangC(20000, 1.0), engine::erlangB(mostServers, 3.0)}) {
            QVERIFY2(std::isfinite(value), qPrintable(QString::number(value)));
            QVERIFY2(value >= 0.0 && value <= 1.0, qPrintable(QString::number(value)));
        }
        QVERIFY(engine::erlangC(5000, 4950.0) > 0.0); // not an underflow to zero
    }

    // Large pools at light load are answered from a bound rather than the recurrence: the same
    // answer as the recurrence run to the end (0 where it is below 1e-30), from c = 2 to 100,000.
    void aBoundAnswersForLargeLightlyLoadedPools()
    {
        int bounded = 0;
        for (const int c : {2, 10, 64, 200, 1000, 5000, 100000})
            for (const double share : {0.001, 0.01, 0.05, 0.1, 0.2, 0.3, 0.5, 0.7, 0.9}) {
                const double load = share * c;
                const double exact = fullRecurrence(c, load);
                const double b = engine::erlangB(c, load);
                const QString where = QStringLiteral("c %1, a %2: %3 against %4").arg(c).arg(load).arg(b).arg(exact);
                if (exact < 1e-30) {
                    QVERIFY2(b == 0.0, qPrintable(where));
                    ++bounded;
                } else {
                    HEADROOM_COMPARE_REL(b, exact, test::kExactArithmetic);
                }
            }
        QVERIFY(bounded >= 20); // the bound's cases are among them
        // At the edge of the bound's loads (where it reaches ln 1e-32, found here by bisection), on
        // either side: the recurrence's answer, whichever way erlangB takes.
        for (const int c : {64, 65, 100, 333, 1000, 4096, 100000}) {
            const auto bound = [c](double a) {
                return std::log(2.0) - a + c * (1.0 + std::log(a / c));
            };
            double lo = 0.0;
            double hi = c - 1.0;
            for (int i = 0; i < 200; ++i)
                (bound(0.5 * (lo + hi)) < -73.7 ? lo : hi) = 0.5 * (lo + hi);
            for (const double off : {-1e-3, -1e-6, -1e-9, -1e-12, 0.0, 1e-12, 1e-9, 1e-6, 1e-3}) {
                const double load = lo * (1.0 + off);
                const double exact = fullRecurrence(c, load);
                const double b = engine::erlangB(c, load);
                const QString where = QStringLiteral("c %1, a %2: %3 against %4").arg(c).arg(load).arg(b).arg(exact);
                if (exact < 1e-30)
                    QVERIFY2(b == 0.0, qPrintable(where));
                else
                    HEADROOM_COMPARE_REL(b, exact, test::kExactArithmetic);
            }
        }
    }

    // Large loads start the recurrence well below min(a, c), from B = 1 − k/a: the same answer as
    // the recurrence from k = 1, to 1e-13, busy or idle, over or under capacity, up to 100,000
    // servers.
    void aLateStartAgreesWithTheWholeRecurrence()
    {
        for (const int c : {20, 64, 100, 400, 1000, 5000, 100000})
            for (const double share : {0.3, 0.5, 0.7, 0.8, 0.9, 0.95, 0.99, 1.0, 1.05, 1.5, 3.0}) {
                const double load = share * c;
                const double exact = fullRecurrence(c, load);
                const double b = engine::erlangB(c, load);
                if (exact < 1e-30)
                    QCOMPARE(b, 0.0);
                else
                    HEADROOM_COMPARE_REL(b, exact, 1e-13);
            }
    }

    // Property: for a fixed load, each added server lowers both blocking and the probability of wait.
    void addingServersLowersBlockingAndWaiting()
    {
        for (const double load : {0.5, 6.0, 95.5, 1900.0}) {
            double previousB = engine::erlangB(static_cast<int>(load) + 1, load);
            double previousC = engine::erlangC(static_cast<int>(load) + 1, load);
            // Up to ten standard deviations of the Poisson load past a, while B is above the 1e-30
            // below which erlangB reports 0 (Queueing.cpp: no figure we report can tell them apart).
            for (int c = static_cast<int>(load) + 2; c < load + 10.0 * std::sqrt(load) + 20.0 && previousB > 1e-28;
                 ++c) {
                const double b = engine::erlangB(c, load);
                const double w = engine::erlangC(c, load);
                QVERIFY2(b < previousB && w < previousC, qPrintable(QStringLiteral("a %1, c %2").arg(load).arg(c)));
                QVERIFY(w >= b); // a queue holds those a loss system turns away: C ≥ B
                previousB = b;
                previousC = w;
            }
        }
    }

    void meanWaitAndResponse_data()
    {
        QTest::addColumn<double>("lambda");
        QTest::addColumn<double>("mu");
        QTest::addColumn<int>("servers");
        QTest::addColumn<double>("expectedQueueLength"); // Lq = λ·Wq (Little's law)
        QTest::addColumn<double>("expectedResponse");    // R = 1/μ + Wq, seconds
        QTest::addColumn<double>("tolerance");
        // The 3-server, 2-Erlang case above with μ = 0.05/s, worked by hand from C = 4/9 (no published
        // source for these rates was found; Bronson's M/M/3 below is one):
        // Wq = (4/9)/(0.15 − 0.1) = 80/9, R = 20 + 80/9 = 260/9 ≈ 28.89 s, Lq = 0.1·80/9 = 8/9 ≈ 0.889.
        QTest::newRow("M/M/3, lambda 0.1, mu 0.05")
            << 0.1 << 0.05 << 3 << 8.0 / 9.0 << 260.0 / 9.0 << test::kExactArithmetic;
        // M/M/1: R = 1/(μ − λ) = 1/25 s, Lq = ρ²/(1 − ρ) = 2.25 (any queueing text, e.g. Kleinrock Vol. 1).
        QTest::newRow("M/M/1, 75/s into 100/s") << 75.0 << 100.0 << 1 << 2.25 << 0.04 << test::kExactArithmetic;
        // Anderson, Sweeney, Williams et al. (Cengage) "Multiple Server Queueing Model" worksheet,
        // λ = 10, μ = 12: Lq 0.175 and W 0.101 for 2 servers; Lq 0.022 and W 0.086 for 3.
        QTest::newRow("Cengage worksheet, 2 servers") << 10.0 << 12.0 << 2 << 0.175 << 0.101 << kPublishedThreeDecimals;
        QTest::newRow("Cengage worksheet, 3 servers") << 10.0 << 12.0 << 3 << 0.022 << 0.086 << kPublishedThreeDecimals;
    }

    void meanWaitAndResponse()
    {
        QFETCH(double, lambda);
        QFETCH(double, mu);
        QFETCH(int, servers);
        QFETCH(double, expectedQueueLength);
        QFETCH(double, expectedResponse);
        QFETCH(double, tolerance);
        const MmcMetrics m = mmc(lambda, mu, servers);
        QVERIFY(m.stable);
        HEADROOM_COMPARE_REL(m.utilization, lambda / (servers * mu), test::kExactArithmetic);
        HEADROOM_COMPARE_REL(lambda * m.meanWaitSeconds, expectedQueueLength, tolerance);
        HEADROOM_COMPARE_REL(m.meanResponseSeconds, expectedResponse, tolerance);
    }

    // R. Bronson, Schaum's Outline of Theory and Problems of Operations Research (McGraw-Hill, 1982),
    // problems 23.3, 23.14, 23.16 and 24.6, with their answers as listed on M. Casquilho's M/M/s
    // calculator page (Instituto Superior Técnico, Lisbon: web.ist.utl.pt/mcasquilho/compute/or/
    // Fx-queuevars.php). Times in the problem's unit; each quantity to half a unit in its last
    // printed digit; NaN where the page prints none. (The page's p0 for 23.16, 0.178, is not that
    // of ρ = 0.75, 0.25; p0 is not checked here.)
    void bronsonsSchaumProblems_data()
    {
        QTest::addColumn<double>("lambda");
        QTest::addColumn<double>("mu");
        QTest::addColumn<int>("servers");
        QTest::addColumn<double>("expectedL"); // in the system, λ·R
        QTest::addColumn<double>("expectedLq");
        QTest::addColumn<double>("expectedWq");
        QTest::addColumn<double>("expectedW");
        QTest::addColumn<QList<double>>("tolerances"); // of L, Lq, Wq, W
        const double none = std::numeric_limits<double>::quiet_NaN();
        // 23.3: α = 24/h, μ = 30/h: L = 4, W = 1/6 h (printed as a fraction: exact).
        QTest::newRow("23.3, M/M/1, hours") << 24.0 << 30.0 << 1 << 4.0 << none << none << 1.0 / 6.0
                                            << QList<double>{0.5 / 4.0, 0, 0, test::kExactArithmetic};
        // 23.14: α = 30/h, 1/μ = 1.5 min: Lq = 2.25, Wq = 4.5 min.
        QTest::newRow("23.14, M/M/1, minutes")
            << 0.5 << 1.0 / 1.5 << 1 << none << 2.25 << 4.5 << none << QList<double>{0, 0.005 / 2.25, 0.05 / 4.5, 0};
        // 23.16: α = 1/min, 1/μ = 45 s: Lq = 2.25, Wq = 2.25 min, W = 3 min.
        QTest::newRow("23.16, M/M/1, minutes") << 1.0 << 60.0 / 45.0 << 1 << none << 2.25 << 2.25 << 3.0
                                               << QList<double>{0, 0.005 / 2.25, 0.005 / 2.25, 0.5 / 3.0};
        // 24.6: s = 3, α = 300/yr, 1/μ = 2 days (μ = 182.5/yr): Lq = 0.352, L = 1.996, Wq = 0.001175 yr,
        // W = 0.006654 yr (0.43 and 2.429 days).
        QTest::newRow("24.6, M/M/3, years") << 300.0 << 182.5 << 3 << 1.996 << 0.352 << 0.001175 << 0.006654
                                            << QList<double>{0.0005 / 1.996, 5e-4, 5e-7, 5e-7};
    }

    void bronsonsSchaumProblems()
    {
        QFETCH(double, lambda);
        QFETCH(double, mu);
        QFETCH(int, servers);
        QFETCH(double, expectedL);
        QFETCH(double, expectedLq);
        QFETCH(double, expectedWq);
        QFETCH(double, expectedW);
        QFETCH(QList<double>, tolerances);
        const MmcMetrics m = mmc(lambda, mu, servers);
        QVERIFY(m.stable);
        if (!std::isnan(expectedL))
            HEADROOM_COMPARE_REL(lambda * m.meanResponseSeconds, expectedL, tolerances[0]);
        if (!std::isnan(expectedLq))
            HEADROOM_COMPARE_REL(lambda * m.meanWaitSeconds, expectedLq, tolerances[1]);
        if (!std::isnan(expectedWq))
            HEADROOM_COMPARE_REL(m.meanWaitSeconds, expectedWq, tolerances[2]);
        if (!std::isnan(expectedW))
            HEADROOM_COMPARE_REL(m.meanResponseSeconds, expectedW, tolerances[3]);
    }

    // Gunther (2005), erlang.pl, 8 servers and 4 Erlangs, prints times in units of the service time:
    // "Normalized Waiting Time: 0.0148", "Normalized Response Time: 1.0148".
    void pdqNormalisedTimes()
    {
        const double mu = 1.0 / 0.25; // any μ: Wq·μ and R·μ depend only on c and a
        const MmcMetrics m = mmc(4.0 * mu, mu, 8);
        QVERIFY(m.stable);
        HEADROOM_COMPARE_REL(m.utilization, 0.5, test::kExactArithmetic);
        HEADROOM_COMPARE_REL(m.meanWaitSeconds * mu, 0.0148, kPublishedFourDecimals);
        HEADROOM_COMPARE_REL(m.meanResponseSeconds * mu, 1.0148, kPublishedFourDecimals);
    }

    // M/M/1 response time is exponential with rate μ − λ, and the wait is 0 with probability 1 − ρ,
    // else Exp(μ − λ) (Kleinrock, Queueing Systems Vol. 1, 1975): p95 R = ln(20)/(μ − λ), p95 Wq =
    // ln(ρ/0.05)/(μ − λ), or 0 when ρ ≤ 0.05.
    void singleServerPercentilesHaveClosedForms_data()
    {
        QTest::addColumn<double>("lambda");
        QTest::addColumn<double>("mu");
        QTest::newRow("75/s into 100/s") << 75.0 << 100.0;
        QTest::newRow("light load, 10%") << 0.1 << 1.0;
        QTest::newRow("below 5% never waits at p95") << 0.04 << 1.0;
        QTest::newRow("half loaded") << 250.0 << 500.0;
        QTest::newRow("a hair from saturation") << 0.999999 << 1.0; // θ = μ/10⁶: a p95 of 3·10⁶ service times
    }

    void singleServerPercentilesHaveClosedForms()
    {
        QFETCH(double, lambda);
        QFETCH(double, mu);
        const MmcMetrics m = mmc(lambda, mu, 1);
        QVERIFY(m.stable);
        const double rho = lambda / mu;
        HEADROOM_COMPARE_REL(m.probabilityOfWait, rho, test::kExactArithmetic);
        // Compared as ratios, so the tolerance is relative whether the times are milliseconds or days.
        HEADROOM_COMPARE_REL(m.meanResponseSeconds * (mu - lambda), 1.0, kPercentileRoot);
        HEADROOM_COMPARE_REL(m.p95ResponseSeconds * (mu - lambda) / std::log(20.0), 1.0, kPercentileRoot);
        if (rho > 0.05)
            HEADROOM_COMPARE_REL(m.p95WaitSeconds * (mu - lambda) / std::log(rho / 0.05), 1.0, kPercentileRoot);
        else
            QCOMPARE(m.p95WaitSeconds, 0.0);
    }

    // The 75/s into 100/s case with its numbers written out: R = 0.04 s, p95 R = ln 20/25 s.
    void singleServerExampleInSeconds()
    {
        const MmcMetrics m = mmc(75.0, 100.0, 1);
        HEADROOM_COMPARE_REL(m.meanResponseSeconds, 0.04, test::kExactArithmetic);
        HEADROOM_COMPARE_REL(m.meanWaitSeconds, 0.03, test::kExactArithmetic);            // ρ/(μ − λ)
        HEADROOM_COMPARE_REL(m.p95ResponseSeconds, 0.11982929094215963, kPercentileRoot); // ln(20)/25
        HEADROOM_COMPARE_REL(m.p95WaitSeconds, 0.1083220080440884, kPercentileRoot);      // ln(15)/25
    }

    // For c > 1 the p95 comes from a Halley solve on the closed form; the references come from the other
    // route: P(R > t) = (1 − C)e^{−μt} + C·∫ θe^{−θw}·P(S > t − w) dw, integrated numerically over the
    // wait w (mpmath quad, 30 digits) and bisected there. p95 Wq = ln(C/0.05)/θ in the same precision.
    void multiServerPercentiles_data()
    {
        QTest::addColumn<double>("lambda");
        QTest::addColumn<double>("mu");
        QTest::addColumn<int>("servers");
        QTest::addColumn<double>("expectedP95Wait");
        QTest::addColumn<double>("expectedP95Response");
        QTest::newRow("M/M/10, 6 Erlangs") << 6.0 << 1.0 << 10 << 0.17651398246498093 << 3.0289374232982535;
        QTest::newRow("M/M/2 at 75%") << 1.5 << 1.0 << 2 << 5.107799042549903 << 6.476580998969642;
        // θ = cμ − λ = μ: the sum of exponentials is Erlang-2, (1 + μt)e^{−μt}. Exactly in the first row;
        // in the second θ = 0.15 − 0.1 misses 0.05 by one rounding, enough to put the textbook form 3% out.
        QTest::newRow("M/M/2 where theta equals mu") << 1.0 << 1.0 << 2 << 1.8971199848858813 << 3.8164603051678294;
        QTest::newRow("M/M/3 at 2 Erlangs, theta equals mu")
            << 0.1 << 0.05 << 3 << 43.69604114675323 << 80.41376320823017;
    }

    void multiServerPercentiles()
    {
        QFETCH(double, lambda);
        QFETCH(double, mu);
        QFETCH(int, servers);
        QFETCH(double, expectedP95Wait);
        QFETCH(double, expectedP95Response);
        const MmcMetrics m = mmc(lambda, mu, servers);
        QVERIFY(m.stable);
        HEADROOM_COMPARE_REL(m.p95WaitSeconds, expectedP95Wait, kPercentileRoot);
        HEADROOM_COMPARE_REL(m.p95ResponseSeconds, expectedP95Response, kPercentileRoot);
    }

    // Property, by formula rather than simulation: the reported p95 is where the textbook tail is 5%,
    // it is never below the mean, and the p95 of the wait never exceeds that of the response.
    void tailAtTheP95IsFivePercent()
    {
        int checked = 0;
        for (const int c : {1, 2, 3, 8, 50, 1000}) {
            for (const double rho : {0.01, 0.3, 0.7, 0.95, 0.999}) {
                for (const double mu : {1.0, 250.0}) {
                    const double lambda = rho * c * mu;
                    const double theta = c * mu - lambda;
                    if (std::abs(theta - mu) < 1e-3 * mu) // the textbook form cancels there
                        continue;
                    const MmcMetrics m = mmc(lambda, mu, c);
                    const QString where = QStringLiteral("c %1, rho %2, mu %3: ").arg(c).arg(rho).arg(mu);
                    QVERIFY2(m.stable, qPrintable(where));
                    const double tail = textbookResponseTail(lambda, mu, c, m.p95ResponseSeconds);
                    QVERIFY2(std::abs(tail - 0.05) <= kTailAtPercentile, qPrintable(where + QString::number(tail)));
                    QVERIFY2(m.p95ResponseSeconds >= m.meanResponseSeconds, qPrintable(where));
                    QVERIFY2(m.p95WaitSeconds >= 0.0 && m.p95WaitSeconds <= m.p95ResponseSeconds, qPrintable(where));
                    if (m.probabilityOfWait > 0.05) {
                        const double waitTail = m.probabilityOfWait * std::exp(-theta * m.p95WaitSeconds);
                        QVERIFY2(std::abs(waitTail - 0.05) <= kTailAtPercentile, qPrintable(where));
                    }
                    ++checked;
                }
            }
        }
        QVERIFY(checked > 50);
    }

    // The p95 solve starts from the slower exponential's term where the rates are more than a
    // factor 2 apart and from the sum of the two p95s nearer; either way, and at the edges of both
    // (a hair from saturation, θ far above μ, a factor 2 exactly, rates from 1e-6/s to 1e6/s), it
    // must land where the textbook tail is 5%, and never below pure service's p95.
    void p95IsFoundFromEitherStart()
    {
        int checked = 0;
        for (const double mu : {1e-6, 1.0, 1e6}) {
            for (const int c : {1, 2, 4, 16, 64, 500}) {
                for (const double rho : {1e-6, 0.05, 0.17, 0.33, 0.5, 0.67, 0.83, 0.9, 0.99, 1.0 - 1e-6, 1.0 - 1e-9,
                                         1.0 - 1.5 / c, 1.0 - 2.0 / c, 1.0 - 0.5 / c}) {
                    if (!(rho > 0.0))
                        continue;
                    const double lambda = rho * c * mu;
                    const double theta = c * mu - lambda;
                    const MmcMetrics m = mmc(lambda, mu, c);
                    const QString where = QStringLiteral("c %1, rho %2, mu %3: ").arg(c).arg(rho).arg(mu);
                    QVERIFY2(m.stable && std::isfinite(m.p95ResponseSeconds), qPrintable(where));
                    QVERIFY2(m.p95ResponseSeconds >= std::log(20.0) / mu * (1.0 - 1e-15), qPrintable(where));
                    if (std::abs(theta - mu) < 1e-3 * mu) // the textbook form cancels there
                        continue;
                    const double tail = textbookResponseTail(lambda, mu, c, m.p95ResponseSeconds);
                    QVERIFY2(std::abs(tail - 0.05) <= kTailAtPercentile, qPrintable(where + QString::number(tail)));
                    ++checked;
                }
            }
        }
        QVERIFY(checked > 200);
    }

    // Where θ = cμ − λ meets μ, (θe^{−μt} − μe^{−θt})/(θ − μ) is 0/0; a p95 a relative 1e-12 either
    // side must match the exact θ = μ value rather than lose twelve digits to cancellation.
    void p95IsContinuousWhereTheRatesMeet()
    {
        for (const int c : {2, 3, 40}) {
            const double mu = 0.05;
            const double atMeeting = mmc((c - 1) * mu, mu, c).p95ResponseSeconds;
            for (const double nudge : {1.0 - 1e-12, 1.0 + 1e-12}) {
                const double nearby = mmc((c - 1) * mu * nudge, mu, c).p95ResponseSeconds;
                HEADROOM_COMPARE_REL(nearby / atMeeting, 1.0, kRatesMeetContinuity);
            }
        }
    }

    // Times scale as 1/rate: λ and μ both s times larger give every time s times smaller. Validation
    // bounds neither, so the solve must keep its accuracy where a rate squared overflows (beyond
    // 1e154/s) or loses its bits (below 1e-154/s), not only at everyday rates.
    void timesScaleWithTheRatesAtEveryScale()
    {
        for (const int c : {1, 2, 8, 64}) {
            for (const double rho : {0.3, 0.7, 0.95}) {
                const double mu = 3.0;
                const double lambda = rho * c * mu;
                const MmcMetrics unit = mmc(lambda, mu, c);
                for (const double scale : {1e-160, 1e-100, 1e100, 1e160, 1e200}) {
                    const MmcMetrics m = mmc(lambda * scale, mu * scale, c);
                    const QString where = QStringLiteral("c %1, rho %2, scale %3: ").arg(c).arg(rho).arg(scale);
                    QVERIFY2(m.stable, qPrintable(where));
                    HEADROOM_COMPARE_REL(m.p95ResponseSeconds * scale, unit.p95ResponseSeconds, kPercentileRoot);
                    HEADROOM_COMPARE_REL(m.meanResponseSeconds * scale, unit.meanResponseSeconds, kPercentileRoot);
                    HEADROOM_COMPARE_REL(m.p95WaitSeconds * scale, unit.p95WaitSeconds, kPercentileRoot);
                }
            }
        }
    }

    void noLoadIsPureService()
    {
        const MmcMetrics m = mmc(0.0, 4.0, 3);
        QVERIFY(m.stable);
        QCOMPARE(m.utilization, 0.0);
        QCOMPARE(m.probabilityOfWait, 0.0);
        QCOMPARE(m.meanWaitSeconds, 0.0);
        QCOMPARE(m.p95WaitSeconds, 0.0);
        HEADROOM_COMPARE_REL(m.meanResponseSeconds, 0.25, test::kExactArithmetic);
        HEADROOM_COMPARE_REL(m.p95ResponseSeconds, std::log(20.0) / 4.0, kPercentileRoot); // S ~ Exp(4/s)
    }

    void saturationHasNoFiniteLatency_data()
    {
        QTest::addColumn<double>("lambda");
        QTest::addColumn<double>("mu");
        QTest::addColumn<int>("servers");
        QTest::addColumn<double>("expectedUtilization");
        QTest::newRow("exactly at capacity") << 40.0 << 10.0 << 4 << 1.0;
        QTest::newRow("half again over capacity, unclipped") << 60.0 << 10.0 << 4 << 1.5;
        QTest::newRow("one server, ten times over") << 10.0 << 1.0 << 1 << 10.0;
        QTest::newRow("infinite arrivals") << kInfinity << 10.0 << 4 << kInfinity;
    }

    void saturationHasNoFiniteLatency()
    {
        QFETCH(double, lambda);
        QFETCH(double, mu);
        QFETCH(int, servers);
        QFETCH(double, expectedUtilization);
        const MmcMetrics m = mmc(lambda, mu, servers);
        QVERIFY(!m.stable);
        QCOMPARE(m.utilization, expectedUtilization);
        QCOMPARE(m.probabilityOfWait, 1.0);
        for (const double time : {m.meanWaitSeconds, m.meanResponseSeconds, m.p95WaitSeconds, m.p95ResponseSeconds})
            QCOMPARE(time, kInfinity);
    }

    // Validation upstream keeps these out; if one slips through it is reported, never aborted on.
    void invalidInputIsUnstableNotAnAbort_data()
    {
        QTest::addColumn<double>("lambda");
        QTest::addColumn<double>("mu");
        QTest::addColumn<int>("servers");
        QTest::newRow("negative arrivals") << -1.0 << 10.0 << 2;
        QTest::newRow("no service rate") << 1.0 << 0.0 << 2;
        QTest::newRow("negative service rate") << 1.0 << -3.0 << 2;
        QTest::newRow("infinite service rate") << 1.0 << kInfinity << 2;
        QTest::newRow("no servers") << 1.0 << 10.0 << 0;
        QTest::newRow("negative servers") << 1.0 << 10.0 << -4;
        QTest::newRow("NaN arrivals") << std::numeric_limits<double>::quiet_NaN() << 10.0 << 2;
        QTest::newRow("NaN service rate") << 1.0 << std::numeric_limits<double>::quiet_NaN() << 2;
    }

    void invalidInputIsUnstableNotAnAbort()
    {
        QFETCH(double, lambda);
        QFETCH(double, mu);
        QFETCH(int, servers);
        const MmcMetrics m = mmc(lambda, mu, servers);
        QVERIFY(!m.stable);
        QVERIFY(std::isnan(m.utilization));
        QVERIFY(std::isnan(m.probabilityOfWait));
        for (const double time : {m.meanWaitSeconds, m.meanResponseSeconds, m.p95WaitSeconds, m.p95ResponseSeconds})
            QCOMPARE(time, kInfinity);
    }

    void erlangFunctionsAtTheirEdges()
    {
        QCOMPARE(engine::erlangB(0, 3.0), 1.0); // B_0: with no server every arrival is lost
        QCOMPARE(engine::erlangC(0, 3.0), 1.0);
        QCOMPARE(engine::erlangB(4, kInfinity), 1.0);
        QCOMPARE(engine::erlangC(4, kInfinity), 1.0);
        QVERIFY(std::isnan(engine::erlangB(4, -1.0)));
        QVERIFY(std::isnan(engine::erlangC(4, -1.0)));
        QVERIFY(std::isnan(engine::erlangB(4, std::numeric_limits<double>::quiet_NaN())));
        QVERIFY(std::isnan(engine::erlangC(4, std::numeric_limits<double>::quiet_NaN())));
    }
};

QTEST_APPLESS_MAIN(TestQueueing)
#include "tst_Queueing.moc"
