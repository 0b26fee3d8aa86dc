#pragma once

#include "engine/Summary.h"
#include "engine/YearMonth.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

// What a run of the engine produces: summaries of every series and the bottlenecks found.
namespace headroom::engine {

// Stable series names, shared by the CLI's JSON, CSV and the project file.
namespace keys {
inline constexpr const char* kArrivalRate = "arrival_rate"; // per second sized for: peak, or average behind a queue
inline constexpr const char* kInstances = "instances";
// The instance type running: its step in ComponentResult::instanceTypes (0 the smallest; always 0
// for a fixed or horizontal component, which runs one type). Percentiles are whole steps.
inline constexpr const char* kInstanceTypeStep = "instance_type_step";
inline constexpr const char* kUtilization = "utilization"; // ρ = λ / X(n), not clipped
inline constexpr const char* kCost = "cost";               // currency per month
inline constexpr const char* kUsers = "users";
inline constexpr const char* kCostPerUser = "cost_per_user"; // currency per active user per month
inline constexpr const char* kLatencyMs = "latency_ms";       // mean response time, milliseconds
inline constexpr const char* kLatencyP95Ms = "latency_p95_ms"; // 95th percentile of response time
inline constexpr const char* kStoredDataGb = "stored_data_gb";  // GB on disk, replicas included
inline constexpr const char* kBackupHours = "backup_hours";      // a full backup of one copy, hours
inline constexpr const char* kRestoreHours = "restore_hours";    // a full restore of one copy, hours
inline constexpr const char* kShards = "shards";
inline constexpr const char* kQueueDrainMinutes = "queue_drain_minutes"; // to drain the day's peak backlog
inline constexpr const char* kComputeCost = "compute_cost";      // currency per month
inline constexpr const char* kStorageCost = "storage_cost";      // currency per month
inline constexpr const char* kEgressCost = "egress_cost";        // currency per month
inline constexpr const char* kLicenceCost = "licence_cost";      // currency per month
inline constexpr const char* kCumulativeCost = "cumulative_cost"; // currency, from the first month
inline constexpr const char* kCostPerMillionRequests = "cost_per_million_requests";
inline constexpr const char* kRevenue = "revenue";               // currency per month, where given
inline constexpr const char* kGrossMargin = "gross_margin";      // (revenue − cost) / revenue
inline constexpr const char* kHeadcount = "headcount";           // people in place, all roles
inline constexpr const char* kHires = "hires";                   // hires the plan needs that month
inline constexpr const char* kTeamCost = "team_cost";            // currency per month
inline constexpr const char* kRecruitingCost = "recruiting_cost"; // currency per month
// Requisitions to open that month: one for each hire a lead time ahead, hires(t + L); the first month
// also opens those already late (Team.h).
inline constexpr const char* kRequisitions = "requisitions";
// People the plan needs who are not in place: hires behind recruiting capacity or late for their lead time.
inline constexpr const char* kHiringBacklog = "hiring_backlog";
// A role's output in people-equivalents: its whole people in place split into teams of at most s,
// through the Universal Scalability Law (Team.h, teamThroughput()). Only for roles with a scaling.
inline constexpr const char* kTeamThroughput = "team_throughput";
} // namespace keys

enum class BottleneckKind
{
    OverTargetUtilization, // ρ above the component's target
    Saturated,             // ρ ≥ 1: demand beyond what the instances can serve
    MaxInstancesReached,   // the horizontal policy is at its maximum
    ScalabilityCeiling,    // past the USL peak: more instances would serve less
    LatencySloBreached,    // a request class's end-to-end latency above its objective
    VerticalCeiling,       // no instance type in a vertical ladder can serve the load at target
    BackupWindowExceeded,  // a full backup takes longer than its window
    RestoreOverRto,        // a full restore takes longer than the recovery time objective
    WorkingSetBeyondMemory, // the hot data no longer fits in memory: operations slow down
    CostPerUserOverTarget, // cost per active user above the target finance set
    UnitCostRising,        // cost per user rising several months in a row: costs outgrow users
    OnCallUndersized,      // fewer people able to take call than the rotations need
    HiringBeyondCapacity,  // the plan needs more hires than recruiting can close
    QueueBacklogLag,       // a queue's peak backlog takes longer to drain than its consumer may lag
};

// Latency is reported up to this ceiling: a month at it has no finite latency (the component is
// saturated), and says so as a bottleneck. Any real client has timed out long before.
inline constexpr double kLatencyCeilingMs = 60'000.0;
std::string_view toString(BottleneckKind kind);
std::optional<BottleneckKind> bottleneckKindFromString(std::string_view text);

// The occurrence a bottleneck's message describes (a sample's first, in the bottleneck's median
// first month), beyond its value and threshold: what a sentence in another language needs.
struct BottleneckOccurrence
{
    int month = 0;           // months from the start
    int instances = 0;       // components: the instances running; unit cost rising: the months in a row
    bool percentile = false; // request classes: the p95 objective was missed, not the mean
    int step = 0;            // vertical components: the ladder step running (ComponentResult::instanceTypes)
    bool operator==(const BottleneckOccurrence&) const = default;
};

// One bottleneck (a kind on a subject), aggregated over samples.
struct Bottleneck
{
    std::string subject; // a component's or request class's id, or an area ("team", "cost")
    BottleneckKind kind = BottleneckKind::OverTargetUtilization;
    std::string message;          // a sentence a manager understands, for the first occurrence
    double value = 0.0;           // the measured quantity at the first occurrence
    double threshold = 0.0;       // the limit it crossed
    Series probabilityByMonth;    // P(it has happened by month t)
    std::optional<int> medianFirstMonth; // months from the start; none unless it happens in over half the samples
    // What `message` says, as numbers; none in results saved before file format 4.
    std::optional<BottleneckOccurrence> occurrence;

