#include "ProjectTestSupport.h"
#include "TestSupport.h"
#include "project/ProjectFile.h"
#include "project/SqliteMigrations.h"
#include "project/SqliteStore.h"

#include <QFileInfo>
#include <QTemporaryDir>

using namespace headroom;
using namespace headroom::project;
using namespace headroom::test;
using sqlite::Database;
using sqlite::SqliteError;

namespace {
const QString kV1 = kFixturesDir + QStringLiteral("/v1.headroom");

// A step that only adds a table: proof that it ran, and whether it ran inside a transaction.
MigrationStep addTable(int from, const char* table, bool* sawTransaction = nullptr)
{
    return {from, std::string("adds ") + table, [=](Database& db) {
                if (sawTransaction)
                    *sawTransaction = db.inTransaction();
                db.execute((std::string("CREATE TABLE ") + table + " (note TEXT) STRICT; INSERT INTO " + table +
                            " VALUES ('migrated')")
                               .c_str());
            }};
}

bool hasTable(Database& db, const char* table)
{
    sqlite::Statement s = db.prepare("SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = ?");
    s.bind(1, std::string_view(table));
    return s.step();
}

std::string modelName(Database& db)
{
    sqlite::Statement s = db.prepare("SELECT name FROM model");
    return s.step() ? s.text(0) : std::string();
}
} // namespace

