#pragma once

#include "engine/Model.h"

#include <string>

namespace headroom::project {

// A fingerprint of everything the engine reads from a model: 16 hex digits of FNV-1a (64-bit)
// over the model's canonical JSON. Stored with results, so results whose model has since
// changed are known to be stale. Not a security hash.
std::string inputsHash(const engine::Model& model);

// Now, in UTC, as ISO 8601 to the second.
std::string utcTimestampNow();

} // namespace headroom::project
