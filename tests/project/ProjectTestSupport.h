#pragma once

#include "engine/Engine.h"
#include "project/InputsHash.h"
#include "project/ProjectFile.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QString>
#include <QStringList>

#include <sqlite3.h>

#include <string>

// Helpers for the project-file tests: a sample project, file digests, and SQLite used directly,
// as another program would use it.
namespace headroom::test {

inline const QString kSaasSample = QStringLiteral(HEADROOM_SAMPLES_DIR "/saas-startup.headroom.json");
inline const QString kFixturesDir = QStringLiteral(HEADROOM_SOURCE_DIR "/tests/project/fixtures");

// The SaaS sample with the results of a seeded run, as the app would save it.
inline project::Project sampleWithResults(int samples = 1)
{
    project::LoadOutcome loaded = project::loadProject(kSaasSample.toStdString());
    if (!loaded.ok())
        qFatal("cannot load the sample: %s", loaded.message.c_str());
    project::Project p = *loaded.project;
    engine::RunOptions options;
    options.seed = 7;
    options.samples = samples;
    p.lastRun = project::StoredRun{*engine::run(p.model, options).results, project::inputsHash(p.model),
                                   "2027-01-01T00:00:00Z"};
    return p;
}

inline QByteArray fileDigest(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

inline bool writeBytes(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

// Runs SQL on a file with SQLite directly; returns SQLite's error message, empty on success.
inline QString execSql(const QString& path, const char* sql)
{
    sqlite3* db = nullptr;
    if (sqlite3_open(path.toUtf8().constData(), &db) != SQLITE_OK) {
        sqlite3_close(db);
        return QStringLiteral("cannot open ") + path;
    }
    char* error = nullptr;
    const int rc = sqlite3_exec(db, sql, nullptr, nullptr, &error);
    QString message = rc == SQLITE_OK ? QString() : QString::fromUtf8(error ? error : sqlite3_errstr(rc));
    sqlite3_free(error);
    sqlite3_close(db);
    return message;
}

// The rows a query returns on a file opened read-only, each row's columns joined by '|'.
inline QStringList queryRows(const QString& path, const char* sql)
{
    QStringList rows;
    sqlite3* db = nullptr;
    if (sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK) {
        sqlite3_stmt* stmt = nullptr;
        if (sqlite3_prepare_v2(db, sql, -1, &stmt, nullptr) == SQLITE_OK) {
            while (sqlite3_step(stmt) == SQLITE_ROW) {
                QStringList columns;
                for (int i = 0; i < sqlite3_column_count(stmt); ++i)
                    columns << QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(stmt, i)));
                rows << columns.join(QLatin1Char('|'));
            }
        } else {
            rows << QStringLiteral("error: ") + QString::fromUtf8(sqlite3_errmsg(db));
        }
        sqlite3_finalize(stmt);
    }
    sqlite3_close(db);
    return rows;
}

inline qint64 pragma(const QString& path, const char* name)
{
    const QStringList rows = queryRows(path, (std::string("PRAGMA ") + name).c_str());
    bool ok = false;
    const qint64 value = rows.isEmpty() ? -1 : rows.first().toLongLong(&ok);
    return ok ? value : -1;
}

// Every entry of a directory, hidden ones too: what a load or a failed save must leave as it was.
inline QStringList directoryEntries(const QString& dir)
{
    return QDir(dir).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot, QDir::Name);
}

} // namespace headroom::test
