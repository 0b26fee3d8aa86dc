#include "TestSupport.h"
#include "engine/Engine.h"
#include "project/InputsHash.h"
#include "project/ProjectFile.h"
#include "project/SqliteStore.h"

#include <QCryptographicHash>
#include <QTemporaryDir>

#include <sqlite3.h>

using namespace headroom;
using namespace headroom::project;

namespace {
const QString kSample = QStringLiteral(HEADROOM_SAMPLES_DIR "/saas-startup.headroom.json");

Project sampleWithResults()
{
    LoadOutcome loaded = loadProject(kSample.toStdString());
    if (!loaded.ok())
        qFatal("cannot load the sample: %s", loaded.message.c_str());
    Project p = *loaded.project;
    engine::RunOptions options;
    options.seed = 7;
    p.lastRun = StoredRun{*engine::run(p.model, options).results, inputsHash(p.model), "2027-01-01T00:00:00Z"};
    return p;
}

QByteArray fileDigest(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

void writeBytes(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(bytes);
}

// Runs SQL on a file with SQLite directly, as another program would.
void execSql(const QString& path, const char* sql)
{
    sqlite3* db = nullptr;
    QCOMPARE(sqlite3_open(path.toUtf8().constData(), &db), SQLITE_OK);
    char* error = nullptr;
    const int rc = sqlite3_exec(db, sql, nullptr, nullptr, &error);
    const QString message = error ? QString::fromUtf8(error) : QString();
    sqlite3_free(error);
    sqlite3_close(db);
    QVERIFY2(rc == SQLITE_OK, qPrintable(message));
}

qint64 pragma(const QString& path, const char* name)
{
    sqlite3* db = nullptr;
    sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READONLY, nullptr);
    sqlite3_stmt* stmt = nullptr;
    sqlite3_prepare_v2(db, (std::string("PRAGMA ") + name).c_str(), -1, &stmt, nullptr);
    const qint64 value = sqlite3_step(stmt) == SQLITE_ROW ? sqlite3_column_int64(stmt, 0) : -1;
    sqlite3_finalize(stmt);
    sqlite3_close(db);
    return value;
}
} // namespace

