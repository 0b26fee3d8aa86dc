#include "calibration/GrowthFit.h"

#include "calibration/LeastSquares.h"
#include "calibration/Statistics.h"

#include <Eigen/QR>
#include <algorithm>
#include <cmath>
#include <limits>

namespace headroom::calibration {

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

// Models this close to the lowest AICc have substantial support (Burnham & Anderson 2002, §2.6).
constexpr double kSubstantialSupport = 2.0;

// v(t) for θ, and ∂v/∂θ into `gradient` (sized p) when given. NaN outside the model's domain.
double valueAt(GrowthModel model, const Eigen::VectorXd& theta, double t, Eigen::VectorXd* gradient)
{
    const double v0 = theta[0];
    switch (model) {
    case GrowthModel::Linear:
        if (gradient)
            *gradient << 1.0, t;
        return v0 + theta[1] * t;
    case GrowthModel::Exponential: {
        const double e = std::exp(theta[1] * t);
        if (gradient)
            *gradient << e, v0 * t * e;
        return v0 * e;
    }
    case GrowthModel::Logistic: {
        const double k = theta[1];
        const double r = theta[2];
        const double a = k / v0 - 1.0;
        const double e = std::exp(-r * t);
        const double d = 1.0 + a * e;
        if (!(v0 > 0.0 && k > 0.0 && d > 0.0))
            return kNaN;
        if (gradient)
            *gradient << k * k * e / (v0 * v0 * d * d), 1.0 / d - k * e / (v0 * d * d), k * a * e * t / (d * d);
        return k / d;
    }
    }
    return kNaN;
}

int parameterCount(GrowthModel model)
{
    return model == GrowthModel::Logistic ? 3 : 2;
}

struct Data
{
    Eigen::VectorXd t;
    Eigen::VectorXd v;
};

// Ordinary least squares of y on the columns of x.
Eigen::VectorXd linearFit(const Eigen::MatrixXd& x, const Eigen::VectorXd& y)
{
    return x.colPivHouseholderQr().solve(y);
}

Eigen::MatrixXd withIntercept(const Eigen::VectorXd& t)
{
    Eigen::MatrixXd x(t.size(), 2);
    x.col(0).setOnes();
    x.col(1) = t;
    return x;
}

double rssOf(GrowthModel model, const Eigen::VectorXd& theta, const Data& d)
{
    double rss = 0.0;
    for (Eigen::Index i = 0; i < d.t.size(); ++i) {
        const double r = valueAt(model, theta, d.t[i], nullptr) - d.v[i];
        rss += r * r;
    }
    return std::isfinite(rss) ? rss : std::numeric_limits<double>::infinity();
}

// The logistic's start: for ceilings K above the largest value, ln(K/v − 1) = ln(K/v0 − 1) − r·t is
// a straight line; the K whose line gives the smallest RSS on the values themselves.
Eigen::VectorXd logisticStart(const Data& d)
{
    const double top = d.v.maxCoeff();
    Eigen::VectorXd best(3);
    double bestRss = std::numeric_limits<double>::infinity();
    constexpr int kSteps = 60;
    for (int i = 0; i < kSteps; ++i) {
        const double k = top * std::exp(std::log(1.005) + (std::log(50.0) - std::log(1.005)) * i / (kSteps - 1));
        const Eigen::VectorXd z = (k / d.v.array() - 1.0).log().matrix();
        const Eigen::VectorXd line = linearFit(withIntercept(d.t), z);
        Eigen::VectorXd theta(3);
        theta << k / (1.0 + std::exp(line[0])), k, -line[1];
        const double rss = rssOf(GrowthModel::Logistic, theta, d);
        if (rss < bestRss) {
            bestRss = rss;
            best = theta;
        }
    }
    return best;
}

std::optional<Eigen::VectorXd> startOf(GrowthModel model, const Data& d, std::string& reason)
{
    if (model == GrowthModel::Linear)
        return linearFit(withIntercept(d.t), d.v);
    if ((d.v.array() <= 0.0).any()) {
        reason = "needs every value above zero";
        return std::nullopt;
    }
    if (model == GrowthModel::Exponential) {
        Eigen::VectorXd line = linearFit(withIntercept(d.t), d.v.array().log().matrix());
        line[0] = std::exp(line[0]);
        return line;
    }
    return logisticStart(d);
}

// Half-width multiplier of a two-sided 90% interval with `dof` degrees of freedom.
double t90(int dof)
{
    return studentTQuantile(0.95, dof);
}

// A quantity with a 90% interval: on the log scale for one that must stay positive, so that the
// engine's lognormal draws (median = estimate) reproduce it; symmetric otherwise.
engine::Quantity withInterval(double estimate, double standardError, double halfWidthFactor, bool positive)
{
    engine::Quantity q(estimate);
    if (!(standardError > 0.0) || !std::isfinite(standardError))
        return q;
    const double half = halfWidthFactor * standardError;
    if (positive && estimate > 0.0) {
        const double factor = std::exp(half / estimate);
        q.interval90 = engine::Interval{estimate / factor, estimate * factor};
    } else {
        q.interval90 = engine::Interval{estimate - half, estimate + half};
    }
    return q;
}

int monthIndex(const engine::YearMonth& m)
{
    return m.year * 12 + (m.month - 1);
}

// The curve of a fit, month 0 at `origin` months after the history's first month.
engine::Curve curveOf(const GrowthFit& fit, double origin)
{
    engine::Curve c;
    const Eigen::VectorXd& th = fit.theta;
    const double tq = t90(fit.points - fit.parameters);
    const auto se = [&](Eigen::Index j) {
        return std::sqrt(fit.covariance(j, j));
    };
    Eigen::VectorXd g(th.size());
    const double v0 = valueAt(fit.model, th, origin, &g);
    c.initial = withInterval(v0, std::sqrt(g.dot(fit.covariance * g)), tq, true);
    switch (fit.model) {
    case GrowthModel::Linear:
        c.kind = engine::CurveKind::Linear;
        c.slopePerMonth = withInterval(th[1], se(1), tq, false);
        break;
    case GrowthModel::Exponential:
        c.kind = engine::CurveKind::Exponential;
        // g = e^b − 1, its interval mapped from b's (the mapping is increasing).
        c.monthlyGrowth = withInterval(th[1], se(1), tq, false);
        c.monthlyGrowth.estimate = std::expm1(th[1]);
        if (c.monthlyGrowth.interval90)
            c.monthlyGrowth.interval90 = engine::Interval{std::expm1(c.monthlyGrowth.interval90->lo),
                                                          std::expm1(c.monthlyGrowth.interval90->hi)};
        break;
    case GrowthModel::Logistic:
        c.kind = engine::CurveKind::Logistic;
        c.ceiling = withInterval(th[1], se(1), tq, true);
        c.ratePerMonth = withInterval(th[2], se(2), tq, true);
        break;
    }
    return c;
}

// Why a converged fit still cannot be used, or "".
std::string implausibility(const GrowthFit& fit, const Data& d)
{
    if (fit.model != GrowthModel::Logistic)
        return "";
    const double k = fit.theta[1];
    const double seK = std::sqrt(fit.covariance(1, 1));
    if (fit.theta[2] <= 0.0)
        return "the history does not rise towards a ceiling (rate r ≤ 0)";
    if (!(seK < k) || k > 1e3 * d.v.maxCoeff())
        return "the history shows no sign of saturation: the ceiling K is not determined";
    return "";
}

GrowthFit fitOne(GrowthModel model, const Data& d)
{
    GrowthFit fit;
    fit.model = model;
    fit.points = int(d.t.size());
    fit.parameters = parameterCount(model);
    if (fit.points < fit.parameters + 3) {
        fit.reason = "needs at least " + std::to_string(fit.parameters + 3) + " dated values; the history has " +
                     std::to_string(fit.points);
        return fit;
    }
    const auto start = startOf(model, d, fit.reason);
    if (!start)
        return fit;
    const ResidualFunction residuals = [&](const Eigen::VectorXd& theta, Eigen::VectorXd& r, Eigen::MatrixXd& j) {
        r.resize(d.t.size());
        j.resize(d.t.size(), theta.size());
        Eigen::VectorXd g(theta.size());
        for (Eigen::Index i = 0; i < d.t.size(); ++i) {
            r[i] = valueAt(model, theta, d.t[i], &g) - d.v[i];
            j.row(i) = g.transpose();
        }
        return r.allFinite();
    };
    const LeastSquaresResult ls = levenbergMarquardt(residuals, *start);
    fit.iterations = ls.iterations;
    const auto cov = covariance(ls);
    if (!ls.converged() || !cov) {
        fit.reason = ls.converged() ? "the history does not determine every parameter"
                                    : "the fit did not converge in " + std::to_string(ls.iterations) + " iterations";
        return fit;
    }
    fit.theta = ls.parameters;
    fit.covariance = *cov;
    fit.reason = implausibility(fit, d);
    if (!fit.reason.empty())
        return fit;
    const double n = fit.points;
    fit.rss = ls.rss;
    fit.rmse = std::sqrt(ls.rss / n);
    fit.residualStandardError = std::sqrt(ls.rss / (n - fit.parameters));
    const double sst = (d.v.array() - d.v.mean()).square().sum();
    fit.rSquared = sst > 0.0 ? 1.0 - ls.rss / sst : 1.0;
    fit.aicc = aicc(ls.rss, fit.points, fit.parameters, d.v.array().abs().mean());
    fit.curve = curveOf(fit, 0.0);
    fit.ok = true;
    return fit;
}

} // namespace

