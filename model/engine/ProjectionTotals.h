#pragma once

#include "engine/EigenTypes.h"
#include "engine/Projection.h"

#include <optional>
#include <vector>

// Internal to projectSample() (Projection.cpp): a sample's model-wide series, its team and its
// costs, and what the components' projection shares with them. Not the engine's interface.
namespace headroom::engine {

struct Model;
struct Curve;
struct RequestClass;

namespace detail {

// Records the first month of each (subject, kind).
class EventRecorder
{
public:
    explicit EventRecorder(std::vector<BottleneckEvent>& events) : m_events(events) {}

    void record(const BottleneckEvent& event)
    {
        // From the last: a condition that holds one month mostly holds the next, and was recorded
        // by the subject being projected, at the end.
        for (auto e = m_events.rbegin(); e != m_events.rend(); ++e)
            if (e->subjectKind == event.subjectKind && e->subject == event.subject && e->kind == event.kind)
                return;
        m_events.push_back(event);
    }

private:
    std::vector<BottleneckEvent>& m_events;
};

// The model-wide compute and storage costs, month by month, that each component adds its share to.
struct CostTotals
{
    Series compute;
    Series storage;
};

// Each month's multiplier on each kind of price (CostSettings' trends; 1 where a price holds).
struct PriceTrends
{
    Series compute;
    Series storage;
    Series egress;
    Series licences;
};

// The team's series: its totals in kTotalSeriesKeys' order from kHeadcount on (headcount, hires,
// team cost, recruiting cost, requisitions, hiring backlog), and each role's in kRoleSeriesKeys order.
struct TeamMonths
{
    std::vector<Series> totals;             // zeros when the model has no team
    std::vector<std::vector<Series>> roles; // [role of model.team.roles]
};

// A multiplier over time: a trend's curve, never negative (a drawn curve can dip below 0), or 1.
Series multiplierOf(const Model& model, const std::optional<Curve>& trend);
// A class's q(t)/q: its requests trend.
Series requestsTrendOf(const Model& model, const RequestClass& rc);
PriceTrends priceTrendsOf(const Model& model);

// The team's series, in total and per role, and its bottlenecks.
TeamMonths projectPeople(const Model& model, const Series& users, const std::vector<std::vector<Series>>& components,
                         EventRecorder& rec);

// The totals (kTotalSeriesKeys order) into `totals`, whose series keep their storage from the last
// sample, and the cost bottlenecks.
void projectCosts(const Model& model, const Series& users, const std::vector<std::vector<Series>>& components,
                  const TeamMonths& team, const PriceTrends& trends, const CostTotals& infrastructure,
                  EventRecorder& rec, std::vector<Series>& totals);

} // namespace detail
} // namespace headroom::engine
