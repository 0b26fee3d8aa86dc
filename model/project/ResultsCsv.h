#pragma once

#include "engine/Results.h"

#include <string>

// The engine's results as CSV in long ("tidy") form, one row per month, subject and series:
//   month,subject,series,mean,p10,p50,p90
// where subject is "total", a component id or a request class id. Loads directly into a spreadsheet pivot or pandas.
namespace headroom::project {

std::string resultsToCsv(const engine::Results& results);

} // namespace headroom::project
