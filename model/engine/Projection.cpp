#include "engine/Projection.h"

#include "engine/Capacity.h"
#include "engine/Model.h"

#include <cstdio>

namespace headroom::engine {

namespace {

std::string percent(double fraction)
{
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.0f%%", fraction * 100.0);
    return buffer;
}

// Peak arrival rate at a component from the request classes that enter there:
// λ(t) = Σ_k U(t)·q_k·p_k / 86 400, per second.
Series peakArrivals(const Model& model, const Component& component, const Series& users)
{
    Series lambda = Series::Zero(users.size());
    for (const RequestClass& rc : model.requestClasses)
        if (rc.entryComponent == component.id)
            lambda += users * (rc.requestsPerUserPerDay.estimate * rc.peakToAverage.estimate / kSecondsPerDay);
    return lambda;
}

PoolParameters poolOf(const ScalingPolicy& s)
{
    PoolParameters pool;
    pool.capacityPerInstance = s.capacityPerInstance.estimate;
    pool.targetUtilization = s.targetUtilization.estimate;
    pool.usl = {s.usl.sigma.estimate, s.usl.kappa.estimate};
    pool.minInstances = s.minInstances;
    pool.maxInstances = s.maxInstances;
    return pool;
}

// Records the first month of each (component, kind).
class EventRecorder
{
public:
    explicit EventRecorder(std::vector<BottleneckEvent>& events) : m_events(events) {}

    void record(int component, BottleneckKind kind, int month, double value, double threshold, int instances)
    {
        for (const BottleneckEvent& e : m_events)
            if (e.component == component && e.kind == kind)
                return;
        m_events.push_back({component, kind, month, value, threshold, instances});
    }

private:
    std::vector<BottleneckEvent>& m_events;
};

void recordSizing(EventRecorder& rec, int component, const PoolParameters& pool, const Sizing& s, double arrival,
                  int month)
{
    if (s.utilization > pool.targetUtilization)
        rec.record(component, BottleneckKind::OverTargetUtilization, month, s.utilization, pool.targetUtilization,
                   s.instances);
    if (s.utilization >= 1.0)
        rec.record(component, BottleneckKind::Saturated, month, s.utilization, 1.0, s.instances);
    if (s.atMaximum)
        rec.record(component, BottleneckKind::MaxInstancesReached, month, s.instances, pool.maxInstances,
                   s.instances);
    if (s.atScalabilityPeak)
        rec.record(component, BottleneckKind::ScalabilityCeiling, month, arrival, s.capacity * pool.targetUtilization,
                   s.instances);
}

} // namespace

SampleProjection projectSample(const Model& model)
{
    const int months = model.horizonMonths;
    const Series users = evaluate(model.users, months);
    SampleProjection out;
    out.components.reserve(model.components.size());
    EventRecorder rec(out.events);
    Series totalCost = Series::Zero(months);
    for (std::size_t ci = 0; ci < model.components.size(); ++ci) {
        const Component& c = model.components[ci];
        const InstanceType* type = model.findInstanceType(c.scaling.instanceType);
        const double monthlyPrice = type->pricePerHour.estimate * kHoursPerMonth;
        const PoolParameters pool = poolOf(c.scaling);
        Series arrival = peakArrivals(model, c, users);
        Series instances(months), utilization(months), cost(months);
        for (int t = 0; t < months; ++t) {
            const Sizing s = c.scaling.kind == ScalingKind::Fixed ? sizeFixed(arrival[t], c.scaling.fixedInstances, pool)
                                                                   : sizeHorizontal(arrival[t], pool);
            instances[t] = s.instances;
            utilization[t] = s.utilization;
            cost[t] = s.instances * monthlyPrice;
            recordSizing(rec, int(ci), pool, s, arrival[t], t);
        }
        totalCost += cost;
        out.components.push_back({std::move(arrival), std::move(instances), std::move(utilization), std::move(cost)});
    }
    out.totals = {users, totalCost, totalCost / users};
    return out;
}

std::string bottleneckMessage(const Model& model, const BottleneckEvent& e)
{
    const std::string name = model.components.at(std::size_t(e.component)).name;
    const std::string when = model.start.plusMonths(e.month).toString();
    switch (e.kind) {
    case BottleneckKind::OverTargetUtilization:
        return name + " runs at " + percent(e.value) + " utilization in " + when + ", above its " +
               percent(e.threshold) + " target.";
    case BottleneckKind::Saturated:
        return name + " is saturated in " + when + ": peak demand is " + percent(e.value) + " of what " +
               std::to_string(e.instances) + " instances can serve.";
    case BottleneckKind::MaxInstancesReached:
        return name + " reaches its maximum of " + std::to_string(e.instances) + " instances in " + when + ".";
    case BottleneckKind::ScalabilityCeiling:
        return name + " hits its scalability ceiling in " + when + ": past " + std::to_string(e.instances) +
               " instances, adding more would lower its throughput.";
    }
    return name + " has a bottleneck in " + when + ".";
}

} // namespace headroom::engine
