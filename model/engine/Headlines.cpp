#include "engine/Headlines.h"

namespace headroom::engine {

Headlines headlines(const Results& r)
{
    Headlines h;
    for (const Bottleneck& b : r.bottlenecks)
        if (b.medianFirstMonth) {
            h.firstBottleneck = b; // bottlenecks come sorted by median first month
            break;
        }
    for (const Bottleneck& b : r.bottlenecks)
        if (!h.likeliestBottleneck || b.probabilityByHorizon() > h.likeliestBottleneck->probabilityByHorizon())
            h.likeliestBottleneck = b;
    if (r.months <= 0)
        return h;
    const Eigen::Index last = r.months - 1;
    h.costPerUserStart = costPerUserAt(r, 0).value_or(0.0);
    h.costPerUserHorizon = costPerUserAt(r, int(last)).value_or(0.0);
    if (const SeriesSummary* cost = findSeries(r.totals, keys::kCost))
        h.totalSpend = cost->mean.sum();
    if (const SeriesSummary* users = findSeries(r.totals, keys::kUsers))
        h.usersHorizon = users->p50[last];
    Series instances = Series::Zero(r.months);
    for (const ComponentResult& c : r.components)
        if (const SeriesSummary* n = findSeries(c.series, keys::kInstances))
            instances += n->p50;
    h.peakInstances = instances.maxCoeff();
    if (const SeriesSummary* people = findSeries(r.totals, keys::kHeadcount))
        h.peakHeadcount = people->p50.maxCoeff();
    return h;
}

std::optional<double> costPerUserAt(const Results& r, int month)
{
    const SeriesSummary* cpu = findSeries(r.totals, keys::kCostPerUser);
    if (!cpu || month < 0 || month >= cpu->p50.size())
        return std::nullopt;
    return cpu->p50[month];
}

} // namespace headroom::engine
