#pragma once

#include "engine/Model.h"
#include "project/Sqlite.h"

// The model's tables of a .headroom file: writing them into an open transaction, reading them back.
namespace headroom::project::store {

void writeModel(sqlite::Database& db, const engine::Model& model);

// Throws BadValue (SqliteValues.h) for a value out of bounds, SqliteError for SQLite's own errors.
engine::Model readModel(sqlite::Database& db);

} // namespace headroom::project::store
