#include "project/SqliteResults.h"

#include "project/SqliteSchema.h"
#include "project/SqliteValues.h"

namespace headroom::project::store {

namespace {

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

} // namespace

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
    Statement compType = db.prepare("INSERT INTO run_component_type VALUES (1, ?, ?, ?)");
    for (std::size_t i = 0; i < r.components.size(); ++i) {
        const engine::ComponentResult& c = r.components[i];
        comp.bind(1, static_cast<std::int64_t>(i)).bind(2, c.id).bind(3, c.name).run();
        for (std::size_t step = 0; step < c.instanceTypes.size(); ++step)
            compType.bind(1, static_cast<std::int64_t>(i))
                .bind(2, static_cast<std::int64_t>(step))
                .bind(3, c.instanceTypes[step])
                .run();
        writeSeries(seriesInsert, 1, "component:" + c.id, c.series);
    }
    Statement role = db.prepare("INSERT INTO run_role VALUES (1, ?, ?, ?)");
    for (std::size_t i = 0; i < r.roles.size(); ++i) {
        const engine::RoleResult& rr = r.roles[i];
        role.bind(1, static_cast<std::int64_t>(i)).bind(2, rr.id).bind(3, rr.name).run();
        writeSeries(seriesInsert, 1, "role:" + rr.id, rr.series);
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
    Statement bottleneck = db.prepare(
        "INSERT INTO run_bottleneck (run_id, position, subject, kind, message, value, threshold, median_first_month,"
        " probability, occurrence_month, occurrence_instances, occurrence_percentile, occurrence_step)"
        " VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    for (std::size_t i = 0; i < r.bottlenecks.size(); ++i) {
        const engine::Bottleneck& b = r.bottlenecks[i];
        bottleneck.bind(1, static_cast<std::int64_t>(i)).bind(2, b.subject).bind(3, engine::toString(b.kind));
        bottleneck.bind(4, b.message).bind(5, b.value).bind(6, b.threshold);
        bottleneck.bind(7, b.medianFirstMonth ? std::optional<double>(*b.medianFirstMonth) : std::nullopt);
        bindSeries(bottleneck, 8, b.probabilityByMonth);
        const auto occurrence = [&b](auto field) {
            return b.occurrence ? std::optional<std::int64_t>(field(*b.occurrence)) : std::nullopt;
        };
        bottleneck.bind(9, occurrence([](const engine::BottleneckOccurrence& o) { return o.month; }));
        bottleneck.bind(10, occurrence([](const engine::BottleneckOccurrence& o) { return o.instances; }));
        bottleneck.bind(11, occurrence([](const engine::BottleneckOccurrence& o) { return int(o.percentile); }));
        bottleneck.bind(12, occurrence([](const engine::BottleneckOccurrence& o) { return o.step; }));
        bottleneck.run();
    }
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

    forEachRow(db, "SELECT id, name FROM run_component WHERE run_id = 1 ORDER BY position", [&](const Statement& s) {
        r.components.push_back({boundedText(s, 0), boundedText(s, 1), {}, {}});
    });
    forEachRow(db, "SELECT id, name FROM run_class WHERE run_id = 1 ORDER BY position",
               [&](const Statement& s) { r.requestClasses.push_back({boundedText(s, 0), boundedText(s, 1), {}}); });
    forEachRow(db, "SELECT id, name FROM run_role WHERE run_id = 1 ORDER BY position", [&](const Statement& s) {
        r.roles.push_back({boundedText(s, 0), boundedText(s, 1), {}});
    });
    forEachRow(db,
               "SELECT component_position, instance_type FROM run_component_type WHERE run_id = 1"
               " ORDER BY component_position, step",
               [&](const Statement& s) {
                   const std::int64_t position = s.integer(0);
                   if (position < 0 || std::size_t(position) >= r.components.size())
                       throw BadValue{"a result's instance type belongs to no component"};
                   r.components[std::size_t(position)].instanceTypes.push_back(boundedText(s, 1));
               });
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
                   for (engine::RoleResult& role : r.roles)
                       if ("role:" + role.id == subject) {
                           role.series.push_back(std::move(named));
                           return;
                       }
                   throw BadValue{"a result series belongs to no component, request class or role"};
               });
    forEachRow(db, "SELECT input, output, rank_correlation FROM run_sensitivity WHERE run_id = 1 ORDER BY position",
               [&](const Statement& s) {
                   const double rho = s.real(2);
                   if (!(rho >= -1.0 && rho <= 1.0))
                       throw BadValue{"a rank correlation lies outside [-1, 1]"};
                   r.sensitivity.push_back({boundedText(s, 0), boundedText(s, 1), rho});
               });
    forEachRow(db, "SELECT subject, kind, message, value, threshold, median_first_month, probability,"
                   " occurrence_month, occurrence_instances, occurrence_percentile, occurrence_step"
                   " FROM run_bottleneck WHERE run_id = 1 ORDER BY position",
               [&](const Statement& s) {
                   engine::Bottleneck b;
                   b.subject = boundedText(s, 0);
                   b.kind = enumValue<engine::BottleneckKind>(boundedText(s, 1), engine::bottleneckKindFromString);
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
                   const bool given = s.columnType(7) != SQLITE_NULL; // file format 4 on: all four, or none
                   for (int column = 8; column <= 10; ++column)
                       if ((s.columnType(column) != SQLITE_NULL) != given)
                           throw BadValue{"a bottleneck's occurrence is incomplete"};
                   if (given) {
                       engine::BottleneckOccurrence o;
                       o.month = boundedInt(s, 7);
                       if (o.month < 0 || o.month >= r.months)
                           throw BadValue{"a bottleneck's occurrence lies outside the results' months"};
                       o.instances = boundedInt(s, 8);
                       o.step = boundedInt(s, 10);
                       if (o.instances < 0 || o.step < 0)
                           throw BadValue{"a bottleneck's occurrence counts below zero"};
                       const int percentile = boundedInt(s, 9);
                       if (percentile != 0 && percentile != 1)
                           throw BadValue{"a bottleneck's percentile flag is neither 0 nor 1"};
                       o.percentile = percentile == 1;
                       b.occurrence = o;
                   }
                   r.bottlenecks.push_back(std::move(b));
               });
    return out;
}

} // namespace headroom::project::store
