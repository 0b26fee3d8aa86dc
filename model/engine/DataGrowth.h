#pragma once

#include "engine/EigenTypes.h"
#include "engine/Quantity.h"

#include <optional>
#include <string>
#include <utility>
#include <vector>

// The data a component stores, month by month, and what it does to the component (DESIGN.md,
// "Data"): how long its backups and restores take, how many shards the sharded policy needs,
// and how much slower it serves once its hot working set outgrows memory. Pure functions over
// one plain parameter struct per component; every series holds one value per month.
//
// Failure contract: the functions expect parameters that pass checkDataParameters() and series
// of finite, non-negative values (users, nodes, write rates). They never abort; outside that
// contract their results are meaningless (they may hold NaN or infinity) and the caller must
// have refused the input first. Within it, every result is finite unless a product or quotient
// overflows a double (say, a shard limit of 1e-300 GB).
namespace headroom::engine {

// One component's data, as the engine holds it. Every field has a "not modelled" default, so a
// default struct describes a component that stores nothing and never bottlenecks on data.
// Every number but the retention is a Quantity (DESIGN.md, "Quantities and uncertainty"): these
// functions read its estimate, which Monte Carlo has drawn in each sample. The retention is a
// whole number of months, a policy someone sets, not a measurement to be uncertain about.
struct DataParameters
{
    // Growth (GB, months).
    Quantity gbPerUser = 0.0;               // held per active user, e.g. profile and account data
    Quantity ingestGbPerUserPerMonth = 0.0; // new data per active user per month, e.g. uploads, events
    int retentionMonths = 0;                // 0 = keep forever; else ingest older than this is deleted; ≤ 1200
    Quantity replicationFactor = 1.0;       // ≥ 1: copies stored
    Quantity compressionRatio = 1.0;        // ≥ 1: logical GB / physical GB

    // Backups (GB per hour, hours). A throughput of 0 means backups (restores) are not modelled;
    // a window (RTO) of 0 means none is set.
    Quantity backupThroughputGbPerHour = 0.0;
    Quantity restoreThroughputGbPerHour = 0.0;
    Quantity backupWindowHours = 0.0;
    Quantity rtoHours = 0.0;

    // Sharding limits per shard; 0 = no limit.
    Quantity maxGbPerShard = 0.0;
    Quantity maxWritesPerSecondPerShard = 0.0;

    // Working set.
    Quantity workingSetFraction = 0.0; // in [0, 1]: the share of the primary copy that is hot
    Quantity missPenalty = 1.0;        // ≥ 1: service time from disk / service time from memory

