#pragma once

#include "EigenTypes.h"
#include "engine/Results.h"
#include "engine/Traffic.h"

#include <string>
#include <vector>

// One deterministic projection of a model: the month-by-month series of one Monte Carlo sample
// (or of the estimates alone). The model must be valid; validate() first.
namespace headroom::engine {

struct Model;

// The series each component reports, in this order (keys:: names).
inline constexpr const char* kComponentSeriesKeys[] = {
    keys::kArrivalRate, keys::kInstances, keys::kUtilization,   keys::kLatencyMs, keys::kLatencyP95Ms,
    keys::kCost,        keys::kShards,    keys::kStoredDataGb, keys::kBackupHours, keys::kQueueDrainMinutes,
    keys::kInstanceTypeStep, keys::kRestoreHours};
inline constexpr std::size_t kComponentSeriesCount = std::size(kComponentSeriesKeys);
enum ComponentSeriesIndex : std::size_t
{
    kArrivalIndex,
    kInstancesIndex,
    kUtilizationIndex,
    kLatencyIndex,
    kLatencyP95Index,
    kCostIndex,
    kShardsIndex,
    kStoredDataIndex,
    kBackupHoursIndex,
    kQueueDrainIndex,
    kInstanceTypeStepIndex,
    kRestoreHoursIndex,
};
// The series each request class reports.
inline constexpr const char* kClassSeriesKeys[] = {keys::kLatencyMs, keys::kLatencyP95Ms};
inline constexpr std::size_t kClassSeriesCount = std::size(kClassSeriesKeys);
// The model-wide series, in this order.
inline constexpr const char* kTotalSeriesKeys[] = {
    keys::kUsers,       keys::kCost,        keys::kCostPerUser,      keys::kComputeCost,
    keys::kStorageCost, keys::kEgressCost,  keys::kLicenceCost,      keys::kCumulativeCost,
    keys::kCostPerMillionRequests, keys::kRevenue, keys::kGrossMargin, keys::kHeadcount,
    keys::kHires,       keys::kTeamCost,    keys::kRecruitingCost,   keys::kRequisitions,
    keys::kHiringBacklog};
inline constexpr std::size_t kTotalSeriesCount = std::size(kTotalSeriesKeys);
// The series each team role reports: its share of the team totals of the same keys, and its
// throughput (zeros, and not reported, for a role without a scaling).
inline constexpr const char* kRoleSeriesKeys[] = {keys::kHeadcount,     keys::kHires,          keys::kTeamCost,
                                                  keys::kRecruitingCost, keys::kRequisitions, keys::kHiringBacklog,
                                                  keys::kTeamThroughput};
inline constexpr std::size_t kRoleSeriesCount = std::size(kRoleSeriesKeys);

enum class SubjectKind
{
    Component,
    RequestClass,
    Cost, // the model's unit economics; subject index unused
    Team, // the team as a whole; subject index unused
};

// The first month a bottleneck shows in one sample. Messages are written later, once per
// bottleneck rather than once per sample (bottleneckMessage()).
struct BottleneckEvent
{
    SubjectKind subjectKind = SubjectKind::Component;
    int subject = -1; // index into Model::components or Model::requestClasses
    BottleneckKind kind = BottleneckKind::OverTargetUtilization;
    int month = 0;
    double value = 0.0;
    double threshold = 0.0;
    int instances = 0;      // components: the instances running
    bool percentile = false; // request classes: the p95 objective was missed, not the mean
    int step = 0;            // vertical components: the ladder step running
};

struct SampleProjection
{
    std::vector<std::vector<Series>> components; // [component][kComponentSeriesKeys index]
    std::vector<std::vector<Series>> classes;    // [request class][kClassSeriesKeys index]
    std::vector<Series> totals;                  // [kTotalSeriesKeys index]
    std::vector<std::vector<Series>> roles;      // [team role][kRoleSeriesKeys index]
    std::vector<BottleneckEvent> events;         // at most one per (subject, kind): the first
    std::vector<double> inputs;                  // the sample's draws of the uncertain inputs (Sampler order)
};

// The traffic equations of the model's call graph (callsPerOperation and cache hit ratios),
// solved: what projectSample() starts from. The model is valid, so the graph is solvable.
TrafficSetup prepareTraffic(const Model& model);

// Whether `drawn` (a copy of `base` with some inputs drawn) has the call graph of `base`, every
// calls-per-operation and hit ratio the same bits: its traffic equations are then base's.
bool sameCallGraph(const Model& drawn, const Model& base);

// `traffic`, when given, is prepareTraffic(model) (or of a model with the same call graph): a Monte
// Carlo run solves the traffic equations once rather than once per sample.
SampleProjection projectSample(const Model& model, const TrafficSetup* traffic = nullptr);
// The same into `out`, whose vectors and series are reused where a previous sample left them the
// right size: a Monte Carlo run keeps one per sample of a block (a group of a thread's block, for a
// run that keeps its values), from one to the next.
// `out.inputs` is left as it is.
void projectSample(const Model& model, const TrafficSetup* traffic, SampleProjection& out);

// The id of the event's subject, and a sentence a manager understands: what, where, when,
// against what limit.
std::string bottleneckSubject(const Model& model, const BottleneckEvent& event);
std::string bottleneckMessage(const Model& model, const BottleneckEvent& event);

} // namespace headroom::engine
