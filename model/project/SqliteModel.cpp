#include "project/SqliteModel.h"

#include "project/SqliteValues.h"

#include <nlohmann/json.hpp>

#include <array>
#include <utility>

namespace headroom::project::store {

namespace {

// The driver of a request class's requests trend: by its position, which is unique even in a
// model whose ids are not (yet) — a model with a problem must still save.
std::string requestsTrendDriver(std::size_t position)
{
    return "requests_trend:" + std::to_string(position);
}

// The driver of the ingest trend of the data of the component at `position`.
std::string ingestTrendDriver(std::size_t position)
{
    return "ingest_trend:" + std::to_string(position);
}

// A component's data as component_data holds it: the retention, then every quantity in this order,
// each as its estimate, _lo and _hi (schema 5; earlier files gain NULL bounds when migrated).
constexpr const char* kDataColumns =
    "component_position, retention_months, gb_per_user, gb_per_user_lo, gb_per_user_hi, ingest_gb_per_user_per_month,"
    " ingest_gb_per_user_per_month_lo, ingest_gb_per_user_per_month_hi, replication_factor, replication_factor_lo,"
    " replication_factor_hi, compression_ratio, compression_ratio_lo, compression_ratio_hi, storage_price_per_gb_month,"
    " storage_price_per_gb_month_lo, storage_price_per_gb_month_hi, backup_throughput_gb_per_hour,"
    " backup_throughput_gb_per_hour_lo, backup_throughput_gb_per_hour_hi, restore_throughput_gb_per_hour,"
    " restore_throughput_gb_per_hour_lo, restore_throughput_gb_per_hour_hi, backup_window_hours,"
    " backup_window_hours_lo, backup_window_hours_hi, rto_hours, rto_hours_lo, rto_hours_hi, working_set_fraction,"
    " working_set_fraction_lo, working_set_fraction_hi, miss_penalty, miss_penalty_lo, miss_penalty_hi, max_gb_per_shard, max_gb_per_shard_lo,"
    " max_gb_per_shard_hi, max_writes_per_second_per_shard, max_writes_per_second_per_shard_lo,"
    " max_writes_per_second_per_shard_hi, write_share, write_share_lo, write_share_hi";
constexpr int kDataQuantities = 14;

template <typename Spec>
auto dataQuantities(Spec& d)
{
    auto& g = d.growth;
    return std::array{&g.gbPerUser,
                      &g.ingestGbPerUserPerMonth,
                      &g.replicationFactor,
                      &g.compressionRatio,
                      &d.storagePricePerGbMonth,
                      &g.backupThroughputGbPerHour,
                      &g.restoreThroughputGbPerHour,
                      &g.backupWindowHours,
                      &g.rtoHours,
                      &g.workingSetFraction,
                      &g.missPenalty,
                      &g.maxGbPerShard,
                      &g.maxWritesPerSecondPerShard,
                      &d.writeShare};
}
static_assert(std::tuple_size_v<decltype(dataQuantities(std::declval<engine::DataSpec&>()))> == kDataQuantities);

std::string insertDataSql()
{
    std::string sql = std::string("INSERT INTO component_data (") + kDataColumns + ") VALUES (?, ?";
    for (int i = 0; i < 3 * kDataQuantities; ++i)
        sql += ", ?";
    return sql + ")";
}

std::string selectDataSql()
{
    return std::string("SELECT ") + kDataColumns + " FROM component_data ORDER BY component_position";
}

// The driver of the headcount curve of the team role at `position` (schema 3; role:ID before).
std::string roleHeadcountDriver(std::size_t position)
{
    return "role_headcount:" + std::to_string(position);
}

// A growth curve under its driver: "users", "compute_price_trend", roleHeadcountDriver() for a role's
// headcount, requestsTrendDriver() for a request class's trend, ingestTrendDriver() for a component's
// ingest.
void writeCurve(Database& db, const std::string& driver, const engine::Curve& c)
{
    Statement curve = db.prepare("INSERT INTO curve VALUES (?, ?, ?,?,?, ?,?,?, ?,?,?, ?,?,?, ?,?,?, ?, ?, ?)");
    curve.bind(1, driver).bind(2, engine::toString(c.kind));
    bindQuantity(curve, 3, c.initial);
    bindQuantity(curve, 6, c.slopePerMonth);
    bindQuantity(curve, 9, c.monthlyGrowth);
    bindQuantity(curve, 12, c.ceiling);
    bindQuantity(curve, 15, c.ratePerMonth);
    nlohmann::json shape{{"points", nlohmann::json::array()},
                         {"values", c.values},
                         {"seasonality", nlohmann::json::array()},
                         {"events", nlohmann::json::array()}};
    // Beside it, the intervals of those quantities (schema 6), or NULL where none has one.
    nlohmann::json intervals{{"points", nlohmann::json::array()},
                             {"seasonality", nlohmann::json::array()},
                             {"events", nlohmann::json::array()}};
    bool uncertain = false;
    const auto interval = [&](const char* list, const Quantity& q) {
        uncertain = uncertain || q.interval90;
        intervals[list].push_back(q.interval90 ? nlohmann::json{q.interval90->lo, q.interval90->hi} : nlohmann::json());
    };
    for (const engine::CurvePoint& p : c.points) {
        shape["points"].push_back({p.month, p.value.estimate});
        interval("points", p.value);
    }
    for (const Quantity& m : c.seasonality) {
        shape["seasonality"].push_back(m.estimate);
        interval("seasonality", m);
    }
    for (const engine::CurveEvent& e : c.events) {
        shape["events"].push_back({e.month, e.multiplier.estimate, e.durationMonths});
        interval("events", e.multiplier);
    }
    curve.bind(18, c.logInterpolation ? 1 : 0).bind(19, shape.dump());
    if (uncertain) // else left unbound: NULL
        curve.bind(20, intervals.dump());
    curve.run();
}

void writeTeam(Database& db, const engine::TeamSpec& t)
{
    Statement settings = db.prepare(
        "INSERT INTO team_settings (id, component_groups, on_call_rotations, min_people_per_rotation,"
        " recruiting_capacity_per_month, recruiting_capacity_per_month_lo, recruiting_capacity_per_month_hi,"
        " lead_time_months, lead_time_months_lo, lead_time_months_hi) VALUES (1, ?, ?, ?, ?,?,?, ?,?,?)");
    settings.bind(1, t.componentGroups).bind(2, t.onCallRotations).bind(3, t.minPeoplePerRotation);
    bindQuantity(settings, 4, t.recruitingCapacityPerMonth);
    bindQuantity(settings, 7, t.leadTimeMonths); // a whole estimate, as the INTEGER column holds it
    settings.run();
    Statement role = db.prepare(
        "INSERT INTO role (position, id, name, rule, loaded_cost_per_month, loaded_cost_per_month_lo,"
        " loaded_cost_per_month_hi, attrition_per_year, attrition_per_year_lo, attrition_per_year_hi, cost_per_hire,"
        " cost_per_hire_lo, cost_per_hire_hi, engineers_per_group, engineers_per_group_lo, engineers_per_group_hi,"
        " instances_per_sre, instances_per_sre_lo, instances_per_sre_hi, users_per_support_person,"
        " users_per_support_person_lo, users_per_support_person_hi, scaling_sigma, scaling_sigma_lo,"
        " scaling_sigma_hi, scaling_kappa, scaling_kappa_lo, scaling_kappa_hi, max_team_size)"
        " VALUES (?, ?, ?, ?, ?,?,?, ?,?,?, ?,?,?, ?,?,?, ?,?,?, ?,?,?, ?,?,?, ?,?,?, ?)");
    for (std::size_t i = 0; i < t.roles.size(); ++i) {
        const engine::Role& r = t.roles[i];
        role.bind(1, static_cast<std::int64_t>(i)).bind(2, r.id).bind(3, r.name).bind(4, engine::toString(r.rule));
        bindQuantity(role, 5, r.loadedCostPerMonth);
        bindQuantity(role, 8, r.attritionPerYear);
        bindQuantity(role, 11, r.costPerHire);
        bindQuantity(role, 14, r.engineersPerGroup);
        bindQuantity(role, 17, r.instancesPerSre);
        bindQuantity(role, 20, r.usersPerSupportPerson);
        if (r.scaling) { // schema 5; left unbound, the columns are NULL
            bindQuantity(role, 23, r.scaling->sigma);
            bindQuantity(role, 26, r.scaling->kappa);
            role.bind(29, r.scaling->maxTeamSize);
        }
        role.run();
        writeCurve(db, roleHeadcountDriver(i), r.headcount);
    }
}

void writeCosts(Database& db, const engine::CostSettings& c)
{
    Statement costs = db.prepare("INSERT INTO cost_settings VALUES (1, ?,?,?, ?,?,?, ?,?,?, ?, ?,?,?, ?, ?)");
    bindQuantity(costs, 1, c.reservedShare);
    bindQuantity(costs, 4, c.egressGbPerUserPerMonth);
    bindQuantity(costs, 7, c.egressPricePerGb);
    costs.bind(10, c.revenuePerUserPerMonth ? 1 : 0);
    if (c.revenuePerUserPerMonth)
        bindQuantity(costs, 11, *c.revenuePerUserPerMonth);
    costs.bind(14, c.targetCostPerUser).bind(15, c.unitCostRisingMonths).run();
    Statement licence = db.prepare("INSERT INTO licence VALUES (?, ?, ?, ?, ?, ?,?,?)");
    Statement seatRole = db.prepare("INSERT INTO licence_seat_role VALUES (?, ?, ?)");
    for (std::size_t i = 0; i < c.licences.size(); ++i) {
        const engine::Licence& l = c.licences[i];
        licence.bind(1, static_cast<std::int64_t>(i)).bind(2, l.id).bind(3, l.name).bind(4, engine::toString(l.kind));
        licence.bind(5, l.component);
        bindQuantity(licence, 6, l.pricePerMonth);
        licence.run();
        for (std::size_t r = 0; r < l.roles.size(); ++r)
            seatRole.bind(1, static_cast<std::int64_t>(i))
                .bind(2, static_cast<std::int64_t>(r))
                .bind(3, l.roles[r])
                .run();
    }
}

// The shape of a curve, stored as compact JSON: every entry checked for type, lists bounded.
void readCurveShape(const std::string& text, engine::Curve& c)
{
    const nlohmann::json shape = nlohmann::json::parse(text, nullptr, false);
    const auto list = [&](const char* key) -> const nlohmann::json& {
        if (shape.is_discarded() || !shape.is_object() || !shape.contains(key) || !shape[key].is_array() ||
            shape[key].size() > kMaxListLength)
            throw BadValue{std::string("a curve's ") + key + " are not a list"};
        return shape[key];
    };
    const auto number = [](const nlohmann::json& v) {
        if (!v.is_number())
            throw BadValue{"a curve holds a value that is not a number"};
        return v.get<double>();
    };
    for (const auto& p : list("points")) {
        if (!p.is_array() || p.size() != 2)
            throw BadValue{"a curve's point is not [month, value]"};
        c.points.push_back({number(p[0]), number(p[1])});
    }
    for (const auto& v : list("values"))
        c.values.push_back(number(v));
    for (const auto& v : list("seasonality"))
        c.seasonality.push_back(number(v));
    for (const auto& e : list("events")) {
        if (!e.is_array() || e.size() != 3 || !e[0].is_number_integer() || !e[2].is_number_integer())
            throw BadValue{"a curve's event is not [month, multiplier, duration]"};
        c.events.push_back({e[0].get<int>(), number(e[1]), e[2].get<int>()});
    }
}

// The intervals of a curve's point values, seasonality and event multipliers (schema 6): lists as
// long as the shape's, each item [lo, hi] or null.
void readCurveIntervals(const std::string& text, engine::Curve& c)
{
    const nlohmann::json intervals = nlohmann::json::parse(text, nullptr, false);
    const auto apply = [&](const char* key, std::size_t count, const auto& quantityAt) {
        if (intervals.is_discarded() || !intervals.is_object() || !intervals.contains(key) ||
            !intervals[key].is_array() || intervals[key].size() != count)
            throw BadValue{std::string("a curve's ") + key + " intervals do not match its " + key};
        for (std::size_t i = 0; i < count; ++i) {
            const nlohmann::json& iv = intervals[key][i];
            if (iv.is_null())
                continue;
            if (!iv.is_array() || iv.size() != 2 || !iv[0].is_number() || !iv[1].is_number())
                throw BadValue{std::string("a curve's ") + key + " interval is not [lo, hi]"};
            quantityAt(i).interval90 = engine::Interval{iv[0].get<double>(), iv[1].get<double>()};
        }
    };
    apply("points", c.points.size(), [&](std::size_t i) -> Quantity& { return c.points[i].value; });
    apply("seasonality", c.seasonality.size(), [&](std::size_t i) -> Quantity& { return c.seasonality[i]; });
    apply("events", c.events.size(), [&](std::size_t i) -> Quantity& { return c.events[i].multiplier; });
}

bool hasCurve(Database& db, const std::string& driver)
{
    return db.prepare("SELECT 1 FROM curve WHERE driver = ?").bind(1, driver).step();
}

engine::Curve readCurve(Database& db, const std::string& driver)
{
    Statement curve = db.prepare("SELECT kind, initial, initial_lo, initial_hi, slope_per_month, slope_per_month_lo,"
                                 " slope_per_month_hi, monthly_growth, monthly_growth_lo, monthly_growth_hi, ceiling,"
                                 " ceiling_lo, ceiling_hi, rate_per_month, rate_per_month_lo, rate_per_month_hi,"
                                 " log_interpolation, shape_json, shape_intervals_json FROM curve WHERE driver = ?");
    curve.bind(1, driver);
    if (!curve.step())
        throw BadValue{"the curve of " + driver + " is missing"};
    engine::Curve c;
    c.kind = enumValue<engine::CurveKind>(boundedText(curve, 0), engine::curveKindFromString);
    c.initial = readQuantity(curve, 1);
    c.slopePerMonth = readQuantity(curve, 4);
    c.monthlyGrowth = readQuantity(curve, 7);
    c.ceiling = readQuantity(curve, 10);
    c.ratePerMonth = readQuantity(curve, 13);
    c.logInterpolation = curve.integer(16) != 0;
    readCurveShape(curve.text(17), c);
    if (curve.columnType(18) != SQLITE_NULL)
        readCurveIntervals(curve.text(18), c);
    return c;
}

// A role's scaling from its schema 5 columns from `first` on (sigma, its bounds, kappa, its bounds,
// max_team_size): all NULL for none, as in every role of an older file.
std::optional<engine::RoleScaling> readRoleScaling(const Statement& s, int first)
{
    const bool given = s.columnType(first + 6) != SQLITE_NULL;
    if ((s.columnType(first) != SQLITE_NULL) != given || (s.columnType(first + 3) != SQLITE_NULL) != given)
        throw BadValue{"a team role's scaling is incomplete"};
    if (!given)
        return std::nullopt;
    return engine::RoleScaling{readQuantity(s, first), readQuantity(s, first + 3), boundedInt(s, first + 6)};
}

engine::TeamSpec readTeam(Database& db)
{
    engine::TeamSpec t;
    Statement settings = db.prepare(
        "SELECT component_groups, on_call_rotations, min_people_per_rotation, recruiting_capacity_per_month,"
        " recruiting_capacity_per_month_lo, recruiting_capacity_per_month_hi, lead_time_months, lead_time_months_lo,"
        " lead_time_months_hi FROM team_settings WHERE id = 1");
    if (!settings.step())
        throw BadValue{"the team settings are missing"};
    t.componentGroups = boundedInt(settings, 0);
    t.onCallRotations = boundedInt(settings, 1);
    t.minPeoplePerRotation = boundedInt(settings, 2);
    t.recruitingCapacityPerMonth = readQuantity(settings, 3);
    t.leadTimeMonths = readQuantity(settings, 6);
    forEachRow(db, "SELECT id, name, rule, loaded_cost_per_month, loaded_cost_per_month_lo, loaded_cost_per_month_hi,"
                   " attrition_per_year, attrition_per_year_lo, attrition_per_year_hi, cost_per_hire,"
                   " cost_per_hire_lo, cost_per_hire_hi, engineers_per_group, engineers_per_group_lo,"
                   " engineers_per_group_hi, instances_per_sre, instances_per_sre_lo, instances_per_sre_hi,"
                   " users_per_support_person, users_per_support_person_lo, users_per_support_person_hi,"
                   " scaling_sigma, scaling_sigma_lo, scaling_sigma_hi, scaling_kappa, scaling_kappa_lo,"
                   " scaling_kappa_hi, max_team_size FROM role ORDER BY position",
               [&](const Statement& s) {
                   engine::Role r;
                   r.id = boundedText(s, 0);
                   r.name = boundedText(s, 1);
                   r.rule = enumValue<engine::HeadcountRuleKind>(boundedText(s, 2), engine::headcountRuleFromString);
                   r.loadedCostPerMonth = readQuantity(s, 3);
                   r.attritionPerYear = readQuantity(s, 6);
                   r.costPerHire = readQuantity(s, 9);
                   r.engineersPerGroup = readQuantity(s, 12);
                   r.instancesPerSre = readQuantity(s, 15);
                   r.usersPerSupportPerson = readQuantity(s, 18);
                   r.scaling = readRoleScaling(s, 21);
                   t.roles.push_back(std::move(r));
               });
    for (std::size_t i = 0; i < t.roles.size(); ++i)
        t.roles[i].headcount = readCurve(db, roleHeadcountDriver(i));
    return t;
}

engine::CostSettings readCosts(Database& db)
{
    engine::CostSettings c;
    Statement costs = db.prepare(
        "SELECT id, reserved_share, reserved_share_lo, reserved_share_hi, egress_gb_per_user_per_month,"
        " egress_gb_per_user_per_month_lo, egress_gb_per_user_per_month_hi, egress_price_per_gb,"
        " egress_price_per_gb_lo, egress_price_per_gb_hi, has_revenue, revenue_per_user_per_month,"
        " revenue_per_user_per_month_lo, revenue_per_user_per_month_hi, target_cost_per_user,"
        " unit_cost_rising_months FROM cost_settings WHERE id = 1");
    if (!costs.step())
        throw BadValue{"the cost settings are missing"};
    c.reservedShare = readQuantity(costs, 1);
    c.egressGbPerUserPerMonth = readQuantity(costs, 4);
    c.egressPricePerGb = readQuantity(costs, 7);
    if (costs.integer(10) != 0)
        c.revenuePerUserPerMonth = readQuantity(costs, 11);
    c.targetCostPerUser = optionalReal(costs, 14);
    c.unitCostRisingMonths = boundedInt(costs, 15);
    forEachRow(db, "SELECT id, name, kind, component, price_per_month, price_per_month_lo, price_per_month_hi"
                   " FROM licence ORDER BY position",
               [&](const Statement& s) {
                   engine::Licence l;
                   l.id = boundedText(s, 0);
                   l.name = boundedText(s, 1);
                   l.kind = enumValue<engine::LicenceKind>(boundedText(s, 2), engine::licenceKindFromString);
                   l.component = boundedText(s, 3);
                   l.pricePerMonth = readQuantity(s, 4);
                   c.licences.push_back(std::move(l));
               });
    forEachRow(db, "SELECT licence_position, role FROM licence_seat_role ORDER BY licence_position, position",
               [&](const Statement& s) {
                   const std::int64_t position = s.integer(0);
                   if (position < 0 || std::size_t(position) >= c.licences.size())
                       throw BadValue{"a seat licence's role belongs to no licence"};
                   c.licences[std::size_t(position)].roles.push_back(boundedText(s, 1));
               });
    return c;
}

} // namespace

void writeModel(Database& db, const engine::Model& m)
{
    Statement model = db.prepare("INSERT INTO model (id, name, start_month, horizon_months, peak_hours, peak_hours_lo,"
                                 " peak_hours_hi) VALUES (1, ?, ?, ?, ?,?,?)");
    model.bind(1, m.name).bind(2, m.start.toString()).bind(3, m.horizonMonths);
    bindQuantity(model, 4, m.peakHours);
    model.run();

    writeCurve(db, "users", m.users);
    writeTeam(db, m.team);

    Statement type = db.prepare("INSERT INTO instance_type (position, id, name, vcpu, memory_gb, price_per_hour,"
                                " price_per_hour_lo, price_per_hour_hi, reserved_discount, reserved_discount_lo,"
                                " reserved_discount_hi) VALUES (?, ?, ?, ?, ?, ?,?,?, ?,?,?)");
    for (std::size_t i = 0; i < m.catalog.size(); ++i) {
        const engine::InstanceType& t = m.catalog[i];
        type.bind(1, static_cast<std::int64_t>(i)).bind(2, t.id).bind(3, t.name).bind(4, t.vcpu).bind(5, t.memoryGb);
        bindQuantity(type, 6, t.pricePerHour);
        bindQuantity(type, 9, t.reservedDiscount);
        type.run();
    }
    writeCosts(db, m.costs);
    for (const engine::PriceTrendField& price : engine::kPriceTrends)
        if (const std::optional<engine::Curve>& trend = m.costs.*price.trend)
            writeCurve(db, std::string(price.key), *trend);

    Statement rc = db.prepare("INSERT INTO request_class VALUES (?, ?, ?, ?,?,?, ?,?,?, ?, ?, ?)");
    for (std::size_t i = 0; i < m.requestClasses.size(); ++i) {
        const engine::RequestClass& r = m.requestClasses[i];
        rc.bind(1, static_cast<std::int64_t>(i)).bind(2, r.id).bind(3, r.name);
        bindQuantity(rc, 4, r.requestsPerUserPerDay);
        bindQuantity(rc, 7, r.peakToAverage);
        rc.bind(10, r.entryComponent).bind(11, r.sloMeanMs).bind(12, r.sloP95Ms).run();
        if (r.requestsTrend)
            writeCurve(db, requestsTrendDriver(i), *r.requestsTrend);
    }

    Statement comp =
        db.prepare("INSERT INTO component VALUES (?, ?, ?, ?, ?, ?, ?,?,?, ?,?,?, ?, ?, ?, ?,?,?, ?,?,?, ?, ?,?,?, ?, ?,?,?, ?)");
    Statement ladder = db.prepare("INSERT INTO component_ladder VALUES (?, ?, ?)");
    Statement data = db.prepare(insertDataSql().c_str());
    for (std::size_t i = 0; i < m.components.size(); ++i) {
        const engine::Component& c = m.components[i];
        const engine::ScalingPolicy& s = c.scaling;
        comp.bind(1, static_cast<std::int64_t>(i)).bind(2, c.id).bind(3, c.name).bind(4, engine::toString(c.kind));
        comp.bind(5, engine::toString(s.kind)).bind(6, s.instanceType);
        bindQuantity(comp, 7, s.capacityPerInstance);
        bindQuantity(comp, 10, s.targetUtilization);
        comp.bind(13, s.minInstances).bind(14, s.maxInstances).bind(15, s.fixedInstances);
        bindQuantity(comp, 16, s.usl.sigma);
        bindQuantity(comp, 19, s.usl.kappa);
        comp.bind(22, s.concurrency);
        bindQuantity(comp, 23, c.cacheHitRatio);
        comp.bind(26, s.replicas);
        bindQuantity(comp, 27, s.capacityPerVcpu);
        comp.bind(30, c.maxLagMinutes).run();
        if (c.data) {
            const engine::DataParameters& g = c.data->growth;
            data.bind(1, static_cast<std::int64_t>(i)).bind(2, g.retentionMonths);
            int column = 3;
            for (const engine::Quantity* q : dataQuantities(*c.data)) {
                bindQuantity(data, column, *q);
                column += 3;
            }
            data.run();
            if (c.data->ingestTrend)
                writeCurve(db, ingestTrendDriver(i), *c.data->ingestTrend);
        }
        for (std::size_t step = 0; step < s.ladder.size(); ++step)
            ladder.bind(1, static_cast<std::int64_t>(i)).bind(2, static_cast<std::int64_t>(step)).bind(3, s.ladder[step]).run();
    }

    Statement scenario = db.prepare("INSERT INTO scenario VALUES (?, ?, ?)");
    Statement override = db.prepare("INSERT INTO scenario_override VALUES (?, ?, ?, ?,?,?, ?, ?)");
    for (std::size_t i = 0; i < m.scenarios.size(); ++i) {
        const engine::Scenario& sc = m.scenarios[i];
        scenario.bind(1, static_cast<std::int64_t>(i)).bind(2, sc.id).bind(3, sc.name).run();
        std::int64_t position = 0;
        for (const engine::QuantityOverride& o : sc.quantities) {
            override.bind(1, static_cast<std::int64_t>(i)).bind(2, position++).bind(3, o.path);
            bindQuantity(override, 4, o.value);
            override.run();
        }
        for (const engine::ScalingOverride& o : sc.scalings) {
            override.bind(1, static_cast<std::int64_t>(i)).bind(2, position++);
            override.bind(7, o.component).bind(8, scalingToJsonText(o.scaling)).run();
        }
    }

    Statement edge = db.prepare("INSERT INTO call_edge VALUES (?, ?, ?, ?,?,?, ?)");
    for (std::size_t i = 0; i < m.calls.size(); ++i) {
        const engine::CallEdge& e = m.calls[i];
        edge.bind(1, static_cast<std::int64_t>(i)).bind(2, e.from).bind(3, e.to);
        bindQuantity(edge, 4, e.callsPerOperation);
        edge.bind(7, e.async ? 1 : 0).run();
    }
}

engine::Model readModel(Database& db)
{
    engine::Model m;
    Statement model = db.prepare(
        "SELECT name, start_month, horizon_months, peak_hours, peak_hours_lo, peak_hours_hi FROM model WHERE id = 1");
    if (!model.step())
        throw BadValue{"the model is missing"};
    m.name = boundedText(model, 0);
    m.start = monthValue(model.text(1));
    m.horizonMonths = boundedInt(model, 2);
    m.peakHours = readQuantity(model, 3);

    m.users = readCurve(db, "users");
    m.team = readTeam(db);

    forEachRow(db, "SELECT id, name, vcpu, memory_gb, price_per_hour, price_per_hour_lo, price_per_hour_hi,"
                   " reserved_discount, reserved_discount_lo, reserved_discount_hi FROM instance_type ORDER BY position",
               [&](const Statement& s) {
                   m.catalog.push_back({boundedText(s, 0), boundedText(s, 1), finiteReal(s, 2), finiteReal(s, 3),
                                        readQuantity(s, 4), readQuantity(s, 7)});
               });
    m.costs = readCosts(db);
    for (const engine::PriceTrendField& price : engine::kPriceTrends)
        if (const std::string driver(price.key); hasCurve(db, driver))
            m.costs.*price.trend = readCurve(db, driver);
    forEachRow(db, "SELECT id, name, requests_per_user_per_day, requests_per_user_per_day_lo,"
                   " requests_per_user_per_day_hi, peak_to_average, peak_to_average_lo, peak_to_average_hi, entry,"
                   " slo_mean_ms, slo_p95_ms FROM request_class ORDER BY position",
               [&](const Statement& s) {
                   engine::RequestClass rc;
                   rc.id = boundedText(s, 0);
                   rc.name = boundedText(s, 1);
                   rc.requestsPerUserPerDay = readQuantity(s, 2);
                   rc.peakToAverage = readQuantity(s, 5);
                   rc.entryComponent = boundedText(s, 8);
                   rc.sloMeanMs = optionalReal(s, 9);
                   rc.sloP95Ms = optionalReal(s, 10);
                   m.requestClasses.push_back(std::move(rc));
               });
    for (std::size_t i = 0; i < m.requestClasses.size(); ++i)
        if (hasCurve(db, requestsTrendDriver(i)))
            m.requestClasses[i].requestsTrend = readCurve(db, requestsTrendDriver(i));
    forEachRow(db, "SELECT id, name FROM scenario ORDER BY position", [&](const Statement& s) {
        engine::Scenario sc;
        sc.id = boundedText(s, 0);
        sc.name = boundedText(s, 1);
        m.scenarios.push_back(std::move(sc));
    });
    forEachRow(db, "SELECT scenario_position, path, estimate, lo, hi, component, scaling_json"
                   " FROM scenario_override ORDER BY scenario_position, position",
               [&](const Statement& s) {
                   const std::int64_t position = s.integer(0);
                   if (position < 0 || std::size_t(position) >= m.scenarios.size())
                       throw BadValue{"a scenario override belongs to no scenario"};
                   engine::Scenario& sc = m.scenarios[std::size_t(position)];
                   if (s.columnType(1) != SQLITE_NULL) {
                       sc.quantities.push_back({boundedText(s, 1), readQuantity(s, 2)});
                       return;
                   }
                   std::vector<engine::Problem> problems;
                   const std::string json = s.text(6);
                   if (json.size() > 100'000)
                       throw BadValue{"a scenario's scaling override is too long"};
                   auto scaling = scalingFromJsonText(json, "scaling", problems);
                   if (!scaling)
                       throw BadValue{"a scenario's scaling override is not valid: " +
                                      (problems.empty() ? std::string("not JSON") : problems[0].toString())};
                   sc.scalings.push_back({boundedText(s, 5), std::move(*scaling)});
               });
    forEachRow(db, "SELECT from_component, to_component, calls_per_operation, calls_per_operation_lo,"
                   " calls_per_operation_hi, async FROM call_edge ORDER BY position",
               [&](const Statement& s) {
                   engine::CallEdge e;
                   e.from = boundedText(s, 0);
                   e.to = boundedText(s, 1);
                   e.callsPerOperation = readQuantity(s, 2);
                   e.async = s.integer(5) != 0;
                   m.calls.push_back(std::move(e));
               });
    forEachRow(db, "SELECT id, name, kind, policy, instance_type, capacity_per_instance, capacity_per_instance_lo,"
                   " capacity_per_instance_hi, target_utilization, target_utilization_lo, target_utilization_hi,"
                   " min_instances, max_instances, fixed_instances, usl_sigma, usl_sigma_lo, usl_sigma_hi,"
                   " usl_kappa, usl_kappa_lo, usl_kappa_hi, concurrency, cache_hit_ratio, cache_hit_ratio_lo,"
                   " cache_hit_ratio_hi, replicas, capacity_per_vcpu, capacity_per_vcpu_lo, capacity_per_vcpu_hi,"
                   " max_lag_minutes FROM component ORDER BY position",
               [&](const Statement& s) {
                   engine::Component c;
                   c.id = boundedText(s, 0);
                   c.name = boundedText(s, 1);
                   c.kind = enumValue<engine::ComponentKind>(boundedText(s, 2), engine::componentKindFromString);
                   c.scaling.kind = enumValue<engine::ScalingKind>(boundedText(s, 3), engine::scalingKindFromString);
                   c.scaling.instanceType = boundedText(s, 4);
                   c.scaling.capacityPerInstance = readQuantity(s, 5);
                   c.scaling.targetUtilization = readQuantity(s, 8);
                   c.scaling.minInstances = boundedInt(s, 11);
                   c.scaling.maxInstances = boundedInt(s, 12);
                   c.scaling.fixedInstances = boundedInt(s, 13);
                   c.scaling.usl.sigma = readQuantity(s, 14);
                   c.scaling.usl.kappa = readQuantity(s, 17);
                   c.scaling.concurrency = boundedInt(s, 20);
                   c.cacheHitRatio = readQuantity(s, 21);
                   c.scaling.replicas = boundedInt(s, 24);
                   c.scaling.capacityPerVcpu = readQuantity(s, 25);
                   c.maxLagMinutes = finiteReal(s, 28);
                   m.components.push_back(std::move(c));
               });
    forEachRow(db, selectDataSql().c_str(), [&](const Statement& s) {
        const std::int64_t position = s.integer(0);
        if (position < 0 || std::size_t(position) >= m.components.size())
            throw BadValue{"stored data belongs to no component"};
        engine::DataSpec d;
        d.growth.retentionMonths = boundedInt(s, 1);
        int column = 2;
        for (engine::Quantity* q : dataQuantities(d)) {
            *q = readQuantity(s, column);
            column += 3;
        }
        if (hasCurve(db, ingestTrendDriver(std::size_t(position))))
            d.ingestTrend = readCurve(db, ingestTrendDriver(std::size_t(position)));
        m.components[std::size_t(position)].data = std::move(d);
    });
    forEachRow(db, "SELECT component_position, instance_type FROM component_ladder ORDER BY component_position, step",
               [&](const Statement& s) {
                   const std::int64_t position = s.integer(0);
                   if (position < 0 || std::size_t(position) >= m.components.size())
                       throw BadValue{"a ladder step belongs to no component"};
                   m.components[std::size_t(position)].scaling.ladder.push_back(boundedText(s, 1));
               });
    return m;
}

} // namespace headroom::project::store
