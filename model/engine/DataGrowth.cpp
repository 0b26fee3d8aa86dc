#include "engine/DataGrowth.h"

#include "engine/NumberText.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace headroom::engine {

namespace {

constexpr int kMaxRetentionMonths = 1200; // a century, five times the longest horizon
constexpr double kInfinity = std::numeric_limits<double>::infinity();

// Quotients this close above a whole number are that number: binary rounding, not demand.
constexpr double kWholeNumberSlack = 1e-12;

using Problems = std::vector<std::pair<std::string, std::string>>;

// A quantity in [min, max]: its estimate, then its 90% interval (named "<field>.interval").
// `offAtZero`: 0 means "not modelled", so an interval must lie above it.
void inRange(Problems& problems, const char* field, const Quantity& q, double min, double max = kInfinity,
             bool offAtZero = false)
{
    const std::string bounds = max == kInfinity ? "at least " + formatNumber(min) : "in " + formatInterval(min, max);
    if (!std::isfinite(q.estimate)) {
        problems.emplace_back(field, "must be a finite number; got " + formatNumber(q.estimate));
        return;
    }
    if (q.estimate < min || q.estimate > max) {
        problems.emplace_back(field, "must be " + bounds + "; got " + formatNumber(q.estimate));
        return;
    }
    if (!q.interval90)
        return;
    const Interval& iv = *q.interval90;
    const std::string at = std::string(field) + ".interval";
    if (!std::isfinite(iv.lo) || !std::isfinite(iv.hi))
        problems.emplace_back(at, "bounds must be finite numbers");
    else if (!(iv.lo <= q.estimate && q.estimate <= iv.hi))
        problems.emplace_back(at, "must contain the estimate " + formatNumber(q.estimate) + "; got " +
                                      formatInterval(iv.lo, iv.hi));
    else if (iv.lo < min || iv.hi > max)
        problems.emplace_back(at, "bounds must be " + bounds + "; got " + formatInterval(iv.lo, iv.hi));
    else if (offAtZero && !(iv.lo > 0.0))
        problems.emplace_back(at, "must lie above 0, which means not modelled; got " + formatInterval(iv.lo, iv.hi));
}

// The value of a series in month t, or `fallback` past its end.
double valueAt(const Series& series, Eigen::Index t, double fallback)
{
    return t < series.size() ? series[t] : fallback;
}

// ⌈numerator / limit⌉, or 0 when there is no limit (≤ 0).
double unitsNeeded(double numerator, double limit)
{
    if (!(limit > 0.0))
        return 0.0;
    const double quotient = numerator / limit;
    return std::ceil(quotient - std::abs(quotient) * kWholeNumberSlack);
}

std::optional<int> firstMonthAbove(const Series& values, double threshold)
{
    for (Eigen::Index t = 0; t < values.size(); ++t)
        if (values[t] > threshold)
            return int(t);
    return std::nullopt;
}

// Hours to move `gb` at `gbPerHour`; 0 when the throughput is not modelled.
Series hoursAt(const Series& gb, double gbPerHour)
{
    if (!(gbPerHour > 0.0))
        return Series::Zero(gb.size());
    return gb / gbPerHour;
}

// One month of workingSetPressure().
struct MonthPressure
{
    double hot;
    double cache;
    double uncached;
    double multiplier;
};

MonthPressure monthPressure(const DataParameters& data, double primaryDataGb, double nodes, double memoryGbPerNode,
                            double cacheableShareOfMemory, double shards)
{
    const double shardsNow = std::max(1.0, shards);
    const double hot = data.workingSetFraction.estimate * primaryDataGb / shardsNow;
    const double cache = memoryGbPerNode * nodes * cacheableShareOfMemory;
    // (W − M)/W rather than 1 − M/W: exactly 0 while the set fits, and no 0/0 when W = 0.
    const double uncached = hot > cache ? (hot - cache) / hot : 0.0;
    return {hot, cache, uncached, 1.0 + uncached * (data.missPenalty.estimate - 1.0)};
}
} // namespace

