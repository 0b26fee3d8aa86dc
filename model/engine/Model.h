#pragma once

#include "engine/Curve.h"
#include "engine/DataGrowth.h"
#include "engine/Quantity.h"
#include "engine/YearMonth.h"

#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

// The engine's input: a plain value describing a product's growth and architecture. It holds
// no derived state; validate() (Validation.h) says everything wrong with it, field by field.
namespace headroom::engine {

inline constexpr int kMinHorizonMonths = 1;
inline constexpr int kMaxHorizonMonths = 240;
inline constexpr double kHoursPerMonth = 730.0; // the cloud providers' billing month
inline constexpr double kSecondsPerDay = 86'400.0;

// A machine type that can be bought, with its on-demand price.
struct InstanceType
{
    std::string id;
    std::string name;
    double vcpu = 2;
    double memoryGb = 8;
    Quantity pricePerHour = 0.1;     // currency per instance-hour, on demand
    Quantity reservedDiscount = 0.0; // fraction off the on-demand price for reserved hours, in [0, 1)

    bool operator==(const InstanceType&) const = default;
};

// A kind of request users make (browse, checkout, upload). Its peak arrival rate at the entry
// component is λ(t) = U(t)·q·p / 86 400 per second.
struct RequestClass
{
    std::string id;
    std::string name;
    Quantity requestsPerUserPerDay = 10; // q
    Quantity peakToAverage = 2;          // p ≥ 1: peak-hour rate over the daily average
    std::string entryComponent;          // id of the component that receives it
    std::optional<double> sloMeanMs;     // end-to-end latency objectives, if any
    std::optional<double> sloP95Ms;
    // q over time: q(t) = q · trend(t), the trend a multiplier (1 at the start for a usage that
    // holds, rising as users engage more, falling as a feature fades). None: q all along.
    std::optional<Curve> requestsTrend;

    bool operator==(const RequestClass&) const = default;
};

enum class ComponentKind
{
    Service,
    Database,
    Cache,
    Queue,
    Storage,
    External,
};
std::string_view toString(ComponentKind kind);
std::optional<ComponentKind> componentKindFromString(std::string_view text);

enum class ScalingKind
{
    Fixed,      // `fixedInstances`, never more: shows when it saturates
    Horizontal, // the smallest n in [min, max] with X(n)·target ≥ λ
    Vertical,   // `replicas` of the smallest type in `ladder` whose cores serve λ at target
    Sharded,    // shards by data size and write rate (DataGrowth.h), each shard a vertical group
};
std::string_view toString(ScalingKind kind);
std::optional<ScalingKind> scalingKindFromString(std::string_view text);
// Vertical and sharded components climb a ladder of instance types, each core serving
// capacityPerVcpu; the others run one instance type, each instance serving capacityPerInstance.
constexpr bool climbsLadder(ScalingKind kind)
{
    return kind == ScalingKind::Vertical || kind == ScalingKind::Sharded;
}

// Universal Scalability Law coefficients (Gunther): X(n) = n·X(1) / (1 + σ(n−1) + κ·n(n−1)).
struct Usl
{
    Quantity sigma = 0.0; // contention, in [0, 1)
    Quantity kappa = 0.0; // coherency, ≥ 0

    bool operator==(const Usl&) const = default;
};

// How a component gets its capacity.
struct ScalingPolicy
{
    ScalingKind kind = ScalingKind::Horizontal;
    std::string instanceType;            // id in the catalog
    Quantity capacityPerInstance = 100;  // X(1): operations per second at 100% on one instance
    int concurrency = 0;                 // servers per instance for queueing (c of M/M/c); 0: the type's vCPUs
    Quantity targetUtilization = 0.7;    // in (0, 1]
    int minInstances = 1;                // horizontal
    int maxInstances = 100;              // horizontal
    int fixedInstances = 1;              // fixed
    std::vector<std::string> ladder;     // vertical: instance type ids, smallest first
    int replicas = 1;                    // vertical: identical nodes sharing the load
    Quantity capacityPerVcpu = 100;      // vertical: operations per second of one core at 100%
    Usl usl;                             // across nodes (horizontal), across cores (vertical)

    bool operator==(const ScalingPolicy&) const = default;
};

// What a component stores, and what that costs: DataGrowth.h's parameters, plus a price.
struct DataSpec
{
    DataParameters growth;
    Quantity storagePricePerGbMonth = 0.0; // currency per stored GB per month (replicas included)
    Quantity writeShare = 0.0;             // share of the component's operations that write (sharding)
    // The ingest per user over time: ingest(t) = ingestGbPerUserPerMonth · trend(t), the trend a
    // multiplier (1 at the start; richer media, more events per user). None: the same all along.
    std::optional<Curve> ingestTrend;

