#include "project/SqliteStore.h"

#include "project/AtomicFile.h"
#include "project/SqliteMigrations.h"
#include "project/SqliteModel.h"
#include "project/SqliteResults.h"
#include "project/SqliteSchema.h"
#include "project/SqliteValues.h"

#include <cstring>
#include <filesystem>
#include <fstream>
#include <functional>

namespace headroom::project {

using sqlite::Database;
using sqlite::SqliteError;
using sqlite::Statement;
using store::BadValue;

namespace {

constexpr std::size_t kHeaderBytes = 100;

// The first bytes of the file: enough to know an SQLite database and its journal mode.
std::string readHeader(const std::string& path)
{
    std::ifstream in(path, std::ios::binary);
    std::string header(kHeaderBytes, '\0');
    in.read(header.data(), static_cast<std::streamsize>(header.size()));
    header.resize(static_cast<std::size_t>(in.gcount()));
    return header;
}

bool isSqliteHeader(std::string_view header)
{
    return header.size() >= kHeaderBytes && header.compare(0, 16, std::string_view("SQLite format 3\0", 16)) == 0;
}

// Bytes 18 and 19 are the file format's write and read versions: 2 for write-ahead logging.
bool isWalMode(std::string_view header) { return header[18] == 2 || header[19] == 2; }

std::string readWholeFile(const std::string& path, std::uintmax_t size)
{
    std::ifstream in(path, std::ios::binary);
    std::string bytes(static_cast<std::size_t>(size), '\0');
    in.read(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    bytes.resize(static_cast<std::size_t>(in.gcount()));
    return bytes;
}

// A rollback journal SQLite would act on: one whose header is not zeroed out (what SQLite calls
// hot once no one holds a lock; a journal left in PERSIST mode has a zeroed header).
bool startsWithData(const std::string& path)
{
    std::ifstream in(path, std::ios::binary);
    char first = 0;
    return in.get(first) && first != 0;
}

bool nonEmptyFile(const std::string& path)
{
    std::error_code ec;
    return std::filesystem::is_regular_file(path, ec) && std::filesystem::file_size(path, ec) > 0 && !ec;
}

// SQLite reads a database beside its rollback journal or write-ahead log only after replaying it
// into the file. Such a file is being changed by another program, or was left half-changed by one
// that crashed: it is refused, so that opening never writes.
std::optional<LoadOutcome> refuseUnfinishedChanges(const std::string& path, std::string_view header)
{
    const auto refuse = [&](const std::string& sidecar) {
        return LoadOutcome::failure(FileStatus::CannotRead,
                                    path + " has changes that another program has not finished writing (" +
                                        std::filesystem::path(sidecar).filename().string() +
                                        " is beside it). Close that program, or open the file in it once, and "
                                        "try again.");
    };
    if (startsWithData(path + "-journal"))
        return refuse(path + "-journal");
    if (isWalMode(header) && nonEmptyFile(path + "-wal"))
        return refuse(path + "-wal");
    return std::nullopt;
}

LoadOutcome fromSqliteError(const SqliteError& e, const std::string& source)
{
    const int primary = e.code() & 0xff;
    if (primary == SQLITE_BUSY || primary == SQLITE_LOCKED)
        return LoadOutcome::failure(FileStatus::CannotRead,
                                    source + " is locked by another program; try again when it is done.");
    if (e.code() == SQLITE_READONLY_ROLLBACK || e.code() == SQLITE_READONLY_RECOVERY)
        return LoadOutcome::failure(FileStatus::CannotRead,
                                    source + " has changes that another program has not finished writing. Close "
                                             "that program, or open the file in it once, and try again.");
    if (primary == SQLITE_NOTADB)
        return LoadOutcome::failure(FileStatus::NotAProject, source + " is not a Headroom project.");
    if (primary == SQLITE_CANTOPEN || primary == SQLITE_PERM || primary == SQLITE_IOERR)
        return LoadOutcome::failure(FileStatus::CannotRead, "Cannot read " + source + ": " + e.what() + ".");
    return LoadOutcome::failure(FileStatus::Damaged, source + " is damaged: " + e.what() + ".");
}

// Everything after opening: identity, version, structure, migration, then the values.
LoadOutcome readOpened(Database& db, const std::string& source, const SchemaHistory& history, bool writable)
{
    if (db.pragmaInteger("application_id") != kApplicationId)
        return LoadOutcome::failure(FileStatus::NotAProject,
                                    source + " is an SQLite database, but not a Headroom project.");
    const std::int64_t version = db.pragmaInteger("user_version");
    if (version > history.targetVersion)
        return LoadOutcome::failure(FileStatus::NewerVersion,
                                    source + " was saved by a newer version of Headroom (file format " +
                                        std::to_string(version) + "; this version reads up to " +
                                        std::to_string(history.targetVersion) + "). Update Headroom to open it.");
    if (version < 1)
        return LoadOutcome::failure(FileStatus::Damaged, source + " is damaged: it has no schema version.");
    if (version < history.oldestVersion())
        return LoadOutcome::failure(FileStatus::Damaged,
                                    source + " is in file format " + std::to_string(version) +
                                        ", older than this version of Headroom reads (from " +
                                        std::to_string(history.oldestVersion()) + ").");
    {
        Statement check = db.prepare("PRAGMA quick_check");
        if (!check.step() || check.text(0) != "ok")
            return LoadOutcome::failure(FileStatus::Damaged, source + " is damaged: " + check.text(0));
    }
    std::optional<Database> copy;
    if (version < history.targetVersion) {
        if (!writable)
            copy.emplace(db.copyToMemory());
        Database& target = copy ? *copy : db;
        try {
            migrate(target, history);
        } catch (const SqliteError& e) {
            return LoadOutcome::failure(FileStatus::Damaged, source + " could not be upgraded from file format " +
                                                                 std::to_string(version) + ": " + e.what() + ".");
        } catch (const BadValue& e) {
            return LoadOutcome::failure(FileStatus::Damaged, source + " could not be upgraded from file format " +
                                                                 std::to_string(version) + ": " + e.what + ".");
        }
    }
    Database& current = copy ? *copy : db;
    current.execute("BEGIN");
    Project project{store::readModel(current), store::readRun(current)};
    current.execute("COMMIT");
    LoadOutcome out;
    out.project = std::move(project);
    return out;
}

LoadOutcome readGuarded(const std::string& source, const std::function<Database()>& open,
                        const SchemaHistory& history, bool writable)
{
    try {
        Database db = open();
        return readOpened(db, source, history, writable);
    } catch (const BadValue& e) {
        return LoadOutcome::failure(FileStatus::Damaged, source + " is damaged: " + e.what + ".");
    } catch (const SqliteError& e) {
        return fromSqliteError(e, source);
    }
}

// A database held in memory cannot use a write-ahead log, so a copy in that mode is switched to
// rollback mode first (what SQLite's documentation of sqlite3_deserialize advises).
LoadOutcome readBytes(std::string bytes, const std::string& source, const SchemaHistory& history)
{
    if (bytes.empty())
        return LoadOutcome::failure(FileStatus::NotAProject, source + " is empty: it is not a Headroom project.");
    if (!isSqliteHeader(std::string_view(bytes).substr(0, kHeaderBytes)))
        return LoadOutcome::failure(FileStatus::NotAProject, source + " is not a Headroom project.");
    if (isWalMode(bytes))
        bytes[18] = bytes[19] = 1;
    return readGuarded(source, [&] { return Database::fromBytes(bytes); }, history, true);
}

} // namespace

LoadOutcome loadSqlite(const std::string& path) { return loadSqlite(path, SchemaHistory::current()); }

LoadOutcome loadSqlite(const std::string& path, const SchemaHistory& history)
{
    const ReadableFile file = checkReadableFile(path);
    if (file.refusal)
        return *file.refusal;
    if (file.size == 0)
        return LoadOutcome::failure(FileStatus::NotAProject, path + " is empty: it is not a Headroom project.");
    const std::string header = readHeader(path);
    if (!isSqliteHeader(header))
        return LoadOutcome::failure(FileStatus::NotAProject, path + " is not a Headroom project.");
    if (auto refusal = refuseUnfinishedChanges(path, header))
        return *refusal;
    // SQLite opens a write-ahead log and its index beside a file in that mode, even to read it: such
    // a file (which Headroom never writes) is read from a copy in memory instead.
    if (isWalMode(header))
        return readBytes(readWholeFile(path, file.size), path, history);
    return readGuarded(path, [&] { return Database(path, SQLITE_OPEN_READONLY); }, history, false);
}

LoadOutcome loadSqliteBytes(std::string_view bytes, const std::string& source)
{
    return readBytes(std::string(bytes), source, SchemaHistory::current());
}

SaveOutcome saveSqlite(const std::string& path, const Project& project)
{
    const std::string temporary = temporarySibling(path);
    std::error_code ec;
    std::filesystem::remove(temporary, ec);
    const auto fail = [&](const std::string& why) {
        std::filesystem::remove(temporary, ec);
        return SaveOutcome::cannotWrite(path, why);
    };
    try {
        Database db(temporary, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
        // The temporary file is thrown away on any failure, so SQLite's own journal adds nothing;
        // durability comes from replaceWith()'s fsync and rename.
        db.execute("PRAGMA journal_mode = MEMORY; PRAGMA synchronous = OFF;");
        db.execute(("PRAGMA application_id = " + std::to_string(kApplicationId) + ";").c_str());
        db.execute(("PRAGMA user_version = " + std::to_string(kSchemaVersion) + ";").c_str());
        db.execute("BEGIN");
        db.execute(store::kSchemaV1);
        db.execute(store::kSchemaV2Tables);
        db.execute(store::kSchemaV4BottleneckOccurrence);
        db.execute(store::kSchemaV5DataIntervals);
        db.execute(store::kSchemaV5RoleScaling);
        db.execute(store::kSchemaV5TeamIntervals);
        db.execute(store::kSchemaV6CurveIntervals);
        db.execute(store::kSchemaV6EstimateIntervals);
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
