#pragma once

#include "calibration/MeasurementsCsv.h"
#include "engine/Curve.h"
#include "engine/EigenTypes.h"

#include <Eigen/Core>
#include <array>
#include <optional>
#include <string>
#include <string_view>

// Growth curves fitted to a history of dated values (DESIGN.md, "Growth curves"): linear,
// exponential and logistic, each by least squares on the values as measured (Gaussian errors of
// one size), so that their residuals and information criteria compare like with like. Time t is
// in months from the first day of the history's first month (MeasurementsCsv.h).
//
//   linear       v(t) = v0 + a·t                         θ = (v0, a)
//   exponential  v(t) = v0·e^(b·t), g = e^b − 1 a month   θ = (v0, b)
//   logistic     v(t) = K / (1 + (K/v0 − 1)·e^(−r·t))     θ = (v0, K, r)
//
// The best model is the simplest of those with substantial support: within 2 of the lowest AICc
// (Statistics.h; Burnham & Anderson 2002, §2.6), the fewest parameters, then the lowest AICc. A
// logistic can follow a straight line or an exponential closely, so the lowest AICc alone would
// choose it for a fair share of histories that have no ceiling. The Akaike weights say how
// clearly the choice wins (ibid., §2.9). Uncertainty is the asymptotic covariance of θ
// (LeastSquares.h); every 90% interval uses Student's t with n − p degrees of freedom.
namespace headroom::calibration {

enum class GrowthModel
{
    Linear,
    Exponential,
    Logistic,
};
inline constexpr std::array<GrowthModel, 3> kGrowthModels{GrowthModel::Linear, GrowthModel::Exponential,
                                                          GrowthModel::Logistic};
std::string_view toString(GrowthModel model); // "linear", "exponential", "logistic"

// One model fitted to the history; when it cannot be (too few points, values ≤ 0 for a model that
// needs them, no convergence, a ceiling the history does not determine), `ok` is false and
// `reason` says why, and nothing else is meaningful.
struct GrowthFit
{
    GrowthModel model = GrowthModel::Linear;
    bool ok = false;
    std::string reason;
    // The fitted parameters as the engine's curve, month 0 being the history's first month; each
    // parameter carries the 90% interval of its estimate (positive parameters on the log scale,
    // as the engine draws them). curveAt() moves month 0 elsewhere.
    engine::Curve curve;
    int points = 0;
    int parameters = 0;                 // p
    double rss = 0.0;                   // Σ (fitted − observed)², in the values' unit squared
    double rmse = 0.0;                  // sqrt(RSS / n)
    double residualStandardError = 0.0; // s = sqrt(RSS / (n − p))
    double rSquared = 0.0;
    double aicc = 0.0;
    double akaikeWeight = 0.0; // among the models that could be fitted; they sum to 1
    int iterations = 0;
    Eigen::VectorXd theta;      // the estimates, as in the table above
    Eigen::MatrixXd covariance; // of θ
};

struct GrowthFits
{
    engine::YearMonth firstMonth;    // month 0
    double lastMonth = 0.0;          // the last value's month
    std::array<GrowthFit, 3> fits;   // in the order of kGrowthModels
    std::optional<GrowthModel> best; // none when no model could be fitted

    const GrowthFit& fit(GrowthModel model) const { return fits[static_cast<std::size_t>(model)]; }
};

// Fits every model. Each needs p + 3 values at least (AICc needs n > p + 2): five for linear and
// exponential, six for logistic.
GrowthFits fitGrowth(const History& history);

// The fitted curve with month 0 at `start` instead of the history's first month: the initial
// value becomes the fit's value there (its interval from the covariance, by the delta method),
// the other parameters stay. The engine draws parameters independently; their correlation in the
// fit is not carried, so a Monte Carlo band of the curve is somewhat wider than forecast()'s.
// None when the model could not be fitted, or has no value at `start` (a logistic that falls
// towards its ceiling, taken back before its history).
std::optional<engine::Curve> curveAt(const GrowthFits& fits, GrowthModel model, engine::YearMonth start);

// What to plot: the fit and its 90% prediction band (where a new value is expected to fall: the
// fit's uncertainty plus the scatter of the values around it, s²) at every whole month from the
// history's first month to `monthsAhead` past its last. The band's lower edge is not below 0.
struct GrowthForecast
{
    GrowthModel model = GrowthModel::Linear;
    engine::YearMonth firstMonth; // month[0] is this month
    Series month;                 // 0, 1, 2, …
    Series fit;
    Series lo;
    Series hi;
};
// None when the model could not be fitted. monthsAhead ≥ 0.
std::optional<GrowthForecast> forecast(const GrowthFits& fits, GrowthModel model, int monthsAhead);

} // namespace headroom::calibration
