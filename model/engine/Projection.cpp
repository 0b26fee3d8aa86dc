#include "engine/Projection.h"

#include "engine/Capacity.h"
#include "engine/DataGrowth.h"
#include "engine/Model.h"
#include "engine/ProjectionTotals.h"
#include "engine/Queueing.h"
#include "engine/TeamModel.h"
#include "engine/Traffic.h"

#include <algorithm>
#include <bit>
#include <cmath>
#include <cstdint>
#include <optional>

namespace headroom::engine {

namespace {

using detail::CostTotals;
using detail::EventRecorder;
using detail::PriceTrends;
using detail::requestsTrendOf;

int componentIndex(const Model& model, const std::string& id)
{
    for (std::size_t i = 0; i < model.components.size(); ++i)
        if (model.components[i].id == id)
            return int(i);
    return -1;
}

// The call graph with the sample's multipliers and hit ratios.
CallGraph callGraphOf(const Model& model)
{
    CallGraph graph;
    for (const Component& c : model.components) {
        graph.names.push_back(c.id);
        graph.hitRatio.push_back(c.kind == ComponentKind::Cache ? c.cacheHitRatio.estimate : 0.0);
    }
    for (const CallEdge& e : model.calls)
        graph.edges.push_back(
            {componentIndex(model, e.from), componentIndex(model, e.to), e.callsPerOperation.estimate, e.async});
    return graph;
}

// Operations per second per active user entering each component: at peak (with each class's
// peak-to-average factor) and on average. λ(t) = U(t)·q·p / 86 400. With `only`, that class alone.
void externalPerUser(const Model& model, Eigen::VectorXd& peak, Eigen::VectorXd& average,
                     const RequestClass* only = nullptr)
{
    const auto n = Eigen::Index(model.components.size());
    peak = Eigen::VectorXd::Zero(n);
    average = Eigen::VectorXd::Zero(n);
    for (const RequestClass& rc : model.requestClasses) {
        if (only && &rc != only)
            continue;
        const int entry = componentIndex(model, rc.entryComponent);
        const double perUser = rc.requestsPerUserPerDay.estimate / kSecondsPerDay;
        peak[entry] += perUser * rc.peakToAverage.estimate;
        average[entry] += perUser;
    }
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

void recordSizing(EventRecorder& rec, int component, const PoolParameters& pool, const Sizing& s, double arrival,
                  int month)
{
    const auto record = [&](BottleneckKind kind, double value, double threshold) {
        rec.record({SubjectKind::Component, component, kind, month, value, threshold, s.instances, false, 0});
    };
    if (s.utilization > pool.targetUtilization)
        record(BottleneckKind::OverTargetUtilization, s.utilization, pool.targetUtilization);
    if (s.utilization >= 1.0)
        record(BottleneckKind::Saturated, s.utilization, 1.0);
    if (s.atMaximum)
        record(BottleneckKind::MaxInstancesReached, s.instances, pool.maxInstances);
    if (s.atScalabilityPeak)
        record(BottleneckKind::ScalabilityCeiling, arrival, s.capacity * pool.targetUtilization);
}

// Response time of one instance of a pool, as an M/M/c queue: c servers (the configured
// concurrency, or the type's vCPUs), fed λ/n, each serving μ = X(n)/(n·c): the instance's share
// of the pool's USL throughput. Milliseconds, capped at kLatencyCeilingMs when unstable.
void latencyOf(double arrival, const Sizing& s, int servers, double& meanMs, double& p95Ms)
{
    const ResponseTimes q = pooledResponseTimes(arrival, s.capacity, s.instances, servers);
    meanMs = q.stable ? std::min(q.meanSeconds * 1000.0, kLatencyCeilingMs) : kLatencyCeilingMs;
    p95Ms = q.stable ? std::min(q.p95Seconds * 1000.0, kLatencyCeilingMs) : kLatencyCeilingMs;
}

// What sizing a component needs, resolved once per sample: its pool and its instance types
// (one, or the vertical ladder's).
struct ComponentPlan
{
    PoolParameters pool;
    int ceiling = 1; // horizontalCeiling(pool): the same for a pool slowed by its working set
    std::vector<const InstanceType*> types;
    std::vector<int> servers; // per type: an instance's M/M/c servers, its concurrency or its vCPUs
    std::vector<double> ladderVcpus;
    double perVcpuDivisor = 1.0; // a working set beyond memory slows every core
};

// Into `plan`, whose vectors keep their storage from the last component.
void planOf(const Model& model, const Component& c, ComponentPlan& plan)
{
    plan.pool = poolOf(c.scaling);
    plan.ceiling = horizontalCeiling(plan.pool);
    plan.types.clear();
    plan.servers.clear();
    plan.ladderVcpus.clear();
    plan.perVcpuDivisor = 1.0;
    if (!climbsLadder(c.scaling.kind)) {
        plan.types.push_back(model.findInstanceType(c.scaling.instanceType));
    } else {
        for (const std::string& id : c.scaling.ladder) {
            plan.types.push_back(model.findInstanceType(id));
            plan.ladderVcpus.push_back(plan.types.back()->vcpu);
        }
    }
    // Once a sample, not once a month (a libm call each: 2% of a run's instructions).
    for (const InstanceType* type : plan.types)
        plan.servers.push_back(c.scaling.concurrency > 0 ? c.scaling.concurrency
                                                         : std::max(1, int(std::lround(type->vcpu))));
}

struct Sized
{
    Sizing sizing;
    int step = 0; // index into ComponentPlan::types
    bool atVerticalCeiling = false;
};

Sized size(const ScalingPolicy& s, const ComponentPlan& plan, double arrival,
           const std::vector<double>* stepSlowdown = nullptr)
{
    switch (s.kind) {
    case ScalingKind::Fixed:
        return {sizeFixed(arrival, s.fixedInstances, plan.pool), 0, false};
    case ScalingKind::Horizontal:
        return {sizeHorizontal(arrival, plan.pool, plan.ceiling), 0, false};
    case ScalingKind::Vertical:
    case ScalingKind::Sharded: { // a shard is a vertical group; the caller gives it its share of λ
        const VerticalSizing v = sizeVertical(arrival, plan.ladderVcpus, s.capacityPerVcpu.estimate / plan.perVcpuDivisor,
                                              s.replicas, plan.pool.targetUtilization, plan.pool.usl, stepSlowdown);
        return {v.sizing, v.step, v.atVerticalCeiling};
    }
    }
    return {};
}

void projectClasses(const Model& model, const TrafficSolver& traffic, SampleProjection& out, EventRecorder& rec)
{
    const int months = model.horizonMonths;
    const Eigen::MatrixXd& visits = traffic.synchronousVisits(); // async calls add no wait to the request
    out.classes.resize(model.requestClasses.size());
    for (std::size_t k = 0; k < model.requestClasses.size(); ++k) {
        const RequestClass& rc = model.requestClasses[k];
        const int entry = componentIndex(model, rc.entryComponent);
        // End to end: Σ_j visits_j · R_j. The p95 sums the components' p95s, an upper bound.
        out.classes[k].resize(kClassSeriesCount);
        Series& mean = out.classes[k][0];
        Series& p95 = out.classes[k][1];
        mean.setZero(months);
        p95.setZero(months);
        for (std::size_t j = 0; j < model.components.size(); ++j) {
            const double v = visits(Eigen::Index(j), entry);
            if (v <= 0.0)
                continue;
            mean += v * out.components[j][kLatencyIndex];
            p95 += v * out.components[j][kLatencyP95Index];
        }
        mean = mean.min(kLatencyCeilingMs);
        p95 = p95.min(kLatencyCeilingMs);
        for (int t = 0; t < months; ++t) {
            const bool meanMissed = rc.sloMeanMs && mean[t] > *rc.sloMeanMs;
            const bool p95Missed = rc.sloP95Ms && p95[t] > *rc.sloP95Ms;
            if (meanMissed || p95Missed) {
                rec.record({SubjectKind::RequestClass, int(k), BottleneckKind::LatencySloBreached, t,
                            meanMissed ? mean[t] : p95[t], meanMissed ? *rc.sloMeanMs : *rc.sloP95Ms, 0, !meanMissed,
                            0});
                break;
            }
        }
    }
}

// A hot set beyond memory is a bottleneck once it makes operations 10% slower: below that, the
// slowdown shows in latency and sizing but is not worth a headline.
constexpr double kWorkingSetSlowdownThreshold = 1.1;
constexpr int kWorkingSetPasses = 4;
// A backlog that would take longer than a week to drain is reported as a week: it never drains.
constexpr double kMaxDrainMinutes = 7.0 * 24.0 * 60.0;

// What the component stores, month by month (zero for components that store nothing).
struct DataMonths
{
    Series primaryGb; // one copy
    Series storedGb;  // replicas included
    BackupTimes backup;
    Series shards;
};

// Into `d`, whose series keep their storage from the last component.
void dataOf(const Model& model, const Component& c, const Series& users, const Series& arrival, DataMonths& d)
{
    const auto months = users.size();
    if (!c.data) {
        d.primaryGb.setZero(months);
        d.storedGb.setZero(months);
        d.backup.backupHours.setZero(months);
        d.backup.restoreHours.setZero(months);
        d.backup.firstMonthOverBackupWindow.reset();
        d.backup.firstMonthOverRto.reset();
        d.shards.setOnes(months);
        return;
    }
    const DataParameters& g = c.data->growth;
    // With an ingest trend, the users' ingest weighs by it (never negative: a drawn curve can dip).
    std::optional<Series> ingesting;
    if (c.data->ingestTrend)
        ingesting = users * evaluate(*c.data->ingestTrend, int(months), model.start.month).max(0.0);
    const Series* in = ingesting ? &*ingesting : nullptr;
    d.primaryGb = primaryDataGb(g, users, in);
    d.storedGb = storedDataGb(g, users, in);
    d.backup = backupTimes(g, d.primaryGb);
    if (c.scaling.kind == ScalingKind::Sharded)
        d.shards = shardCount(g, d.primaryGb, arrival * c.data->writeShare.estimate);
    else
        d.shards.setOnes(months);
}

// The service-time multiplier of a working set beyond the memory of `nodes` nodes (DataGrowth.h).
double missMultiplier(const Component& c, double primaryGb, double shards, double nodes, double memoryGb)
{
    if (!c.data || c.data->growth.workingSetFraction.estimate <= 0.0 || c.data->growth.missPenalty.estimate <= 1.0)
        return 1.0;
    return serviceTimeMultiplier(c.data->growth, primaryGb, nodes, memoryGb, kDefaultCacheableShareOfMemory, shards);
}

// `plan` with every node slowed by `multiplier` (capacity divided by it), into `slowed`.
const ComponentPlan& slowedBy(const ComponentPlan& plan, double multiplier, ComponentPlan& slowed)
{
    slowed = plan; // its vectors keep their storage
    slowed.pool.capacityPerInstance /= multiplier;
    slowed.perVcpuDivisor *= multiplier;
    return slowed;
}

// Per user and month, what reaches a component: what it is sized for, at peak through every edge,
// on average.
struct LoadPerUser
{
    Series design;
    Series peak;
    Series average;
};

// Every component's LoadPerUser. The traffic equations are linear: with no requests trend, one
// solve for all classes together holds for every month; with trends, each class is solved alone
// and weighted by its trend month by month.
// Into `loads`, whose series keep their storage from the last sample.
void loadsPerUser(const Model& model, const TrafficSolver& solver, std::vector<LoadPerUser>& loads)
{
    const int months = model.horizonMonths;
    const std::size_t n = model.components.size();
    Eigen::VectorXd peak, average;
    const bool trends = std::any_of(model.requestClasses.begin(), model.requestClasses.end(),
                                    [](const RequestClass& rc) { return rc.requestsTrend.has_value(); });
    loads.resize(n);
    if (!trends) {
        externalPerUser(model, peak, average);
        const DesignLoad d = solver.designLoad(peak, average);
        for (std::size_t j = 0; j < n; ++j) {
            const auto i = Eigen::Index(j);
            loads[j].design.setConstant(months, d.design[i]);
            loads[j].peak.setConstant(months, d.peak[i]);
            loads[j].average.setConstant(months, d.average[i]);
        }
        return;
    }
    for (LoadPerUser& l : loads) {
        l.design.setZero(months);
        l.peak.setZero(months);
        l.average.setZero(months);
    }
    for (const RequestClass& rc : model.requestClasses) {
        externalPerUser(model, peak, average, &rc);
        const DesignLoad d = solver.designLoad(peak, average);
        const Series trend = requestsTrendOf(model, rc);
        for (std::size_t j = 0; j < n; ++j) {
            const auto i = Eigen::Index(j);
            loads[j].design += trend * d.design[i];
            loads[j].peak += trend * d.peak[i];
            loads[j].average += trend * d.average[i];
        }
    }
}

// What projecting a component needs from one to the next, kept by each thread from one sample to
// the next so that their storage is allocated once (a sample of DESIGN.md's reference model
// allocated about 320 blocks before).
struct Scratch
{
    std::vector<LoadPerUser> loads;
    ComponentPlan plan;
    ComponentPlan slowed;
    DataMonths data;
    std::vector<double> stepSlowdown;
};

// One component's month-by-month series into `series` (kComponentSeriesKeys order; its Series are
// resized, and reuse their storage when a previous sample left them the right size), and its share
// of the costs added to `totals`.
void projectComponent(const Model& model, int ci, const Series& users, const LoadPerUser& loadPerUser,
                      const PriceTrends& trends, EventRecorder& rec, std::vector<Series>& series, CostTotals& totals,
                      Scratch& scratch)
{
    const Component& c = model.components[std::size_t(ci)];
    const int months = int(users.size());
    series.resize(kComponentSeriesCount);
    for (Series& s : series)
        s.resize(months); // every month of each is written below; only the drain time is 0 by default
    series[kQueueDrainIndex].setZero();
    series[kArrivalIndex] = users * loadPerUser.design;
    const Series& arrival = series[kArrivalIndex];
    ComponentPlan& plan = scratch.plan;
    planOf(model, c, plan);
    DataMonths& data = scratch.data;
    dataOf(model, c, users, arrival, data);
    const double storagePrice = c.data ? c.data->storagePricePerGbMonth.estimate : 0.0;
    std::vector<double>& stepSlowdown = scratch.stepSlowdown;
    stepSlowdown.assign(plan.types.size(), 1.0);
    for (int t = 0; t < months; ++t) {
        const double shards = data.shards[t];
        const double load = arrival[t] / shards; // shards split the load evenly
        // Data beyond the memory of the nodes slows every operation. A ladder weighs each type with
        // its own memory; a pool is sized, then sized again for the slowdown its nodes' memory gives.
        Sized sized;
        double slowdown = 1.0;
        if (plan.ladderVcpus.empty()) {
            // A pool partitions its hot set across its instances: more instances, more memory. Size,
            // measure the slowdown at that size, and size again until the count settles.
            sized = size(c.scaling, plan, load);
            double sizedFor = 1.0; // the slowdown `sized` was sized for
            const double memoryGb = plan.types[std::size_t(sized.step)]->memoryGb;
            for (int pass = 0; pass < kWorkingSetPasses; ++pass) {
                slowdown = missMultiplier(c, data.primaryGb[t], shards, sized.sizing.instances, memoryGb);
                if (slowdown == sizedFor)
                    break; // sizing again would give `sized` again (no data in memory: the first pass, always)
                const Sized again = size(c.scaling, slowedBy(plan, slowdown, scratch.slowed), load);
                const bool settled = again.sizing.instances == sized.sizing.instances;
                sized = again;
                sizedFor = slowdown;
                if (settled)
                    break;
            }
            slowdown = missMultiplier(c, data.primaryGb[t], shards, sized.sizing.instances, memoryGb);
        } else {
            // Replicas hold the same data: one node's memory, whatever the replica count.
            for (std::size_t step = 0; step < plan.types.size(); ++step)
                stepSlowdown[step] = missMultiplier(c, data.primaryGb[t], shards, 1.0, plan.types[step]->memoryGb);
            sized = size(c.scaling, plan, load, &stepSlowdown);
            slowdown = stepSlowdown[std::size_t(sized.step)];
        }
        if (slowdown > kWorkingSetSlowdownThreshold)
            rec.record({SubjectKind::Component, ci, BottleneckKind::WorkingSetBeyondMemory, t, slowdown,
                        kWorkingSetSlowdownThreshold, sized.sizing.instances, false, 0});
        const InstanceType* type = plan.types[std::size_t(sized.step)];
        const Sizing& s = sized.sizing;
        const int servers = plan.servers[std::size_t(sized.step)];
        series[kInstancesIndex][t] = s.instances * shards;
        series[kInstanceTypeStepIndex][t] = sized.step;
        series[kUtilizationIndex][t] = s.utilization;
        latencyOf(load, s, servers, series[kLatencyIndex][t], series[kLatencyP95Index][t]);
        const double reservedFactor = 1.0 - model.costs.reservedShare.estimate * type->reservedDiscount.estimate;
        const double computeCost =
            s.instances * shards * type->pricePerHour.estimate * kHoursPerMonth * reservedFactor * trends.compute[t];
        const double storageCost = data.storedGb[t] * storagePrice * trends.storage[t];
        series[kCostIndex][t] = computeCost + storageCost;
        totals.compute[t] += computeCost;
        totals.storage[t] += storageCost;
        recordSizing(rec, ci, plan.pool, s, load, t);
        // Behind a queue (sized below its peak): the day's peak backlog, and how long it takes to drain.
        const double peakRate = users[t] * loadPerUser.peak[t];
        const double capacity = s.capacity * shards;
        if (peakRate > capacity) {
            const double backlog = (peakRate - capacity) * model.peakHours.estimate * 3600.0;
            const double spare = capacity - users[t] * loadPerUser.average[t];
            const double drainMinutes = spare > 0.0 ? std::min(backlog / spare / 60.0, kMaxDrainMinutes) : kMaxDrainMinutes;
            series[kQueueDrainIndex][t] = drainMinutes;
            if (c.maxLagMinutes > 0.0 && drainMinutes > c.maxLagMinutes)
                rec.record({SubjectKind::Component, ci, BottleneckKind::QueueBacklogLag, t, drainMinutes,
                            c.maxLagMinutes, s.instances, false, 0});
        }
        if (sized.atVerticalCeiling)
            rec.record({SubjectKind::Component, ci, BottleneckKind::VerticalCeiling, t, load,
                        s.capacity * plan.pool.targetUtilization, s.instances, false, sized.step});
    }
    series[kShardsIndex] = data.shards;
    series[kStoredDataIndex] = data.storedGb;
    series[kBackupHoursIndex] = data.backup.backupHours;
    series[kRestoreHoursIndex] = data.backup.restoreHours;
    if (c.data) {
        const DataParameters& g = c.data->growth;
        if (const auto m = data.backup.firstMonthOverBackupWindow)
            rec.record({SubjectKind::Component, ci, BottleneckKind::BackupWindowExceeded, *m,
                        data.backup.backupHours[*m], g.backupWindowHours.estimate, 0, false, 0});
        if (const auto m = data.backup.firstMonthOverRto)
            rec.record({SubjectKind::Component, ci, BottleneckKind::RestoreOverRto, *m, data.backup.restoreHours[*m],
                        g.rtoHours.estimate, 0, false, 0});
    }
}

} // namespace

TrafficSetup prepareTraffic(const Model& model)
{
    return TrafficSolver::prepare(callGraphOf(model));
}

bool sameCallGraph(const Model& drawn, const Model& base)
{
    const auto same = [](const Quantity& a, const Quantity& b) {
        return std::bit_cast<std::uint64_t>(a.estimate) == std::bit_cast<std::uint64_t>(b.estimate);
    };
    if (drawn.components.size() != base.components.size() || drawn.calls.size() != base.calls.size())
        return false;
    for (std::size_t i = 0; i < base.components.size(); ++i)
        if (!same(drawn.components[i].cacheHitRatio, base.components[i].cacheHitRatio))
            return false;
    for (std::size_t i = 0; i < base.calls.size(); ++i)
        if (!same(drawn.calls[i].callsPerOperation, base.calls[i].callsPerOperation))
            return false;
    return true;
}

void projectSample(const Model& model, const TrafficSetup* prepared, SampleProjection& out)
{
    const int months = model.horizonMonths;
    // A drawn curve can leave the range validation checks on the estimates: at least one user,
    // at most 10^12, so that nothing downstream divides by zero or runs negative.
    const Series users = evaluate(model.users, months, model.start.month).max(1.0).min(1e12);
    std::optional<TrafficSetup> own;
    const TrafficSetup& traffic = prepared ? *prepared : own.emplace(prepareTraffic(model)); // validated: solvable
    thread_local Scratch scratch;
    loadsPerUser(model, traffic.solver, scratch.loads);
    const std::vector<LoadPerUser>& perUser = scratch.loads;

    out.components.resize(model.components.size());
    out.events.clear();
    EventRecorder rec(out.events);
    CostTotals costs{Series::Zero(months), Series::Zero(months)};
    const PriceTrends trends = detail::priceTrendsOf(model);
    for (std::size_t ci = 0; ci < model.components.size(); ++ci)
        projectComponent(model, int(ci), users, perUser[ci], trends, rec, out.components[ci], costs, scratch);
    projectClasses(model, traffic.solver, out, rec);
    detail::TeamMonths team = detail::projectPeople(model, users, out.components, rec);
    detail::projectCosts(model, users, out.components, team, trends, costs, rec, out.totals);
    out.roles = std::move(team.roles);
}

SampleProjection projectSample(const Model& model, const TrafficSetup* prepared)
{
    SampleProjection out;
    projectSample(model, prepared, out);
    return out;
}

} // namespace headroom::engine