    bool operator==(const DataSpec&) const = default;
};

// A service, database, cache, queue, storage or external dependency.
struct Component
{
    std::string id;
    std::string name;
    ComponentKind kind = ComponentKind::Service;
    ScalingPolicy scaling;
    Quantity cacheHitRatio = 0.0; // caches: the share of operations answered without calling onward
    std::optional<DataSpec> data; // components that store data
    double maxLagMinutes = 0.0;   // behind a queue: the longest a backlog may take to drain; 0: not checked

    bool operator==(const Component&) const = default;
};

// i → j: each operation of `from` makes `callsPerOperation` calls to `to`. An asynchronous call
// goes through a queue: `to` is sized for the average rate, not the peak.
struct CallEdge
{
    std::string from;
    std::string to;
    Quantity callsPerOperation = 1.0;
    bool async = false;

    bool operator==(const CallEdge&) const = default;
};

enum class HeadcountRuleKind
{
    Curve,             // a growth curve of people
    PerComponentGroup, // engineersPerGroup × the component groups owned
    Sre,               // max(on-call rotations × people per rotation, instances / instancesPerSre)
    Support,           // users / usersPerSupportPerson
};
std::string_view toString(HeadcountRuleKind kind);
std::optional<HeadcountRuleKind> headcountRuleFromString(std::string_view text);

// How much work a role's people get done together (Team.h, teamThroughput()): the Universal
// Scalability Law (Gunther) of people split into teams of at most maxTeamSize. σ is contention across
// the role (a shared roadmap, review queue or release train, which splitting does not remove), κ
// coherency within a team (everyone keeping everyone else up to date, which small teams keep small).
struct RoleScaling
{
    Quantity sigma = 0.0; // in [0, 1)
    Quantity kappa = 0.0; // ≥ 0
    int maxTeamSize = 8;  // s ≥ 1

    bool operator==(const RoleScaling&) const = default;
};

// A role on the team and how its headcount follows the product (Team.h computes it).
struct Role
{
    std::string id;
    std::string name;
    Quantity loadedCostPerMonth = 10'000.0; // salary and overheads per person per month
    Quantity attritionPerYear = 0.12;       // share leaving in a year, in [0, 1]
    Quantity costPerHire = 0.0;             // recruiting cost per hire, ≥ 0
    HeadcountRuleKind rule = HeadcountRuleKind::Curve;
    Curve headcount;                          // Curve rule
    Quantity engineersPerGroup = 6.0;         // PerComponentGroup rule, > 0
    Quantity instancesPerSre = 50.0;          // Sre rule, > 0
    Quantity usersPerSupportPerson = 5'000.0; // Support rule, > 0
    std::optional<RoleScaling> scaling;       // none: the role's throughput is not reported

    bool operator==(const Role&) const = default;
};

struct TeamSpec
{
    std::vector<Role> roles;
    int componentGroups = 0;      // groups of components owned by a team; 0: one per component
    int onCallRotations = 0;      // rotations staffed by the SRE roles
    int minPeoplePerRotation = 4;
    // Hires the company can close a month, all roles; 0: no limit (so an interval lies above 0).
    Quantity recruitingCapacityPerMonth = 0.0;
    // From opening a requisition to the hire starting (Team.h), in whole months: the estimate and the
    // interval's bounds are whole, 0 to 24. Team.h counts whole months, so each Monte Carlo sample rounds
    // its draw to the nearest month (leadTimeMonths() in TeamModel.h).
    Quantity leadTimeMonths = 0.0;

    bool operator==(const TeamSpec&) const = default;
};

enum class LicenceKind
{
    PerNode, // price per month for each instance of `component`
    Fixed,   // price per month
    PerSeat, // price per month for each person in place in `roles` (all roles when empty)
};
std::string_view toString(LicenceKind kind);
std::optional<LicenceKind> licenceKindFromString(std::string_view text);

struct Licence
{
    std::string id;
    std::string name;
    LicenceKind kind = LicenceKind::Fixed;
    std::string component; // per node: the component whose instances need it
    Quantity pricePerMonth = 0.0;
    // Per seat: the role ids whose people each need a seat; empty: everyone on the team. A seat is
    // a person in place that month (the role's `headcount` series), fractional where attrition is.
    std::vector<std::string> roles;