std::string_view toString(GrowthModel model)
{
    switch (model) {
    case GrowthModel::Linear:
        return "linear";
    case GrowthModel::Exponential:
        return "exponential";
    case GrowthModel::Logistic:
        return "logistic";
    }
    return "";
}

GrowthFits fitGrowth(const History& history)
{
    GrowthFits out;
    out.firstMonth = history.firstMonth;
    Data d{Eigen::VectorXd(Eigen::Index(history.points.size())), Eigen::VectorXd(Eigen::Index(history.points.size()))};
    for (std::size_t i = 0; i < history.points.size(); ++i) {
        d.t[Eigen::Index(i)] = history.points[i].month;
        d.v[Eigen::Index(i)] = history.points[i].value;
    }
    out.lastMonth = history.points.empty() ? 0.0 : history.points.back().month;
    double lowest = std::numeric_limits<double>::infinity();
    for (const GrowthModel model : kGrowthModels) {
        GrowthFit& fit = out.fits[std::size_t(model)];
        fit = fitOne(model, d);
        if (fit.ok)
            lowest = std::min(lowest, fit.aicc);
    }
    double total = 0.0;
    for (GrowthFit& fit : out.fits)
        if (fit.ok)
            total += (fit.akaikeWeight = std::exp(-0.5 * (fit.aicc - lowest)));
    for (GrowthFit& fit : out.fits) {
        if (!fit.ok)
            continue;
        fit.akaikeWeight /= total;
        // Within kSubstantialSupport of the lowest AICc, the fewer parameters the better.
        const GrowthFit* chosen = out.best ? &out.fit(*out.best) : nullptr;
        if (fit.aicc - lowest <= kSubstantialSupport &&
            (!chosen || fit.parameters < chosen->parameters ||
             (fit.parameters == chosen->parameters && fit.aicc < chosen->aicc)))
            out.best = fit.model;
    }
    return out;
}

