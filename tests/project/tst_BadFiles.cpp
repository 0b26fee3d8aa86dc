#include "ProjectTestSupport.h"
#include "TestSupport.h"
#include "project/ProjectFile.h"
#include "project/SqliteStore.h"
#include "project/SqliteValues.h"

#include <QTemporaryDir>

#include <csignal>
#include <random>
#include <sys/resource.h>
#include <unistd.h>

using namespace headroom;
using namespace headroom::project;
using namespace headroom::test;

namespace {

// A second program's connection to a file, for the time a test needs it.
class OtherProgram
{
public:
    explicit OtherProgram(const QString& path) { sqlite3_open(path.toUtf8().constData(), &m_db); }
    ~OtherProgram() { sqlite3_close(m_db); }
    OtherProgram(const OtherProgram&) = delete;
    OtherProgram& operator=(const OtherProgram&) = delete;

    bool exec(const char* sql) { return sqlite3_exec(m_db, sql, nullptr, nullptr, nullptr) == SQLITE_OK; }

private:
    sqlite3* m_db = nullptr;
};

// What a crashed writer leaves: `path` and its journal, copied from `source` in the middle of a
// transaction that changed enough pages to spill some into the database file.
bool copyMidTransaction(const QString& source, const QString& path, const char* journalMode, const char* suffix)
{
    OtherProgram writer(source);
    const std::string setup = std::string("PRAGMA journal_mode = ") + journalMode + "; PRAGMA cache_size = 2;";
    const bool ok = writer.exec(setup.c_str()) &&
                    writer.exec("BEGIN; DELETE FROM run_series; UPDATE model SET name = 'changed elsewhere';") &&
                    QFile::copy(source, path) &&
                    QFile::copy(source + QLatin1String(suffix), path + QLatin1String(suffix));
    writer.exec("ROLLBACK");
    return ok;
}

// The same, for a database in write-ahead-log mode: a committed change still in the log.
bool copyWithUncheckpointedLog(const QString& source, const QString& path)
{
    OtherProgram writer(source);
    const bool ok = writer.exec("PRAGMA journal_mode = WAL; UPDATE model SET name = 'changed by another program';") &&
                    QFile::copy(source, path) &&
                    QFile::copy(source + QLatin1String("-wal"), path + QLatin1String("-wal"));
    return ok;
}

QByteArray pseudoRandomBytes(int size, unsigned seed)
{
    std::mt19937 random(seed);
    QByteArray bytes(size, '\0');
    for (char& b : bytes)
        b = char(random() & 0xff);
    return bytes;
}

// The sample's JSON text with the value of one top-level key replaced, or the key removed (an
// empty value). Top-level values end where the next key starts, two spaces in.
QByteArray sampleJsonWith(const QByteArray& key, const QByteArray& value)
{
    QFile f(kSaasSample);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    const QByteArray text = f.readAll();
    const qsizetype at = text.indexOf("\n  \"" + key + "\": ");
    const qsizetype end = text.indexOf(",\n  \"", at + 1);
    if (at < 0 || end < 0)
        return {};
    if (value.isEmpty())
        return text.left(at) + text.mid(end + 1);
    return text.left(at + key.size() + 6) + value + text.mid(end);
}

// Makes every new SQLite connection in this process stop growing its file at `pages` pages: a
// disk that fills up while saving.
int limitPages(sqlite3* db, char**, const sqlite3_api_routines*)
{
    return sqlite3_exec(db, "PRAGMA max_page_count = 8", nullptr, nullptr, nullptr);
}

class PageLimit
{
public:
    PageLimit() { sqlite3_auto_extension(reinterpret_cast<void (*)()>(limitPages)); }
    ~PageLimit() { sqlite3_cancel_auto_extension(reinterpret_cast<void (*)()>(limitPages)); }
    PageLimit(const PageLimit&) = delete;
    PageLimit& operator=(const PageLimit&) = delete;
};

// Files this process writes may not grow past `bytes`: writing further fails with EFBIG, as on a
// full disk.
class FileSizeLimit
{
public:
    explicit FileSizeLimit(rlim_t bytes)
    {
        m_handler = std::signal(SIGXFSZ, SIG_IGN);
        getrlimit(RLIMIT_FSIZE, &m_old);
        const rlimit limit{bytes, m_old.rlim_max};
        setrlimit(RLIMIT_FSIZE, &limit);
    }
    ~FileSizeLimit()
    {
        setrlimit(RLIMIT_FSIZE, &m_old);
        std::signal(SIGXFSZ, m_handler);
    }
    FileSizeLimit(const FileSizeLimit&) = delete;
    FileSizeLimit& operator=(const FileSizeLimit&) = delete;

private:
    rlimit m_old{};
    void (*m_handler)(int) = nullptr;
};

} // namespace

