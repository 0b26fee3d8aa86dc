#include "engine/Scenarios.h"

#include "engine/QuantityFields.h"

namespace headroom::engine {

ScenarioModel applyScenario(const Model& base, const Scenario& scenario)
{
    ScenarioModel out;
    Model m = base;
    m.scenarios.clear();
    const std::string prefix = "scenarios[" + scenario.id + "]";
    // Policies first: a path override of the same component applies on top of its new policy.
    for (std::size_t i = 0; i < scenario.scalings.size(); ++i) {
        const ScalingOverride& o = scenario.scalings[i];
        Component* target = nullptr;
        for (Component& c : m.components)
            if (c.id == o.component)
                target = &c;
        if (target)
            target->scaling = o.scaling;
        else
            out.problems.push_back({prefix + ".scalings[" + std::to_string(i) + "].component",
                                    "names no component: \"" + o.component + "\""});
    }
    for (std::size_t i = 0; i < scenario.quantities.size(); ++i) {
        const QuantityOverride& o = scenario.quantities[i];
        bool found = false;
        bool used = false;
        forEachQuantity(m, [&](const FieldPath& path, Quantity& q, const ValidRange&, bool inUse) {
            if (!found && path.toString() == o.path) {
                q = o.value;
                found = true;
                used = inUse;
            }
        });
        if (!found)
            out.problems.push_back({prefix + ".quantities[" + std::to_string(i) + "].path",
                                    "names no numeric input of the model: \"" + o.path + "\""});
        else if (!used)
            out.problems.push_back({prefix + ".quantities[" + std::to_string(i) + "].path",
                                    "names an input the model does not use (the curve or policy has no such "
                                    "parameter): \"" + o.path + "\""});
    }
    if (out.problems.empty())
        out.model = std::move(m);
    return out;
}

ScenarioModel applyScenario(const Model& base, const std::string& scenarioId)
{
    if (const Scenario* s = base.findScenario(scenarioId))
        return applyScenario(base, *s);
    return {std::nullopt, {{"scenario", "names no scenario of the model: \"" + scenarioId + "\""}}};
}

} // namespace headroom::engine
