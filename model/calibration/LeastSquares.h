#pragma once

#include <Eigen/Core>
#include <functional>
#include <optional>
#include <string>

// Nonlinear least squares by Levenberg–Marquardt: the p that minimises Σ r_i(p)², from a start
// near enough to the answer. Marquardt's scaling of the damping by diag(JᵀJ) makes the steps
// independent of the parameters' units (κ ~ 1e-4 beside λ ~ 1e3), and the damping is updated by
// the gain ratio (Nielsen 1999; Madsen, Nielsen & Tingleff, "Methods for Non-Linear Least
// Squares Problems", 2nd ed. 2004, §3.2).
namespace headroom::calibration {

// The model: at parameters p, the residuals r (fitted − observed, one per observation) and their
// Jacobian J (∂r_i/∂p_j). Returns false when p is outside the model's domain (a negative ceiling,
// a denominator through zero): the step to p is then refused and a shorter one tried.
using ResidualFunction = std::function<bool(const Eigen::VectorXd& p, Eigen::VectorXd& r, Eigen::MatrixXd& jacobian)>;

struct LeastSquaresOptions
{
    int maxIterations = 500;
    double relativeStep =
        1e-12; // converged when an accepted step has every |Δp_j| ≤ relativeStep·(|p_j| + relativeStep)
    double gradientCosine = 1e-12; // … or when every column of J is this close to orthogonal to r
};

enum class LeastSquaresStatus
{
    Converged,
    IterationLimit, // still moving after maxIterations
    InvalidStart,   // the model refused the start
};

struct LeastSquaresResult
{
    LeastSquaresStatus status = LeastSquaresStatus::InvalidStart;
    Eigen::VectorXd parameters;
    Eigen::VectorXd residuals;
    Eigen::MatrixXd jacobian;
    double rss = 0.0; // Σ r_i²
    int iterations = 0;

    bool converged() const { return status == LeastSquaresStatus::Converged; }
};

LeastSquaresResult levenbergMarquardt(const ResidualFunction& residuals, const Eigen::VectorXd& start,
                                      const LeastSquaresOptions& options = {});

// The covariance of the estimates, s²·(JᵀJ)⁻¹ with s² = RSS/(n − p) (the usual asymptotic
// estimate; Seber & Wild, Nonlinear Regression, 1989, §2.1). None when n ≤ p or JᵀJ is singular:
// the data do not determine every parameter.
std::optional<Eigen::MatrixXd> covariance(const LeastSquaresResult& fit);

} // namespace headroom::calibration
