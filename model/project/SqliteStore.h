#pragma once

#include "project/FileStatus.h"

#include <cstdint>
#include <string>
#include <string_view>

// The `.headroom` file: an SQLite database holding the model and its last results
// (docs/file-format.md describes the schema).
namespace headroom::project {

inline constexpr std::int32_t kApplicationId = 0x48445231; // "HDR1" in the header at offset 68
inline constexpr int kSchemaVersion = 6;                   // PRAGMA user_version

struct SchemaHistory; // SqliteMigrations.h

// Opens read-only and defensively: the header, application_id and user_version are checked, then
// quick_check, then every value's type and size. A file of an older schema is migrated in memory
// (SqliteMigrations.h); the file itself is never written, and a file that another program is
// changing (a -journal or -wal beside it) is refused rather than rolled back.
LoadOutcome loadSqlite(const std::string& path);
// The same, reading the schema versions of `history` instead of this build's (for tests).
LoadOutcome loadSqlite(const std::string& path, const SchemaHistory& history);

// The same checks and reading on the bytes of a whole .headroom file held in memory (what the
// fuzzer feeds). `source` names the input in messages.
LoadOutcome loadSqliteBytes(std::string_view bytes, const std::string& source);

// Writes the whole project to a new file beside `path`, flushes it to disk, then renames it over
// `path`: a crash at any moment leaves either the old file or the new one, never a mix.
SaveOutcome saveSqlite(const std::string& path, const Project& project);

} // namespace headroom::project
