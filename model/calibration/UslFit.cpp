#include "calibration/UslFit.h"

#include "calibration/LeastSquares.h"
#include "calibration/Statistics.h"
#include "engine/NumberText.h"
#include "engine/Usl.h"

#include <Eigen/QR>
#include <algorithm>
#include <array>
#include <cmath>
#include <limits>
#include <set>

namespace headroom::calibration {

namespace {

enum Coefficient : int
{
    kLambda = 0,
    kSigma = 1,
    kKappa = 2,
};
constexpr const char* kNames[3] = {"λ", "σ", "κ"};

// Below this loss of efficiency at the largest concurrency measured, the test saw no contention.
constexpr double kMinimumCurvature = 0.02;

struct Measurements
{
    Eigen::VectorXd n;
    Eigen::VectorXd x;
};

// The coefficients (λ, σ, κ), of which those not `free` keep their value.
struct Parameterisation
{
    std::array<double, 3> value{};
    std::array<bool, 3> free{true, true, true};

    int freeCount() const { return int(std::count(free.begin(), free.end(), true)); }

    std::array<double, 3> expand(const Eigen::VectorXd& p) const
    {
        std::array<double, 3> out = value;
        for (int j = 0, k = 0; j < 3; ++j)
            if (free[std::size_t(j)])
                out[std::size_t(j)] = p[k++];
        return out;
    }