// Saving and opening project files: round trips, identity, and refusing what is not ours.
class TestProjectFile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { QVERIFY(m_dir.isValid()); }

    void sqliteRoundTripKeepsModelAndResults()
    {
        const Project original = sampleWithResults();
        const QString path = m_dir.filePath(QStringLiteral("plan.headroom"));
        QVERIFY(saveProject(path.toStdString(), original).ok());
        const LoadOutcome loaded = loadProject(path.toStdString());
        QVERIFY2(loaded.ok(), loaded.message.c_str());
        QCOMPARE(loaded.project->model, original.model);
        QVERIFY(loaded.project->lastRun.has_value());
        QVERIFY(loaded.project->lastRun->results == original.lastRun->results);
        QCOMPARE(loaded.project->lastRun->inputsHash, original.lastRun->inputsHash);
        QCOMPARE(loaded.project->lastRun->computedAt, std::string("2027-01-01T00:00:00Z"));
    }

    // Every field, set to a value of its own, survives both forms.
    void everyPartOfTheModelRoundTrips()
    {
        Project p = sampleWithResults();
        engine::DataSpec data;
        engine::DataParameters& g = data.growth;
        g.gbPerUser = 0.05;
        g.ingestGbPerUserPerMonth = 0.002;
        g.retentionMonths = 24;
        g.replicationFactor = 2.0;
        g.compressionRatio = 1.5;
        g.backupThroughputGbPerHour = 900.0;
        g.restoreThroughputGbPerHour = 700.0;
        g.backupWindowHours = 4.0;
        g.rtoHours = 6.0;
        g.workingSetFraction = 0.15;
        g.missPenalty = 4.0;
        g.maxGbPerShard = 2000.0;
        g.maxWritesPerSecondPerShard = 3000.0;
        data.storagePricePerGbMonth = engine::Quantity(0.115);
        data.storagePricePerGbMonth.interval90 = engine::Interval{0.10, 0.13};
        data.writeShare = 0.3;
        p.model.components.at(2).data = data;
        p.model.users.seasonality = {0.9, 0.9, 0.95, 1, 1, 1, 1, 0.95, 1, 1, 1.1, 1.2};
        p.model.users.events = {{10, 2.5, 1}};
        engine::Curve hiring;
        hiring.kind = engine::CurveKind::Piecewise;
        hiring.points = {{0, 4}, {12, 9.5}};
        hiring.logInterpolation = true;
        p.model.team.roles.at(0).headcount = hiring;
        engine::Curve trend;
        trend.kind = engine::CurveKind::Exponential;
        trend.initial = 1.0;
        trend.monthlyGrowth = engine::Quantity(-0.01);
        trend.monthlyGrowth.interval90 = engine::Interval{-0.02, 0.0};
        p.model.costs.computePriceTrend = trend;
        p.model.requestClasses.at(0).sloP95Ms.reset();
        for (const char* name : {"all.headroom", "all.headroom.json"}) {
            const std::string path = m_dir.filePath(QLatin1String(name)).toStdString();
            QVERIFY(saveProject(path, p).ok());
            const LoadOutcome loaded = loadProject(path);
            QVERIFY2(loaded.ok(), loaded.message.c_str());
            QCOMPARE(loaded.project->model, p.model);
        }
    }

    void fileCarriesItsIdentity()
    {
        const QString path = m_dir.filePath(QStringLiteral("id.headroom"));
        QVERIFY(saveProject(path.toStdString(), sampleWithResults()).ok());
        QCOMPARE(pragma(path, "application_id"), qint64(kApplicationId));
        QCOMPARE(pragma(path, "user_version"), qint64(kSchemaVersion));
        QCOMPARE(pragma(path, "page_count") > 0, true);
        // No temporary file is left beside it.
        QCOMPARE(QDir(m_dir.path()).entryList({QStringLiteral("*.saving-*")}, QDir::Files | QDir::Hidden), QStringList());
    }

    void jsonRoundTripIsLossless()
    {
        const Project original = sampleWithResults();
        const QString path = m_dir.filePath(QStringLiteral("plan.headroom.json"));
        QVERIFY(saveProject(path.toStdString(), original).ok());
        const LoadOutcome loaded = loadProject(path.toStdString());
        QVERIFY2(loaded.ok(), loaded.message.c_str());
        QCOMPARE(loaded.project->model, original.model);
        // The committed sample is already in canonical form: writing it back changes no byte.
        QVERIFY(saveProject(path.toStdString(), *loadProject(kSample.toStdString()).project).ok());
        QCOMPARE(fileDigest(path), fileDigest(kSample));
    }

    void savingReplacesTheOldFileWhole()
    {
        Project p = sampleWithResults();
        const QString path = m_dir.filePath(QStringLiteral("twice.headroom"));
        QVERIFY(saveProject(path.toStdString(), p).ok());
        p.model.name = "Renamed";
        p.lastRun.reset();
        QVERIFY(saveProject(path.toStdString(), p).ok());
        const LoadOutcome loaded = loadProject(path.toStdString());
        QCOMPARE(loaded.project->model.name, std::string("Renamed"));
        QVERIFY(!loaded.project->lastRun);
    }

    void saveIntoAMissingFolderFailsCleanly()
    {
        const QString path = m_dir.filePath(QStringLiteral("no/such/folder/x.headroom"));
        const SaveOutcome out = saveProject(path.toStdString(), sampleWithResults());
        QCOMPARE(int(out.status), int(FileStatus::CannotWrite));
        QVERIFY(QString::fromStdString(out.message).contains(QLatin1String("unchanged")));
        QVERIFY(!QFile::exists(path));
    }

    void badFilesAreRefusedAndLeftUntouched_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<int>("status");
        QTest::newRow("missing") << "missing" << int(FileStatus::NotFound);
        QTest::newRow("empty") << "empty" << int(FileStatus::NotAProject);
        QTest::newRow("text") << "text" << int(FileStatus::NotAProject);
        QTest::newRow("random bytes") << "random" << int(FileStatus::NotAProject);
        QTest::newRow("another application's database") << "foreign" << int(FileStatus::NotAProject);
        QTest::newRow("newer schema version") << "newer" << int(FileStatus::NewerVersion);
        QTest::newRow("truncated") << "truncated" << int(FileStatus::Damaged);
        QTest::newRow("a directory") << "directory" << int(FileStatus::CannotRead);
        QTest::newRow("an unknown enum value") << "badenum" << int(FileStatus::Damaged);
        QTest::newRow("a series of the wrong length") << "badseries" << int(FileStatus::Damaged);
    }

    void badFilesAreRefusedAndLeftUntouched()
    {
        QFETCH(QString, kind);
        QFETCH(int, status);
        const QString path = m_dir.filePath(kind + QStringLiteral(".headroom"));
        const auto saveValid = [&] { QVERIFY(saveProject(path.toStdString(), sampleWithResults()).ok()); };
        if (kind == QLatin1String("empty"))
            writeBytes(path, {});
        else if (kind == QLatin1String("text"))
            writeBytes(path, QByteArrayLiteral("name,users\nacme,12\n"));
        else if (kind == QLatin1String("random")) {
            QByteArray bytes(8192, '\0');
            for (int i = 0; i < bytes.size(); ++i)
                bytes[i] = char((i * 7919 + 13) % 251);
            writeBytes(path, bytes);
        } else if (kind == QLatin1String("foreign"))
            execSql(path, "CREATE TABLE notes(id INTEGER PRIMARY KEY, body TEXT); INSERT INTO notes VALUES (1, 'hi');");
        else if (kind == QLatin1String("newer")) {
            saveValid();
            execSql(path, "PRAGMA user_version = 99;");
        } else if (kind == QLatin1String("truncated")) {
            saveValid();
            QFile f(path);
            QVERIFY(f.open(QIODevice::ReadWrite));
            QVERIFY(f.resize(f.size() / 2));
        } else if (kind == QLatin1String("directory"))
            QVERIFY(QDir(m_dir.path()).mkdir(kind + QStringLiteral(".headroom")));
        else if (kind == QLatin1String("badenum")) {
            saveValid();
            execSql(path, "UPDATE component SET policy = 'diagonal';");
        } else if (kind == QLatin1String("badseries")) {
            saveValid();
            execSql(path, "UPDATE run_series SET mean = zeroblob(16) WHERE key = 'users';");
        }
        const QByteArray before = fileDigest(path);
        const QDateTime modified = QFileInfo(path).lastModified();
        const LoadOutcome out = loadProject(path.toStdString());
        QCOMPARE(int(out.status), status);
        QVERIFY(!out.project);
        QVERIFY(QString::fromStdString(out.message).contains(QFileInfo(path).fileName()) ||
                kind == QLatin1String("missing"));
        QCOMPARE(fileDigest(path), before);
        QCOMPARE(QFileInfo(path).lastModified(), modified);
    }

    void inputsHashFollowsTheModel()
    {
        Project p = sampleWithResults();
        const std::string before = inputsHash(p.model);
        QCOMPARE(before.size(), std::size_t(16));
        p.model.users.monthlyGrowth.estimate = 0.12;
        QVERIFY(inputsHash(p.model) != before);
        p.model.users.monthlyGrowth.estimate = 0.11;
        QCOMPARE(inputsHash(p.model), before);
    }

private:
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestProjectFile)
#include "tst_ProjectFile.moc"
