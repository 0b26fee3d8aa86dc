#pragma once

#include "engine/Model.h"

#include <chrono>
#include <string>
#include <string_view>

namespace headroom::project {

// A fingerprint of everything the engine reads from a model: 16 hex digits of FNV-1a (64-bit)
// over the model's canonical JSON. Stored with results, so results whose model has since
// changed are known to be stale. Not a security hash.
std::string inputsHash(const engine::Model& model);

// 16 hex digits of FNV-1a (64-bit) over any text: what inputsHash() applies to the model's JSON.
std::string fnv1aHex(std::string_view text);

// Now, or a given time, in UTC, as ISO 8601 to the second.
std::string utcTimestampNow();
std::string utcTimestamp(std::chrono::system_clock::time_point time);

} // namespace headroom::project
