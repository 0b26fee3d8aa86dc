#pragma once

// The .headroom file's schema, in one place (docs/file-format.md describes it).
namespace headroom::project::store {

// Schema version 2 (kSchemaV1 and kSchemaV2Tables; later versions add to it below). Every numeric input is a quantity: its estimate and, where
// uncertain, the bounds of its 90% interval (both NULL otherwise). Model references (an instance type, an entry
// component) are plain text checked by validation, so that an invalid model can still be saved.
inline constexpr const char* kSchemaV1 = R"sql(
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

// What schema version 2 added: the roles a per-seat licence counts, each run's instance types per
// component (what its instance_type_step series indexes) and its team roles (whose series are under
// the subject role:ID). The migration from version 1 creates them empty.
inline constexpr const char* kSchemaV2Tables = R"sql(
CREATE TABLE licence_seat_role (
    licence_position INTEGER NOT NULL REFERENCES licence(position) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    role TEXT NOT NULL,
    PRIMARY KEY (licence_position, position)
) STRICT;
CREATE TABLE run_component_type (
    run_id INTEGER NOT NULL REFERENCES run(id) ON DELETE CASCADE,
    component_position INTEGER NOT NULL,
    step INTEGER NOT NULL,
    instance_type TEXT NOT NULL,
    PRIMARY KEY (run_id, component_position, step)
) STRICT;
CREATE TABLE run_role (
    run_id INTEGER NOT NULL REFERENCES run(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    id TEXT NOT NULL,
    name TEXT NOT NULL,
    PRIMARY KEY (run_id, position)
) STRICT;
)sql";

// What schema version 3 changed: a team role's headcount curve is under the driver
// role_headcount:POSITION instead of role:ID, so that a model whose role ids repeat while it is
// being edited still saves (the curve's driver is the table's key). Version 2 files could only hold
// unique role ids, so each of their role curves names one role: the migration moves it to that
// role's position.
inline constexpr const char* kSchemaV3RoleCurves = R"sql(
UPDATE curve SET driver = 'role_headcount:' || (SELECT position FROM role WHERE 'role:' || role.id = curve.driver)
WHERE EXISTS (SELECT 1 FROM role WHERE 'role:' || role.id = curve.driver);
)sql";

// What schema version 4 added: the occurrence a bottleneck's message describes, as numbers (the
// month, the instances running or months in a row, whether the p95 objective was missed, the
// ladder step), so that the window can say it in its own language. NULL in runs saved before it,
// which keep their English message only. New files are created with these columns too.
inline constexpr const char* kSchemaV4BottleneckOccurrence = R"sql(
ALTER TABLE run_bottleneck ADD COLUMN occurrence_month INTEGER;
ALTER TABLE run_bottleneck ADD COLUMN occurrence_instances INTEGER;
ALTER TABLE run_bottleneck ADD COLUMN occurrence_percentile INTEGER;
ALTER TABLE run_bottleneck ADD COLUMN occurrence_step INTEGER;
)sql";

// What schema version 5 added: the bounds of a 90% interval for every number of a component's data
// but its retention (a whole number of months, a policy), as for every other quantity: both NULL
// where the value is certain. The migration from version 4 adds them NULL, so the data keeps its
// values and gains no uncertainty. New files are created with these columns too, after the others.
inline constexpr const char* kSchemaV5DataIntervals = R"sql(
ALTER TABLE component_data ADD COLUMN gb_per_user_lo REAL;
ALTER TABLE component_data ADD COLUMN gb_per_user_hi REAL;
ALTER TABLE component_data ADD COLUMN ingest_gb_per_user_per_month_lo REAL;
ALTER TABLE component_data ADD COLUMN ingest_gb_per_user_per_month_hi REAL;
ALTER TABLE component_data ADD COLUMN replication_factor_lo REAL;
ALTER TABLE component_data ADD COLUMN replication_factor_hi REAL;
ALTER TABLE component_data ADD COLUMN compression_ratio_lo REAL;
ALTER TABLE component_data ADD COLUMN compression_ratio_hi REAL;
ALTER TABLE component_data ADD COLUMN backup_throughput_gb_per_hour_lo REAL;
ALTER TABLE component_data ADD COLUMN backup_throughput_gb_per_hour_hi REAL;
ALTER TABLE component_data ADD COLUMN restore_throughput_gb_per_hour_lo REAL;
ALTER TABLE component_data ADD COLUMN restore_throughput_gb_per_hour_hi REAL;
ALTER TABLE component_data ADD COLUMN backup_window_hours_lo REAL;
ALTER TABLE component_data ADD COLUMN backup_window_hours_hi REAL;
ALTER TABLE component_data ADD COLUMN rto_hours_lo REAL;
ALTER TABLE component_data ADD COLUMN rto_hours_hi REAL;
ALTER TABLE component_data ADD COLUMN working_set_fraction_lo REAL;
ALTER TABLE component_data ADD COLUMN working_set_fraction_hi REAL;
ALTER TABLE component_data ADD COLUMN miss_penalty_lo REAL;
ALTER TABLE component_data ADD COLUMN miss_penalty_hi REAL;
ALTER TABLE component_data ADD COLUMN max_gb_per_shard_lo REAL;
ALTER TABLE component_data ADD COLUMN max_gb_per_shard_hi REAL;
ALTER TABLE component_data ADD COLUMN max_writes_per_second_per_shard_lo REAL;
ALTER TABLE component_data ADD COLUMN max_writes_per_second_per_shard_hi REAL;
ALTER TABLE component_data ADD COLUMN write_share_lo REAL;
ALTER TABLE component_data ADD COLUMN write_share_hi REAL;
)sql";

