#pragma once

#include "engine/Results.h"

#include <optional>
#include <string>

namespace headroom::engine {

// The figures a scenario comparison (and the overview) leads with, read off a run's results.
struct Headlines
{
    std::optional<Bottleneck> firstBottleneck; // the earliest by median first month, if any has one
    // The one most likely to have happened by the horizon (the earliest of equals): what to name
    // when none happens at the median. None without bottlenecks.
    std::optional<Bottleneck> likeliestBottleneck;
    double costPerUserStart = 0.0;             // P50, currency per active user per month, first month
    double costPerUserHorizon = 0.0;           // P50, last month
    double totalSpend = 0.0;                   // Σ over months of the mean monthly cost
    double usersHorizon = 0.0;                 // P50, last month
    double peakInstances = 0.0;                // max over months of Σ components' P50 instances
    double peakHeadcount = 0.0;                // max over months of the P50 headcount; 0 without a team
};

Headlines headlines(const Results& results);

// The P50 cost per active user in month `month` (0 the first), currency per user per month; none
// when the results have no such month or no cost per user.
std::optional<double> costPerUserAt(const Results& results, int month);

} // namespace headroom::engine