std::vector<std::pair<std::string, std::string>> checkDataParameters(const DataParameters& data)
{
    Problems problems;
    inRange(problems, "gb_per_user", data.gbPerUser, 0.0);
    inRange(problems, "ingest_gb_per_user_per_month", data.ingestGbPerUserPerMonth, 0.0);
    if (data.retentionMonths < 0 || data.retentionMonths > kMaxRetentionMonths)
        problems.emplace_back("retention_months", "must be between 0 (keep forever) and " +
                                                      std::to_string(kMaxRetentionMonths) + "; got " +
                                                      std::to_string(data.retentionMonths));
    inRange(problems, "replication_factor", data.replicationFactor, 1.0);
    inRange(problems, "compression_ratio", data.compressionRatio, 1.0);

    inRange(problems, "backup_throughput_gb_per_hour", data.backupThroughputGbPerHour, 0.0, kInfinity, true);
    inRange(problems, "restore_throughput_gb_per_hour", data.restoreThroughputGbPerHour, 0.0, kInfinity, true);
    inRange(problems, "backup_window_hours", data.backupWindowHours, 0.0, kInfinity, true);
    inRange(problems, "rto_hours", data.rtoHours, 0.0, kInfinity, true);
    // A window without a throughput would be silently ignored: say so instead.
    if (data.backupWindowHours.estimate > 0.0 && data.backupThroughputGbPerHour.estimate == 0.0)
        problems.emplace_back("backup_throughput_gb_per_hour",
                              "must be greater than 0 when backup_window_hours is set; got 0");
    if (data.rtoHours.estimate > 0.0 && data.restoreThroughputGbPerHour.estimate == 0.0)
        problems.emplace_back("restore_throughput_gb_per_hour", "must be greater than 0 when rto_hours is set; got 0");

    inRange(problems, "working_set_fraction", data.workingSetFraction, 0.0, 1.0);
    inRange(problems, "miss_penalty", data.missPenalty, 1.0);
    inRange(problems, "max_gb_per_shard", data.maxGbPerShard, 0.0, kInfinity, true);
    inRange(problems, "max_writes_per_second_per_shard", data.maxWritesPerSecondPerShard, 0.0, kInfinity, true);
    return problems;
}

Series logicalDataGb(const DataParameters& data, const Series& users, const Series* ingesting)
{
    const Eigen::Index months = users.size();
    const Eigen::Index window = data.retentionMonths; // 0: keep forever
    const Series& in = ingesting ? *ingesting : users;
    Series logical(months);
    double usersInWindow = 0.0; // Σ U(s) over the months whose ingest is still kept
    for (Eigen::Index t = 0; t < months; ++t) {
        usersInWindow += valueAt(in, t, 0.0);
        if (window > 0 && t >= window)
            usersInWindow -= valueAt(in, t - window, 0.0);
        usersInWindow = std::max(0.0, usersInWindow);
        logical[t] = data.gbPerUser.estimate * users[t] + data.ingestGbPerUserPerMonth.estimate * usersInWindow;
    }
    return logical;
}

Series primaryDataGb(const DataParameters& data, const Series& users, const Series* ingesting)
{
    return logicalDataGb(data, users, ingesting) / data.compressionRatio.estimate;
}

Series storedDataGb(const DataParameters& data, const Series& users, const Series* ingesting)
{
    return logicalDataGb(data, users, ingesting) * data.replicationFactor.estimate / data.compressionRatio.estimate;
}

BackupTimes backupTimes(const DataParameters& data, const Series& primaryDataGb)
{
    BackupTimes out;
    out.backupHours = hoursAt(primaryDataGb, data.backupThroughputGbPerHour.estimate);
    out.restoreHours = hoursAt(primaryDataGb, data.restoreThroughputGbPerHour.estimate);
    if (data.backupWindowHours.estimate > 0.0)
        out.firstMonthOverBackupWindow = firstMonthAbove(out.backupHours, data.backupWindowHours.estimate);
    if (data.rtoHours.estimate > 0.0)
        out.firstMonthOverRto = firstMonthAbove(out.restoreHours, data.rtoHours.estimate);
    return out;
}

Series shardCount(const DataParameters& data, const Series& primaryDataGb, const Series& writesPerSecond)
{
    Series shards(primaryDataGb.size());
    for (Eigen::Index t = 0; t < shards.size(); ++t) {
        const double bySize = unitsNeeded(primaryDataGb[t], data.maxGbPerShard.estimate);
        const double byWrites = unitsNeeded(valueAt(writesPerSecond, t, 0.0), data.maxWritesPerSecondPerShard.estimate);
        shards[t] = std::max({bySize, byWrites, 1.0});
    }
    return shards;
}

WorkingSetPressure workingSetPressure(const DataParameters& data, const Series& primaryDataGb, const Series& nodes,
                                      double memoryGbPerNode, double cacheableShareOfMemory, const Series& shards)
{
    const Eigen::Index months = primaryDataGb.size();
    WorkingSetPressure out;
    out.hotSetGbPerShard.resize(months);
    out.cacheGbPerShard.resize(months);
    out.uncachedFraction.resize(months);
    out.serviceTimeMultiplier.resize(months);
    for (Eigen::Index t = 0; t < months; ++t) {
        const MonthPressure m = monthPressure(data, primaryDataGb[t], valueAt(nodes, t, 1.0), memoryGbPerNode,
                                              cacheableShareOfMemory, valueAt(shards, t, 1.0));
        out.hotSetGbPerShard[t] = m.hot;
        out.cacheGbPerShard[t] = m.cache;
        out.uncachedFraction[t] = m.uncached;
        out.serviceTimeMultiplier[t] = m.multiplier;
    }
    out.firstMonthBeyondMemory = firstMonthAbove(out.serviceTimeMultiplier, 1.0);
    return out;
}

double serviceTimeMultiplier(const DataParameters& data, double primaryDataGb, double nodes, double memoryGbPerNode,
                             double cacheableShareOfMemory, double shards)
{
    return monthPressure(data, primaryDataGb, nodes, memoryGbPerNode, cacheableShareOfMemory, shards).multiplier;
}

} // namespace headroom::engine
