#include "engine/DataGrowth.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace headroom::engine {

namespace {

constexpr int kMaxRetentionMonths = 1200; // a century, five times the longest horizon

// Quotients this close above a whole number are that number: binary rounding, not demand.
constexpr double kWholeNumberSlack = 1e-12;

using Problems = std::vector<std::pair<std::string, std::string>>;

std::string formatNumber(double value)
{
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.6g", value);
    return buffer;
}

void atLeast(Problems& problems, const char* field, double value, double min)
{
    if (!std::isfinite(value))
        problems.emplace_back(field, "must be a finite number; got " + formatNumber(value));
    else if (value < min)
        problems.emplace_back(field, "must be at least " + formatNumber(min) + "; got " + formatNumber(value));
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
    const double hot = data.workingSetFraction * primaryDataGb / shardsNow;
    const double cache = memoryGbPerNode * nodes * cacheableShareOfMemory;
    // (W − M)/W rather than 1 − M/W: exactly 0 while the set fits, and no 0/0 when W = 0.
    const double uncached = hot > cache ? (hot - cache) / hot : 0.0;
    return {hot, cache, uncached, 1.0 + uncached * (data.missPenalty - 1.0)};
}
} // namespace

std::vector<std::pair<std::string, std::string>> checkDataParameters(const DataParameters& data)
{
    Problems problems;
    atLeast(problems, "gb_per_user", data.gbPerUser, 0.0);
    atLeast(problems, "ingest_gb_per_user_per_month", data.ingestGbPerUserPerMonth, 0.0);
    if (data.retentionMonths < 0 || data.retentionMonths > kMaxRetentionMonths)
        problems.emplace_back("retention_months", "must be between 0 (keep forever) and " +
                                                      std::to_string(kMaxRetentionMonths) + "; got " +
                                                      std::to_string(data.retentionMonths));
    atLeast(problems, "replication_factor", data.replicationFactor, 1.0);
    atLeast(problems, "compression_ratio", data.compressionRatio, 1.0);

    atLeast(problems, "backup_throughput_gb_per_hour", data.backupThroughputGbPerHour, 0.0);
    atLeast(problems, "restore_throughput_gb_per_hour", data.restoreThroughputGbPerHour, 0.0);
    atLeast(problems, "backup_window_hours", data.backupWindowHours, 0.0);
    atLeast(problems, "rto_hours", data.rtoHours, 0.0);
    // A window without a throughput would be silently ignored: say so instead.
    if (data.backupWindowHours > 0.0 && data.backupThroughputGbPerHour == 0.0)
        problems.emplace_back("backup_throughput_gb_per_hour",
                              "must be greater than 0 when backup_window_hours is set; got 0");
    if (data.rtoHours > 0.0 && data.restoreThroughputGbPerHour == 0.0)
        problems.emplace_back("restore_throughput_gb_per_hour", "must be greater than 0 when rto_hours is set; got 0");

    if (!std::isfinite(data.workingSetFraction) || data.workingSetFraction < 0.0 || data.workingSetFraction > 1.0)
        problems.emplace_back("working_set_fraction",
                              "must be in [0, 1]; got " + formatNumber(data.workingSetFraction));
    atLeast(problems, "miss_penalty", data.missPenalty, 1.0);
    atLeast(problems, "max_gb_per_shard", data.maxGbPerShard, 0.0);
    atLeast(problems, "max_writes_per_second_per_shard", data.maxWritesPerSecondPerShard, 0.0);
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
        logical[t] = data.gbPerUser * users[t] + data.ingestGbPerUserPerMonth * usersInWindow;
    }
    return logical;
}

Series primaryDataGb(const DataParameters& data, const Series& users, const Series* ingesting)
{
    return logicalDataGb(data, users, ingesting) / data.compressionRatio;
}

Series storedDataGb(const DataParameters& data, const Series& users, const Series* ingesting)
{
    return logicalDataGb(data, users, ingesting) * data.replicationFactor / data.compressionRatio;
}

BackupTimes backupTimes(const DataParameters& data, const Series& primaryDataGb)
{
    BackupTimes out;
    out.backupHours = hoursAt(primaryDataGb, data.backupThroughputGbPerHour);
    out.restoreHours = hoursAt(primaryDataGb, data.restoreThroughputGbPerHour);
    if (data.backupWindowHours > 0.0)
        out.firstMonthOverBackupWindow = firstMonthAbove(out.backupHours, data.backupWindowHours);
    if (data.rtoHours > 0.0)
        out.firstMonthOverRto = firstMonthAbove(out.restoreHours, data.rtoHours);
    return out;
}

Series shardCount(const DataParameters& data, const Series& primaryDataGb, const Series& writesPerSecond)
{
    Series shards(primaryDataGb.size());
    for (Eigen::Index t = 0; t < shards.size(); ++t) {
        const double bySize = unitsNeeded(primaryDataGb[t], data.maxGbPerShard);
        const double byWrites = unitsNeeded(valueAt(writesPerSecond, t, 0.0), data.maxWritesPerSecondPerShard);
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