    bool operator==(const Bottleneck& other) const;
    // P(it has happened by the horizon): the last month's probability; 0 without months.
    double probabilityByHorizon() const
    {
        return probabilityByMonth.size() > 0 ? probabilityByMonth[probabilityByMonth.size() - 1] : 0.0;
    }
};

struct ComponentResult
{
    std::string id;
    std::string name;
    std::vector<NamedSeries> series; // keys::kArrivalRate, kInstances, kUtilization, kLatencyMs, kLatencyP95Ms, kCost…
    // The instance types the component can run, as the run saw them: a vertical or sharded
    // component's ladder, smallest first, or the one type of a fixed or horizontal one. The series
    // keys::kInstanceTypeStep indexes it. Empty in results saved before it was reported.
    std::vector<std::string> instanceTypes;
    bool operator==(const ComponentResult&) const = default;

    // The id of the type at `step` of the kInstanceTypeStep series (rounded to the nearest step), or
    // empty when there is no such step.
    std::string instanceTypeAt(double step) const;
};

// One team role's series: keys::kHeadcount (people in place), kHires, kTeamCost, kRecruitingCost,
// kRequisitions, kHiringBacklog, the role's share of the totals of the same keys; and kTeamThroughput
// where the role has a scaling (no total: one role's output is not another's).
struct RoleResult
{
    std::string id;
    std::string name;
    std::vector<NamedSeries> series;
    bool operator==(const RoleResult&) const = default;
};

// A request class's end-to-end series: keys::kLatencyMs and kLatencyP95Ms.
struct ClassResult
{
    std::string id;
    std::string name;
    std::vector<NamedSeries> series;
    bool operator==(const ClassResult&) const = default;
};

// How strongly one uncertain input drives one output across the samples.
struct Sensitivity
{
    std::string input;  // the input's path ("users.monthly_growth")
    std::string output; // kSensitivityCostPerUser or kSensitivityFirstBottleneck
    double rankCorrelation = 0.0; // Spearman's ρ in [−1, 1]
    bool operator==(const Sensitivity&) const = default;
};
inline constexpr const char* kSensitivityCostPerUser = "cost_per_user_horizon";
inline constexpr const char* kSensitivityFirstBottleneck = "first_bottleneck_month";

struct Results
{
    std::string engineVersion;
    std::uint64_t seed = 0;
    int samples = 1;
    YearMonth start;
    int months = 0;
    std::vector<NamedSeries> totals; // keys::kUsers, kCost, kCostPerUser
    std::vector<ComponentResult> components;
    std::vector<ClassResult> requestClasses;
    std::vector<RoleResult> roles;       // in the team's order; empty without a team
    std::vector<Bottleneck> bottlenecks; // ordered by median first month, never-happening last
    std::vector<Sensitivity> sensitivity; // per uncertain input and output, strongest first per output

    std::vector<std::string> monthLabels() const; // "YYYY-MM", one per month
    bool operator==(const Results&) const = default;
};

} // namespace headroom::engine