// The bad-file corpus: every file that is not a sound Headroom project gets a clear message that
// names it and says what is wrong, and stays byte for byte as it was, with nothing created beside it.
class TestBadFiles : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_project = sampleWithResults();
        m_valid = m_dir.filePath(QStringLiteral("valid.headroom"));
        QVERIFY(saveProject(m_valid.toStdString(), m_project).ok());
    }

    void openingRefusesAndTouchesNothing_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("says"); // a phrase of the message
        const auto row = [](const char* name, const char* kind, FileStatus status, const char* says) {
            QTest::newRow(name) << QString::fromLatin1(kind) << int(status) << QString::fromUtf8(says);
        };
        row("missing", "missing", FileStatus::NotFound, "There is no file");
        row("a directory", "directory", FileStatus::CannotRead, "is not a file");
        row("empty", "empty", FileStatus::NotAProject, "is empty");
        row("text", "text", FileStatus::NotAProject, "is not a Headroom project");
        row("random bytes", "random", FileStatus::NotAProject, "is not a Headroom project");
        row("random bytes behind an SQLite header", "sqlite-header", FileStatus::NotAProject,
            "is not a Headroom project");
        row("truncated to half", "truncated", FileStatus::Damaged, "is damaged");
        row("truncated to its header", "header-only", FileStatus::Damaged, "is damaged");
        row("another application's database", "foreign", FileStatus::NotAProject, "not a Headroom project");
        row("a wrong application_id", "wrong-id", FileStatus::NotAProject, "not a Headroom project");
        row("a newer user_version", "newer", FileStatus::NewerVersion, "newer version of Headroom (file format 99");
        row("no user_version", "no-version", FileStatus::Damaged, "no schema version");
        row("a flipped byte inside a page", "flipped", FileStatus::Damaged, "is damaged");
        row("an unknown enum value", "bad-enum", FileStatus::Damaged, "unknown value \"diagonal\"");
        row("a series of the wrong length", "bad-series", FileStatus::Damaged, "one value per month");
        row("an orphaned row", "orphan", FileStatus::Damaged, "belongs to no component");
        row("a bottleneck's occurrence half written", "occurrence-incomplete", FileStatus::Damaged,
            "a bottleneck's occurrence is incomplete");
        row("a bottleneck's occurrence past the months", "occurrence-month", FileStatus::Damaged,
            "a bottleneck's occurrence lies outside the results' months");
        row("a percentile flag of 2", "occurrence-flag", FileStatus::Damaged, "neither 0 nor 1");
        row("a bottleneck's occurrence without its month", "occurrence-no-month", FileStatus::Damaged,
            "a bottleneck's occurrence is incomplete");
        row("a negative ladder step", "occurrence-step", FileStatus::Damaged, "counts below zero");
        row("a role's scaling half written", "role-scaling", FileStatus::Damaged,
            "a team role's scaling is incomplete");
        row("an overlong text", "long-text", FileStatus::Damaged, "longer than 1000 characters");
        row("a text that is not UTF-8", "bad-utf8", FileStatus::Damaged, "name is not valid UTF-8 text");
        row("an infinite number", "infinite", FileStatus::Damaged, "peak_hours is not a finite number");
        row("an infinite interval bound", "infinite-bound", FileStatus::Damaged,
            "monthly_growth_hi is not a finite number");
        row("a leftover hot journal", "hot-journal", FileStatus::CannotRead, "-journal is beside it");
        row("a leftover write-ahead log", "wal", FileStatus::CannotRead, "-wal is beside it");
        row("locked by another connection", "locked", FileStatus::CannotRead, "locked by another program");
        row("JSON with a wrong type", "json-type", FileStatus::InvalidContent, "1 problem");
        row("JSON with a field missing", "json-missing", FileStatus::InvalidContent, "1 problem");
        row("JSON with a huge array", "json-huge", FileStatus::InvalidContent, "1 problem");
        row("JSON over 64 MiB", "json-giant", FileStatus::NotAProject, "larger than any Headroom project");
        row("JSON with NaN", "json-nan", FileStatus::NotAProject, "(NaN is not a JSON number)");
        row("JSON with Infinity", "json-infinity", FileStatus::NotAProject, "(-Infinity is not a JSON number)");
        row("JSON with a number beyond double", "json-overflow", FileStatus::NotAProject, "a number too large");
        row("JSON cut short", "json-truncated", FileStatus::NotAProject, "is not valid JSON: at line");
        row("JSON nested a million deep", "json-deep", FileStatus::InvalidContent, "1 problem");
        row("JSON with invalid UTF-8", "json-utf8", FileStatus::NotAProject, "is not valid JSON: at line 4");
    }

    void openingRefusesAndTouchesNothing()
    {
        QFETCH(QString, kind);
        QFETCH(int, status);
        QFETCH(QString, says);
        const bool json = kind.startsWith(QLatin1String("json"));
        const QString folder = m_dir.filePath(kind);
        QVERIFY(QDir().mkpath(folder));
        const QString path = folder + (json ? QStringLiteral("/plan.headroom.json") : QStringLiteral("/plan.headroom"));
        QVERIFY2(makeBadFile(kind, path), qPrintable(kind));
        const QByteArray before = fileDigest(path);
        const QDateTime modified = QFileInfo(path).lastModified();
        const QStringList entries = directoryEntries(folder);
        const auto sidecars = [&] {
            return fileDigest(path + QStringLiteral("-journal")) + fileDigest(path + QStringLiteral("-wal"));
        };
        const QByteArray sidecar = sidecars();

        LoadOutcome out;
        if (kind == QLatin1String("locked")) {
            OtherProgram other(path);
            QVERIFY(other.exec("BEGIN EXCLUSIVE"));
            out = loadProject(path.toStdString());
        } else {
            out = loadProject(path.toStdString());
        }

        const QString message = QString::fromStdString(out.message);
        QCOMPARE(int(out.status), status);
        QVERIFY(!out.project);
        QVERIFY2(message.contains(says), qPrintable(message));
        QVERIFY2(kind == QLatin1String("missing") || message.contains(QFileInfo(path).fileName()), qPrintable(message));
        if (status == int(FileStatus::InvalidContent))
            QCOMPARE(out.problems.size(), std::size_t(1));
        QCOMPARE(fileDigest(path), before);
        QCOMPARE(QFileInfo(path).lastModified(), modified);
        QCOMPARE(directoryEntries(folder), entries);
        QCOMPARE(sidecars(), sidecar);
    }

    // What the JSON problems name: the field, and what is wrong with it.
    void jsonProblemsNameTheField_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("problem");
        QTest::newRow("wrong type") << "json-type" << "horizon_months: must be a number; got string";
        QTest::newRow("missing") << "json-missing" << "users: is missing";
        QTest::newRow("huge") << "json-huge" << "catalog: has more than 10000 entries";
        QTest::newRow("deep") << "json-deep" << "users: must be an object; got array";
    }

    void jsonProblemsNameTheField()
    {
        QFETCH(QString, kind);
        QFETCH(QString, problem);
        const QString path = m_dir.filePath(kind + QStringLiteral("-problem.headroom.json"));
        QVERIFY(makeBadFile(kind, path));
        const LoadOutcome out = loadProject(path.toStdString());
        QCOMPARE(out.problems.size(), std::size_t(1));
        QCOMPARE(QString::fromStdString(out.problems[0].toString()), problem);
    }

    // Text read from a .headroom file must be what the JSON writer accepts: the reader's check and
    // nlohmann's serializer agree on each case (RFC 3629, table 3-7 of The Unicode Standard).
    void textMustBeWellFormedUtf8_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<bool>("valid");
        QTest::newRow("ASCII") << QByteArray("Ledgerly") << true;
        QTest::newRow("two bytes (é)") << QByteArray("caf\xc3\xa9") << true;
        QTest::newRow("three bytes (€)") << QByteArray("\xe2\x82\xac") << true;
        QTest::newRow("four bytes (U+1F600)") << QByteArray("\xf0\x9f\x98\x80") << true;
        QTest::newRow("a lone continuation byte") << QByteArray("a\x80") << false;
        QTest::newRow("an overlong slash") << QByteArray("\xc0\xaf") << false;
        QTest::newRow("an overlong three-byte form") << QByteArray("\xe0\x80\xaf") << false;
        QTest::newRow("a surrogate (U+D800)") << QByteArray("\xed\xa0\x80") << false;
        QTest::newRow("past U+10FFFF") << QByteArray("\xf4\x90\x80\x80") << false;
        QTest::newRow("cut short") << QByteArray("\xe2\x82") << false;
        QTest::newRow("0xFF") << QByteArray("\xff") << false;
    }

    void textMustBeWellFormedUtf8()
    {
        QFETCH(QByteArray, text);
        QFETCH(bool, valid);
        const std::string s(text.constData(), std::size_t(text.size()));
        QCOMPARE(project::store::isUtf8(s), valid);
        bool dumps = true;
        try {
            (void)nlohmann::json(s).dump();
        } catch (const nlohmann::json::exception&) {
            dumps = false;
        }
        QCOMPARE(dumps, valid);
    }

    // One flipped byte anywhere, 300 times: opening gives the project or a clean refusal, never a
    // crash, and never writes.
    void aFlippedByteAnywhereIsHandled()
    {
        const QByteArray original = [&] {
            QFile f(m_valid);
            return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
        }();
        QVERIFY(!original.isEmpty());
        const QString folder = m_dir.filePath(QStringLiteral("flips"));
        QVERIFY(QDir().mkpath(folder));
        const QString path = folder + QStringLiteral("/plan.headroom");
        std::mt19937 random(20270101);
        int refused = 0;
        for (int i = 0; i < 300; ++i) {
            QByteArray bytes = original;
            const auto at = qsizetype(random() % std::uint32_t(bytes.size()));
            bytes[at] = char(bytes[at] ^ char(1 << (random() % 8)));
            QVERIFY(writeBytes(path, bytes));
            const QByteArray before = fileDigest(path);
            const LoadOutcome out = loadProject(path.toStdString());
            if (!out.ok()) {
                ++refused;
                QVERIFY2(out.status == FileStatus::Damaged || out.status == FileStatus::NotAProject ||
                             out.status == FileStatus::NewerVersion || out.status == FileStatus::CannotRead,
                         out.message.c_str());
                QVERIFY(QString::fromStdString(out.message).contains(QLatin1String("plan.headroom")));
            }
            QCOMPARE(fileDigest(path), before);
            QCOMPARE(directoryEntries(folder), QStringList{QStringLiteral("plan.headroom")});
        }
        qInfo("%d of 300 files with one flipped bit were refused; the others still read", refused);
        QVERIFY(refused > 0);
    }

    // A file another program switched to write-ahead logging, whose log was checkpointed and
    // removed, still opens, and nothing is created beside it.
    void aFileInWalModeWithoutALogOpens()
    {
        const QString folder = m_dir.filePath(QStringLiteral("wal-clean"));
        QVERIFY(QDir().mkpath(folder));
        const QString path = folder + QStringLiteral("/plan.headroom");
        QVERIFY(QFile::copy(m_valid, path));
        QCOMPARE(execSql(path, "PRAGMA journal_mode = WAL"), QString());
        QCOMPARE(queryRows(path, "PRAGMA journal_mode"), QStringList{QStringLiteral("wal")});
        for (const QString& name : directoryEntries(folder))
            if (name != QLatin1String("plan.headroom"))
                QVERIFY(QFile::remove(folder + QLatin1Char('/') + name));
        const QByteArray before = fileDigest(path);
        const LoadOutcome out = loadProject(path.toStdString());
        QVERIFY2(out.ok(), out.message.c_str());
        QCOMPARE(out.project->model, m_project.model);
        QCOMPARE(fileDigest(path), before);
        QCOMPARE(directoryEntries(folder), QStringList{QStringLiteral("plan.headroom")});
    }

    void anUnreadableFileIsRefused()
    {
        if (::geteuid() == 0)
            QSKIP("root reads any file");
        const QString path = m_dir.filePath(QStringLiteral("unreadable.headroom"));
        QVERIFY(QFile::copy(m_valid, path));
        QVERIFY(QFile::setPermissions(path, QFileDevice::WriteOwner));
        const LoadOutcome out = loadProject(path.toStdString());
        QCOMPARE(int(out.status), int(FileStatus::CannotRead));
        QVERIFY(QString::fromStdString(out.message).contains(QLatin1String("permission denied")));
    }

    void savingFailsCleanly_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("says");
        QTest::newRow("a read-only file") << "read-only-file" << "plan.headroom" << "the file is read-only";
        QTest::newRow("a read-only file, JSON") << "read-only-file" << "plan.headroom.json" << "the file is read-only";
        QTest::newRow("a read-only folder") << "read-only-folder" << "plan.headroom" << "is read-only";
        QTest::newRow("a full disk (max_page_count)") << "page-limit" << "plan.headroom" << "database or disk is full";
        QTest::newRow("a full disk (file size limit)") << "size-limit" << "plan.headroom" << "The file is unchanged";
        QTest::newRow("a full disk, JSON") << "size-limit" << "plan.headroom.json" << "File too large";
    }

    // The file was saved once; saving a changed project fails, and the first one survives whole.
    void savingFailsCleanly()
    {
        QFETCH(QString, kind);
        QFETCH(QString, name);
        QFETCH(QString, says);
        const QString folder = m_dir.filePath(QStringLiteral("save-") + QString::number(++m_saves));
        QVERIFY(QDir().mkpath(folder));
        const QString path = folder + QLatin1Char('/') + name;
        QVERIFY(saveProject(path.toStdString(), m_project).ok());
        Project changed = m_project;
        changed.model.name = "Changed";
        // Big enough that the new file cannot fit where the old one did.
        for (int i = 0; i < 200; ++i)
            changed.model.scenarios.push_back({std::to_string(i), std::string(500, 'x'), {}, {}});
        const QByteArray before = fileDigest(path);
        const QStringList entries = directoryEntries(folder);

        SaveOutcome out;
        if (kind == QLatin1String("read-only-file")) {
            QVERIFY(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::ReadGroup));
            out = saveProject(path.toStdString(), changed);
        } else if (kind == QLatin1String("read-only-folder")) {
            QVERIFY(QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::ExeOwner));
            out = saveProject(path.toStdString(), changed);
            const auto writable = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner;
            QVERIFY(QFile::setPermissions(folder, writable));
        } else if (kind == QLatin1String("page-limit")) {
            PageLimit full;
            out = saveProject(path.toStdString(), changed);
        } else {
            FileSizeLimit full(4096);
            out = saveProject(path.toStdString(), changed);
        }

        const QString message = QString::fromStdString(out.message);
        QCOMPARE(int(out.status), int(FileStatus::CannotWrite));
        QVERIFY2(message.contains(says), qPrintable(message));
        QVERIFY(message.contains(name) && message.contains(QLatin1String("The file is unchanged")));
        QCOMPARE(fileDigest(path), before);
        QCOMPARE(directoryEntries(folder), entries);
        QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        const LoadOutcome reopened = loadProject(path.toStdString());
        QVERIFY2(reopened.ok(), reopened.message.c_str());
        QCOMPARE(reopened.project->model, m_project.model);
        // With the obstacle gone, the same save goes through.
        QVERIFY(saveProject(path.toStdString(), changed).ok());
        QCOMPARE(loadProject(path.toStdString()).project->model.name, std::string("Changed"));
    }

