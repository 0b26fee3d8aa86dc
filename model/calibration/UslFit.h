#pragma once

#include "calibration/MeasurementsCsv.h"
#include "engine/Model.h"

#include <optional>
#include <string>
#include <vector>

// The Universal Scalability Law fitted to a load test (Gunther, Guerrilla Capacity Planning,
// Springer 2007, ch. 5–6; the three-coefficient form of Schwartz, Practical Scalability Analysis
// with the Universal Scalability Law, VividCortex 2015):
//
//     X(N) = λ·N / (1 + σ(N − 1) + κ·N(N − 1))
//
// λ the throughput of one unit of concurrency (operations per second when the throughput column
// is), σ the contention, κ the coherency. The fit is nonlinear least squares on X as measured
// (Levenberg–Marquardt, LeastSquares.h), started from Gunther's linearisation: with
// C = X/X(1), N/C − 1 = κ(N − 1)² + (σ + κ)(N − 1), a parabola through the origin.
//
// With κ > 0 throughput peaks at N_max = sqrt((1 − σ)/κ), where it is X_max = X(N_max); with
// κ = 0 it never peaks and approaches λ/σ.
//
// A fit is trusted, or it says why not and gives no coefficients:
//  - too few points: fewer than 4 distinct concurrencies (three coefficients and one to spare);
//  - no convergence, or the measurements do not determine every coefficient;
//  - a coefficient negative beyond its 90% interval (throughput grows faster than linearly, which
//    the USL cannot describe: usually a warm-up or caching effect in the test), σ ≥ 1, or λ ≤ 0;
//  - no curvature: at the largest concurrency measured, the fit is within 2% of linear scaling,
//    or neither σ nor κ is distinguishable from zero: the test never reached the load where
//    contention shows, so the data say nothing about where throughput stops growing.
// A coefficient estimated below zero but within its uncertainty of zero is set to zero and the
// others refitted (as the R package usl does by bounding the coefficients at zero); `notes` says so.
namespace headroom::calibration {

// Gunther's own estimate (2007, §5.2.3), the fit's start: λ is the mean throughput measured at
// concurrency 1 (or, without such a measurement, the highest X/N measured); with C = X/λ,
// y = N/C − 1 is regressed on x = N − 1 as y = κx² + (σ + κ)x by ordinary least squares. It
// minimises errors in y, not in X, so it differs from fitUsl()'s estimate; it is what the R
// package usl before version 2 reported. None with fewer than two measurements away from N = 1.
struct UslLinearised
{
    double lambda = 0.0;
    double sigma = 0.0;
    double kappa = 0.0;
};
std::optional<UslLinearised> linearisedUsl(const std::vector<LoadPoint>& points);

// A coefficient's estimate, its standard error and 90% interval (Student's t, n − p degrees of
// freedom). A coefficient that was not fitted (set to zero) has a standard error of 0 and an
// interval of just the estimate.
struct UslCoefficient
{
    double estimate = 0.0;
    double standardError = 0.0;
    double lo = 0.0;
    double hi = 0.0;
    bool fitted = true;
};

struct UslEstimate
{
    UslCoefficient lambda; // X(1), in the throughput's unit
    UslCoefficient sigma;
    UslCoefficient kappa;
    std::optional<double> peakConcurrency; // N_max; none when κ = 0
    double peakThroughput = 0.0;           // X(N_max), or λ/σ when κ = 0 (never reached)
    double rSquared = 0.0;                 // 1 − RSS/Σ(X − mean X)²
    double residualStandardError = 0.0;    // sqrt(RSS / (n − p))
    std::vector<double> fitted;            // X(N) at each measurement, in the input's order
    std::vector<double> residuals;         // measured − fitted
    int iterations = 0;
};

struct UslFit
{
    bool trusted = false;
    std::string reason;                  // why not, when not trusted
    std::optional<UslEstimate> estimate; // only when trusted
    std::vector<std::string> notes;      // what a reader should know about a trusted fit
};

// Concurrencies and throughputs must be finite and above zero (readLoadTestCsv() sees to it).
UslFit fitUsl(const std::vector<LoadPoint>& points);

// The component with its capacity and USL coefficients replaced by the fit's, each with the fit's
// 90% interval (clipped to the engine's valid ranges). Where they go depends on the component's
// scaling policy, and so does what the test's concurrency must have counted:
//  - horizontal and fixed (N counts instances): capacity_per_instance = λ, usl.sigma = σ,
//    usl.kappa = κ: the USL across instances;
//  - vertical and sharded (N counts a node's vCPUs): capacity_per_vcpu = λ, usl.sigma = σ,
//    usl.kappa = κ: the USL across cores.
// λ must be in operations per second at 100% utilization. Nothing else changes.
engine::Component withUslFit(const engine::Component& component, const UslEstimate& fit);

} // namespace headroom::calibration