// Also in schema version 5: how much a team role's people get done together (its `scaling`: the
// USL's σ and κ as quantities, and the largest team), all NULL for a role without one, as every role
// of an older file is. New files are created with these columns too.
inline constexpr const char* kSchemaV5RoleScaling = R"sql(
ALTER TABLE role ADD COLUMN scaling_sigma REAL;
ALTER TABLE role ADD COLUMN scaling_sigma_lo REAL;
ALTER TABLE role ADD COLUMN scaling_sigma_hi REAL;
ALTER TABLE role ADD COLUMN scaling_kappa REAL;
ALTER TABLE role ADD COLUMN scaling_kappa_lo REAL;
ALTER TABLE role ADD COLUMN scaling_kappa_hi REAL;
ALTER TABLE role ADD COLUMN max_team_size INTEGER;
)sql";

// Also in schema version 5: 90% intervals on the team's estimates, a role's attrition and cost per
// hire and the recruiting capacity, NULL (certain) in older files. New files are created with them too.
inline constexpr const char* kSchemaV5TeamIntervals = R"sql(
ALTER TABLE role ADD COLUMN attrition_per_year_lo REAL;
ALTER TABLE role ADD COLUMN attrition_per_year_hi REAL;
ALTER TABLE role ADD COLUMN cost_per_hire_lo REAL;
ALTER TABLE role ADD COLUMN cost_per_hire_hi REAL;
ALTER TABLE team_settings ADD COLUMN recruiting_capacity_per_month_lo REAL;
ALTER TABLE team_settings ADD COLUMN recruiting_capacity_per_month_hi REAL;
)sql";

// What schema version 6 added: 90% intervals on a curve's point values, seasonality multipliers and
// event multipliers, whose estimates shape_json lists. As JSON, each list as long as shape_json's,
// an item [lo, hi] or null where certain: {"points": […], "seasonality": […], "events": […]}. NULL
// when none of them is uncertain, as in every curve of an older file, which the migration from
// version 5 leaves so. New files are created with this column too.
inline constexpr const char* kSchemaV6CurveIntervals = R"sql(
ALTER TABLE curve ADD COLUMN shape_intervals_json TEXT;
)sql";

// What schema version 6 also added: 90% intervals on the estimates that were plain numbers until then, an
// instance type's reserved discount, a role's headcount rule parameter (engineers per group, instances
// per SRE, users per support person), the hiring lead time (whole months) and how long the daily peak
// lasts: both bounds NULL where the value is certain, as in every older file. New files get them too.
inline constexpr const char* kSchemaV6EstimateIntervals = R"sql(
ALTER TABLE model ADD COLUMN peak_hours_lo REAL;
ALTER TABLE model ADD COLUMN peak_hours_hi REAL;
ALTER TABLE instance_type ADD COLUMN reserved_discount_lo REAL;
ALTER TABLE instance_type ADD COLUMN reserved_discount_hi REAL;
ALTER TABLE role ADD COLUMN engineers_per_group_lo REAL;
ALTER TABLE role ADD COLUMN engineers_per_group_hi REAL;
ALTER TABLE role ADD COLUMN instances_per_sre_lo REAL;
ALTER TABLE role ADD COLUMN instances_per_sre_hi REAL;
ALTER TABLE role ADD COLUMN users_per_support_person_lo REAL;
ALTER TABLE role ADD COLUMN users_per_support_person_hi REAL;
ALTER TABLE team_settings ADD COLUMN lead_time_months_lo REAL;
ALTER TABLE team_settings ADD COLUMN lead_time_months_hi REAL;
)sql";

inline constexpr const char* kBaseScenario = ""; // the base model's run; scenarios get their names

} // namespace headroom::project::store