private:
    bool makeBadFile(const QString& kind, const QString& path)
    {
        const auto validCopy = [&] { return QFile::copy(m_valid, path); };
        const auto changedCopy = [&](const char* sql) { return validCopy() && execSql(path, sql).isEmpty(); };
        const auto resized = [&](qint64 size) {
            QFile f(path);
            return validCopy() && f.open(QIODevice::ReadWrite) && f.resize(size);
        };
        if (kind == QLatin1String("missing"))
            return true;
        if (kind == QLatin1String("directory"))
            return QDir().mkdir(path);
        if (kind == QLatin1String("empty"))
            return writeBytes(path, {});
        if (kind == QLatin1String("text"))
            return writeBytes(path, QByteArrayLiteral("name,users\nacme,12\n"));
        if (kind == QLatin1String("random"))
            return writeBytes(path, pseudoRandomBytes(8192, 1));
        if (kind == QLatin1String("sqlite-header"))
            return writeBytes(path, QByteArray("SQLite format 3\0", 16) + pseudoRandomBytes(8192, 2));
        if (kind == QLatin1String("truncated"))
            return resized(QFileInfo(m_valid).size() / 2);
        if (kind == QLatin1String("header-only"))
            return resized(100);
        if (kind == QLatin1String("foreign"))
            return execSql(path, "CREATE TABLE notes(id INTEGER PRIMARY KEY, body TEXT); "
                                 "INSERT INTO notes VALUES (1, 'x')")
                .isEmpty();
        if (kind == QLatin1String("wrong-id")) // GeoPackage's id, on Headroom's own tables
            return changedCopy("PRAGMA application_id = 1196444487");
        if (kind == QLatin1String("newer"))
            return changedCopy("PRAGMA user_version = 99");
        if (kind == QLatin1String("no-version"))
            return changedCopy("PRAGMA user_version = 0");
        if (kind == QLatin1String("flipped")) {
            // The page-type byte of page 2, the root of the first table: 0x0d (a table leaf) no more.
            QFile f(path);
            if (!validCopy() || !f.open(QIODevice::ReadWrite) || !f.seek(4096))
                return false;
            char type = 0;
            return f.getChar(&type) && type == 0x0d && f.seek(4096) && f.putChar(char(type ^ 0xff));
        }
        if (kind == QLatin1String("bad-enum"))
            return changedCopy("UPDATE component SET policy = 'diagonal'");
        if (kind == QLatin1String("bad-series"))
            return changedCopy("UPDATE run_series SET mean = zeroblob(16) WHERE key = 'users'");
        if (kind == QLatin1String("orphan"))
            return changedCopy("UPDATE component_data SET component_position = 99");
        if (kind == QLatin1String("occurrence-incomplete"))
            return changedCopy("UPDATE run_bottleneck SET occurrence_step = NULL");
        if (kind == QLatin1String("occurrence-month"))
            return changedCopy("UPDATE run_bottleneck SET occurrence_month = 999");
        if (kind == QLatin1String("occurrence-flag"))
            return changedCopy("UPDATE run_bottleneck SET occurrence_percentile = 2");
        if (kind == QLatin1String("occurrence-no-month"))
            return changedCopy("UPDATE run_bottleneck SET occurrence_month = NULL");
        if (kind == QLatin1String("occurrence-step"))
            return changedCopy("UPDATE run_bottleneck SET occurrence_step = -3");
        if (kind == QLatin1String("role-scaling"))
            return changedCopy("UPDATE role SET max_team_size = 6, scaling_kappa = 0.004 WHERE position = 0");
        if (kind == QLatin1String("long-text"))
            return changedCopy("UPDATE component SET name = printf('%.2000c', 'x') WHERE position = 0");
        if (kind == QLatin1String("bad-utf8")) // the writer of the JSON form would throw on it
            return changedCopy("UPDATE model SET name = CAST(X'4C6564676572FF' AS TEXT)");
        if (kind == QLatin1String("infinite"))
            return changedCopy("UPDATE model SET peak_hours = 9e999");
        if (kind == QLatin1String("infinite-bound"))
            return changedCopy("UPDATE curve SET monthly_growth_hi = -9e999 WHERE driver = 'users'");
        if (kind == QLatin1String("hot-journal")) {
            const QString source = path + QStringLiteral(".source");
            return QFile::copy(m_valid, source) && copyMidTransaction(source, path, "DELETE", "-journal") &&
                   QFile::remove(source) && QFileInfo(path + QStringLiteral("-journal")).size() > 0;
        }
        if (kind == QLatin1String("wal")) {
            const QString source = path + QStringLiteral(".source");
            const bool ok = QFile::copy(m_valid, source) && copyWithUncheckpointedLog(source, path);
            for (const char* suffix : {"", "-wal", "-shm"})
                QFile::remove(source + QLatin1String(suffix));
            return ok && QFileInfo(path + QStringLiteral("-wal")).size() > 0;
        }
        if (kind == QLatin1String("locked"))
            return validCopy();
        if (kind == QLatin1String("json-type"))
            return writeBytes(path, sampleJsonWith("horizon_months", "\"36\""));
        if (kind == QLatin1String("json-missing"))
            return writeBytes(path, sampleJsonWith("users", {}));
        if (kind == QLatin1String("json-huge")) {
            QByteArray catalog = "[";
            for (int i = 0; i <= 10'000; ++i)
                catalog += i ? ", {}" : "{}";
            return writeBytes(path, sampleJsonWith("catalog", catalog + "]"));
        }
        if (kind == QLatin1String("json-giant")) {
            QFile f(path);
            return f.open(QIODevice::WriteOnly) && f.write("{\"format\": \"headroom-project\", ") > 0 &&
                   f.resize(65 * 1024 * 1024);
        }
        if (kind == QLatin1String("json-nan"))
            return writeBytes(path, sampleJsonWith("peak_hours", "NaN"));
        if (kind == QLatin1String("json-infinity"))
            return writeBytes(path, sampleJsonWith("peak_hours", "-Infinity"));
        if (kind == QLatin1String("json-overflow"))
            return writeBytes(path, sampleJsonWith("peak_hours", "1e999"));
        if (kind == QLatin1String("json-truncated"))
            return writeBytes(path, sampleJsonWith("peak_hours", "2").left(3000));
        if (kind == QLatin1String("json-deep"))
            return writeBytes(path, sampleJsonWith("users", QByteArray(1'000'000, '[') + QByteArray(1'000'000, ']')));
        if (kind == QLatin1String("json-utf8"))
            return writeBytes(path, sampleJsonWith("name", "\"Ledgerly \xff\xfe\""));
        return false;
    }

    QTemporaryDir m_dir;
    QString m_valid;
    Project m_project;
    int m_saves = 0;
};

QTEST_GUILESS_MAIN(TestBadFiles)
#include "tst_BadFiles.moc"
