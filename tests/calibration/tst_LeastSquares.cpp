#include "TestSupport.h"
#include "calibration/LeastSquares.h"
#include "calibration/Statistics.h"

#include <cmath>
#include <numbers>

using namespace headroom;
using namespace headroom::calibration;

namespace {
// NIST Statistical Reference Datasets, nonlinear regression, Misra1a (lower difficulty):
// y = b1·(1 − e^(−b2·x)), https://www.itl.nist.gov/div898/strd/nls/data/misra1a.shtml
const double kMisraX[] = {77.6,  114.9, 141.1, 190.8, 239.9, 289.0, 332.8,
                          378.4, 434.8, 477.3, 536.8, 593.1, 689.1, 760.0};
const double kMisraY[] = {10.07, 14.73, 17.94, 23.93, 29.61, 35.18, 40.02,
                          44.82, 50.76, 55.05, 61.01, 66.40, 75.47, 81.78};

bool misra(const Eigen::VectorXd& b, Eigen::VectorXd& r, Eigen::MatrixXd& j)
{
    r.resize(14);
    j.resize(14, 2);
    for (int i = 0; i < 14; ++i) {
        const double e = std::exp(-b[1] * kMisraX[i]);
        r[i] = b[0] * (1.0 - e) - kMisraY[i];
        j(i, 0) = 1.0 - e;
        j(i, 1) = b[0] * kMisraX[i] * e;
    }
    return true;
}

// NIST certifies its values to 11 significant digits; agreement to 1e-7 is what a double-precision
// solver with an analytic Jacobian reaches (NIST's own guidance: 4 to 6 digits is acceptable).
constexpr double kCertified = 1e-7;
} // namespace

// The Levenberg–Marquardt solver and the statistics the fits are judged by.
class TestLeastSquares : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void reachesNistCertifiedValuesFromBothStarts_data()
    {
        QTest::addColumn<double>("b1");
        QTest::addColumn<double>("b2");
        QTest::newRow("start 1 (far)") << 500.0 << 1e-4;
        QTest::newRow("start 2 (near)") << 250.0 << 5e-4;
    }

    void reachesNistCertifiedValuesFromBothStarts()
    {
        QFETCH(double, b1);
        QFETCH(double, b2);
        const LeastSquaresResult fit = levenbergMarquardt(misra, Eigen::Vector2d(b1, b2));
        QVERIFY(fit.converged());
        HEADROOM_COMPARE_REL(fit.parameters[0], 2.3894212918E+02, kCertified);
        HEADROOM_COMPARE_REL(fit.parameters[1] * 1e4, 5.5015643181E-04 * 1e4, kCertified);
        HEADROOM_COMPARE_REL(fit.rss, 1.2455138894E-01, kCertified);
        const auto cov = covariance(fit);
        QVERIFY(cov);
        HEADROOM_COMPARE_REL(std::sqrt((*cov)(0, 0)), 2.7070075241E+00, 1e-6);
        HEADROOM_COMPARE_REL(std::sqrt((*cov)(1, 1)) * 1e6, 7.2668688436E-06 * 1e6, 1e-6);
    }

    void refusedStepsAreNotTaken()
    {
        // The same model, refusing b1 > 235 (the minimum is at 238.9): the solver must stop short
        // of the boundary, never report a point past it.
        const ResidualFunction bounded = [](const Eigen::VectorXd& b, Eigen::VectorXd& r, Eigen::MatrixXd& j) {
            return misra(b, r, j) && b[0] <= 235.0;
        };
        const LeastSquaresResult fit = levenbergMarquardt(bounded, Eigen::Vector2d(220.0, 5.6e-4));
        QVERIFY(fit.parameters[0] <= 235.0);
        QVERIFY(fit.parameters[0] > 230.0); // it did move towards the minimum
        const LeastSquaresResult refused = levenbergMarquardt(bounded, Eigen::Vector2d(500.0, 1e-4));
        QCOMPARE(refused.status, LeastSquaresStatus::InvalidStart);
    }

    void aSingularProblemHasNoCovariance()
    {
        // Two parameters that only appear as their sum: the data cannot tell them apart.
        const ResidualFunction sum = [](const Eigen::VectorXd& b, Eigen::VectorXd& r, Eigen::MatrixXd& j) {
            r = Eigen::Vector3d(b[0] + b[1] - 1.0, b[0] + b[1] - 2.0, b[0] + b[1] - 3.0);
            j = Eigen::MatrixXd::Ones(3, 2);
            return true;
        };
        const LeastSquaresResult fit = levenbergMarquardt(sum, Eigen::Vector2d(0.0, 0.0));
        HEADROOM_COMPARE_REL(fit.parameters.sum(), 2.0, 1e-9);
        QVERIFY(!covariance(fit));
    }

    void studentT_data()
    {
        QTest::addColumn<double>("dof");
        QTest::addColumn<double>("expected");
        QTest::addColumn<double>("tolerance");
        // ν = 1 and 2 have closed forms: tan(π(p − ½)) and (2p − 1)/sqrt(2p(1 − p)).
        QTest::newRow("1 (Cauchy)") << 1.0 << std::tan(std::numbers::pi * 0.45) << test::kHandWorked * 1e-3;
        QTest::newRow("2") << 2.0 << 0.9 / std::sqrt(0.095) << test::kHandWorked * 1e-3;
        // Upper 5% points, NIST/SEMATECH e-Handbook of Statistical Methods, table 1.3.6.7.2 (3 decimals).
        QTest::newRow("5") << 5.0 << 2.015 << 3e-4;
        QTest::newRow("10") << 10.0 << 1.812 << 3e-4;
        QTest::newRow("30") << 30.0 << 1.697 << 3e-4;
        QTest::newRow("100") << 100.0 << 1.660 << 3e-4;
        // Towards the normal's 1.6448536269514722 as ν grows.
        QTest::newRow("1e6") << 1e6 << 1.6448536269514722 << 1e-6;
    }

    void studentT()
    {
        QFETCH(double, dof);
        QFETCH(double, expected);
        QFETCH(double, tolerance);
        const double t = studentTQuantile(0.95, dof);
        HEADROOM_COMPARE_REL(t, expected, tolerance);
        HEADROOM_COMPARE_REL(studentTCdf(t, dof), 0.95, 1e-10);       // lgamma of ν/2 limits it for large ν
        HEADROOM_COMPARE_REL(studentTQuantile(0.05, dof), -t, 1e-12); // symmetric
    }

    void aiccWorkedByHand()
    {
        // n = 10, RSS = 10, p = 2 so k = 3: 10·ln(1) + 2·3 + 2·3·4/(10 − 3 − 1) = 6 + 4 = 10.
        HEADROOM_COMPARE_REL(aicc(10.0, 10, 2, 1.0), 10.0, test::kExactArithmetic);
        // Halving RSS lowers AICc by n·ln 2.
        HEADROOM_COMPARE_REL(aicc(5.0, 10, 2, 1.0), 10.0 - 10.0 * std::log(2.0), test::kExactArithmetic);
        QVERIFY(std::isinf(aicc(1.0, 4, 2, 1.0)));              // n ≤ k + 1: not enough points to judge
        QVERIFY(std::isfinite(aicc(0.0, 10, 2, 1.0)));          // a perfect fit still compares
        QVERIFY(aicc(0.0, 10, 3, 1.0) > aicc(0.0, 10, 2, 1.0)); // … and costs its extra parameter
    }
};

QTEST_GUILESS_MAIN(TestLeastSquares)
#include "tst_LeastSquares.moc"
