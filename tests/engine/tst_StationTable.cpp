#include "TestSupport.h"
#include "engine/Queueing.h"

#include <cmath>
#include <cstdint>
#include <limits>
#include <random>
#include <thread>
#include <vector>

using namespace headroom;
using namespace headroom::engine;

namespace {

// Measured: 6.1e-14 for the p95 and 3.8e-15 for the mean, worst over 2 million random stations.
// The margin is for other libraries' exp and log, which the solve and the tables' nodes both use,
// and for loads so light that mmc() leaves out a wait below 1e-12, which the tables keep (below).
constexpr double kTableRelative = 2e-12;

double relative(double got, double exact)
{
    return std::abs(got - exact) / std::abs(exact);
}

// The same answer as mmc()'s, bit for bit (the times are +∞ or NaN alike when not stable).
bool sameAsTheSolve(double lambda, double mu, int servers)
{
    const MmcMetrics m = mmc(lambda, mu, servers);
    const ResponseTimes t = tabulatedResponseTimes(lambda, mu, servers);
    const auto same = [](double a, double b) {
        return a == b || (std::isnan(a) && std::isnan(b));
    };
    return t.stable == m.stable && same(t.meanSeconds, m.meanResponseSeconds) &&
           same(t.p95Seconds, m.p95ResponseSeconds);
}

} // namespace