std::optional<engine::Curve> curveAt(const GrowthFits& fits, GrowthModel model, engine::YearMonth start)
{
    const GrowthFit& fit = fits.fit(model);
    const double origin = monthIndex(start) - monthIndex(fits.firstMonth);
    if (!fit.ok || !std::isfinite(valueAt(model, fit.theta, origin, nullptr)))
        return std::nullopt;
    return curveOf(fit, origin);
}

std::optional<GrowthForecast> forecast(const GrowthFits& fits, GrowthModel model, int monthsAhead)
{
    const GrowthFit& fit = fits.fit(model);
    if (!fit.ok)
        return std::nullopt;
    const int months = int(std::ceil(fits.lastMonth)) + std::max(0, monthsAhead) + 1;
    GrowthForecast out{model,          fits.firstMonth, Series::LinSpaced(months, 0.0, months - 1.0),
                       Series(months), Series(months),  Series(months)};
    const double tq = t90(fit.points - fit.parameters);
    const double s2 = fit.residualStandardError * fit.residualStandardError;
    Eigen::VectorXd g(fit.theta.size());
    for (int i = 0; i < months; ++i) {
        const double v = valueAt(model, fit.theta, out.month[i], &g);
        const double half = tq * std::sqrt(g.dot(fit.covariance * g) + s2);
        out.fit[i] = v;
        out.lo[i] = std::max(0.0, v - half);
        out.hi[i] = v + half;
    }
    return out;
}

} // namespace headroom::calibration
