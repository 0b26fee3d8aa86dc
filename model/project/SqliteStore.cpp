#include "project/SqliteStore.h"

#include "project/AtomicFile.h"
#include "project/SqliteModel.h"
#include "project/SqliteResults.h"
#include "project/SqliteSchema.h"
#include "project/SqliteValues.h"

#include <cstring>
#include <filesystem>
#include <fstream>

namespace headroom::project {

using sqlite::Database;
using sqlite::SqliteError;
using sqlite::Statement;
using store::BadValue;

namespace {

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
        Project project{store::readModel(db), store::readRun(db)};
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
        db.execute(store::kSchema);
        store::writeModel(db, project.model);
        if (project.lastRun)
            store::writeRun(db, *project.lastRun);
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