// How a file of an older schema is brought up to this build's (project/SqliteMigrations.h), with
// steps made for the test: each step in a transaction of its own, on a copy in memory, the file
// never touched; a step that fails, commits itself, or comes out of order, and a version outside
// the history, are refused with the file as it was. tst_Migrations.cpp opens the real fixtures.
class TestMigrationSteps : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Opening an older file migrates a copy in memory, a step in one transaction each: what is
    // read is the migrated database, and the file keeps its bytes and its version.
    void aStepRunsInOneTransactionOnACopy()
    {
        const QString path = copyOfFixture();
        const QByteArray before = fileDigest(path);
        const QStringList entries = directoryEntries(m_dir.path());
        bool sawTransaction = false;
        // This build's own steps, then one more of the test's: the file is read as the build reads
        // its own version, so it needs every step of the build's history.
        SchemaHistory history = SchemaHistory::current();
        history.steps.push_back(addTable(kSchemaVersion, "note", &sawTransaction));
        ++history.targetVersion;

        const LoadOutcome loaded = loadSqlite(path.toStdString(), history);
        QVERIFY2(loaded.ok(), loaded.message.c_str());
        QVERIFY(sawTransaction);
        QCOMPARE(loaded.project->model, loadProject(kV1.toStdString()).project->model);
        QCOMPARE(fileDigest(path), before);
        QCOMPARE(directoryEntries(m_dir.path()), entries);

        Database file(path.toStdString(), SQLITE_OPEN_READONLY);
        Database copy = file.copyToMemory();
        migrate(copy, history);
        QCOMPARE(copy.pragmaInteger("user_version"), std::int64_t(kSchemaVersion + 1));
        QVERIFY(hasTable(copy, "note"));
        QVERIFY(hasTable(copy, "run_role")); // the build's own step ran first
        QCOMPARE(file.pragmaInteger("user_version"), std::int64_t(1));
        QVERIFY(!hasTable(file, "note"));
    }

    // Step 2 fails after changing things: its changes are rolled back, step 1's stay (each is its
    // own transaction), and opening reports the failure with the file exactly as it was.
    void aFailingStepLeavesTheFileAsItWas()
    {
        const QString path = copyOfFixture();
        const QByteArray before = fileDigest(path);
        const QStringList entries = directoryEntries(m_dir.path());
        const MigrationStep failing{2, "fails midway", [](Database& db) {
                                        db.execute("CREATE TABLE second_step (x INTEGER); "
                                                   "UPDATE model SET name = 'half-migrated'");
                                        throw SqliteError(SQLITE_CONSTRAINT, "a value cannot be carried over");
                                    }};
        const SchemaHistory history{3, {addTable(1, "first_step"), failing}};

        const LoadOutcome loaded = loadSqlite(path.toStdString(), history);
        QCOMPARE(int(loaded.status), int(FileStatus::Damaged));
        QVERIFY(!loaded.project);
        const QString message = QString::fromStdString(loaded.message);
        QVERIFY2(message.contains(QLatin1String("could not be upgraded from file format 1")), qPrintable(message));
        QVERIFY2(message.contains(QLatin1String("a value cannot be carried over")), qPrintable(message));
        QVERIFY(message.contains(QFileInfo(path).fileName()));
        QCOMPARE(fileDigest(path), before);
        QCOMPARE(directoryEntries(m_dir.path()), entries);

        Database copy = Database(path.toStdString(), SQLITE_OPEN_READONLY).copyToMemory();
        const std::string name = modelName(copy);
        QVERIFY_THROWS_EXCEPTION(SqliteError, migrate(copy, history));
        QCOMPARE(copy.pragmaInteger("user_version"), std::int64_t(2));
        QVERIFY(hasTable(copy, "first_step"));
        QVERIFY(!hasTable(copy, "second_step"));
        QCOMPARE(modelName(copy), name);
        QVERIFY(!copy.inTransaction());
    }

    // A step may not commit halfway: the migrator owns the transaction.
    void aStepThatEndsItsTransactionIsRefused()
    {
        const QString path = copyOfFixture();
        const QByteArray before = fileDigest(path);
        const SchemaHistory history{2, {{1, "commits itself", [](Database& db) {
                                             db.execute("CREATE TABLE early (x INTEGER); COMMIT");
                                         }}}};
        Database copy = Database(path.toStdString(), SQLITE_OPEN_READONLY).copyToMemory();
        QVERIFY_THROWS_EXCEPTION(SqliteError, migrate(copy, history));
        QCOMPARE(copy.pragmaInteger("user_version"), std::int64_t(1));
        const LoadOutcome loaded = loadSqlite(path.toStdString(), history);
        QCOMPARE(int(loaded.status), int(FileStatus::Damaged));
        QVERIFY(QString::fromStdString(loaded.message).contains(QLatin1String("ended its own transaction")));
        QCOMPARE(fileDigest(path), before);
    }

    void versionsOutsideTheHistoryAreRefused_data()
    {
        QTest::addColumn<int>("fileVersion");
        QTest::addColumn<int>("oldest");
        QTest::addColumn<int>("target");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("says");
        QTest::newRow("older than the first step") << 1 << 2 << 3 << int(FileStatus::Damaged) << "older than";
        QTest::newRow("newer than the target") << 2 << 1 << 1 << int(FileStatus::NewerVersion) << "newer version";
        QTest::newRow("no version at all") << 0 << 1 << 1 << int(FileStatus::Damaged) << "no schema version";
    }

    void versionsOutsideTheHistoryAreRefused()
    {
        QFETCH(int, fileVersion);
        QFETCH(int, oldest);
        QFETCH(int, target);
        QFETCH(int, status);
        QFETCH(QString, says);
        const QString path = copyOfFixture();
        if (fileVersion != 1)
            QCOMPARE(execSql(path, QStringLiteral("PRAGMA user_version = %1").arg(fileVersion).toUtf8().constData()),
                     QString());
        SchemaHistory history{target, {}};
        for (int from = oldest; from < target; ++from)
            history.steps.push_back(addTable(from, "unused"));
        const QByteArray before = fileDigest(path);
        const LoadOutcome loaded = loadSqlite(path.toStdString(), history);
        QCOMPARE(int(loaded.status), status);
        QVERIFY2(QString::fromStdString(loaded.message).contains(says), loaded.message.c_str());
        QCOMPARE(fileDigest(path), before);
    }

    void stepsOutOfOrderAreNotRun()
    {
        const QString path = copyOfFixture();
        bool ran = false;
        const SchemaHistory history{3, {addTable(2, "second", &ran), addTable(1, "first", &ran)}};
        QVERIFY(!history.isContiguous());
        QCOMPARE(int(loadSqlite(path.toStdString(), history).status), int(FileStatus::Damaged));
        QVERIFY(!ran);
    }

private:
    QString copyOfFixture()
    {
        const QString path = m_dir.filePath(QStringLiteral("old-%1.headroom").arg(++m_copies));
        if (!QFile::copy(kV1, path) || !QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner))
            qFatal("cannot copy the fixture");
        return path;
    }

    QTemporaryDir m_dir;
    int m_copies = 0;
};

QTEST_GUILESS_MAIN(TestMigrationSteps)
#include "tst_MigrationSteps.moc"
