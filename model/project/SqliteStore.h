#pragma once

#include "project/FileStatus.h"

#include <cstdint>
#include <string>

// The `.headroom` file: an SQLite database holding the model and its last results
// (docs/file-format.md describes the schema).
namespace headroom::project {

inline constexpr std::int32_t kApplicationId = 0x48445231; // "HDR1" in the header at offset 68
inline constexpr int kSchemaVersion = 1;                    // PRAGMA user_version

// Opens read-only and defensively: the header, application_id and user_version are checked, then
// quick_check, then every value's type and size. The file is never written.
LoadOutcome loadSqlite(const std::string& path);

// Writes the whole project to a new file beside `path`, flushes it to disk, then renames it over
// `path`: a crash at any moment leaves either the old file or the new one, never a mix.
SaveOutcome saveSqlite(const std::string& path, const Project& project);

} // namespace headroom::project
