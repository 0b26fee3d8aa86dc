#include "engine/Engine.h"

#include "engine/Version.h"
#include "engine/Capacity.h"
#include "engine/EnumNames.h"
#include "engine/Model.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace headroom::engine {

namespace {

constexpr detail::NameTable<BottleneckKind, 4> kBottleneckKindNames{{
    {BottleneckKind::OverTargetUtilization, "over_target_utilization"},
    {BottleneckKind::Saturated, "saturated"},
    {BottleneckKind::MaxInstancesReached, "max_instances_reached"},
    {BottleneckKind::ScalabilityCeiling, "scalability_ceiling"},
}};

std::string percent(double fraction)
{
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.0f%%", fraction * 100.0);
    return buffer;
}

// One component's month-by-month series in a deterministic projection.
struct ComponentSeries
{
    Series arrival;
    Series instances;
    Series utilization;
    Series cost;
};

// Peak arrival rate at each component from the request classes that enter there:
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

// Records the first month a condition holds, as a deterministic bottleneck (probability 0 or 1).
class BottleneckRecorder
{
public:
    BottleneckRecorder(const YearMonth& start, int months) : m_start(start), m_months(months) {}

    bool seen(const std::string& subject, BottleneckKind kind) const
    {
        return std::any_of(m_found.begin(), m_found.end(),
                           [&](const Bottleneck& b) { return b.subject == subject && b.kind == kind; });
    }

    void record(const std::string& subject, BottleneckKind kind, int month, double value, double threshold,
                std::string message)
    {
        if (seen(subject, kind))
            return;
        Bottleneck b;
        b.subject = subject;
        b.kind = kind;
        b.message = std::move(message);
        b.value = value;
        b.threshold = threshold;
        b.probabilityByMonth = Series::Zero(m_months);
        b.probabilityByMonth.tail(m_months - month).setOnes();
        b.medianFirstMonth = month;
        m_found.push_back(std::move(b));
    }

    std::string label(int month) const { return m_start.plusMonths(month).toString(); }

    std::vector<Bottleneck> take()
    {
        std::stable_sort(m_found.begin(), m_found.end(), [](const Bottleneck& a, const Bottleneck& b) {
            return a.medianFirstMonth.value_or(INT32_MAX) < b.medianFirstMonth.value_or(INT32_MAX);
        });
        return std::move(m_found);
    }

private:
    YearMonth m_start;
    int m_months;
    std::vector<Bottleneck> m_found;
};

void recordSizing(BottleneckRecorder& rec, const Component& c, const PoolParameters& pool, const Sizing& s,
                  double arrival, int month)
{
    const std::string when = rec.label(month);
    if (s.utilization > pool.targetUtilization)
        rec.record(c.id, BottleneckKind::OverTargetUtilization, month, s.utilization, pool.targetUtilization,
                   c.name + " runs at " + percent(s.utilization) + " utilization in " + when + ", above its " +
                       percent(pool.targetUtilization) + " target.");
    if (s.utilization >= 1.0)
        rec.record(c.id, BottleneckKind::Saturated, month, s.utilization, 1.0,
                   c.name + " is saturated in " + when + ": peak demand is " + percent(s.utilization) + " of what " +
                       std::to_string(s.instances) + " instances can serve.");
    if (s.atMaximum)
        rec.record(c.id, BottleneckKind::MaxInstancesReached, month, s.instances, pool.maxInstances,
                   c.name + " reaches its maximum of " + std::to_string(pool.maxInstances) + " instances in " +
                       when + ".");
    if (s.atScalabilityPeak)
        rec.record(c.id, BottleneckKind::ScalabilityCeiling, month, arrival, s.capacity * pool.targetUtilization,
                   c.name + " hits its scalability ceiling in " + when + ": past " + std::to_string(s.instances) +
                       " instances, adding more would lower its throughput.");
}

ComponentSeries projectComponent(const Model& model, const Component& c, const Series& users,
                                 BottleneckRecorder& rec)
{
    const int months = static_cast<int>(users.size());
    const InstanceType* type = model.findInstanceType(c.scaling.instanceType);
    const double monthlyPrice = type->pricePerHour.estimate * kHoursPerMonth;
    const PoolParameters pool = poolOf(c.scaling);
    ComponentSeries out{peakArrivals(model, c, users), Series(months), Series(months), Series(months)};
    for (int t = 0; t < months; ++t) {
        const double lambda = out.arrival[t];
        const Sizing s = c.scaling.kind == ScalingKind::Fixed ? sizeFixed(lambda, c.scaling.fixedInstances, pool)
                                                               : sizeHorizontal(lambda, pool);
        out.instances[t] = s.instances;
        out.utilization[t] = s.utilization;
        out.cost[t] = s.instances * monthlyPrice;
        recordSizing(rec, c, pool, s, lambda, t);
    }
    return out;
}

} // namespace

std::string_view toString(BottleneckKind kind) { return detail::nameOf(kBottleneckKindNames, kind); }
std::optional<BottleneckKind> bottleneckKindFromString(std::string_view text)
{
    return detail::valueOf(kBottleneckKindNames, text);
}

bool Bottleneck::operator==(const Bottleneck& other) const
{
    return subject == other.subject && kind == other.kind && message == other.message && value == other.value &&
           threshold == other.threshold && medianFirstMonth == other.medianFirstMonth &&
           probabilityByMonth.size() == other.probabilityByMonth.size() &&
           (probabilityByMonth == other.probabilityByMonth).all();
}

std::vector<std::string> Results::monthLabels() const
{
    std::vector<std::string> labels;
    labels.reserve(static_cast<std::size_t>(months));
    for (int t = 0; t < months; ++t)
        labels.push_back(start.plusMonths(t).toString());
    return labels;
}

RunOutcome run(const Model& model, const RunOptions& options)
{
    RunOutcome outcome;
    outcome.problems = validate(model);
    if (!outcome.problems.empty())
        return outcome;

    const int months = model.horizonMonths;
    const Series users = evaluate(model.users, months);
    Results r;
    r.engineVersion = kVersion;
    r.seed = options.seed;
    r.samples = 1;
    r.start = model.start;
    r.months = months;

    BottleneckRecorder rec(model.start, months);
    Series totalCost = Series::Zero(months);
    for (const Component& c : model.components) {
        const ComponentSeries s = projectComponent(model, c, users, rec);
        totalCost += s.cost;
        r.components.push_back({c.id,
                                c.name,
                                {{keys::kArrivalRate, summariseDeterministic(s.arrival)},
                                 {keys::kInstances, summariseDeterministic(s.instances)},
                                 {keys::kUtilization, summariseDeterministic(s.utilization)},
                                 {keys::kCost, summariseDeterministic(s.cost)}}});
    }
    r.totals = {{keys::kUsers, summariseDeterministic(users)},
                {keys::kCost, summariseDeterministic(totalCost)},
                {keys::kCostPerUser, summariseDeterministic(totalCost / users)}};
    r.bottlenecks = rec.take();
    outcome.results = std::move(r);
    return outcome;
}

} // namespace headroom::engine
