#include "project/SqliteStore.h"

#include "project/AtomicFile.h"
#include "project/ModelJson.h"
#include "project/Sqlite.h"

#include <nlohmann/json.hpp>

#include <cstring>
#include <filesystem>
#include <fstream>
#include <unistd.h>

namespace headroom::project {

using engine::Quantity;
using sqlite::Database;
using sqlite::SqliteError;
using sqlite::Statement;

namespace {

// Schema version 1. Every numeric input is a quantity: its estimate and, where uncertain, the
// bounds of its 90% interval (both NULL otherwise). Model references (an instance type, an entry
// component) are plain text checked by validation, so that an invalid model can still be saved.
constexpr const char* kSchema = R"sql(
CREATE TABLE model (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    name TEXT NOT NULL,
    start_month TEXT NOT NULL,
    horizon_months INTEGER NOT NULL,
    peak_hours REAL NOT NULL
) STRICT;
CREATE TABLE curve (
    driver TEXT PRIMARY KEY,
    kind TEXT NOT NULL,
    initial REAL NOT NULL, initial_lo REAL, initial_hi REAL,
    slope_per_month REAL NOT NULL, slope_per_month_lo REAL, slope_per_month_hi REAL,
    monthly_growth REAL NOT NULL, monthly_growth_lo REAL, monthly_growth_hi REAL,
    ceiling REAL NOT NULL, ceiling_lo REAL, ceiling_hi REAL,
    rate_per_month REAL NOT NULL, rate_per_month_lo REAL, rate_per_month_hi REAL,
    log_interpolation INTEGER NOT NULL CHECK (log_interpolation IN (0, 1)),
    shape_json TEXT NOT NULL -- {"points": [[month, value]…], "values": […], "seasonality": […], "events": […]}
) STRICT;
CREATE TABLE instance_type (
    position INTEGER NOT NULL UNIQUE,
    id TEXT NOT NULL,
    name TEXT NOT NULL,
    vcpu REAL NOT NULL,
    memory_gb REAL NOT NULL,
    price_per_hour REAL NOT NULL, price_per_hour_lo REAL, price_per_hour_hi REAL,
    reserved_discount REAL NOT NULL
) STRICT;
CREATE TABLE cost_settings (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    reserved_share REAL NOT NULL, reserved_share_lo REAL, reserved_share_hi REAL,
    egress_gb_per_user_per_month REAL NOT NULL, egress_gb_per_user_per_month_lo REAL,
    egress_gb_per_user_per_month_hi REAL,
    egress_price_per_gb REAL NOT NULL, egress_price_per_gb_lo REAL, egress_price_per_gb_hi REAL,
    has_revenue INTEGER NOT NULL CHECK (has_revenue IN (0, 1)),
    revenue_per_user_per_month REAL, revenue_per_user_per_month_lo REAL, revenue_per_user_per_month_hi REAL,
    target_cost_per_user REAL,
    unit_cost_rising_months INTEGER NOT NULL
) STRICT;
CREATE TABLE team_settings (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    component_groups INTEGER NOT NULL,
    on_call_rotations INTEGER NOT NULL,
    min_people_per_rotation INTEGER NOT NULL,
    recruiting_capacity_per_month REAL NOT NULL,
    lead_time_months INTEGER NOT NULL
) STRICT;
CREATE TABLE role (
    position INTEGER NOT NULL UNIQUE,
    id TEXT NOT NULL,
    name TEXT NOT NULL,
    rule TEXT NOT NULL,
    loaded_cost_per_month REAL NOT NULL, loaded_cost_per_month_lo REAL, loaded_cost_per_month_hi REAL,
    attrition_per_year REAL NOT NULL,
    cost_per_hire REAL NOT NULL,
    engineers_per_group REAL NOT NULL,
    instances_per_sre REAL NOT NULL,
    users_per_support_person REAL NOT NULL
) STRICT;
CREATE TABLE licence (
    position INTEGER NOT NULL UNIQUE,
    id TEXT NOT NULL,
    name TEXT NOT NULL,
    kind TEXT NOT NULL,
    component TEXT NOT NULL,
    price_per_month REAL NOT NULL, price_per_month_lo REAL, price_per_month_hi REAL
) STRICT;
CREATE TABLE request_class (
    position INTEGER NOT NULL UNIQUE,
    id TEXT NOT NULL,
    name TEXT NOT NULL,
    requests_per_user_per_day REAL NOT NULL, requests_per_user_per_day_lo REAL, requests_per_user_per_day_hi REAL,
    peak_to_average REAL NOT NULL, peak_to_average_lo REAL, peak_to_average_hi REAL,
    entry TEXT NOT NULL,
    slo_mean_ms REAL,
    slo_p95_ms REAL
) STRICT;
CREATE TABLE component (
    position INTEGER NOT NULL UNIQUE,
    id TEXT NOT NULL,
    name TEXT NOT NULL,
    kind TEXT NOT NULL,
    policy TEXT NOT NULL,
    instance_type TEXT NOT NULL,
    capacity_per_instance REAL NOT NULL, capacity_per_instance_lo REAL, capacity_per_instance_hi REAL,
    target_utilization REAL NOT NULL, target_utilization_lo REAL, target_utilization_hi REAL,
    min_instances INTEGER NOT NULL,
    max_instances INTEGER NOT NULL,
    fixed_instances INTEGER NOT NULL,
    usl_sigma REAL NOT NULL, usl_sigma_lo REAL, usl_sigma_hi REAL,
    usl_kappa REAL NOT NULL, usl_kappa_lo REAL, usl_kappa_hi REAL,
    concurrency INTEGER NOT NULL,
    cache_hit_ratio REAL NOT NULL, cache_hit_ratio_lo REAL, cache_hit_ratio_hi REAL,
    replicas INTEGER NOT NULL,
    capacity_per_vcpu REAL NOT NULL, capacity_per_vcpu_lo REAL, capacity_per_vcpu_hi REAL,
    max_lag_minutes REAL NOT NULL
) STRICT;
CREATE TABLE component_data (
    component_position INTEGER PRIMARY KEY REFERENCES component(position) ON DELETE CASCADE,
    gb_per_user REAL NOT NULL,
    ingest_gb_per_user_per_month REAL NOT NULL,
    retention_months INTEGER NOT NULL,
    replication_factor REAL NOT NULL,
    compression_ratio REAL NOT NULL,
    storage_price_per_gb_month REAL NOT NULL, storage_price_per_gb_month_lo REAL, storage_price_per_gb_month_hi REAL,
    backup_throughput_gb_per_hour REAL NOT NULL,
    restore_throughput_gb_per_hour REAL NOT NULL,
    backup_window_hours REAL NOT NULL,
    rto_hours REAL NOT NULL,
    working_set_fraction REAL NOT NULL,
    miss_penalty REAL NOT NULL,
    max_gb_per_shard REAL NOT NULL,
    max_writes_per_second_per_shard REAL NOT NULL,
    write_share REAL NOT NULL
) STRICT;
CREATE TABLE component_ladder (
    component_position INTEGER NOT NULL REFERENCES component(position) ON DELETE CASCADE,
    step INTEGER NOT NULL,
    instance_type TEXT NOT NULL,
    PRIMARY KEY (component_position, step)
) STRICT;
CREATE TABLE call_edge (
    position INTEGER NOT NULL UNIQUE,
    from_component TEXT NOT NULL,
    to_component TEXT NOT NULL,
    calls_per_operation REAL NOT NULL, calls_per_operation_lo REAL, calls_per_operation_hi REAL,
    async INTEGER NOT NULL CHECK (async IN (0, 1))
) STRICT;
CREATE TABLE scenario (
    position INTEGER NOT NULL UNIQUE,
    id TEXT NOT NULL,
    name TEXT NOT NULL
) STRICT;
CREATE TABLE scenario_override (
    scenario_position INTEGER NOT NULL REFERENCES scenario(position) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    path TEXT,
    estimate REAL, lo REAL, hi REAL,
    component TEXT,
    scaling_json TEXT,
    PRIMARY KEY (scenario_position, position),
    CHECK ((path IS NULL) <> (component IS NULL))
) STRICT;
CREATE TABLE run (
    id INTEGER PRIMARY KEY,
    scenario TEXT NOT NULL UNIQUE,
    engine_version TEXT NOT NULL,
    seed INTEGER NOT NULL,
    samples INTEGER NOT NULL,
    start_month TEXT NOT NULL,
    months INTEGER NOT NULL,
    computed_at TEXT NOT NULL,
    inputs_hash TEXT NOT NULL
) STRICT;
CREATE TABLE run_component (
    run_id INTEGER NOT NULL REFERENCES run(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    id TEXT NOT NULL,
    name TEXT NOT NULL,
    PRIMARY KEY (run_id, position)
) STRICT;
CREATE TABLE run_class (
    run_id INTEGER NOT NULL REFERENCES run(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    id TEXT NOT NULL,
    name TEXT NOT NULL,
    PRIMARY KEY (run_id, position)
) STRICT;
CREATE TABLE run_series (
    run_id INTEGER NOT NULL REFERENCES run(id) ON DELETE CASCADE,
    subject TEXT NOT NULL,
    position INTEGER NOT NULL,
    key TEXT NOT NULL,
    mean BLOB NOT NULL, p10 BLOB NOT NULL, p50 BLOB NOT NULL, p90 BLOB NOT NULL,
    PRIMARY KEY (run_id, subject, key)
) STRICT;
CREATE TABLE run_sensitivity (
    run_id INTEGER NOT NULL REFERENCES run(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    input TEXT NOT NULL,
    output TEXT NOT NULL,
    rank_correlation REAL NOT NULL,
    PRIMARY KEY (run_id, position)
) STRICT;
CREATE TABLE run_bottleneck (
    run_id INTEGER NOT NULL REFERENCES run(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    subject TEXT NOT NULL,
    kind TEXT NOT NULL,
    message TEXT NOT NULL,
    value REAL NOT NULL,
    threshold REAL NOT NULL,
    median_first_month INTEGER,
    probability BLOB NOT NULL,
    PRIMARY KEY (run_id, position)
) STRICT;
)sql";

constexpr const char* kBaseScenario = ""; // the base model's run; scenarios get their names

// ---- writing ----

// Binds a quantity to three consecutive parameters: estimate, lo, hi.
void bindQuantity(Statement& s, int first, const Quantity& q)
{
    s.bind(first, q.estimate);
    s.bind(first + 1, q.interval90 ? std::optional(q.interval90->lo) : std::nullopt);
    s.bind(first + 2, q.interval90 ? std::optional(q.interval90->hi) : std::nullopt);
}

void bindSeries(Statement& s, int index, const Series& series)
{
    s.bindBlob(index, series.data(), static_cast<int>(series.size() * static_cast<Eigen::Index>(sizeof(double))));
}

// A growth curve under its driver: "users", or "role:ID" for a role's headcount.
void writeCurve(Database& db, const std::string& driver, const engine::Curve& c)
{
    Statement curve = db.prepare("INSERT INTO curve VALUES (?, ?, ?,?,?, ?,?,?, ?,?,?, ?,?,?, ?,?,?, ?, ?)");
    curve.bind(1, driver).bind(2, engine::toString(c.kind));
    bindQuantity(curve, 3, c.initial);
    bindQuantity(curve, 6, c.slopePerMonth);
    bindQuantity(curve, 9, c.monthlyGrowth);
    bindQuantity(curve, 12, c.ceiling);
    bindQuantity(curve, 15, c.ratePerMonth);
    nlohmann::json shape{{"points", nlohmann::json::array()},
                         {"values", c.values},
                         {"seasonality", c.seasonality},
                         {"events", nlohmann::json::array()}};
    for (const engine::CurvePoint& p : c.points)
        shape["points"].push_back({p.month, p.value});
    for (const engine::CurveEvent& e : c.events)
        shape["events"].push_back({e.month, e.multiplier, e.durationMonths});
    curve.bind(18, c.logInterpolation ? 1 : 0).bind(19, shape.dump()).run();
}

void writeTeam(Database& db, const engine::TeamSpec& t)
{
    db.prepare("INSERT INTO team_settings VALUES (1, ?, ?, ?, ?, ?)")
        .bind(1, t.componentGroups)
        .bind(2, t.onCallRotations)
        .bind(3, t.minPeoplePerRotation)
        .bind(4, t.recruitingCapacityPerMonth)
        .bind(5, t.leadTimeMonths)
        .run();
    Statement role = db.prepare("INSERT INTO role VALUES (?, ?, ?, ?, ?,?,?, ?, ?, ?, ?, ?)");
    for (std::size_t i = 0; i < t.roles.size(); ++i) {
        const engine::Role& r = t.roles[i];
        role.bind(1, static_cast<std::int64_t>(i)).bind(2, r.id).bind(3, r.name).bind(4, engine::toString(r.rule));
        bindQuantity(role, 5, r.loadedCostPerMonth);
        role.bind(8, r.attritionPerYear).bind(9, r.costPerHire).bind(10, r.engineersPerGroup);
        role.bind(11, r.instancesPerSre).bind(12, r.usersPerSupportPerson).run();
        writeCurve(db, "role:" + r.id, r.headcount);
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
    for (std::size_t i = 0; i < c.licences.size(); ++i) {
        const engine::Licence& l = c.licences[i];
        licence.bind(1, static_cast<std::int64_t>(i)).bind(2, l.id).bind(3, l.name).bind(4, engine::toString(l.kind));
        licence.bind(5, l.component);
        bindQuantity(licence, 6, l.pricePerMonth);
        licence.run();
    }
}

void writeModel(Database& db, const engine::Model& m)
{
    db.prepare("INSERT INTO model VALUES (1, ?, ?, ?, ?)")
        .bind(1, m.name)
        .bind(2, m.start.toString())
        .bind(3, m.horizonMonths)
        .bind(4, m.peakHours)
        .run();

    writeCurve(db, "users", m.users);
    writeTeam(db, m.team);

    Statement type = db.prepare("INSERT INTO instance_type VALUES (?, ?, ?, ?, ?, ?,?,?, ?)");
    for (std::size_t i = 0; i < m.catalog.size(); ++i) {
        const engine::InstanceType& t = m.catalog[i];
        type.bind(1, static_cast<std::int64_t>(i)).bind(2, t.id).bind(3, t.name).bind(4, t.vcpu).bind(5, t.memoryGb);
        bindQuantity(type, 6, t.pricePerHour);
        type.bind(9, t.reservedDiscount).run();
    }
    writeCosts(db, m.costs);
    if (m.costs.computePriceTrend)
        writeCurve(db, "compute_price_trend", *m.costs.computePriceTrend);

    Statement rc = db.prepare("INSERT INTO request_class VALUES (?, ?, ?, ?,?,?, ?,?,?, ?, ?, ?)");
    for (std::size_t i = 0; i < m.requestClasses.size(); ++i) {
        const engine::RequestClass& r = m.requestClasses[i];
        rc.bind(1, static_cast<std::int64_t>(i)).bind(2, r.id).bind(3, r.name);
        bindQuantity(rc, 4, r.requestsPerUserPerDay);
        bindQuantity(rc, 7, r.peakToAverage);
        rc.bind(10, r.entryComponent).bind(11, r.sloMeanMs).bind(12, r.sloP95Ms).run();
    }

    Statement comp =
        db.prepare("INSERT INTO component VALUES (?, ?, ?, ?, ?, ?, ?,?,?, ?,?,?, ?, ?, ?, ?,?,?, ?,?,?, ?, ?,?,?, ?, ?,?,?, ?)");
    Statement ladder = db.prepare("INSERT INTO component_ladder VALUES (?, ?, ?)");
    Statement data = db.prepare("INSERT INTO component_data VALUES (?, ?, ?, ?, ?, ?, ?,?,?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
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
            data.bind(1, static_cast<std::int64_t>(i)).bind(2, g.gbPerUser).bind(3, g.ingestGbPerUserPerMonth);
            data.bind(4, g.retentionMonths).bind(5, g.replicationFactor).bind(6, g.compressionRatio);
            bindQuantity(data, 7, c.data->storagePricePerGbMonth);
            data.bind(10, g.backupThroughputGbPerHour).bind(11, g.restoreThroughputGbPerHour);
            data.bind(12, g.backupWindowHours).bind(13, g.rtoHours).bind(14, g.workingSetFraction);
            data.bind(15, g.missPenalty).bind(16, g.maxGbPerShard).bind(17, g.maxWritesPerSecondPerShard);
            data.bind(18, c.data->writeShare).run();
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

void writeSeries(Statement& insert, std::int64_t runId, const std::string& subject,
                 const std::vector<engine::NamedSeries>& series)
{
    for (std::size_t i = 0; i < series.size(); ++i) {
        const engine::SeriesSummary& s = series[i].summary;
        insert.bind(1, runId).bind(2, subject).bind(3, static_cast<std::int64_t>(i)).bind(4, series[i].key);
        bindSeries(insert, 5, s.mean);
        bindSeries(insert, 6, s.p10);
        bindSeries(insert, 7, s.p50);
        bindSeries(insert, 8, s.p90);
        insert.run();
    }
}

void writeRun(Database& db, const StoredRun& run)
{
    const engine::Results& r = run.results;
    db.prepare("INSERT INTO run VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?)")
        .bind(1, std::string_view(kBaseScenario))
        .bind(2, r.engineVersion)
        .bind(3, static_cast<std::int64_t>(r.seed))
        .bind(4, r.samples)
        .bind(5, r.start.toString())
        .bind(6, r.months)
        .bind(7, run.computedAt)
        .bind(8, run.inputsHash)
        .run();
    Statement seriesInsert = db.prepare("INSERT INTO run_series VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
    writeSeries(seriesInsert, 1, "", r.totals);
    Statement comp = db.prepare("INSERT INTO run_component VALUES (1, ?, ?, ?)");
    for (std::size_t i = 0; i < r.components.size(); ++i) {
        const engine::ComponentResult& c = r.components[i];
        comp.bind(1, static_cast<std::int64_t>(i)).bind(2, c.id).bind(3, c.name).run();
        writeSeries(seriesInsert, 1, "component:" + c.id, c.series);
    }
    Statement cls = db.prepare("INSERT INTO run_class VALUES (1, ?, ?, ?)");
    for (std::size_t i = 0; i < r.requestClasses.size(); ++i) {
        const engine::ClassResult& c = r.requestClasses[i];
        cls.bind(1, static_cast<std::int64_t>(i)).bind(2, c.id).bind(3, c.name).run();
        writeSeries(seriesInsert, 1, "class:" + c.id, c.series);
    }
    Statement sensitivity = db.prepare("INSERT INTO run_sensitivity VALUES (1, ?, ?, ?, ?)");
    for (std::size_t i = 0; i < r.sensitivity.size(); ++i) {
        const engine::Sensitivity& s = r.sensitivity[i];
        sensitivity.bind(1, static_cast<std::int64_t>(i)).bind(2, s.input).bind(3, s.output);
        sensitivity.bind(4, s.rankCorrelation).run();
    }
    Statement bottleneck = db.prepare("INSERT INTO run_bottleneck VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?)");
    for (std::size_t i = 0; i < r.bottlenecks.size(); ++i) {
        const engine::Bottleneck& b = r.bottlenecks[i];
        bottleneck.bind(1, static_cast<std::int64_t>(i)).bind(2, b.subject).bind(3, engine::toString(b.kind));
        bottleneck.bind(4, b.message).bind(5, b.value).bind(6, b.threshold);
        bottleneck.bind(7, b.medianFirstMonth ? std::optional<double>(*b.medianFirstMonth) : std::nullopt);
        bindSeries(bottleneck, 8, b.probabilityByMonth);
        bottleneck.run();
    }
}

// ---- reading ----

// Thrown when a value read from the file is out of bounds: the file is treated as damaged.
struct BadValue
{
    std::string what;
};

Quantity readQuantity(const Statement& s, int first)
{
    Quantity q(s.real(first));
    if (s.columnType(first + 1) != SQLITE_NULL && s.columnType(first + 2) != SQLITE_NULL)
        q.interval90 = engine::Interval{s.real(first + 1), s.real(first + 2)};
    return q;
}

std::optional<double> optionalReal(const Statement& s, int column)
{
    return s.columnType(column) == SQLITE_NULL ? std::nullopt : std::optional(s.real(column));
}

std::string boundedText(const Statement& s, int column)
{
    std::string t = s.text(column);
    if (t.size() > kMaxTextLength)
        throw BadValue{"a text value is longer than " + std::to_string(kMaxTextLength) + " characters"};
    return t;
}

int boundedInt(const Statement& s, int column)
{
    const std::int64_t v = s.integer(column);
    if (v < INT32_MIN || v > INT32_MAX)
        throw BadValue{"a whole number is out of range"};
    return static_cast<int>(v);
}

template <typename Enum, typename Parse>
Enum enumValue(const std::string& text, Parse parse)
{
    if (const auto v = parse(text))
        return *v;
    throw BadValue{"unknown value \"" + text + "\""};
}

engine::YearMonth monthValue(const std::string& text)
{
    if (const auto v = engine::YearMonth::parse(text))
        return *v;
    throw BadValue{"a month is not written as YYYY-MM"};
}

// Reads every row of a list table, refusing more rows than any model could hold.
template <typename Row>
void forEachRow(Database& db, const char* sql, Row row)
{
    Statement s = db.prepare(sql);
    std::size_t count = 0;
    while (s.step()) {
        if (++count > kMaxListLength)
            throw BadValue{"a list has more entries than allowed"};
        row(s);
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

engine::Curve readCurve(Database& db, const std::string& driver)
{
    Statement curve = db.prepare("SELECT kind, initial, initial_lo, initial_hi, slope_per_month, slope_per_month_lo,"
                                 " slope_per_month_hi, monthly_growth, monthly_growth_lo, monthly_growth_hi, ceiling,"
                                 " ceiling_lo, ceiling_hi, rate_per_month, rate_per_month_lo, rate_per_month_hi,"
                                 " log_interpolation, shape_json FROM curve WHERE driver = ?");
    curve.bind(1, driver);
    if (!curve.step())
        throw BadValue{"the curve of " + driver + " is missing"};
    engine::Curve c;
    c.kind = enumValue<engine::CurveKind>(curve.text(0), engine::curveKindFromString);
    c.initial = readQuantity(curve, 1);
    c.slopePerMonth = readQuantity(curve, 4);
    c.monthlyGrowth = readQuantity(curve, 7);
    c.ceiling = readQuantity(curve, 10);
    c.ratePerMonth = readQuantity(curve, 13);
    c.logInterpolation = curve.integer(16) != 0;
    readCurveShape(curve.text(17), c);
    return c;
}

engine::TeamSpec readTeam(Database& db)
{
    engine::TeamSpec t;
    Statement settings = db.prepare("SELECT component_groups, on_call_rotations, min_people_per_rotation,"
                                    " recruiting_capacity_per_month, lead_time_months FROM team_settings WHERE id = 1");
    if (!settings.step())
        throw BadValue{"the team settings are missing"};
    t.componentGroups = boundedInt(settings, 0);
    t.onCallRotations = boundedInt(settings, 1);
    t.minPeoplePerRotation = boundedInt(settings, 2);
    t.recruitingCapacityPerMonth = settings.real(3);
    t.leadTimeMonths = boundedInt(settings, 4);
    forEachRow(db, "SELECT id, name, rule, loaded_cost_per_month, loaded_cost_per_month_lo, loaded_cost_per_month_hi,"
                   " attrition_per_year, cost_per_hire, engineers_per_group, instances_per_sre,"
                   " users_per_support_person FROM role ORDER BY position",
               [&](const Statement& s) {
                   engine::Role r;
                   r.id = boundedText(s, 0);
                   r.name = boundedText(s, 1);
                   r.rule = enumValue<engine::HeadcountRuleKind>(s.text(2), engine::headcountRuleFromString);
                   r.loadedCostPerMonth = readQuantity(s, 3);
                   r.attritionPerYear = s.real(6);
                   r.costPerHire = s.real(7);
                   r.engineersPerGroup = s.real(8);
                   r.instancesPerSre = s.real(9);
                   r.usersPerSupportPerson = s.real(10);
                   t.roles.push_back(std::move(r));
               });
    for (engine::Role& r : t.roles)
        r.headcount = readCurve(db, "role:" + r.id);
    return t;
}

engine::CostSettings readCosts(Database& db)
{
    engine::CostSettings c;
    Statement costs = db.prepare("SELECT * FROM cost_settings WHERE id = 1");
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
                   l.kind = enumValue<engine::LicenceKind>(s.text(2), engine::licenceKindFromString);
                   l.component = boundedText(s, 3);
                   l.pricePerMonth = readQuantity(s, 4);
                   c.licences.push_back(std::move(l));
               });
    return c;
}

engine::Model readModel(Database& db)
{
    engine::Model m;
    Statement model = db.prepare("SELECT name, start_month, horizon_months, peak_hours FROM model WHERE id = 1");
    if (!model.step())
        throw BadValue{"the model is missing"};
    m.name = boundedText(model, 0);
    m.start = monthValue(model.text(1));
    m.horizonMonths = boundedInt(model, 2);
    m.peakHours = model.real(3);

    m.users = readCurve(db, "users");
    m.team = readTeam(db);

    forEachRow(db, "SELECT id, name, vcpu, memory_gb, price_per_hour, price_per_hour_lo, price_per_hour_hi,"
                   " reserved_discount FROM instance_type ORDER BY position",
               [&](const Statement& s) {
                   m.catalog.push_back({boundedText(s, 0), boundedText(s, 1), s.real(2), s.real(3),
                                        readQuantity(s, 4), s.real(7)});
               });
    m.costs = readCosts(db);
    {
        Statement trend = db.prepare("SELECT 1 FROM curve WHERE driver = 'compute_price_trend'");
        if (trend.step())
            m.costs.computePriceTrend = readCurve(db, "compute_price_trend");
    }
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
                   c.kind = enumValue<engine::ComponentKind>(s.text(2), engine::componentKindFromString);
                   c.scaling.kind = enumValue<engine::ScalingKind>(s.text(3), engine::scalingKindFromString);
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
                   c.maxLagMinutes = s.real(28);
                   m.components.push_back(std::move(c));
               });
    forEachRow(db, "SELECT component_position, gb_per_user, ingest_gb_per_user_per_month, retention_months,"
                   " replication_factor, compression_ratio, storage_price_per_gb_month, storage_price_per_gb_month_lo,"
                   " storage_price_per_gb_month_hi, backup_throughput_gb_per_hour, restore_throughput_gb_per_hour,"
                   " backup_window_hours, rto_hours, working_set_fraction, miss_penalty, max_gb_per_shard,"
                   " max_writes_per_second_per_shard, write_share FROM component_data ORDER BY component_position",
               [&](const Statement& s) {
                   const std::int64_t position = s.integer(0);
                   if (position < 0 || std::size_t(position) >= m.components.size())
                       throw BadValue{"stored data belongs to no component"};
                   engine::DataSpec d;
                   engine::DataParameters& g = d.growth;
                   g.gbPerUser = s.real(1);
                   g.ingestGbPerUserPerMonth = s.real(2);
                   g.retentionMonths = boundedInt(s, 3);
                   g.replicationFactor = s.real(4);
                   g.compressionRatio = s.real(5);
                   d.storagePricePerGbMonth = readQuantity(s, 6);
                   g.backupThroughputGbPerHour = s.real(9);
                   g.restoreThroughputGbPerHour = s.real(10);
                   g.backupWindowHours = s.real(11);
                   g.rtoHours = s.real(12);
                   g.workingSetFraction = s.real(13);
                   g.missPenalty = s.real(14);
                   g.maxGbPerShard = s.real(15);
                   g.maxWritesPerSecondPerShard = s.real(16);
                   d.writeShare = s.real(17);
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

Series seriesValue(const Statement& s, int column, int months)
{
    const std::vector<double> values = s.doubles(column);
    if (static_cast<int>(values.size()) != months)
        throw BadValue{"a result series does not have one value per month"};
    return Eigen::Map<const Series>(values.data(), months);
}

std::optional<StoredRun> readRun(Database& db)
{
    Statement run = db.prepare("SELECT engine_version, seed, samples, start_month, months, computed_at, inputs_hash"
                               " FROM run WHERE scenario = ?");
    run.bind(1, std::string_view(kBaseScenario));
    if (!run.step())
        return std::nullopt;
    StoredRun out;
    engine::Results& r = out.results;
    r.engineVersion = boundedText(run, 0);
    r.seed = static_cast<std::uint64_t>(run.integer(1));
    r.samples = boundedInt(run, 2);
    r.start = monthValue(run.text(3));
    r.months = boundedInt(run, 4);
    if (r.months < engine::kMinHorizonMonths || r.months > engine::kMaxHorizonMonths)
        throw BadValue{"the stored results span an impossible number of months"};
    out.computedAt = boundedText(run, 5);
    out.inputsHash = boundedText(run, 6);

    forEachRow(db, "SELECT id, name FROM run_component WHERE run_id = 1 ORDER BY position",
               [&](const Statement& s) { r.components.push_back({boundedText(s, 0), boundedText(s, 1), {}}); });
    forEachRow(db, "SELECT id, name FROM run_class WHERE run_id = 1 ORDER BY position",
               [&](const Statement& s) { r.requestClasses.push_back({boundedText(s, 0), boundedText(s, 1), {}}); });
    forEachRow(db, "SELECT subject, key, mean, p10, p50, p90 FROM run_series WHERE run_id = 1 ORDER BY subject, position",
               [&](const Statement& s) {
                   const std::string subject = boundedText(s, 0);
                   engine::NamedSeries named{boundedText(s, 1),
                                             {seriesValue(s, 2, r.months), seriesValue(s, 3, r.months),
                                              seriesValue(s, 4, r.months), seriesValue(s, 5, r.months)}};
                   if (subject.empty()) {
                       r.totals.push_back(std::move(named));
                       return;
                   }
                   for (engine::ComponentResult& c : r.components)
                       if ("component:" + c.id == subject) {
                           c.series.push_back(std::move(named));
                           return;
                       }
                   for (engine::ClassResult& c : r.requestClasses)
                       if ("class:" + c.id == subject) {
                           c.series.push_back(std::move(named));
                           return;
                       }
                   throw BadValue{"a result series belongs to no component or request class"};
               });
    forEachRow(db, "SELECT input, output, rank_correlation FROM run_sensitivity WHERE run_id = 1 ORDER BY position",
               [&](const Statement& s) {
                   const double rho = s.real(2);
                   if (!(rho >= -1.0 && rho <= 1.0))
                       throw BadValue{"a rank correlation lies outside [-1, 1]"};
                   r.sensitivity.push_back({boundedText(s, 0), boundedText(s, 1), rho});
               });
    forEachRow(db, "SELECT subject, kind, message, value, threshold, median_first_month, probability"
                   " FROM run_bottleneck WHERE run_id = 1 ORDER BY position",
               [&](const Statement& s) {
                   engine::Bottleneck b;
                   b.subject = boundedText(s, 0);
                   b.kind = enumValue<engine::BottleneckKind>(s.text(1), engine::bottleneckKindFromString);
                   b.message = boundedText(s, 2);
                   b.value = s.real(3);
                   b.threshold = s.real(4);
                   if (s.columnType(5) != SQLITE_NULL) {
                       const int month = boundedInt(s, 5);
                       if (month < 0 || month >= r.months)
                           throw BadValue{"a bottleneck's month lies outside the results"};
                       b.medianFirstMonth = month;
                   }
                   b.probabilityByMonth = seriesValue(s, 6, r.months);
                   r.bottlenecks.push_back(std::move(b));
               });
    return out;
}

bool hasSqliteHeader(const std::string& path, std::uintmax_t size)
{
    if (size < 100)
        return false;
    std::ifstream in(path, std::ios::binary);
    char header[16] = {};
    in.read(header, sizeof header);
    return in && std::memcmp(header, "SQLite format 3", 16) == 0;
}

} // namespace

LoadOutcome loadSqlite(const std::string& path)
{
    const ReadableFile file = checkReadableFile(path);
    if (file.refusal)
        return *file.refusal;
    const std::uintmax_t size = file.size;
    if (size == 0)
        return LoadOutcome::failure(FileStatus::NotAProject, path + " is empty: it is not a Headroom project.");
    if (!hasSqliteHeader(path, size))
        return LoadOutcome::failure(FileStatus::NotAProject, path + " is not a Headroom project.");

    try {
        Database db(path, SQLITE_OPEN_READONLY);
        if (db.pragmaInteger("application_id") != kApplicationId)
            return LoadOutcome::failure(FileStatus::NotAProject,
                                        path + " is an SQLite database, but not a Headroom project.");
        const std::int64_t version = db.pragmaInteger("user_version");
        if (version > kSchemaVersion)
            return LoadOutcome::failure(FileStatus::NewerVersion,
                                        path + " was saved by a newer version of Headroom (file format " +
                                            std::to_string(version) + "; this version reads up to " +
                                            std::to_string(kSchemaVersion) + "). Update Headroom to open it.");
        if (version < 1)
            return LoadOutcome::failure(FileStatus::Damaged, path + " is damaged: it has no schema version.");
        {
            Statement check = db.prepare("PRAGMA quick_check");
            if (!check.step() || check.text(0) != "ok")
                return LoadOutcome::failure(FileStatus::Damaged, path + " is damaged: " + check.text(0));
        }
        db.execute("BEGIN");
        Project project{readModel(db), readRun(db)};
        db.execute("COMMIT");
        LoadOutcome out;
        out.project = std::move(project);
        return out;
    } catch (const BadValue& e) {
        return LoadOutcome::failure(FileStatus::Damaged, path + " is damaged: " + e.what + ".");
    } catch (const SqliteError& e) {
        const int primary = e.code() & 0xff;
        if (primary == SQLITE_BUSY || primary == SQLITE_LOCKED)
            return LoadOutcome::failure(FileStatus::CannotRead,
                                        path + " is locked by another program; try again when it is done.");
        if (primary == SQLITE_NOTADB)
            return LoadOutcome::failure(FileStatus::NotAProject, path + " is not a Headroom project.");
        if (primary == SQLITE_CANTOPEN || primary == SQLITE_PERM || primary == SQLITE_IOERR)
            return LoadOutcome::failure(FileStatus::CannotRead, "Cannot read " + path + ": " + e.what() + ".");
        return LoadOutcome::failure(FileStatus::Damaged, path + " is damaged: " + e.what() + ".");
    }
}

SaveOutcome saveSqlite(const std::string& path, const Project& project)
{
    const std::string temporary = temporarySibling(path);
    std::error_code ec;
    std::filesystem::remove(temporary, ec);
    const auto fail = [&](const std::string& why) {
        std::filesystem::remove(temporary, ec);
        return SaveOutcome{FileStatus::CannotWrite, "Could not save " + path + ": " + why + ". The file is unchanged."};
    };
    try {
        Database db(temporary, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
        // The temporary file is thrown away on any failure, so SQLite's own journal adds nothing;
        // durability comes from replaceWith()'s fsync and rename.
        db.execute("PRAGMA journal_mode = MEMORY; PRAGMA synchronous = OFF;");
        db.execute(("PRAGMA application_id = " + std::to_string(kApplicationId) + ";").c_str());
        db.execute(("PRAGMA user_version = " + std::to_string(kSchemaVersion) + ";").c_str());
        db.execute("BEGIN");
        db.execute(kSchema);
        writeModel(db, project.model);
        if (project.lastRun)
            writeRun(db, *project.lastRun);
        db.execute("COMMIT");
        db.close();
    } catch (const SqliteError& e) {
        return fail(e.what());
    }
    if (const int err = replaceWith(temporary, path))
        return fail(std::strerror(err));
    return {};
}

} // namespace headroom::project
