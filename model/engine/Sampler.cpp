#include "engine/Sampler.h"

#include "engine/QuantityFields.h"

#include <array>

namespace headroom::engine {

namespace {
constexpr std::size_t kSeasonMonths = 12;

// A seasonality's multiplier: the only list item whose item is the number itself.
bool isSeasonality(const FieldPath& path)
{
    return path.item && path.itemField.empty() && path.field.ends_with("seasonality");
}

// The 12 multipliers of a seasonality as the walk passes them, January first, with their estimates'
// sum taken before any is drawn: once December is passed, scales the drawn 12 back to that sum.
class SeasonScaling
{
public:
    void pass(std::size_t month, Quantity& q)
    {
        if (month == 0) {
            m_passed = 0;
            m_estimates = 0.0;
        }
        m_months[month] = &q;
        m_estimates += q.estimate;
        ++m_passed;
    }
    void rescale() const
    {
        if (m_passed != kSeasonMonths) // not a whole season: validation refuses such a model
            return;
        double drawn = 0.0;
        for (const Quantity* q : m_months)
            drawn += q->estimate; // each drawn one clipped above 0
        const double factor = m_estimates / drawn;
        for (Quantity* q : m_months)
            q->estimate *= factor;
    }

private:
    std::array<Quantity*, kSeasonMonths> m_months{};
    std::size_t m_passed = 0;
    double m_estimates = 0.0;
};
} // namespace

Sampler::Sampler(const Model& model)
{
    std::size_t index = 0;
    forEachQuantity(model, [&](const FieldPath& path, const Quantity& q, const ValidRange&, bool used) {
        if (used && q.interval90 && q.interval90->hi > q.interval90->lo) {
            std::string id = path.toString();
            const std::uint64_t stream = streamOf(id);
            m_inputs.push_back({index, stream, std::move(id)});
            // Validation holds a seasonality at 12 multipliers; only such a one is scaled back.
            if (isSeasonality(path) && *path.item < kSeasonMonths) {
                const std::size_t january = index - *path.item;
                if (m_seasons.empty() || m_seasons.back() != january)
                    m_seasons.push_back(january);
            }
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
    auto season = m_seasons.begin();
    SeasonScaling scaling;
    forEachQuantity(model, [&](const FieldPath& path, Quantity& q, const ValidRange& range, bool) {
        const bool inSeason = season != m_seasons.end() && index >= *season && index - *season < kSeasonMonths;
        if (inSeason && isSeasonality(path) && *path.item == index - *season)
            scaling.pass(*path.item, q);
        if (next != m_inputs.end() && next->visitIndex == index) {
            const double z = normalQuantile(uniformOpen01(seed, next->stream, sample));
            q.estimate = drawQuantity(q, z, range);
            q.interval90.reset();
            if (drawn)
                drawn->push_back(q.estimate);
            ++next;
        }
        if (inSeason && index - *season == kSeasonMonths - 1) {
            scaling.rescale();
            ++season;
        }
        ++index;
    });
}

} // namespace headroom::engine
