#include "engine/Sampler.h"

#include "engine/QuantityFields.h"

namespace headroom::engine {

Sampler::Sampler(const Model& model)
{
    std::size_t index = 0;
    forEachQuantity(model, [&](const FieldPath& path, const Quantity& q, const ValidRange&, bool used) {
        if (used && q.interval90 && q.interval90->hi > q.interval90->lo) {
            std::string id = path.toString();
            const std::uint64_t stream = streamOf(id);
            m_inputs.push_back({index, stream, std::move(id)});
        }
        ++index;
    });
}

std::vector<std::string> Sampler::inputIds() const
{
    std::vector<std::string> ids;
    for (const Input& in : m_inputs)
        ids.push_back(in.id);
    return ids;
}

void Sampler::drawInto(Model& model, std::uint64_t seed, std::uint64_t sample, std::vector<double>* drawn) const
{
    if (drawn)
        drawn->clear();
    std::size_t index = 0;
    auto next = m_inputs.begin();
    forEachQuantity(model, [&](const FieldPath&, Quantity& q, const ValidRange& range, bool) {
        if (next != m_inputs.end() && next->visitIndex == index) {
            const double z = normalQuantile(uniformOpen01(seed, next->stream, sample));
            q.estimate = drawQuantity(q, z, range);
            q.interval90.reset();
            if (drawn)
                drawn->push_back(q.estimate);
            ++next;
        }
        ++index;
    });
}

} // namespace headroom::engine
