#pragma once

#include <string>
#include <vector>

// Which uncertain inputs move an output: Spearman's rank correlation between each input's draws
// and the output across Monte Carlo samples (C. Spearman, Am. J. Psychol. 15, 1904), shown as a
// tornado. Ranks of tied values are averaged; a constant column correlates 0 with everything.
namespace headroom::engine {

// ρ_s in [−1, 1] between x and y (the same length, at least 2; otherwise 0).
double spearman(const std::vector<double>& x, const std::vector<double>& y);

// The ranks of `values`, 1-based, ties given their average rank.
std::vector<double> ranks(const std::vector<double>& values);

} // namespace headroom::engine
