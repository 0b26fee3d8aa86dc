#pragma once

#include <sqlite3.h>

#include <cstdint>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

// A thin RAII layer over SQLite's C API, for the project files only. Statements bind parameters;
// no SQL is ever assembled from values. Errors surface as SqliteError, caught at the store's edge.
namespace headroom::project::sqlite {

class SqliteError : public std::runtime_error
{
public:
    SqliteError(int code, const std::string& what) : std::runtime_error(what), m_code(code) {}
    int code() const { return m_code; }

private:
    int m_code;
};

class Statement;

class Database
{
public:
    // flags: SQLITE_OPEN_READONLY, or SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE.
    Database(const std::string& path, int flags);
    // A writable database in memory holding a copy of `bytes` (a whole database file's content).
    static Database fromBytes(std::string_view bytes);
    // A writable copy of this database in memory: what is done to it never reaches the file.
    Database copyToMemory();
    sqlite3* handle() const { return m_db.get(); }
    bool inTransaction() const { return sqlite3_get_autocommit(m_db.get()) == 0; }

    void execute(const char* sql); // statements without parameters or results (schema, pragmas)
    Statement prepare(std::string_view sql);
    std::int64_t pragmaInteger(const char* pragma);
    std::string errorMessage() const { return sqlite3_errmsg(m_db.get()); }
    void close(); // reports an error on close, unlike the destructor

private:
    struct Closer
    {
        void operator()(sqlite3* db) const { sqlite3_close_v2(db); }
    };
    std::unique_ptr<sqlite3, Closer> m_db;
};

class Statement
{
public:
    Statement(sqlite3* db, std::string_view sql);

    Statement& bind(int index, std::int64_t value);
    Statement& bind(int index, int value) { return bind(index, static_cast<std::int64_t>(value)); }
    Statement& bind(int index, double value);
    Statement& bind(int index, std::string_view text);
    Statement& bind(int index, const std::optional<double>& value);
    Statement& bind(int index, const std::optional<std::int64_t>& value);
    Statement& bindBlob(int index, const void* data, int bytes);

    bool step(); // true while there is a row
    void run();  // steps a statement that returns no rows, then resets it for reuse
    void reset();

    int columnType(int column) const { return sqlite3_column_type(m_stmt.get(), column); }
    std::string columnName(int column) const;
    std::int64_t integer(int column) const { return sqlite3_column_int64(m_stmt.get(), column); }
    double real(int column) const { return sqlite3_column_double(m_stmt.get(), column); }
    std::string text(int column) const;
    std::vector<double> doubles(int column) const; // a blob of little-endian float64s

private:
    void check(int rc) const;
    struct Finalizer
    {
        void operator()(sqlite3_stmt* s) const { sqlite3_finalize(s); }
    };
    sqlite3* m_db;
    std::unique_ptr<sqlite3_stmt, Finalizer> m_stmt;
};

} // namespace headroom::project::sqlite
