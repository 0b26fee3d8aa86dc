#pragma once

#include "engine/Results.h"

#include <string>

// The engine's results as one CSV table (RFC 4180: a field holding a comma, a quote or a line break
// is quoted, its quotes doubled; lines end in LF), in long ("tidy") form for a spreadsheet's filter
// and pivot, or pandas:
//
//   month,subject,series,mean,p10,p50,p90,kind,value,threshold,median_first_month,probability_at_horizon,message
//
// Three sorts of row, told apart by `series`, every row with all thirteen fields (empty where they
// do not apply):
// - a series key (keys::…): one row per month, subject and series, with its mean and percentiles.
//   The subject is "total", a component's or request class's id, or "role:ID" for a team role.
// - "bottleneck": one row per bottleneck, in the results' order (by median first month), with its
//   `kind`, the month its message describes in `month`, `value`, `threshold`, `median_first_month`
//   (YYYY-MM; empty unless it happens in more than half the samples), `probability_at_horizon` and
//   `message`. The statistics are empty.
// - "bottleneck_probability": one row per bottleneck (subject and kind) and month, the probability
//   that it has happened by that month in `mean` (the mean over the samples of "it has happened",
//   0 or 1). The percentiles and the bottleneck's figures are empty.
namespace headroom::project {

std::string resultsToCsv(const engine::Results& results);

} // namespace headroom::project
