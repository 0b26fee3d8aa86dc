#pragma once

#include "engine/Model.h"
#include "engine/Validation.h"

#include <nlohmann/json.hpp>

#include <optional>
#include <string>
#include <vector>

// The model's JSON form (`.headroom.json`, docs/file-format.md): readable, diffable, and
// lossless: modelFromJson(modelToJson(m)) == m for every model.
namespace headroom::project {

inline constexpr const char* kJsonFormatName = "headroom-project";
inline constexpr int kJsonFormatVersion = 1;

// Bounds on untrusted input, well above any real model.
inline constexpr std::size_t kMaxListLength = 10'000;
inline constexpr std::size_t kMaxTextLength = 1'000;

// Keys in a fixed, readable order (format first, then the model top-down), so files diff well.
nlohmann::ordered_json modelToJson(const engine::Model& model);

// Reads a model from parsed JSON. Problems name the field ("components[api].scaling.min_instances")
// and say what is wrong; the model is returned only when there are none. Values are checked for
// type and presence here; their ranges are the engine's validate()'s concern.
struct ModelParse
{
    std::optional<engine::Model> model;
    std::vector<engine::Problem> problems;
};
ModelParse modelFromJson(const nlohmann::json& document);

// One scaling policy as compact JSON text, and back (problems named under `path`): how the
// SQLite store keeps a scenario's scaling override.
std::string scalingToJsonText(const engine::ScalingPolicy& scaling);
std::optional<engine::ScalingPolicy> scalingFromJsonText(const std::string& text, const std::string& path,
                                                         std::vector<engine::Problem>& problems);

} // namespace headroom::project
