#include "calibration/LeastSquares.h"

#include <Eigen/Cholesky>
#include <Eigen/QR>
#include <algorithm>
#include <cmath>

namespace headroom::calibration {

namespace {

struct Point
{
    Eigen::VectorXd p;
    Eigen::VectorXd r;
    Eigen::MatrixXd jacobian;
    double rss = 0.0;
};

bool evaluate(const ResidualFunction& f, const Eigen::VectorXd& p, Point& out)
{
    out.p = p;
    if (!f(p, out.r, out.jacobian) || !out.r.allFinite() || !out.jacobian.allFinite())
        return false;
    out.rss = out.r.squaredNorm();
    return true;
}

// Every column of J is orthogonal to r to within `cosine` (MINPACK's gradient test, which unlike
// |Jᵀr| does not depend on the parameters' units); or the fit is exact.
bool gradientVanishes(const Eigen::MatrixXd& jtj, const Eigen::VectorXd& g, double rss, double cosine)
{
    if (rss == 0.0)
        return true;
    for (Eigen::Index j = 0; j < g.size(); ++j)
        if (jtj(j, j) > 0.0 && std::abs(g[j]) > cosine * std::sqrt(jtj(j, j) * rss))
            return false;
    return true;
}

} // namespace

LeastSquaresResult levenbergMarquardt(const ResidualFunction& residuals, const Eigen::VectorXd& start,
                                      const LeastSquaresOptions& options)
{
    LeastSquaresResult result;
    Point x;
    if (!evaluate(residuals, start, x)) {
        result.parameters = start;
        return result;
    }
    const auto finish = [&](LeastSquaresStatus status, int iterations) {
        result.status = status;
        result.parameters = x.p;
        result.residuals = x.r;
        result.jacobian = x.jacobian;
        result.rss = x.rss;
        result.iterations = iterations;
        return result;
    };
    Eigen::MatrixXd a = x.jacobian.transpose() * x.jacobian;
    Eigen::VectorXd g = x.jacobian.transpose() * x.r;
    double mu = 1e-3;
    double nu = 2.0;
    for (int iteration = 1; iteration <= options.maxIterations; ++iteration) {
        if (gradientVanishes(a, g, x.rss, options.gradientCosine))
            return finish(LeastSquaresStatus::Converged, iteration - 1);
        // Marquardt: damp each direction in proportion to its own curvature.
        const Eigen::VectorXd scale = a.diagonal().cwiseMax(1e-300 + 1e-30 * a.diagonal().maxCoeff());
        Eigen::MatrixXd damped = a;
        damped.diagonal() += mu * scale;
        const Eigen::VectorXd step = damped.ldlt().solve(-g);
        const bool small =
            (step.array().abs() <= options.relativeStep * (x.p.array().abs() + options.relativeStep)).all();
        Point trial;
        const bool valid = step.allFinite() && evaluate(residuals, x.p + step, trial);
        // Gain ratio: the actual reduction over the one the damped linear model predicts.
        const double predicted = step.dot(mu * scale.cwiseProduct(step) - g);
        const double rho = valid && predicted > 0.0 ? (x.rss - trial.rss) / predicted : -1.0;
        if (rho > 0.0) {
            x = std::move(trial);
            a = x.jacobian.transpose() * x.jacobian;
            g = x.jacobian.transpose() * x.r;
            mu *= std::max(1.0 / 3.0, 1.0 - std::pow(2.0 * rho - 1.0, 3));
            nu = 2.0;
            if (small)
                return finish(LeastSquaresStatus::Converged, iteration);
            continue;
        }
        // A refused step that was negligible and promised nothing beyond rounding: the minimum.
        if (valid && small && predicted <= 1e-14 * x.rss)
            return finish(LeastSquaresStatus::Converged, iteration);
        mu *= nu;
        nu *= 2.0;
        if (!std::isfinite(mu))
            break;
    }
    return finish(LeastSquaresStatus::IterationLimit, options.maxIterations);
}

std::optional<Eigen::MatrixXd> covariance(const LeastSquaresResult& fit)
{
    const Eigen::Index n = fit.residuals.size();
    const Eigen::Index p = fit.parameters.size();
    if (n <= p || fit.jacobian.rows() != n)
        return std::nullopt;
    // Columns scaled to unit length first, so that the rank test does not depend on units.
    const Eigen::VectorXd norms = fit.jacobian.colwise().norm().transpose();
    if (!(norms.array() > 0.0).all())
        return std::nullopt;
    const Eigen::ColPivHouseholderQR<Eigen::MatrixXd> qr(fit.jacobian * norms.cwiseInverse().asDiagonal());
    if (qr.rank() < p)
        return std::nullopt;
    // J·S·P = Q·R, so (JᵀJ)⁻¹ = S·P·R⁻¹·R⁻ᵀ·Pᵀ·S with S the scaling: no normal equations, whose
    // condition number would be squared.
    const Eigen::MatrixXd rInverse =
        qr.matrixR().topLeftCorner(p, p).triangularView<Eigen::Upper>().solve(Eigen::MatrixXd::Identity(p, p));
    const Eigen::MatrixXd unscaled =
        norms.cwiseInverse().asDiagonal() *
        (qr.colsPermutation() * (rInverse * rInverse.transpose()) * qr.colsPermutation().transpose()) *
        norms.cwiseInverse().asDiagonal();
    return Eigen::MatrixXd(fit.rss / double(n - p) * unscaled);
}

} // namespace headroom::calibration
