#pragma once

#include "project/Project.h"
#include "project/Sqlite.h"

#include <optional>

// The results tables of a .headroom file: the base model's last run.
namespace headroom::project::store {

void writeRun(sqlite::Database& db, const StoredRun& run);

// The stored run, if any. Throws BadValue (SqliteValues.h) for a value out of bounds.
std::optional<StoredRun> readRun(sqlite::Database& db);

} // namespace headroom::project::store
