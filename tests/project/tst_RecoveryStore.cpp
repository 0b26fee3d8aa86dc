#include "ProjectTestSupport.h"
#include "TestSupport.h"
#include "project/RecoveryStore.h"

#include <QTemporaryDir>
#include <QThread>

#include <sys/wait.h>
#include <unistd.h>

using namespace headroom;
using namespace headroom::project;
using namespace headroom::test;

namespace {
Project named(const Project& base, const std::string& name)
{
    Project p = base;
    p.model.name = name;
    p.lastRun.reset();
    return p;
}

QStringList recoveryFiles(const QString& dir)
{
    return QDir(dir).entryList({QStringLiteral("recovery-*")}, QDir::Files);
}
} // namespace

// Autosave and crash recovery: what a session writes is offered again once it has ended, and a
// clean save or close takes it away.
class TestRecoveryStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_dir.reset(new QTemporaryDir);
        QVERIFY(m_dir->isValid());
        m_folder = m_dir->filePath(QStringLiteral("recovery"));
    }

    void initTestCase() { m_base = *loadProject(kSaasSample.toStdString()).project; }

    void autosavesAreOfferedOnceTheirSessionHasEnded()
    {
        const DocumentKey file = DocumentKey::forFile("/projects/plan.headroom");
        const DocumentKey untitled = DocumentKey::untitled("untitled-1");
        {
            RecoveryStore running(m_folder.toStdString());
            QVERIFY2(running.isReady(), running.message().c_str());
            QVERIFY(running.save(file, named(m_base, "Plan, edited")).ok());
            QThread::msleep(5); // saved later: listed first
            QVERIFY(running.save(untitled, named(m_base, "Sketch")).ok());
            QCOMPARE(running.leftBehind().size(), std::size_t(0)); // its own files are not left behind
            RecoveryStore other(m_folder.toStdString());
            QCOMPARE(other.leftBehind().size(), std::size_t(0)); // nor another running session's
        } // the session ends without discarding: as when the app is killed

        RecoveryStore next(m_folder.toStdString());
        const std::vector<RecoveryEntry> entries = next.leftBehind();
        QCOMPARE(entries.size(), std::size_t(2));
        QCOMPARE(entries[0].document, untitled);
        QCOMPARE(entries[1].document, file);
        QVERIFY(entries[0].savedAt >= entries[1].savedAt);
        const auto age = std::chrono::system_clock::now() - entries[1].savedAt;
        QVERIFY(age >= std::chrono::seconds(0) && age < std::chrono::minutes(1));
        QCOMPARE(entries[1].savedAtUtc.size(), std::size_t(20)); // 2027-01-31T12:00:00Z
        const LoadOutcome recovered = next.load(entries[1]);
        QVERIFY2(recovered.ok(), recovered.message.c_str());
        QCOMPARE(recovered.project->model, named(m_base, "Plan, edited").model);

        next.discard(entries[0]);
        next.discard(entries[1]);
        QCOMPARE(recoveryFiles(m_folder), QStringList());
        QCOMPARE(next.leftBehind().size(), std::size_t(0));
    }

    // A process that dies holds no lock: its autosave is offered, and its lock file is tidied away.
    void aCrashedSessionLeavesItsAutosaveBehind()
    {
        const pid_t child = ::fork();
        if (child == 0) {
            RecoveryStore crashing(m_folder.toStdString());
            const bool saved = crashing.save(DocumentKey::forFile("/projects/crash.headroom"), m_base).ok();
            ::_exit(saved ? 0 : 1); // no destructor runs: the lock file stays, the lock goes with the process
        }
        int status = -1;
        QCOMPARE(::waitpid(child, &status, 0), child);
        QVERIFY(WIFEXITED(status) && WEXITSTATUS(status) == 0);
        QCOMPARE(QDir(m_folder).entryList({QStringLiteral("session-*.lock")}).size(), 1);

        RecoveryStore next(m_folder.toStdString());
        QCOMPARE(QDir(m_folder).entryList({QStringLiteral("session-*.lock")}).size(), 1); // its own only
        const std::vector<RecoveryEntry> entries = next.leftBehind();
        QCOMPARE(entries.size(), std::size_t(1));
        QCOMPARE(entries[0].document.path, std::string("/projects/crash.headroom"));
        QCOMPARE(next.load(entries[0]).project->model, m_base.model);
    }

    void aCleanSaveOrCloseDiscardsTheAutosave()
    {
        const DocumentKey key = DocumentKey::forFile("/projects/plan.headroom");
        {
            RecoveryStore session(m_folder.toStdString());
            QVERIFY(session.save(key, m_base).ok());
            QCOMPARE(recoveryFiles(m_folder).size(), 1);
            session.discard(key);
            QCOMPARE(recoveryFiles(m_folder), QStringList());
        }
        QCOMPARE(RecoveryStore(m_folder.toStdString()).leftBehind().size(), std::size_t(0));
    }

    // One file per document, replaced whole by each autosave, with nothing left beside it.
    void eachAutosaveReplacesTheLast()
    {
        const DocumentKey key = DocumentKey::untitled("untitled-3");
        {
            RecoveryStore session(m_folder.toStdString());
            for (int i = 1; i <= 3; ++i)
                QVERIFY(session.save(key, named(m_base, "version " + std::to_string(i))).ok());
            QCOMPARE(recoveryFiles(m_folder).size(), 1);
            QCOMPARE(QDir(m_folder).entryList(QDir::Files | QDir::Hidden).filter(QStringLiteral(".saving-")),
                     QStringList());
        }
        RecoveryStore next(m_folder.toStdString());
        const auto entries = next.leftBehind();
        QCOMPARE(entries.size(), std::size_t(1));
        QCOMPARE(next.load(entries[0]).project->model.name, std::string("version 3"));
    }

    void keysAreAbsoluteAndDistinct()
    {
        const DocumentKey relative = DocumentKey::forFile("plans/../plan.headroom");
        QVERIFY(QDir::isAbsolutePath(QString::fromStdString(relative.path)));
        QCOMPARE(relative.path, QDir::current().filePath(QStringLiteral("plan.headroom")).toStdString());
        RecoveryStore session(m_folder.toStdString());
        QVERIFY(session.save(DocumentKey::forFile("/a/plan.headroom"), m_base).ok());
        QVERIFY(session.save(DocumentKey::forFile("/b/plan.headroom"), m_base).ok());
        QVERIFY(session.save(DocumentKey::untitled("/a/plan.headroom"), m_base).ok());
        QCOMPARE(recoveryFiles(m_folder).size(), 3);
    }

    // A recovery file that is not one, or whose project is not valid, is skipped or refused, never
    // taken for a project, and is not deleted behind the user's back.
    void damagedRecoveryFilesAreSkippedOrRefused()
    {
        const QString garbage = m_folder + QStringLiteral("/recovery-0000000000000000.json");
        {
            RecoveryStore crashed(m_folder.toStdString());
            QVERIFY(writeBytes(garbage, "{\"format\": \"headroom-recovery\", \"format_"));
            QVERIFY(crashed.save(DocumentKey::untitled("u"), m_base).ok());
        }
        QStringList files = recoveryFiles(m_folder);
        files.removeOne(QFileInfo(garbage).fileName());
        const QString saved = files.value(0);
        QVERIFY(!saved.isEmpty());
        QFile f(m_folder + QLatin1Char('/') + saved);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QByteArray text = f.readAll();
        f.close();
        text.replace("\"horizon_months\":36", "\"horizon_months\":\"36\"");
        QVERIFY(writeBytes(f.fileName(), text));

        RecoveryStore next(m_folder.toStdString());
        const auto entries = next.leftBehind();
        QCOMPARE(entries.size(), std::size_t(1)); // the garbage is skipped
        const LoadOutcome out = next.load(entries[0]);
        QCOMPARE(int(out.status), int(FileStatus::InvalidContent));
        QVERIFY(QString::fromStdString(out.message).contains(QLatin1String("The recovery file")));
        QVERIFY(QFile::exists(garbage));
    }

    void anUnusableFolderFailsCleanly()
    {
        const QString notAFolder = m_dir->filePath(QStringLiteral("file"));
        QVERIFY(writeBytes(notAFolder, "x"));
        RecoveryStore store(notAFolder.toStdString());
        QVERIFY(!store.isReady());
        QVERIFY(QString::fromStdString(store.message()).contains(notAFolder));
        const SaveOutcome out = store.save(DocumentKey::untitled("u"), m_base);
        QCOMPARE(int(out.status), int(FileStatus::CannotWrite));
        QCOMPARE(store.leftBehind().size(), std::size_t(0));
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_folder;
    Project m_base;
};

QTEST_GUILESS_MAIN(TestRecoveryStore)
#include "tst_RecoveryStore.moc"
