#pragma once

#include "project/Sqlite.h"

#include <functional>
#include <string>
#include <vector>

// Upgrading a .headroom file written by an older Headroom to the current schema, one version at a
// time (docs/file-format.md, "Migrations").
namespace headroom::project {

// One step of the schema's history: brings a database at `fromVersion` to `fromVersion + 1`.
// `apply` runs inside a transaction that migrate() opens, and that it commits together with the
// new user_version; to refuse, it throws (sqlite::SqliteError, or store::BadValue for a value it
// cannot carry over), and everything it did is rolled back.
struct MigrationStep
{
    int fromVersion = 0;
    std::string description; // what changed in the schema, for messages and the docs
    std::function<void(sqlite::Database&)> apply;
};

// The versions a build can read: steps[i] upgrades version `oldestVersion() + i`, and the last one
// reaches `targetVersion`. No steps: only `targetVersion` itself is read.
struct SchemaHistory
{
    int targetVersion = 1;
    std::vector<MigrationStep> steps;

    int oldestVersion() const { return targetVersion - static_cast<int>(steps.size()); }
    // Steps numbered one after another up to the target: what migrate() requires.
    bool isContiguous() const;

    // This build's own history: SqliteStore.h's kSchemaVersion and the steps that reach it.
    static const SchemaHistory& current();
};

// Brings `db` from its user_version up to `history.targetVersion`, each step in a transaction of
// its own that also sets the new user_version. Throws what a failing step throws (and SqliteError
// when the database's version has no path to the target); the steps before it stay committed, so
// callers migrate a copy (Database::copyToMemory) and never the file they were given.
void migrate(sqlite::Database& db, const SchemaHistory& history);

} // namespace headroom::project