// The projection's station times from tables, against the solve they tabulate.
class TestStationTable : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Every tabulated server count, at loads from idle to 2^−40 short of saturation (every octave of
    // 1 − ρ the tables cover, and random loads), at service rates from 0.1 to 1,000 a second.
    void tablesMatchTheSolve()
    {
        std::mt19937_64 rng(11);
        std::uniform_real_distribution<double> uniform;
        double worstMean = 0.0;
        double worstP95 = 0.0;
        for (int servers = 1; servers <= 64; ++servers) {
            std::vector<double> gaps; // 1 − ρ
            for (int k = 0; k <= 80; ++k)
                gaps.push_back(std::exp2(-0.5 * k) * (k == 0 ? 0.999 : 1.0));
            for (int i = 0; i < 400; ++i)
                gaps.push_back(i % 2 == 0 ? std::exp2(-40.0 * uniform(rng)) : 0.02 + 0.98 * uniform(rng));
            for (const double gap : gaps) {
                const double mu = std::exp(std::log(0.1) + std::log(1e4) * uniform(rng));
                const double lambda = servers * mu * (1.0 - gap);
                const MmcMetrics m = mmc(lambda, mu, servers);
                const ResponseTimes t = tabulatedResponseTimes(lambda, mu, servers);
                QVERIFY(m.stable && t.stable);
                worstMean = std::max(worstMean, relative(t.meanSeconds, m.meanResponseSeconds));
                worstP95 = std::max(worstP95, relative(t.p95Seconds, m.p95ResponseSeconds));
            }
        }
        // Where mmc() drops a probability of wait below 1e-12: the tables keep it, the exact M/M/1 p95
        // ln 20/(μ − λ), 9e-13 relative above mmc()'s ln 20/μ.
        const double light = tabulatedResponseTimes(9e-13, 1.0, 1).p95Seconds;
        HEADROOM_COMPARE_REL(light, std::log(20.0) / (1.0 - 9e-13), 1e-13);
        worstP95 = std::max(worstP95, relative(light, mmc(9e-13, 1.0, 1).p95ResponseSeconds));
        qInfo("worst relative error: mean %.3g, p95 %.3g", worstMean, worstP95);
        QVERIFY(worstMean <= kTableRelative);
        QVERIFY(worstP95 <= kTableRelative);
    }

    // Outside the tables, the solve's own answer: more than 64 servers, no load, a load nearer
    // saturation than 2^−40, saturation, and invalid input.
    void outsideTheTablesItIsTheSolve()
    {
        const double inf = std::numeric_limits<double>::infinity();
        const double nan = std::numeric_limits<double>::quiet_NaN();
        QVERIFY(sameAsTheSolve(0.7 * 65 * 3.0, 3.0, 65));
        QVERIFY(sameAsTheSolve(0.7 * 500 * 3.0, 3.0, 500));
        QVERIFY(sameAsTheSolve(0.0, 3.0, 8));
        QVERIFY(sameAsTheSolve(8 * 3.0 * (1.0 - std::exp2(-45.0)), 3.0, 8));
        QVERIFY(sameAsTheSolve(8 * 3.0, 3.0, 8));
        QVERIFY(sameAsTheSolve(9 * 3.0, 3.0, 8));
        QVERIFY(sameAsTheSolve(inf, 3.0, 8));
        QVERIFY(sameAsTheSolve(nan, 3.0, 8));
        QVERIFY(sameAsTheSolve(-1.0, 3.0, 8));
        QVERIFY(sameAsTheSolve(1.0, 0.0, 8));
        QVERIFY(sameAsTheSolve(1.0, inf, 8));
        QVERIFY(sameAsTheSolve(1.0, 3.0, 0));
        QVERIFY(!tabulatedResponseTimes(9 * 3.0, 3.0, 8).stable);
        QCOMPARE(tabulatedResponseTimes(9 * 3.0, 3.0, 8).p95Seconds, inf);
    }

    // A pool's instances in the pool's terms: the tables' answer for one instance, against the
    // solve, as close as tabulatedResponseTimes() is; outside the tables, that function's own.
    void aPoolsStationsMatchTheSolve()
    {
        std::mt19937_64 rng(12);
        std::uniform_real_distribution<double> uniform;
        double worst = 0.0;
        for (int i = 0; i < 20'000; ++i) {
            // The solve takes one instance's λ/n and X/(nc), rounded: near saturation that rounding
            // moves its 1 − ρ by far more than the tables' error. So loads near it come in pools
            // whose n and c are powers of two, which divide exactly; others stay 1e-3 from it.
            const bool nearSaturation = i % 3 == 0;
            const int servers = nearSaturation ? 1 << int(7 * uniform(rng)) : 1 + int(64 * uniform(rng));
            const int instances =
                nearSaturation ? 1 << int(9 * uniform(rng)) : 1 + int(std::exp(std::log(500.0) * uniform(rng)));
            const double gap = nearSaturation ? std::exp2(-40.0 * uniform(rng))
                               : i % 3 == 1   ? std::exp(std::log(1e-3) * uniform(rng))
                                              : 0.02 + 0.98 * uniform(rng);
            const double capacity = std::exp(std::log(0.1) + std::log(1e6) * uniform(rng)); // X, the pool's
            const double arrival = capacity * (1.0 - gap);
            const ResponseTimes pooled = pooledResponseTimes(arrival, capacity, instances, servers);
            const MmcMetrics m = mmc(arrival / instances, capacity / (double(instances) * servers), servers);
            QVERIFY(pooled.stable && m.stable);
            worst = std::max({worst, relative(pooled.meanSeconds, m.meanResponseSeconds),
                              relative(pooled.p95Seconds, m.p95ResponseSeconds)});
        }
        qInfo("worst relative error: %.3g", worst);
        QVERIFY(worst <= kTableRelative);
        const auto same = [](const ResponseTimes& a, const ResponseTimes& b) {
            const auto equal = [](double x, double y) {
                return x == y || (std::isnan(x) && std::isnan(y));
            };
            return a.stable == b.stable && equal(a.meanSeconds, b.meanSeconds) && equal(a.p95Seconds, b.p95Seconds);
        };
        // More servers than the tables hold, no load, saturation, a load nearer it than 2^−40.
        QVERIFY(same(pooledResponseTimes(0.7 * 65 * 3.0 * 4, 65 * 3.0 * 4, 4, 65),
                     tabulatedResponseTimes(0.7 * 65 * 3.0, 3.0, 65)));
        QVERIFY(same(pooledResponseTimes(0.0, 24.0, 2, 4), tabulatedResponseTimes(0.0, 3.0, 4)));
        QVERIFY(!pooledResponseTimes(24.0, 24.0, 2, 4).stable);
        QVERIFY(!pooledResponseTimes(30.0, 24.0, 2, 4).stable);
        const double nearly = 24.0 * (1.0 - std::exp2(-45.0));
        QVERIFY(same(pooledResponseTimes(nearly, 24.0, 2, 4), tabulatedResponseTimes(nearly / 2, 3.0, 4)));
    }

    // Threads that ask for a table at once get the one table: the same bits.
    void threadsShareOneTable()
    {
        const auto timesAt = [](std::vector<double>& out) {
            for (int i = 1; i < 200; ++i)
                out.push_back(tabulatedResponseTimes(37 * 2.0 * (1.0 - 1.0 / (i + 1)), 2.0, 37).p95Seconds);
        };
        std::vector<std::vector<double>> results(4);
        std::vector<std::thread> threads;
        for (std::vector<double>& r : results)
            threads.emplace_back(timesAt, std::ref(r));
        for (std::thread& t : threads)
            t.join();
        for (const std::vector<double>& r : results)
            QVERIFY(r == results[0]);
        QCOMPARE(results[0].size(), std::size_t(199));
    }
};

QTEST_APPLESS_MAIN(TestStationTable)
#include "tst_StationTable.moc"