    Eigen::VectorXd freeValues() const
    {
        Eigen::VectorXd p(freeCount());
        for (int j = 0, k = 0; j < 3; ++j)
            if (free[std::size_t(j)])
                p[k++] = value[std::size_t(j)];
        return p;
    }
};

// X(N) and its derivatives by λ, σ, κ.
double throughput(const std::array<double, 3>& c, double n, std::array<double, 3>* gradient)
{
    const double d = 1.0 + c[kSigma] * (n - 1.0) + c[kKappa] * n * (n - 1.0);
    if (gradient)
        *gradient = {n / d, -c[kLambda] * n * (n - 1.0) / (d * d), -c[kLambda] * n * n * (n - 1.0) / (d * d)};
    return c[kLambda] * n / d;
}

LeastSquaresResult solve(const Measurements& m, const Parameterisation& form)
{
    const ResidualFunction residuals = [&](const Eigen::VectorXd& p, Eigen::VectorXd& r, Eigen::MatrixXd& j) {
        const std::array<double, 3> c = form.expand(p);
        r.resize(m.n.size());
        j.resize(m.n.size(), p.size());
        std::array<double, 3> g{};
        for (Eigen::Index i = 0; i < m.n.size(); ++i) {
            r[i] = throughput(c, m.n[i], &g) - m.x[i];
            for (int col = 0, k = 0; col < 3; ++col)
                if (form.free[std::size_t(col)])
                    j(i, k++) = g[std::size_t(col)];
        }
        return r.allFinite();
    };
    return levenbergMarquardt(residuals, form.freeValues());
}

UslFit untrusted(std::string reason)
{
    UslFit fit;
    fit.reason = std::move(reason);
    return fit;
}

struct Solution
{
    LeastSquaresResult ls;
    Eigen::MatrixXd covariance;
    std::array<UslCoefficient, 3> coefficients;
};

// Fits the free coefficients; on failure says why.
std::optional<Solution> fitFree(const Measurements& m, const Parameterisation& form, std::string& reason)
{
    Solution s{solve(m, form), {}, {}};
    if (!s.ls.converged()) {
        reason = "the fit did not converge in " + std::to_string(s.ls.iterations) + " iterations";
        return std::nullopt;
    }
    const auto cov = covariance(s.ls);
    if (!cov) {
        reason = "the measurements do not determine every coefficient";
        return std::nullopt;
    }
    s.covariance = *cov;
    const double tq = studentTQuantile(0.95, double(m.n.size() - form.freeCount()));
    const std::array<double, 3> c = form.expand(s.ls.parameters);
    for (int j = 0, k = 0; j < 3; ++j) {
        UslCoefficient& out = s.coefficients[std::size_t(j)];
        out.estimate = out.lo = out.hi = c[std::size_t(j)];
        out.fitted = form.free[std::size_t(j)];
        if (!out.fitted)
            continue;
        out.standardError = std::sqrt(s.covariance(k, k));
        out.lo = out.estimate - tq * out.standardError;
        out.hi = out.estimate + tq * out.standardError;
        ++k;
    }
    return s;
}

std::string negativeReason(int j, const UslCoefficient& c)
{
    return std::string(kNames[j]) + " = " + engine::formatNumber(c.estimate, 4) +
           " is below zero beyond its uncertainty (90% interval " + engine::formatNumber(c.lo, 4) + " to " +
           engine::formatNumber(c.hi, 4) + "): throughput " +
           (j == kSigma ? "per unit rises with concurrency" : "bends upwards") +
           ", which the USL cannot describe (often a warm-up or caching effect in the test)";
}

UslEstimate estimateOf(const Measurements& m, const Solution& s, const Parameterisation& form)
{
    UslEstimate e;
    e.lambda = s.coefficients[kLambda];
    e.sigma = s.coefficients[kSigma];
    e.kappa = s.coefficients[kKappa];
    e.iterations = s.ls.iterations;
    const std::array<double, 3> c{e.lambda.estimate, e.sigma.estimate, e.kappa.estimate};
    const engine::UslCoefficients usl{c[kSigma], c[kKappa]};
    if (c[kKappa] > 0.0) {
        e.peakConcurrency = engine::uslPeakUnits(usl);
        e.peakThroughput = engine::uslThroughput(*e.peakConcurrency, c[kLambda], usl);
    } else {
        e.peakThroughput = c[kSigma] > 0.0 ? c[kLambda] / c[kSigma] : std::numeric_limits<double>::infinity();
    }
    const double sst = (m.x.array() - m.x.mean()).square().sum();
    e.rSquared = sst > 0.0 ? 1.0 - s.ls.rss / sst : 1.0;
    e.residualStandardError = std::sqrt(s.ls.rss / double(m.n.size() - form.freeCount()));
    for (Eigen::Index i = 0; i < m.n.size(); ++i) {
        e.fitted.push_back(throughput(c, m.n[i], nullptr));
        e.residuals.push_back(m.x[i] - e.fitted.back());
    }
    return e;
}

// The share of linear scaling the fit keeps at the largest concurrency measured: 1/(1 + σ(N−1) + κN(N−1)).
double efficiencyAtTop(const Measurements& m, const std::array<UslCoefficient, 3>& c)
{
    const double top = m.n.maxCoeff();
    return 1.0 / (1.0 + c[kSigma].estimate * (top - 1.0) + c[kKappa].estimate * top * (top - 1.0));
}

std::string flatReason(const Measurements& m, double efficiency)
{
    return "no curvature: at concurrency " + engine::formatNumber(m.n.maxCoeff(), 4) + " the fit keeps " +
           engine::formatNumber(100.0 * efficiency, 4) +
           "% of linear scaling; the test never reached the load where contention shows (measure at higher "
           "concurrency)";
}

// Why a fit without negative coefficients still says nothing about scaling, or "".
std::string curvatureProblem(const Measurements& m, const std::array<UslCoefficient, 3>& c)
{
    const UslCoefficient& sigma = c[kSigma];
    const UslCoefficient& kappa = c[kKappa];
    if (c[kLambda].estimate <= 0.0)
        return "λ = " + engine::formatNumber(c[kLambda].estimate, 4) + " ≤ 0: the measurements do not follow the USL";
    if (sigma.estimate >= 1.0)
        return "σ = " + engine::formatNumber(sigma.estimate, 4) + " ≥ 1: throughput never rises with concurrency";
    if (const double e = efficiencyAtTop(m, c); 1.0 - e < kMinimumCurvature)
        return flatReason(m, e);
    const auto zeroish = [](const UslCoefficient& k) {
        return k.fitted ? k.lo <= 0.0 : k.estimate == 0.0;
    };
    if (zeroish(sigma) && zeroish(kappa))
        return "no curvature: neither σ (" + engine::formatNumber(sigma.estimate, 4) + ", 90% interval " +
               engine::formatNumber(sigma.lo, 4) + " to " + engine::formatNumber(sigma.hi, 4) + ") nor κ (" +
               engine::formatNumber(kappa.estimate, 4) + ", 90% interval " + engine::formatNumber(kappa.lo, 4) +
               " to " + engine::formatNumber(kappa.hi, 4) + ") is distinguishable from zero in these measurements";
    return "";
}

// A coefficient below zero within its uncertainty is zero: fixes it there, notes it, and refits the
// others, until none is negative. Returns why the fit cannot be trusted, or "".
std::string settleNegatives(const Measurements& m, Parameterisation& form, std::optional<Solution>& solution,
                            std::vector<std::string>& notes)
{
    std::string reason;
    for (int round = 0; solution && round < 3; ++round) {
        bool refit = false;
        for (const int j : {kSigma, kKappa}) {
            const UslCoefficient& c = solution->coefficients[std::size_t(j)];
            if (!c.fitted || c.estimate >= 0.0)
                continue;
            if (c.hi < 0.0)
                return negativeReason(j, c);
            notes.push_back(std::string(kNames[j]) + " is set to 0: its estimate " +
                            engine::formatNumber(c.estimate, 4) +
                            " is below zero but within its uncertainty of it (90% interval " +
                            engine::formatNumber(c.lo, 4) + " to " + engine::formatNumber(c.hi, 4) + ")");
            form.free[std::size_t(j)] = false;
            form.value[std::size_t(j)] = 0.0;
            refit = true;
        }
        if (!refit)
            return "";
        form.value[kLambda] = solution->coefficients[kLambda].estimate;
        solution = fitFree(m, form, reason);
    }
    return solution ? "" : reason;
}

} // namespace

std::optional<UslLinearised> linearisedUsl(const std::vector<LoadPoint>& points)
{
    double atOne = 0.0;
    int ones = 0;
    double bestPerUnit = 0.0;
    for (const LoadPoint& p : points) {
        bestPerUnit = std::max(bestPerUnit, p.throughput / p.concurrency);
        if (p.concurrency == 1.0) {
            atOne += p.throughput;
            ++ones;
        }
    }
    UslLinearised out;
    out.lambda = ones > 0 ? atOne / ones : bestPerUnit;
    Eigen::MatrixXd a(Eigen::Index(points.size() - std::size_t(ones)), 2);
    Eigen::VectorXd y(a.rows());
    Eigen::Index i = 0;
    for (const LoadPoint& p : points) {
        if (p.concurrency == 1.0)
            continue;
        const double x = p.concurrency - 1.0;
        a.row(i) << x * x, x;
        y[i++] = p.concurrency * out.lambda / p.throughput - 1.0;
    }
    if (a.rows() < 2)
        return std::nullopt;
    const Eigen::Vector2d q = a.colPivHouseholderQr().solve(y);
    if (!q.allFinite())
        return std::nullopt;
    out.kappa = q[0];
    out.sigma = q[1] - q[0];
    return out;
}

UslFit fitUsl(const std::vector<LoadPoint>& points)
{
    Measurements m{Eigen::VectorXd(Eigen::Index(points.size())), Eigen::VectorXd(Eigen::Index(points.size()))};
    std::set<double> levels;
    for (std::size_t i = 0; i < points.size(); ++i) {
        if (!(points[i].concurrency > 0.0 && points[i].throughput > 0.0) || !std::isfinite(points[i].concurrency) ||
            !std::isfinite(points[i].throughput))
            return untrusted("measurement " + std::to_string(i + 1) + " is not a positive concurrency and throughput");
        m.n[Eigen::Index(i)] = points[i].concurrency;
        m.x[Eigen::Index(i)] = points[i].throughput;
        levels.insert(points[i].concurrency);
    }
    if (levels.size() < 4)
        return untrusted("too few points: " + std::to_string(levels.size()) +
                         " distinct concurrencies; fitting λ, σ and κ needs at least 4 (6 or more recommended)");
    // Started from Gunther's estimate, kept where the USL is defined: σ in [0, 1), κ ≥ 0.
    const UslLinearised start = linearisedUsl(points).value_or(UslLinearised{m.x.maxCoeff(), 0.0, 0.0});
    Parameterisation form;
    form.value = {start.lambda, std::clamp(start.sigma, 0.0, 0.99), std::max(0.0, start.kappa)};

    UslFit out;
    std::string reason;
    auto solution = fitFree(m, form, reason);
    if (!solution)
        return untrusted(reason);
    if (const double e = efficiencyAtTop(m, solution->coefficients); std::abs(1.0 - e) < kMinimumCurvature)
        return untrusted(flatReason(m, e));
    reason = settleNegatives(m, form, solution, out.notes);
    if (!reason.empty())
        return untrusted(reason);
    if (const std::string problem = curvatureProblem(m, solution->coefficients); !problem.empty())
        return untrusted(problem);
    UslEstimate e = estimateOf(m, *solution, form);
    if (e.peakConcurrency && *e.peakConcurrency > 2.0 * m.n.maxCoeff())
        out.notes.push_back("the peak at concurrency " + engine::formatNumber(*e.peakConcurrency, 4) +
                            " is beyond twice the largest measured (" + engine::formatNumber(m.n.maxCoeff(), 4) +
                            "): an extrapolation");
    if (!e.peakConcurrency)
        out.notes.push_back("κ = 0: throughput never peaks; it approaches λ/σ = " +
                            engine::formatNumber(e.peakThroughput, 4));
    out.trusted = true;
    out.estimate = std::move(e);
    return out;
}

engine::Component withUslFit(const engine::Component& component, const UslEstimate& fit)
{
    // The fit's interval, clipped to [min, max] and kept around the estimate; none when the
    // coefficient was not fitted or its interval has no width.
    const auto quantity = [](const UslCoefficient& c, double min, double max) {
        engine::Quantity q(c.estimate);
        const double lo = std::clamp(c.lo, min, c.estimate);
        const double hi = std::clamp(c.hi, c.estimate, max);
        if (c.fitted && hi > lo)
            q.interval90 = engine::Interval{lo, hi};
        return q;
    };
    engine::Component out = component;
    engine::ScalingPolicy& s = out.scaling;
    const engine::Quantity capacity = quantity(fit.lambda, std::nextafter(0.0, 1.0), fit.lambda.hi);
    if (engine::climbsLadder(s.kind))
        s.capacityPerVcpu = capacity;
    else
        s.capacityPerInstance = capacity;
    s.usl.sigma = quantity(fit.sigma, 0.0, std::nextafter(1.0, 0.0));
    s.usl.kappa = quantity(fit.kappa, 0.0, fit.kappa.hi);
    return out;
}

} // namespace headroom::calibration