    bool operator==(const DataParameters&) const = default;
};

// Every invalid field as (name in the file format's snake_case, message), in the struct's order
// (the two cross-field problems below follow rto_hours); empty when the parameters are valid.
// Estimates are checked here; a problem with a 90% interval is named "<field>.interval". Checked
// for intervals: finite bounds that hold the estimate and lie in the field's range, and, for the
// fields where 0 means "not modelled" or "none set" (throughputs, window, RTO, shard limits), a
// lower bound above 0, so that no sample silently turns the check off.
// Refused: non-finite values; negative sizes, throughputs, hours or limits; replication or
// compression below 1; retention outside [0, 1200] months; a working-set fraction outside [0, 1];
// a miss penalty below 1; and a backup window (an RTO) without a backup (restore) throughput to
// measure it against, which would otherwise be ignored.
std::vector<std::pair<std::string, std::string>> checkDataParameters(const DataParameters& data);

// Logical data, in GB, with U(t) the active users and R the retention in months:
//
//     L(t) = gbPerUser·U(t) + ingestGbPerUserPerMonth·Σ_{s = max(0, t−R+1)}^{t} U(s)
//
// i.e. the data held for today's users plus the ingest of the last R months including this one
// (R = 0: every month so far). O(T): the window is a running sum, clamped at 0 so that rounding
// never leaves a negative remainder when users fall. With `ingesting`, the sum runs over it instead
// of U: U(s)·trend(s) when the ingest per user follows a trend.
Series logicalDataGb(const DataParameters& data, const Series& users, const Series* ingesting = nullptr);

// One copy of the data as it lies on disk, in GB: D_primary(t) = L(t) / compressionRatio.
// Backups, restores, shards and the working set are measured on it.
Series primaryDataGb(const DataParameters& data, const Series& users, const Series* ingesting = nullptr);

// All copies on disk, in GB, what storage is paid for: D(t) = L(t)·replicationFactor / compressionRatio.
Series storedDataGb(const DataParameters& data, const Series& users, const Series* ingesting = nullptr);

// A full backup and a full restore of one copy, in hours:
//
//     backupHours(t)  = D_primary(t) / backupThroughputGbPerHour
//     restoreHours(t) = D_primary(t) / restoreThroughputGbPerHour
//
// A throughput of 0 (not modelled) gives hours of 0. A month is over the window (the RTO) when its
// hours are strictly longer; a window or RTO of 0 is never exceeded.
struct BackupTimes
{
    Series backupHours;
    Series restoreHours;
    std::optional<int> firstMonthOverBackupWindow; // months from the start
    std::optional<int> firstMonthOverRto;
};
BackupTimes backupTimes(const DataParameters& data, const Series& primaryDataGb);

// Shards needed under the sharded policy (DESIGN.md, "Capacity, scaling policies ..."):
//
//     shards(t) = max(⌈D_primary(t) / maxGbPerShard⌉, ⌈writesPerSecond(t) / maxWritesPerSecondPerShard⌉, 1)
//
// where a limit ≤ 0 drops its term. Whole numbers, held as doubles like every series. A quotient
// within a relative 1e-12 above a whole number counts as that number, so that 2.1 GB at 0.7 GB
// per shard needs 3 shards and not 4 (2.1 / 0.7 is 3.0000000000000004 in binary).
// The result has one value per month of primaryDataGb; a month past the end of writesPerSecond
// (an empty series, for a component without writes) counts no writes.
Series shardCount(const DataParameters& data, const Series& primaryDataGb, const Series& writesPerSecond);

// The share of memory the hot set may use when the caller does not know better: the rest holds
// the process, connections, sort buffers and the operating system.
inline constexpr double kDefaultCacheableShareOfMemory = 0.75;

// The hot working set beyond memory, per shard, as a service-time multiplier:
//
//     W(t) = workingSetFraction·D_primary(t) / shards(t)          hot set per shard, GB
//     M(t) = memoryGbPerNode·nodes(t)·cacheableShareOfMemory      memory for it per shard, GB
//     f(t) = max(0, 1 − M(t)/W(t))                                 share of the hot set on disk
//     m(t) = 1 + f(t)·(missPenalty − 1)                            service-time multiplier
//
// The engine divides capacity by m(t). This is a first-order, linear miss model: operations
// touch the hot set uniformly, M of it is cached, so a fraction f of operations miss memory and
// each miss costs missPenalty times a hit: m = (1 − f)·1 + f·missPenalty. (Under the independent
// reference model with equal reference probabilities, every demand-paging policy misses with
// probability 1 − M/W; E. G. Coffman and P. J. Denning, Operating Systems Theory, Prentice-Hall
// 1973.) Real access is skewed, so the model overstates the slowdown of a hot set that barely
// overflows; data outside the hot set is taken as never touched.
//
// `nodes` counts the nodes of one shard whose memories hold different parts of the hot set: 1 for a
// primary with read replicas (each caches the same data), n for a cache partitioned over n nodes.
// `shards` is the shard count per month (shardCount()); empty for an unsharded component. A month
// past the end of `nodes` or `shards` counts 1. W = 0 gives f = 0; M = 0 with W > 0 gives f = 1.
// Preconditions beyond checkDataParameters(): memoryGbPerNode ≥ 0, cacheableShareOfMemory in [0, 1].
struct WorkingSetPressure
{
    Series hotSetGbPerShard;                   // W(t)
    Series cacheGbPerShard;                    // M(t)
    Series uncachedFraction;                   // f(t), in [0, 1]
    Series serviceTimeMultiplier;              // m(t), in [1, missPenalty]; exactly 1 while the hot set fits
    std::optional<int> firstMonthBeyondMemory; // first month with m(t) > 1 (never, with a penalty of 1)
};
WorkingSetPressure workingSetPressure(const DataParameters& data, const Series& primaryDataGb, const Series& nodes,
                                      double memoryGbPerNode,
                                      double cacheableShareOfMemory = kDefaultCacheableShareOfMemory,
                                      const Series& shards = Series());

// m for one month, as workingSetPressure() computes it: the sizing loop asks it of one month at a
// time. shards < 1 counts 1.
double serviceTimeMultiplier(const DataParameters& data, double primaryDataGb, double nodes, double memoryGbPerNode,
                             double cacheableShareOfMemory = kDefaultCacheableShareOfMemory, double shards = 1.0);

} // namespace headroom::engine
