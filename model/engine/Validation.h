#pragma once

#include <string>
#include <vector>

namespace headroom::engine {

struct Model;

// One thing wrong with a model: the field, as a path in the file format's names
// ("components[api].scaling.target_utilization"), and what is wrong with it.
struct Problem
{
    std::string field;
    std::string message;

    std::string toString() const { return field + ": " + message; }
    bool operator==(const Problem&) const = default;
};

// Every problem in the model at once; empty when the engine can run it. Nothing the engine is
// given past this check can produce a NaN or an infinity.
std::vector<Problem> validate(const Model& model);

} // namespace headroom::engine
