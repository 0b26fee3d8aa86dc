#pragma once

#include "engine/Results.h"

#include <nlohmann/json.hpp>

// The engine's results as JSON: the stable interface of `headroom-cli simulate --format json`,
// documented in docs/cli.md. Keys are only ever added, never renamed or removed.
namespace headroom::project {

nlohmann::json resultsToJson(const engine::Results& results);

} // namespace headroom::project
