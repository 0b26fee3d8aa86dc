#include "project/ModelJson.h"

#include "project/JsonReader.h"

#include <cmath>
#include <cstdint>
#include <limits>

namespace headroom::project {

using engine::Quantity;
using nlohmann::json;
using nlohmann::ordered_json;

namespace {

using jsonread::Reader;
using jsonread::readList;

// ---- writing ----

// Whole numbers are written without a fraction ("18000", not "18000.0"); both read back equal.
ordered_json number(double v)
{
    constexpr double kExactIntegers = 9007199254740992.0; // 2^53
    if (v == std::floor(v) && std::abs(v) < kExactIntegers && !(v == 0.0 && std::signbit(v)))
        return static_cast<std::int64_t>(v);
    return v;
}


ordered_json quantityToJson(const Quantity& q)
{
    if (!q.interval90)
        return number(q.estimate);
    return ordered_json{
        {"estimate", number(q.estimate)}, {"lo", number(q.interval90->lo)}, {"hi", number(q.interval90->hi)}};
}

ordered_json curveToJson(const engine::Curve& c)
{
    using engine::CurveKind;
    ordered_json out{{"kind", std::string(engine::toString(c.kind))}, {"initial", quantityToJson(c.initial)}};
    // The kind's own parameters always; the others only where set, so that nothing is lost.
    const auto put = [&](const char* key, const Quantity& q, bool used) {
        if (used || q != Quantity{})
            out[key] = quantityToJson(q);
    };
    put("slope_per_month", c.slopePerMonth, c.kind == CurveKind::Linear);
    put("monthly_growth", c.monthlyGrowth, c.kind == CurveKind::Exponential);
    put("ceiling", c.ceiling, c.kind == CurveKind::Logistic);
    put("rate_per_month", c.ratePerMonth, c.kind == CurveKind::Logistic);
    if (c.kind == CurveKind::Piecewise || !c.points.empty()) {
        ordered_json points = ordered_json::array();
        for (const engine::CurvePoint& p : c.points)
            points.push_back({number(p.month), quantityToJson(p.value)});
        out["points"] = std::move(points);
        out["interpolation"] = c.logInterpolation ? "log" : "linear";
    } else if (c.logInterpolation) {
        out["interpolation"] = "log"; // kept for when points come back (a .headroom file holds it on its own)
    }
    if (c.kind == CurveKind::Explicit || !c.values.empty()) {
        ordered_json values = ordered_json::array();
        for (const double v : c.values)
            values.push_back(number(v));
        out["values"] = std::move(values);
    }
    if (!c.seasonality.empty()) {
        ordered_json season = ordered_json::array();
        for (const Quantity& m : c.seasonality)
            season.push_back(quantityToJson(m));
        out["seasonality"] = std::move(season);
    }
    if (!c.events.empty()) {
        ordered_json events = ordered_json::array();
        for (const engine::CurveEvent& e : c.events)
            events.push_back(
                {{"month", e.month}, {"multiplier", quantityToJson(e.multiplier)}, {"duration_months", e.durationMonths}});
        out["events"] = std::move(events);
    }
    return out;
}

ordered_json scalingToJson(const engine::ScalingPolicy& s)
{
    const engine::ScalingPolicy defaults;
    const bool ladder = engine::climbsLadder(s.kind);
    ordered_json out{{"policy", std::string(engine::toString(s.kind))}};
    if (!ladder || !s.instanceType.empty())
        out["instance_type"] = s.instanceType;
    if (!ladder || s.capacityPerInstance != defaults.capacityPerInstance)
        out["capacity_per_instance"] = quantityToJson(s.capacityPerInstance);
    out["target_utilization"] = quantityToJson(s.targetUtilization);
    if (s.kind == engine::ScalingKind::Fixed || s.fixedInstances != defaults.fixedInstances)
        out["instances"] = s.fixedInstances;
    if (s.kind == engine::ScalingKind::Horizontal || s.minInstances != defaults.minInstances ||
        s.maxInstances != defaults.maxInstances) {
        out["min_instances"] = s.minInstances;
        out["max_instances"] = s.maxInstances;
    }
    if (ladder || !s.ladder.empty() || s.replicas != defaults.replicas ||
        s.capacityPerVcpu != defaults.capacityPerVcpu) {
        out["ladder"] = s.ladder;
        out["replicas"] = s.replicas;
        out["capacity_per_vcpu"] = quantityToJson(s.capacityPerVcpu);
    }
    if (s.concurrency != 0)
        out["concurrency"] = s.concurrency;
    out["usl"] = {{"sigma", quantityToJson(s.usl.sigma)}, {"kappa", quantityToJson(s.usl.kappa)}};
    return out;
}

ordered_json teamToJson(const engine::TeamSpec& t)
{
    ordered_json roles = ordered_json::array();
    for (const engine::Role& r : t.roles) {
        ordered_json role{{"id", r.id},
                          {"name", r.name},
                          {"rule", std::string(engine::toString(r.rule))},
                          {"loaded_cost_per_month", quantityToJson(r.loadedCostPerMonth)},
                          {"attrition_per_year", quantityToJson(r.attritionPerYear)},
                          {"cost_per_hire", quantityToJson(r.costPerHire)}};
        const engine::Role defaults;
        if (r.rule == engine::HeadcountRuleKind::Curve || r.headcount != defaults.headcount)
            role["headcount"] = curveToJson(r.headcount);
        if (r.rule == engine::HeadcountRuleKind::PerComponentGroup || r.engineersPerGroup != defaults.engineersPerGroup)
            role["engineers_per_group"] = quantityToJson(r.engineersPerGroup);
        if (r.rule == engine::HeadcountRuleKind::Sre || r.instancesPerSre != defaults.instancesPerSre)
            role["instances_per_sre"] = quantityToJson(r.instancesPerSre);
        if (r.rule == engine::HeadcountRuleKind::Support || r.usersPerSupportPerson != defaults.usersPerSupportPerson)
            role["users_per_support_person"] = quantityToJson(r.usersPerSupportPerson);
        if (r.scaling) // absent: no throughput reported (and older files stay byte for byte)
            role["scaling"] = ordered_json{{"sigma", quantityToJson(r.scaling->sigma)},
                                           {"kappa", quantityToJson(r.scaling->kappa)},
                                           {"max_team_size", r.scaling->maxTeamSize}};
        roles.push_back(std::move(role));
    }
    return ordered_json{{"roles", std::move(roles)},
                        {"component_groups", t.componentGroups},
                        {"on_call_rotations", t.onCallRotations},
                        {"min_people_per_rotation", t.minPeoplePerRotation},
                        {"recruiting_capacity_per_month", quantityToJson(t.recruitingCapacityPerMonth)},
                        {"lead_time_months", quantityToJson(t.leadTimeMonths)}};
}

ordered_json costsToJson(const engine::CostSettings& c)
{
    ordered_json licences = ordered_json::array();
    for (const engine::Licence& l : c.licences) {
        ordered_json item{{"id", l.id}, {"name", l.name}, {"kind", std::string(engine::toString(l.kind))}};
        if (l.kind == engine::LicenceKind::PerNode || !l.component.empty())
            item["component"] = l.component;
        if (!l.roles.empty()) // absent: a per-seat licence counts everyone (and older files stay byte for byte)
            item["roles"] = l.roles;
        item["price_per_month"] = quantityToJson(l.pricePerMonth);
        licences.push_back(std::move(item));
    }
    ordered_json out{{"reserved_share", quantityToJson(c.reservedShare)},
                     {"egress_gb_per_user_per_month", quantityToJson(c.egressGbPerUserPerMonth)},
                     {"egress_price_per_gb", quantityToJson(c.egressPricePerGb)},
                     {"licences", std::move(licences)}};
    if (c.revenuePerUserPerMonth)
        out["revenue_per_user_per_month"] = quantityToJson(*c.revenuePerUserPerMonth);
    if (c.targetCostPerUser)
        out["target_cost_per_user"] = number(*c.targetCostPerUser);
    out["unit_cost_rising_months"] = c.unitCostRisingMonths;
    for (const engine::PriceTrendField& price : engine::kPriceTrends)
        if (const std::optional<engine::Curve>& trend = c.*price.trend)
            out[std::string(price.key)] = curveToJson(*trend);
    return out;
}

ordered_json scenarioToJson(const engine::Scenario& sc)
{
    ordered_json overrides = ordered_json::array();
    for (const engine::QuantityOverride& o : sc.quantities)
        overrides.push_back({{"path", o.path}, {"value", quantityToJson(o.value)}});
    for (const engine::ScalingOverride& o : sc.scalings)
        overrides.push_back({{"component", o.component}, {"scaling", scalingToJson(o.scaling)}});
    return ordered_json{{"id", sc.id}, {"name", sc.name}, {"overrides", std::move(overrides)}};
}

ordered_json requestClassToJson(const engine::RequestClass& rc)
{
    ordered_json out{{"id", rc.id},
                     {"name", rc.name},
                     {"requests_per_user_per_day", quantityToJson(rc.requestsPerUserPerDay)},
                     {"peak_to_average", quantityToJson(rc.peakToAverage)},
                     {"entry", rc.entryComponent}};
    if (rc.sloMeanMs || rc.sloP95Ms) {
        ordered_json slo = ordered_json::object();
        if (rc.sloMeanMs)
            slo["mean_ms"] = number(*rc.sloMeanMs);
        if (rc.sloP95Ms)
            slo["p95_ms"] = number(*rc.sloP95Ms);
        out["slo"] = std::move(slo);
    }
    if (rc.requestsTrend)
        out["requests_trend"] = curveToJson(*rc.requestsTrend);
    return out;
}

ordered_json componentToJson(const engine::Component& c)
{
    ordered_json out{{"id", c.id}, {"name", c.name}, {"kind", std::string(engine::toString(c.kind))}};
    if (c.kind == engine::ComponentKind::Cache || c.cacheHitRatio != Quantity{})
        out["cache_hit_ratio"] = quantityToJson(c.cacheHitRatio);
    out["scaling"] = scalingToJson(c.scaling);
    if (c.maxLagMinutes != 0.0)
        out["max_lag_minutes"] = number(c.maxLagMinutes);
    if (c.data) {
        const engine::DataParameters& g = c.data->growth;
        out["data"] = ordered_json{{"gb_per_user", quantityToJson(g.gbPerUser)},
                                   {"ingest_gb_per_user_per_month", quantityToJson(g.ingestGbPerUserPerMonth)},
                                   {"retention_months", g.retentionMonths},
                                   {"replication_factor", quantityToJson(g.replicationFactor)},
                                   {"compression_ratio", quantityToJson(g.compressionRatio)},
                                   {"storage_price_per_gb_month", quantityToJson(c.data->storagePricePerGbMonth)},
                                   {"backup_throughput_gb_per_hour", quantityToJson(g.backupThroughputGbPerHour)},
                                   {"restore_throughput_gb_per_hour", quantityToJson(g.restoreThroughputGbPerHour)},
                                   {"backup_window_hours", quantityToJson(g.backupWindowHours)},
                                   {"rto_hours", quantityToJson(g.rtoHours)},
                                   {"working_set_fraction", quantityToJson(g.workingSetFraction)},
                                   {"miss_penalty", quantityToJson(g.missPenalty)},
                                   {"max_gb_per_shard", quantityToJson(g.maxGbPerShard)},
                                   {"max_writes_per_second_per_shard", quantityToJson(g.maxWritesPerSecondPerShard)},
                                   {"write_share", quantityToJson(c.data->writeShare)}};
        if (c.data->ingestTrend)
            out["data"]["ingest_trend"] = curveToJson(*c.data->ingestTrend);
    }
    return out;
}

// ---- reading ----

engine::Curve readCurve(Reader& in, const json& v, const std::string& path)
{
    engine::Curve c;
    c.kind = in.choice(v, path, "kind", engine::CurveKind::Constant, engine::curveKindFromString);
    const bool parametric = c.kind != engine::CurveKind::Piecewise && c.kind != engine::CurveKind::Explicit;
    c.initial = in.quantity(v, path, "initial", {}, parametric);
    const auto param = [&](const char* key, bool used) { return in.quantity(v, path, key, {}, used); };
    c.slopePerMonth = param("slope_per_month", c.kind == engine::CurveKind::Linear);
    c.monthlyGrowth = param("monthly_growth", c.kind == engine::CurveKind::Exponential);
    c.ceiling = param("ceiling", c.kind == engine::CurveKind::Logistic);
    c.ratePerMonth = param("rate_per_month", c.kind == engine::CurveKind::Logistic);
    const bool piecewise = c.kind == engine::CurveKind::Piecewise;
    if (const json* points = piecewise || v.contains("points") ? in.list(v, path, "points") : nullptr) {
        for (std::size_t i = 0; i < points->size(); ++i) {
            const json& p = (*points)[i];
            const std::string at = Reader::join(path, "points") + "[" + std::to_string(i) + "]";
            if (p.is_array() && p.size() == 2 && p[0].is_number() && (p[1].is_number() || p[1].is_object()))
                c.points.push_back({p[0].get<double>(), in.quantity(p[1], at + ".value")});
            else
                in.fail(at, "must be [month, value], the value a number or {estimate, lo, hi}");
        }
    } else if (piecewise) {
        in.fail(Reader::join(path, "points"), "is missing");
    }
    const std::string interpolation = in.text(v, path, "interpolation", "linear", false);
    if (interpolation != "linear" && interpolation != "log")
        in.fail(Reader::join(path, "interpolation"), "must be \"linear\" or \"log\"; got \"" + interpolation + "\"");
    c.logInterpolation = interpolation == "log";
    if (const json* values = v.contains("values") ? in.list(v, path, "values") : nullptr) {
        for (std::size_t i = 0; i < values->size(); ++i) {
            if ((*values)[i].is_number())
                c.values.push_back((*values)[i].get<double>());
            else
                in.fail(Reader::join(path, "values") + "[" + std::to_string(i) + "]", "must be a number");
        }
    } else if (c.kind == engine::CurveKind::Explicit) {
        in.fail(Reader::join(path, "values"), "is missing");
    }
    if (const json* season = v.contains("seasonality") ? in.list(v, path, "seasonality") : nullptr)
        for (std::size_t i = 0; i < season->size(); ++i)
            c.seasonality.push_back(
                in.quantity((*season)[i], Reader::join(path, "seasonality") + "[" + std::to_string(i) + "]"));
    c.events = readList<engine::CurveEvent>(in, v, "events", [&](const json& e, const std::string& p) {
        return engine::CurveEvent{in.integer(e, p, "month", 0), in.quantity(e, p, "multiplier", 1.0),
                                  in.integer(e, p, "duration_months", 1, false)};
    }, path);
    return c;
}

engine::InstanceType readInstanceType(Reader& in, const json& v, const std::string& path)
{
    engine::InstanceType t;
    t.id = in.text(v, path, "id");
    t.name = in.text(v, path, "name", t.id, false);
    t.vcpu = in.real(v, path, "vcpu", t.vcpu);
    t.memoryGb = in.real(v, path, "memory_gb", t.memoryGb);
    t.pricePerHour = in.quantity(v, path, "price_per_hour");
    t.reservedDiscount = in.quantity(v, path, "reserved_discount", 0.0, false);
    return t;
}

engine::RequestClass readRequestClass(Reader& in, const json& v, const std::string& path)
{
    engine::RequestClass rc;
    rc.id = in.text(v, path, "id");
    rc.name = in.text(v, path, "name", rc.id, false);
    rc.requestsPerUserPerDay = in.quantity(v, path, "requests_per_user_per_day");
    rc.peakToAverage = in.quantity(v, path, "peak_to_average", 1.0, false);
    rc.entryComponent = in.text(v, path, "entry");
    const std::string sloPath = Reader::join(path, "slo");
    if (const json* slo = in.member(v, path, "slo", false); slo && in.object(*slo, sloPath)) {
        if (slo->contains("mean_ms"))
            rc.sloMeanMs = in.real(*slo, sloPath, "mean_ms", 0.0);
        if (slo->contains("p95_ms"))
            rc.sloP95Ms = in.real(*slo, sloPath, "p95_ms", 0.0);
    }
    const std::string trendPath = Reader::join(path, "requests_trend");
    if (const json* trend = in.member(v, path, "requests_trend", false); trend && in.object(*trend, trendPath))
        rc.requestsTrend = readCurve(in, *trend, trendPath);
    return rc;
}

engine::ScalingPolicy readScaling(Reader& in, const json& v, const std::string& path)
{
    engine::ScalingPolicy s;
    s.kind = in.choice(v, path, "policy", engine::ScalingKind::Horizontal, engine::scalingKindFromString);
    const bool ladder = engine::climbsLadder(s.kind);
    s.instanceType = in.text(v, path, "instance_type", {}, !ladder);
    s.capacityPerInstance = in.quantity(v, path, "capacity_per_instance", s.capacityPerInstance, !ladder);
    s.capacityPerVcpu = in.quantity(v, path, "capacity_per_vcpu", s.capacityPerVcpu, ladder);
    s.replicas = in.integer(v, path, "replicas", 1, false);
    s.ladder = in.texts(v, path, "ladder", ladder);
    s.targetUtilization = in.quantity(v, path, "target_utilization", 0.7, false);
    const bool fixed = s.kind == engine::ScalingKind::Fixed;
    const bool horizontal = s.kind == engine::ScalingKind::Horizontal;
    s.fixedInstances = in.integer(v, path, "instances", 1, fixed);
    s.minInstances = in.integer(v, path, "min_instances", 1, horizontal);
    s.maxInstances = in.integer(v, path, "max_instances", horizontal ? s.minInstances : s.maxInstances, horizontal);
    s.concurrency = in.integer(v, path, "concurrency", 0, false);
    if (const json* usl = in.member(v, path, "usl", false); usl && in.object(*usl, Reader::join(path, "usl"))) {
        s.usl.sigma = in.quantity(*usl, Reader::join(path, "usl"), "sigma", 0.0, false);
        s.usl.kappa = in.quantity(*usl, Reader::join(path, "usl"), "kappa", 0.0, false);
    }
    return s;
}

engine::CallEdge readCallEdge(Reader& in, const json& v, const std::string& path)
{
    engine::CallEdge e;
    e.from = in.text(v, path, "from");
    e.to = in.text(v, path, "to");
    e.callsPerOperation = in.quantity(v, path, "calls_per_operation");
    if (const json* async = in.member(v, path, "async", false)) {
        if (async->is_boolean())
            e.async = async->get<bool>();
        else
            in.fail(Reader::join(path, "async"), std::string("must be true or false; got ") + async->type_name());
    }
    return e;
}

// Every field optional, defaulting as DataGrowth.h documents: a component stores what it says.
engine::DataSpec readData(Reader& in, const json& v, const std::string& path)
{
    engine::DataSpec d;
    engine::DataParameters& g = d.growth;
    g.gbPerUser = in.quantity(v, path, "gb_per_user", g.gbPerUser, false);
    g.ingestGbPerUserPerMonth = in.quantity(v, path, "ingest_gb_per_user_per_month", g.ingestGbPerUserPerMonth, false);
    g.retentionMonths = in.integer(v, path, "retention_months", g.retentionMonths, false);
    g.replicationFactor = in.quantity(v, path, "replication_factor", g.replicationFactor, false);
    g.compressionRatio = in.quantity(v, path, "compression_ratio", g.compressionRatio, false);
    d.storagePricePerGbMonth = in.quantity(v, path, "storage_price_per_gb_month", 0.0, false);
    g.backupThroughputGbPerHour =
        in.quantity(v, path, "backup_throughput_gb_per_hour", g.backupThroughputGbPerHour, false);
    g.restoreThroughputGbPerHour =
        in.quantity(v, path, "restore_throughput_gb_per_hour", g.restoreThroughputGbPerHour, false);
    g.backupWindowHours = in.quantity(v, path, "backup_window_hours", g.backupWindowHours, false);
    g.rtoHours = in.quantity(v, path, "rto_hours", g.rtoHours, false);
    g.workingSetFraction = in.quantity(v, path, "working_set_fraction", g.workingSetFraction, false);
    g.missPenalty = in.quantity(v, path, "miss_penalty", g.missPenalty, false);
    g.maxGbPerShard = in.quantity(v, path, "max_gb_per_shard", g.maxGbPerShard, false);
    g.maxWritesPerSecondPerShard =
        in.quantity(v, path, "max_writes_per_second_per_shard", g.maxWritesPerSecondPerShard, false);
    d.writeShare = in.quantity(v, path, "write_share", d.writeShare, false);
    const std::string trendPath = Reader::join(path, "ingest_trend");
    if (const json* trend = in.member(v, path, "ingest_trend", false); trend && in.object(*trend, trendPath))
        d.ingestTrend = readCurve(in, *trend, trendPath);
    return d;
}

engine::TeamSpec readTeam(Reader& in, const json& v, const std::string& path)
{
    engine::TeamSpec t;
    t.componentGroups = in.integer(v, path, "component_groups", t.componentGroups, false);
    t.onCallRotations = in.integer(v, path, "on_call_rotations", t.onCallRotations, false);
    t.minPeoplePerRotation = in.integer(v, path, "min_people_per_rotation", t.minPeoplePerRotation, false);
    t.recruitingCapacityPerMonth =
        in.quantity(v, path, "recruiting_capacity_per_month", t.recruitingCapacityPerMonth, false);
    t.leadTimeMonths = in.quantity(v, path, "lead_time_months", t.leadTimeMonths, false);
    // Whole months, as a .headroom file holds the estimate; validation checks the bounds with the model.
    if (const double months = t.leadTimeMonths.estimate;
        months != std::floor(months) || !(std::abs(months) <= std::numeric_limits<int>::max()))
        in.fail(Reader::join(path, "lead_time_months"), "must be a whole number");
    t.roles = readList<engine::Role>(in, v, "roles", [&](const json& item, const std::string& p) {
        engine::Role r;
        r.id = in.text(item, p, "id");
        r.name = in.text(item, p, "name", r.id, false);
        r.rule = in.choice(item, p, "rule", engine::HeadcountRuleKind::Curve, engine::headcountRuleFromString);
        r.loadedCostPerMonth = in.quantity(item, p, "loaded_cost_per_month");
        r.attritionPerYear = in.quantity(item, p, "attrition_per_year", r.attritionPerYear, false);
        r.costPerHire = in.quantity(item, p, "cost_per_hire", r.costPerHire, false);
        const std::string curvePath = Reader::join(p, "headcount");
        const bool curve = r.rule == engine::HeadcountRuleKind::Curve;
        if (const json* h = in.member(item, p, "headcount", curve); h && in.object(*h, curvePath))
            r.headcount = readCurve(in, *h, curvePath);
        r.engineersPerGroup = in.quantity(item, p, "engineers_per_group", r.engineersPerGroup,
                                          r.rule == engine::HeadcountRuleKind::PerComponentGroup);
        r.instancesPerSre =
            in.quantity(item, p, "instances_per_sre", r.instancesPerSre, r.rule == engine::HeadcountRuleKind::Sre);
        r.usersPerSupportPerson = in.quantity(item, p, "users_per_support_person", r.usersPerSupportPerson,
                                              r.rule == engine::HeadcountRuleKind::Support);
        const std::string scalingPath = Reader::join(p, "scaling");
        if (const json* s = in.member(item, p, "scaling", false); s && in.object(*s, scalingPath)) {
            engine::RoleScaling scaling;
            scaling.sigma = in.quantity(*s, scalingPath, "sigma", 0.0, false);
            scaling.kappa = in.quantity(*s, scalingPath, "kappa", 0.0, false);
            scaling.maxTeamSize = in.integer(*s, scalingPath, "max_team_size", scaling.maxTeamSize);
            r.scaling = scaling;
        }
        return r;
    }, path);
    return t;
}

engine::CostSettings readCosts(Reader& in, const json& v, const std::string& path)
{
    engine::CostSettings c;
    c.reservedShare = in.quantity(v, path, "reserved_share", 0.0, false);
    c.egressGbPerUserPerMonth = in.quantity(v, path, "egress_gb_per_user_per_month", 0.0, false);
    c.egressPricePerGb = in.quantity(v, path, "egress_price_per_gb", 0.0, false);
    if (v.contains("revenue_per_user_per_month"))
        c.revenuePerUserPerMonth = in.quantity(v, path, "revenue_per_user_per_month");
    if (v.contains("target_cost_per_user"))
        c.targetCostPerUser = in.real(v, path, "target_cost_per_user", 0.0);
    c.unitCostRisingMonths = in.integer(v, path, "unit_cost_rising_months", c.unitCostRisingMonths, false);
    for (const engine::PriceTrendField& price : engine::kPriceTrends) {
        const std::string key(price.key);
        const std::string trendPath = Reader::join(path, key.c_str());
        if (const json* trend = in.member(v, path, key.c_str(), false); trend && in.object(*trend, trendPath))
            c.*price.trend = readCurve(in, *trend, trendPath);
    }
    c.licences = readList<engine::Licence>(in, v, "licences", [&](const json& item, const std::string& p) {
        engine::Licence l;
        l.id = in.text(item, p, "id");
        l.name = in.text(item, p, "name", l.id, false);
        l.kind = in.choice(item, p, "kind", engine::LicenceKind::Fixed, engine::licenceKindFromString);
        l.component = in.text(item, p, "component", {}, l.kind == engine::LicenceKind::PerNode);
        l.roles = in.texts(item, p, "roles", false);
        l.pricePerMonth = in.quantity(item, p, "price_per_month");
        return l;
    }, path);
    return c;
}

engine::Scenario readScenario(Reader& in, const json& v, const std::string& path)
{
    engine::Scenario sc;
    sc.id = in.text(v, path, "id");
    sc.name = in.text(v, path, "name", sc.id, false);
    const json* overrides = in.list(v, path, "overrides");
    if (!overrides)
        return sc;
    for (std::size_t i = 0; i < overrides->size(); ++i) {
        const json& o = (*overrides)[i];
        const std::string at = Reader::join(path, "overrides") + "[" + std::to_string(i) + "]";
        if (!in.object(o, at))
            continue;
        if (o.contains("path")) {
            sc.quantities.push_back({in.text(o, at, "path"), in.quantity(o, at, "value")});
        } else if (o.contains("component")) {
            engine::ScalingOverride so;
            so.component = in.text(o, at, "component");
            const std::string scalingPath = Reader::join(at, "scaling");
            if (const json* scaling = in.member(o, at, "scaling"); scaling && in.object(*scaling, scalingPath))
                so.scaling = readScaling(in, *scaling, scalingPath);
            sc.scalings.push_back(std::move(so));
        } else {
            in.fail(at, "must have a \"path\" and a \"value\", or a \"component\" and its \"scaling\"");
        }
    }
    return sc;
}

engine::Component readComponent(Reader& in, const json& v, const std::string& path)
{
    engine::Component c;
    c.id = in.text(v, path, "id");
    c.name = in.text(v, path, "name", c.id, false);
    c.kind = in.choice(v, path, "kind", engine::ComponentKind::Service, engine::componentKindFromString);
    c.cacheHitRatio = in.quantity(v, path, "cache_hit_ratio", 0.0, false);
    const std::string scalingPath = Reader::join(path, "scaling");
    if (const json* s = in.member(v, path, "scaling"); s && in.object(*s, scalingPath))
        c.scaling = readScaling(in, *s, scalingPath);
    c.maxLagMinutes = in.real(v, path, "max_lag_minutes", 0.0, false);
    const std::string dataPath = Reader::join(path, "data");
    if (const json* d = in.member(v, path, "data", false); d && in.object(*d, dataPath))
        c.data = readData(in, *d, dataPath);
    return c;
}

} // namespace

std::string scalingToJsonText(const engine::ScalingPolicy& scaling) { return scalingToJson(scaling).dump(); }

std::optional<engine::ScalingPolicy> scalingFromJsonText(const std::string& text, const std::string& path,
                                                         std::vector<engine::Problem>& problems)
{
    const json doc = json::parse(text, nullptr, false);
    Reader in(problems);
    const std::size_t before = problems.size();
    if (doc.is_discarded() || !in.object(doc, path))
        return std::nullopt;
    engine::ScalingPolicy s = readScaling(in, doc, path);
    if (problems.size() != before)
        return std::nullopt;
    return s;
}

ordered_json modelToJson(const engine::Model& model)
{
    ordered_json catalog = ordered_json::array();
    for (const engine::InstanceType& t : model.catalog) {
        catalog.push_back({{"id", t.id},
                           {"name", t.name},
                           {"vcpu", number(t.vcpu)},
                           {"memory_gb", number(t.memoryGb)},
                           {"price_per_hour", quantityToJson(t.pricePerHour)}});
        if (t.reservedDiscount != Quantity{})
            catalog.back()["reserved_discount"] = quantityToJson(t.reservedDiscount);
    }
    ordered_json classes = ordered_json::array();
    for (const engine::RequestClass& rc : model.requestClasses)
        classes.push_back(requestClassToJson(rc));
    ordered_json components = ordered_json::array();
    for (const engine::Component& c : model.components)
        components.push_back(componentToJson(c));
    ordered_json scenarios = ordered_json::array();
    for (const engine::Scenario& sc : model.scenarios)
        scenarios.push_back(scenarioToJson(sc));
    ordered_json calls = ordered_json::array();
    for (const engine::CallEdge& e : model.calls)
        calls.push_back({{"from", e.from},
                         {"to", e.to},
                         {"calls_per_operation", quantityToJson(e.callsPerOperation)},
                         {"async", e.async}});
    return ordered_json{{"format", kJsonFormatName},
                {"format_version", kJsonFormatVersion},
                {"name", model.name},
                {"start", model.start.toString()},
                {"horizon_months", model.horizonMonths},
                {"peak_hours", quantityToJson(model.peakHours)},
                {"users", curveToJson(model.users)},
                {"catalog", std::move(catalog)},
                {"request_classes", std::move(classes)},
                {"components", std::move(components)},
                {"calls", std::move(calls)},
                {"costs", costsToJson(model.costs)},
                {"team", teamToJson(model.team)},
                {"scenarios", std::move(scenarios)}};
}

ModelParse modelFromJson(const json& doc)
{
    ModelParse out;
    Reader in(out.problems);
    if (!in.object(doc, "(document)"))
        return out;
    engine::Model m;
    m.name = in.text(doc, "", "name", "Untitled", false);
    const std::string start = in.text(doc, "", "start");
    if (const auto ym = engine::YearMonth::parse(start))
        m.start = *ym;
    else if (!start.empty())
        in.fail("start", "must be a month as YYYY-MM; got \"" + start + "\"");
    m.horizonMonths = in.integer(doc, "", "horizon_months", 36);
    m.peakHours = in.quantity(doc, "", "peak_hours", m.peakHours, false);
    if (const json* users = in.member(doc, "", "users"); users && in.object(*users, "users"))
        m.users = readCurve(in, *users, "users");
    m.catalog = readList<engine::InstanceType>(
        in, doc, "catalog", [&](const json& v, const std::string& p) { return readInstanceType(in, v, p); });
    m.requestClasses = readList<engine::RequestClass>(
        in, doc, "request_classes", [&](const json& v, const std::string& p) { return readRequestClass(in, v, p); });
    m.components = readList<engine::Component>(
        in, doc, "components", [&](const json& v, const std::string& p) { return readComponent(in, v, p); });
    m.calls = readList<engine::CallEdge>(
        in, doc, "calls", [&](const json& v, const std::string& p) { return readCallEdge(in, v, p); });
    if (const json* costs = in.member(doc, "", "costs", false); costs && in.object(*costs, "costs"))
        m.costs = readCosts(in, *costs, "costs");
    if (const json* team = in.member(doc, "", "team", false); team && in.object(*team, "team"))
        m.team = readTeam(in, *team, "team");
    m.scenarios = readList<engine::Scenario>(
        in, doc, "scenarios", [&](const json& v, const std::string& p) { return readScenario(in, v, p); });
    if (out.problems.empty())
        out.model = std::move(m);
    return out;
}

} // namespace headroom::project
