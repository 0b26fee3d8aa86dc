#include "project/Sqlite.h"

#include <bit>
#include <cstring>

namespace headroom::project::sqlite {

static_assert(std::endian::native == std::endian::little, "blobs are stored as little-endian float64");

Database::Database(const std::string& path, int flags)
{
    sqlite3* db = nullptr;
    const int rc = sqlite3_open_v2(path.c_str(), &db, flags | SQLITE_OPEN_NOMUTEX, nullptr);
    m_db.reset(db);
    if (rc != SQLITE_OK)
        throw SqliteError(rc, db ? sqlite3_errmsg(db) : sqlite3_errstr(rc));
    sqlite3_extended_result_codes(db, 1);
    // Defensive settings for files that may come from anywhere (https://sqlite.org/security.html).
    sqlite3_db_config(db, SQLITE_DBCONFIG_DEFENSIVE, 1, nullptr);
    sqlite3_db_config(db, SQLITE_DBCONFIG_TRUSTED_SCHEMA, 0, nullptr);
    sqlite3_db_config(db, SQLITE_DBCONFIG_ENABLE_TRIGGER, 0, nullptr);
    sqlite3_db_config(db, SQLITE_DBCONFIG_ENABLE_VIEW, 0, nullptr);
    sqlite3_limit(db, SQLITE_LIMIT_LENGTH, 16 * 1024 * 1024);
    sqlite3_limit(db, SQLITE_LIMIT_SQL_LENGTH, 100'000);
    sqlite3_limit(db, SQLITE_LIMIT_ATTACHED, 0);
    sqlite3_busy_timeout(db, 2000);
}

Database Database::fromBytes(std::string_view bytes)
{
    Database db(":memory:", SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_MEMORY);
    const auto size = static_cast<sqlite3_int64>(bytes.size());
    auto* copy = static_cast<unsigned char*>(sqlite3_malloc64(bytes.empty() ? 1 : bytes.size()));
    if (!copy)
        throw SqliteError(SQLITE_NOMEM, "out of memory");
    if (!bytes.empty())
        std::memcpy(copy, bytes.data(), bytes.size());
    // SQLite owns the copy from here on, and frees it even when deserializing fails.
    const int rc = sqlite3_deserialize(db.handle(), "main", copy, size, size,
                                       SQLITE_DESERIALIZE_FREEONCLOSE | SQLITE_DESERIALIZE_RESIZEABLE);
    if (rc != SQLITE_OK)
        throw SqliteError(rc, sqlite3_errstr(rc));
    return db;
}

Database Database::copyToMemory()
{
    Database copy(":memory:", SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_MEMORY);
    sqlite3_backup* backup = sqlite3_backup_init(copy.handle(), "main", m_db.get(), "main");
    if (!backup)
        throw SqliteError(sqlite3_errcode(copy.handle()), sqlite3_errmsg(copy.handle()));
    sqlite3_backup_step(backup, -1);
    const int rc = sqlite3_backup_finish(backup);
    if (rc != SQLITE_OK)
        throw SqliteError(rc, sqlite3_errmsg(copy.handle()));
    return copy;
}

void Database::execute(const char* sql)
{
    char* error = nullptr;
    const int rc = sqlite3_exec(m_db.get(), sql, nullptr, nullptr, &error);
    if (rc != SQLITE_OK) {
        const std::string message = error ? error : sqlite3_errstr(rc);
        sqlite3_free(error);
        throw SqliteError(rc, message);
    }
}

Statement Database::prepare(std::string_view sql) { return Statement(m_db.get(), sql); }

std::int64_t Database::pragmaInteger(const char* pragma)
{
    Statement s = prepare(std::string("PRAGMA ") + pragma);
    if (!s.step())
        throw SqliteError(SQLITE_ERROR, std::string("PRAGMA ") + pragma + " returned nothing");
    return s.integer(0);
}

void Database::close()
{
    const int rc = sqlite3_close(m_db.get());
    if (rc != SQLITE_OK)
        throw SqliteError(rc, sqlite3_errmsg(m_db.get()));
    m_db.release();
}

Statement::Statement(sqlite3* db, std::string_view sql) : m_db(db)
{
    sqlite3_stmt* stmt = nullptr;
    const int rc = sqlite3_prepare_v2(db, sql.data(), static_cast<int>(sql.size()), &stmt, nullptr);
    m_stmt.reset(stmt);
    check(rc);
}

void Statement::check(int rc) const
{
    if (rc != SQLITE_OK && rc != SQLITE_ROW && rc != SQLITE_DONE)
        throw SqliteError(rc, sqlite3_errmsg(m_db));
}

Statement& Statement::bind(int index, std::int64_t value)
{
    check(sqlite3_bind_int64(m_stmt.get(), index, value));
    return *this;
}

Statement& Statement::bind(int index, double value)
{
    check(sqlite3_bind_double(m_stmt.get(), index, value));
    return *this;
}

Statement& Statement::bind(int index, std::string_view text)
{
    check(sqlite3_bind_text(m_stmt.get(), index, text.data(), static_cast<int>(text.size()), SQLITE_TRANSIENT));
    return *this;
}

Statement& Statement::bind(int index, const std::optional<double>& value)
{
    if (value)
        return bind(index, *value);
    check(sqlite3_bind_null(m_stmt.get(), index));
    return *this;
}

Statement& Statement::bind(int index, const std::optional<std::int64_t>& value)
{
    if (value)
        return bind(index, *value);
    check(sqlite3_bind_null(m_stmt.get(), index));
    return *this;
}

Statement& Statement::bindBlob(int index, const void* data, int bytes)
{
    check(sqlite3_bind_blob(m_stmt.get(), index, data, bytes, SQLITE_TRANSIENT));
    return *this;
}

bool Statement::step()
{
    const int rc = sqlite3_step(m_stmt.get());
    check(rc);
    return rc == SQLITE_ROW;
}

void Statement::run()
{
    step();
    reset();
}

void Statement::reset()
{
    sqlite3_reset(m_stmt.get());
    sqlite3_clear_bindings(m_stmt.get());
}

std::string Statement::text(int column) const
{
    const auto* p = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt.get(), column));
    return p ? std::string(p, static_cast<std::size_t>(sqlite3_column_bytes(m_stmt.get(), column))) : std::string();
}

std::string Statement::columnName(int column) const
{
    const char* name = sqlite3_column_name(m_stmt.get(), column);
    return name ? name : "a column";
}

std::vector<double> Statement::doubles(int column) const
{
    const void* p = sqlite3_column_blob(m_stmt.get(), column);
    const int bytes = sqlite3_column_bytes(m_stmt.get(), column);
    std::vector<double> out(static_cast<std::size_t>(bytes) / sizeof(double));
    if (p && !out.empty())
        std::memcpy(out.data(), p, out.size() * sizeof(double));
    if (static_cast<std::size_t>(bytes) % sizeof(double) != 0)
        throw SqliteError(SQLITE_CORRUPT, "a series blob's length is not a whole number of values");
    return out;
}

} // namespace headroom::project::sqlite
