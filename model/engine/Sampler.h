#pragma once

#include "engine/Model.h"

#include <cstdint>
#include <string>
#include <vector>

namespace headroom::engine {

// The uncertain inputs of a model, found once, and how to draw them for a sample.
class Sampler
{
public:
    explicit Sampler(const Model& model);

    bool hasUncertainty() const { return !m_inputs.empty(); }

    // Stable ids ("users.monthly_growth") of the uncertain inputs, in a fixed order.
    std::vector<std::string> inputIds() const;

    // Overwrites each uncertain input's estimate in `model` (a copy of the one given to the
    // constructor) with its draw for `sample`, and drops its interval. Writes the drawn values,
    // in inputIds() order, to `drawn` when given.
    void drawInto(Model& model, std::uint64_t seed, std::uint64_t sample, std::vector<double>* drawn = nullptr) const;

private:
    struct Input
    {
        std::size_t visitIndex; // position in forEachQuantity's order
        std::uint64_t stream;
        std::string id;
    };
    std::vector<Input> m_inputs;
};

} // namespace headroom::engine