    bool operator==(const Licence&) const = default;
};

// Costs beyond compute and storage, and the unit economics finance watches.
struct CostSettings
{
    Quantity reservedShare = 0.0;           // share of compute hours on reservations, in [0, 1]
    Quantity egressGbPerUserPerMonth = 0.0; // data leaving the cloud per active user per month
    Quantity egressPricePerGb = 0.0;
    std::vector<Licence> licences;
    std::optional<Quantity> revenuePerUserPerMonth; // gross margin where given
    std::optional<double> targetCostPerUser;        // a month above it is a bottleneck
    int unitCostRisingMonths = 3; // cost per user rising this many months in a row is a bottleneck
    // Multipliers on prices over time (1 at the start; −1% a month is exponential with
    // monthly_growth −0.01). None: those prices hold. kPriceTrends lists them.
    std::optional<Curve> computePriceTrend; // every instance type's price per hour
    std::optional<Curve> storagePriceTrend; // every component's storage price per GB-month
    std::optional<Curve> egressPriceTrend;  // the egress price per GB
    std::optional<Curve> licencePriceTrend; // every licence's price per month

    bool operator==(const CostSettings&) const = default;
};

// The price trends, each with its key under "costs" in the files and the paths of its curve's
// fields (string literals: QuantityFields.h views them).
// The paths of a curve's fields under a prefix: initial, slope_per_month, monthly_growth, ceiling,
// rate_per_month, then the lists points, seasonality and events.
using CurveFields = std::array<std::string_view, 8>;

struct PriceTrendField
{
    std::string_view key;
    std::optional<Curve> CostSettings::*trend;
    CurveFields fields;
};
inline constexpr PriceTrendField kPriceTrends[] = {
    {"compute_price_trend",
     &CostSettings::computePriceTrend,
     {"compute_price_trend.initial", "compute_price_trend.slope_per_month", "compute_price_trend.monthly_growth",
      "compute_price_trend.ceiling", "compute_price_trend.rate_per_month", "compute_price_trend.points",
      "compute_price_trend.seasonality", "compute_price_trend.events"}},
    {"storage_price_trend",
     &CostSettings::storagePriceTrend,
     {"storage_price_trend.initial", "storage_price_trend.slope_per_month", "storage_price_trend.monthly_growth",
      "storage_price_trend.ceiling", "storage_price_trend.rate_per_month", "storage_price_trend.points",
      "storage_price_trend.seasonality", "storage_price_trend.events"}},
    {"egress_price_trend",
     &CostSettings::egressPriceTrend,
     {"egress_price_trend.initial", "egress_price_trend.slope_per_month", "egress_price_trend.monthly_growth",
      "egress_price_trend.ceiling", "egress_price_trend.rate_per_month", "egress_price_trend.points",
      "egress_price_trend.seasonality", "egress_price_trend.events"}},
    {"licence_price_trend",
     &CostSettings::licencePriceTrend,
     {"licence_price_trend.initial", "licence_price_trend.slope_per_month", "licence_price_trend.monthly_growth",
      "licence_price_trend.ceiling", "licence_price_trend.rate_per_month", "licence_price_trend.points",
      "licence_price_trend.seasonality", "licence_price_trend.events"}},
};

// A scenario's change to one numeric input, named by its path ("users.monthly_growth",
// "components[db].scaling.capacity_per_vcpu": QuantityFields.h lists them).
struct QuantityOverride
{
    std::string path;
    Quantity value;
    bool operator==(const QuantityOverride&) const = default;
};

// A scenario's replacement of one component's whole scaling policy (shard it, scale it vertically).
struct ScalingOverride
{
    std::string component;
    ScalingPolicy scaling;
    bool operator==(const ScalingOverride&) const = default;
};

// An alternative to the base model: the base with overrides. Scenarios run with the same seed
// and the same per-input random streams as the base (common random numbers), so a difference
// between them comes from the design, not from the draws.
struct Scenario
{
    std::string id;
    std::string name;
    std::vector<QuantityOverride> quantities;
    std::vector<ScalingOverride> scalings;
    bool operator==(const Scenario&) const = default;
};

struct Model
{
    std::string name = "Untitled";
    YearMonth start;
    int horizonMonths = 36;
    Quantity peakHours = 2.0; // how long each day's peak lasts, in (0, 24] hours: what a queue must absorb
    Curve users;              // active users U(t)
    std::vector<InstanceType> catalog;
    std::vector<RequestClass> requestClasses;
    std::vector<Component> components;
    std::vector<CallEdge> calls;
    CostSettings costs;
    TeamSpec team;
    std::vector<Scenario> scenarios;

    const Scenario* findScenario(std::string_view id) const;
    const InstanceType* findInstanceType(std::string_view id) const;
    const Component* findComponent(std::string_view id) const;
    bool operator==(const Model&) const = default;
};

} // namespace headroom::engine
