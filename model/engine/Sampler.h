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
    //
    // A curve's seasonality has mean 1 (validation holds its estimates' mean within 0.1% of it): where
    // any of its 12 multipliers is drawn, all 12 are then scaled so that their mean is their
    // estimates' mean again, so that uncertainty reshapes the season without changing the year's
    // total. `drawn` keeps each multiplier's draw before that scaling.
    void drawInto(Model& model, std::uint64_t seed, std::uint64_t sample, std::vector<double>* drawn = nullptr) const;

private:
    struct Input
    {
        std::size_t visitIndex; // position in forEachQuantity's order
        std::uint64_t stream;
        std::string id;
    };
    std::vector<Input> m_inputs;
    std::vector<std::size_t> m_seasons; // where each seasonality with a drawn multiplier starts, in that order
};

} // namespace headroom::engine
