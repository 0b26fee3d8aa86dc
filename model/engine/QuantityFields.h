#pragma once

#include "engine/Model.h"
#include "engine/Team.h"
#include "engine/Uncertainty.h"

#include <array>
#include <limits>
#include <optional>
#include <string>
#include <string_view>

// Every numeric input of a model in one place, with its stable path and its valid range. Both
// validation (is the value in range?) and Monte Carlo (draw it, then clip it to the range) walk
// this list, so the two can never disagree about what a valid value is.
namespace headroom::engine {

// Where a quantity lives, formatted only when needed ("components[api].scaling.target_utilization",
// "users.points[2].value", "users.seasonality[11]").
struct FieldPath
{
    std::string_view list;  // "users", "catalog", "request_classes", "components"; empty for a top-level field
    bool inList = false;    // an element of a list: then `id`, or `index` where the id is empty
    std::string_view id;
    std::size_t index = 0;
    std::string_view field; // "initial", "scaling.capacity_per_instance", "requests_trend.events"
    // An item of a list the field holds (a curve's points, seasonality, events): its index, and the
    // item's field, empty where the item is the number itself (a seasonality multiplier).
    std::optional<std::size_t> item = std::nullopt;
    std::string_view itemField = {}; // "value", "multiplier"

    std::string toString() const;
};

namespace range {
inline constexpr double kInf = std::numeric_limits<double>::infinity();
inline constexpr ValidRange kAny{-kInf, kInf};
inline constexpr ValidRange kPositive{0.0, kInf, true, false};
inline constexpr ValidRange kNonNegative{0.0, kInf};
inline constexpr ValidRange kAtLeastOne{1.0, kInf};
inline constexpr ValidRange kFraction{0.0, 1.0, true, false};      // (0, 1]
inline constexpr ValidRange kProbability{0.0, 1.0};                // [0, 1]
inline constexpr ValidRange kHitRatio{0.0, 1.0, false, false, true};
inline constexpr ValidRange kCallsPerOperation{0.0, kInf, false, false, true};
inline constexpr ValidRange kContention{0.0, 1.0, false, true};    // [0, 1)
inline constexpr ValidRange kDiscount = kContention;               // [0, 1): a discount of 100% is no price
inline constexpr ValidRange kPeakHours{0.0, 24.0, true, false};    // (0, 24]: a day's peak
inline constexpr ValidRange kLeadTimeMonths{0.0, kMaxLeadTimeMonths}; // [0, 24]
inline constexpr ValidRange kMonthlyGrowth{-1.0, 10.0, true, false}; // above −100%, at most +1000% a month
inline constexpr ValidRange kUsers{0.0, 1e12, true, false};
inline constexpr ValidRange kRatePerMonth{0.0, 10.0};
} // namespace range

// Says a range in words for messages: "greater than 0", "in (0, 1]".
std::string describe(const ValidRange& range);

// Calls visit(const FieldPath&, Q& quantity, const ValidRange&, bool used) for every quantity of
// the model, in a fixed order. `used` is false for parameters the model keeps but does not read
// (a growth rate while the curve is linear). M is Model or const Model.
template <typename M, typename Visitor>
void forEachQuantity(M& m, Visitor&& visit)
{
    // A curve's quantities, under `at(field)`; `level` is the range of its values (users, people).
    // The points' values only matter to a piecewise curve; seasonality and events to every kind.
    const auto curve = [&](auto& c, auto at, const ValidRange& level, bool used) {
        const CurveKind kind = c.kind;
        const bool parametric = kind != CurveKind::Piecewise && kind != CurveKind::Explicit;
        visit(at("initial"), c.initial, level, used && parametric);
        visit(at("slope_per_month"), c.slopePerMonth, range::kAny, used && kind == CurveKind::Linear);
        visit(at("monthly_growth"), c.monthlyGrowth, range::kMonthlyGrowth, used && kind == CurveKind::Exponential);
        visit(at("ceiling"), c.ceiling, level, used && kind == CurveKind::Logistic);
        visit(at("rate_per_month"), c.ratePerMonth, range::kRatePerMonth, used && kind == CurveKind::Logistic);
        const auto item = [&](std::string_view list, std::size_t i, std::string_view field) {
            FieldPath path = at(list);
            path.item = i;
            path.itemField = field;
            return path;
        };
        // Log-linear interpolation takes the logarithm of every point's value.
        const ValidRange& pointRange = c.logInterpolation ? range::kPositive : range::kNonNegative;
        for (std::size_t i = 0; i < c.points.size(); ++i)
            visit(item("points", i, "value"), c.points[i].value, pointRange, used && kind == CurveKind::Piecewise);
        for (std::size_t i = 0; i < c.seasonality.size(); ++i)
            visit(item("seasonality", i, {}), c.seasonality[i], range::kPositive, used);
        for (std::size_t i = 0; i < c.events.size(); ++i)
            visit(item("events", i, "multiplier"), c.events[i].multiplier, range::kPositive, used);
    };
    // A curve kept under a prefix, its fields' paths carrying it ("requests_trend.initial"):
    // `fields` are those paths, string literals, since a FieldPath only views its field.
    const auto curveUnder = [&](auto& c, const CurveFields& fields, auto at, const ValidRange& level, bool used) {
        curve(
            c,
            [&](std::string_view field) {
                for (const std::string_view f : fields)
                    if (f.size() > field.size() && f.ends_with(field) && f[f.size() - field.size() - 1] == '.')
                        return at(f);
                return at(field);
            },
            level, used);
    };
    visit(FieldPath{{}, false, {}, 0, "peak_hours"}, m.peakHours, range::kPeakHours, true);
    curve(m.users, [](std::string_view field) { return FieldPath{"users", false, {}, 0, field}; }, range::kUsers, true);

    for (std::size_t i = 0; i < m.catalog.size(); ++i) {
        auto& t = m.catalog[i];
        visit(FieldPath{"catalog", true, t.id, i, "price_per_hour"}, t.pricePerHour, range::kNonNegative, true);
        visit(FieldPath{"catalog", true, t.id, i, "reserved_discount"}, t.reservedDiscount, range::kDiscount, true);
    }
    for (std::size_t i = 0; i < m.requestClasses.size(); ++i) {
        auto& rc = m.requestClasses[i];
        const auto at = [&](std::string_view field) { return FieldPath{"request_classes", true, rc.id, i, field}; };
        visit(at("requests_per_user_per_day"), rc.requestsPerUserPerDay, range::kNonNegative, true);
        visit(at("peak_to_average"), rc.peakToAverage, range::kAtLeastOne, true);
        if (rc.requestsTrend)
            curveUnder(*rc.requestsTrend,
                       {"requests_trend.initial", "requests_trend.slope_per_month", "requests_trend.monthly_growth",
                        "requests_trend.ceiling", "requests_trend.rate_per_month", "requests_trend.points",
                        "requests_trend.seasonality", "requests_trend.events"},
                       at, range::kPositive, true);
    }
    for (std::size_t i = 0; i < m.components.size(); ++i) {
        auto& c = m.components[i];
        auto& s = c.scaling;
        const auto at = [&](std::string_view field) { return FieldPath{"components", true, c.id, i, field}; };
        const bool vertical = s.kind == ScalingKind::Vertical;
        visit(at("scaling.capacity_per_instance"), s.capacityPerInstance, range::kPositive,
              !vertical && s.kind != ScalingKind::Sharded);
        visit(at("scaling.capacity_per_vcpu"), s.capacityPerVcpu, range::kPositive,
              vertical || s.kind == ScalingKind::Sharded);
        visit(at("scaling.target_utilization"), s.targetUtilization, range::kFraction, true);
        visit(at("scaling.usl.sigma"), s.usl.sigma, range::kContention, true);
        visit(at("scaling.usl.kappa"), s.usl.kappa, range::kNonNegative, true);
        visit(at("cache_hit_ratio"), c.cacheHitRatio, range::kHitRatio, c.kind == ComponentKind::Cache);
        if (c.data) {
            auto& g = c.data->growth;
            const bool sharded = s.kind == ScalingKind::Sharded;
            visit(at("data.gb_per_user"), g.gbPerUser, range::kNonNegative, true);
            visit(at("data.ingest_gb_per_user_per_month"), g.ingestGbPerUserPerMonth, range::kNonNegative, true);
            visit(at("data.replication_factor"), g.replicationFactor, range::kAtLeastOne, true);
            visit(at("data.compression_ratio"), g.compressionRatio, range::kAtLeastOne, true);
            visit(at("data.storage_price_per_gb_month"), c.data->storagePricePerGbMonth, range::kNonNegative, true);
            // 0 means "not modelled" for these: DataGrowth's validation keeps their intervals above it.
            visit(at("data.backup_throughput_gb_per_hour"), g.backupThroughputGbPerHour, range::kNonNegative, true);
            visit(at("data.restore_throughput_gb_per_hour"), g.restoreThroughputGbPerHour, range::kNonNegative, true);
            visit(at("data.backup_window_hours"), g.backupWindowHours, range::kNonNegative, true);
            visit(at("data.rto_hours"), g.rtoHours, range::kNonNegative, true);
            visit(at("data.working_set_fraction"), g.workingSetFraction, range::kProbability, true);
            visit(at("data.miss_penalty"), g.missPenalty, range::kAtLeastOne, true);
            // Only the sharded policy counts shards (Projection.cpp).
            visit(at("data.max_gb_per_shard"), g.maxGbPerShard, range::kNonNegative, sharded);
            visit(at("data.max_writes_per_second_per_shard"), g.maxWritesPerSecondPerShard, range::kNonNegative,
                  sharded);
            visit(at("data.write_share"), c.data->writeShare, range::kProbability, sharded);
            if (c.data->ingestTrend)
                curveUnder(*c.data->ingestTrend,
                           {"data.ingest_trend.initial", "data.ingest_trend.slope_per_month",
                            "data.ingest_trend.monthly_growth", "data.ingest_trend.ceiling",
                            "data.ingest_trend.rate_per_month", "data.ingest_trend.points",
                            "data.ingest_trend.seasonality", "data.ingest_trend.events"},
                           at, range::kPositive, true);
        }
    }
    const auto costs = [](std::string_view field) { return FieldPath{"costs", false, {}, 0, field}; };
    visit(costs("reserved_share"), m.costs.reservedShare, range::kProbability, true);
    visit(costs("egress_gb_per_user_per_month"), m.costs.egressGbPerUserPerMonth, range::kNonNegative, true);
    visit(costs("egress_price_per_gb"), m.costs.egressPricePerGb, range::kNonNegative, true);
    if (m.costs.revenuePerUserPerMonth)
        visit(costs("revenue_per_user_per_month"), *m.costs.revenuePerUserPerMonth, range::kNonNegative, true);
    for (const PriceTrendField& price : kPriceTrends)
        if (auto& trend = m.costs.*price.trend)
            curveUnder(*trend, price.fields, costs, range::kPositive, true);
    for (std::size_t i = 0; i < m.costs.licences.size(); ++i) {
        auto& l = m.costs.licences[i];
        visit(FieldPath{"costs.licences", true, l.id, i, "price_per_month"}, l.pricePerMonth, range::kNonNegative,
              true);
    }
    for (std::size_t i = 0; i < m.team.roles.size(); ++i) {
        auto& r = m.team.roles[i];
        visit(FieldPath{"team.roles", true, r.id, i, "loaded_cost_per_month"}, r.loadedCostPerMonth,
              range::kNonNegative, true);
        visit(FieldPath{"team.roles", true, r.id, i, "attrition_per_year"}, r.attritionPerYear, range::kProbability,
              true);
        visit(FieldPath{"team.roles", true, r.id, i, "cost_per_hire"}, r.costPerHire, range::kNonNegative, true);
        // Each rule's parameter, read only under its rule (Team.h).
        visit(FieldPath{"team.roles", true, r.id, i, "engineers_per_group"}, r.engineersPerGroup, range::kPositive,
              r.rule == HeadcountRuleKind::PerComponentGroup);
        visit(FieldPath{"team.roles", true, r.id, i, "instances_per_sre"}, r.instancesPerSre, range::kPositive,
              r.rule == HeadcountRuleKind::Sre);
        visit(FieldPath{"team.roles", true, r.id, i, "users_per_support_person"}, r.usersPerSupportPerson,
              range::kPositive, r.rule == HeadcountRuleKind::Support);
        curveUnder(r.headcount,
                   {"headcount.initial", "headcount.slope_per_month", "headcount.monthly_growth", "headcount.ceiling",
                    "headcount.rate_per_month", "headcount.points", "headcount.seasonality", "headcount.events"},
                   [&](std::string_view field) { return FieldPath{"team.roles", true, r.id, i, field}; },
                   range::kNonNegative, r.rule == HeadcountRuleKind::Curve);
        if (r.scaling) {
            visit(FieldPath{"team.roles", true, r.id, i, "scaling.sigma"}, r.scaling->sigma, range::kContention, true);
            visit(FieldPath{"team.roles", true, r.id, i, "scaling.kappa"}, r.scaling->kappa, range::kNonNegative,
                  true);
        }
    }
    // 0 means "no limit": the team's validation keeps its interval above it.
    visit(FieldPath{"team", false, {}, 0, "recruiting_capacity_per_month"}, m.team.recruitingCapacityPerMonth,
          range::kNonNegative, !m.team.roles.empty());
    // Whole months: the team's validation keeps the estimate and bounds whole, and a draw is rounded.
    visit(FieldPath{"team", false, {}, 0, "lead_time_months"}, m.team.leadTimeMonths, range::kLeadTimeMonths,
          !m.team.roles.empty());
    for (std::size_t i = 0; i < m.calls.size(); ++i)
        visit(FieldPath{"calls", true, {}, i, "calls_per_operation"}, m.calls[i].callsPerOperation,
              range::kCallsPerOperation, true);
}

} // namespace headroom::engine
