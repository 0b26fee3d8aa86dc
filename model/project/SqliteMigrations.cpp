#include "project/SqliteMigrations.h"

#include "project/SqliteSchema.h"
#include "project/SqliteStore.h"

namespace headroom::project {

using sqlite::Database;
using sqlite::SqliteError;

bool SchemaHistory::isContiguous() const
{
    for (std::size_t i = 0; i < steps.size(); ++i)
        if (steps[i].fromVersion != oldestVersion() + static_cast<int>(i) || !steps[i].apply)
            return false;
    return oldestVersion() >= 1;
}

const SchemaHistory& SchemaHistory::current()
{
    // A change to the schema adds a step here, from the version before it, and raises
    // kSchemaVersion; tests/project/fixtures keeps a file of every older version, which the tests
    // open through these steps.
    static const SchemaHistory history{
        kSchemaVersion,
        {{1, "seat licences' roles; each run's instance types per component and its team roles",
          [](Database& db) { db.execute(store::kSchemaV2Tables); }},
         {2, "a role's headcount curve under the role's position, not its id, which may repeat",
          [](Database& db) { db.execute(store::kSchemaV3RoleCurves); }},
         {3, "the occurrence each bottleneck's message describes, as numbers",
          [](Database& db) { db.execute(store::kSchemaV4BottleneckOccurrence); }},
         {4, "90% intervals on a component's data parameters and write share, NULL (certain) in older files; a team "
             "role's scaling: the USL's sigma and kappa of its people, and its largest team; 90% intervals on a "
             "role's attrition and cost per hire and on the recruiting capacity, NULL in older files",
          [](Database& db) {
              db.execute(store::kSchemaV5DataIntervals);
              db.execute(store::kSchemaV5RoleScaling);
              db.execute(store::kSchemaV5TeamIntervals);
          }},
         {5, "90% intervals on a curve's point values, seasonality multipliers and event multipliers, and on the "
             "estimates that were plain numbers: a reserved discount, a role's headcount rule parameter, the hiring "
             "lead time and the daily peak's length; NULL (certain) in older files",
          [](Database& db) {
              db.execute(store::kSchemaV6CurveIntervals);
              db.execute(store::kSchemaV6EstimateIntervals);
          }}}};
    return history;
}

void migrate(Database& db, const SchemaHistory& history)
{
    if (!history.isContiguous())
        throw SqliteError(SQLITE_INTERNAL, "the schema's migration steps are not numbered one after another");
    const std::int64_t version = db.pragmaInteger("user_version");
    if (version < history.oldestVersion() || version > history.targetVersion)
        throw SqliteError(SQLITE_ERROR, "no migration from file format " + std::to_string(version));
    for (const MigrationStep& step : history.steps) {
        if (step.fromVersion < version)
            continue;
        db.execute("BEGIN IMMEDIATE");
        try {
            step.apply(db);
            if (!db.inTransaction())
                throw SqliteError(SQLITE_MISUSE, "the migration from file format " + std::to_string(step.fromVersion) +
                                                     " ended its own transaction");
            db.execute(("PRAGMA user_version = " + std::to_string(step.fromVersion + 1)).c_str());
            db.execute("COMMIT");
        } catch (...) {
            if (db.inTransaction())
                sqlite3_exec(db.handle(), "ROLLBACK", nullptr, nullptr, nullptr);
            throw;
        }
    }
}

} // namespace headroom::project
