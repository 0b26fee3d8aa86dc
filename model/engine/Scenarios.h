#pragma once

#include "engine/Model.h"
#include "engine/Validation.h"

#include <optional>
#include <string>
#include <vector>

namespace headroom::engine {

// The model a scenario describes: the base with the scenario's overrides applied, and without
// any scenarios of its own. Problems name the override that could not be applied
// ("scenarios[shard].quantities[0].path"); the result is returned only when there are none.
struct ScenarioModel
{
    std::optional<Model> model;
    std::vector<Problem> problems;
};
ScenarioModel applyScenario(const Model& base, const Scenario& scenario);

// applyScenario by id; an unknown id is a problem on "scenario".
ScenarioModel applyScenario(const Model& base, const std::string& scenarioId);

} // namespace headroom::engine
