#pragma once

// The few distributions and criteria the fits need.
namespace headroom::calibration {

// P(T ≤ t) for Student's t with `dof` > 0 degrees of freedom, through the regularised incomplete
// beta function: P(T > t) = I_{ν/(ν+t²)}(ν/2, 1/2) / 2 for t ≥ 0 (Abramowitz & Stegun 26.7.1).
double studentTCdf(double t, double dof);

// The t with P(T ≤ t) = p, p in (0, 1), to about 1e-12 relative: t_{0.95, ν} scales a standard
// error into the half-width of a two-sided 90% interval.
double studentTQuantile(double p, double dof);

// The corrected Akaike information criterion of a least-squares fit with Gaussian errors
// (Burnham & Anderson, Model Selection and Multimodel Inference, 2nd ed. 2002, §2.4 and §7.4):
//     AICc = n·ln(RSS/n) + 2k + 2k(k+1)/(n − k − 1),   k = parameters + 1 (the error variance).
// Lower is better; differences matter, not values. +infinity when n ≤ k + 1 (too few points to
// judge that many parameters). RSS is floored at n·(1e-15·scale)², `scale` being the size of the
// values, so that a perfect fit (RSS = 0) still gives a finite, comparable criterion.
double aicc(double rss, int points, int parameters, double scale);

} // namespace headroom::calibration
