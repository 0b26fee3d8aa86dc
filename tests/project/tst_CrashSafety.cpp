#include "CrashTestProjects.h"
#include "ProjectTestSupport.h"
#include "TestSupport.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>
#include <QThread>

#include <csignal>
#include <random>

using namespace headroom;
using namespace headroom::project;
using namespace headroom::test;

namespace {
const QString kSaveLoop = QStringLiteral(HEADROOM_SAVE_LOOP);

// The number of the last save the process reported as done, if any.
std::optional<long> lastReported(const QByteArray& output)
{
    std::optional<long> last;
    for (const QByteArray& line : output.split('\n'))
        if (line.startsWith("saved "))
            last = line.mid(6).toLong();
    return last;
}
} // namespace

// Saving is atomic: a process killed at any moment while saving leaves the old project or the
// new one, whole, never a mix or a damaged file.
class TestCrashSafety : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const auto base = crashTestBase();
        QVERIFY(base.has_value());
        m_base = *base;
    }

    void killedWhileSavingLeavesTheOldOrTheNewProject_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("kills");
        QTest::newRow(".headroom") << "plan.headroom" << 200;
        QTest::newRow(".headroom.json") << "plan.headroom.json" << 100;
    }

    // Each round starts the saving process, lets it save for a random few milliseconds, kills it
    // with SIGKILL, and opens the file: it must hold exactly the last save the process reported,
    // or the one it was making.
    void killedWhileSavingLeavesTheOldOrTheNewProject()
    {
        QFETCH(QString, name);
        QFETCH(int, kills);
        const QString path = m_dir.filePath(name);
        long inFile = 0;
        QVERIFY(saveProject(path.toStdString(), crashTestProject(m_base, inFile)).ok());

        std::mt19937 random(20270101); // fixed: a failure can be replayed
        std::uniform_int_distribution<int> delayUs(0, 40'000);
        const bool json = name.endsWith(QLatin1String(".json"));
        int sawOld = 0;
        int sawNew = 0;
        int midWrite = 0;
        long saves = 0;
        QElapsedTimer clock;
        clock.start();
        for (int round = 0; round < kills; ++round) {
            QProcess saver;
            saver.start(kSaveLoop, {path, QString::number(inFile + 1)});
            QVERIFY2(saver.waitForStarted(), qPrintable(saver.errorString()));
            while (!saver.canReadLine())
                QVERIFY2(saver.waitForReadyRead(10'000), "the saving process never got ready");
            QCOMPARE(saver.readLine(), QByteArray("ready\n"));
            QThread::usleep(static_cast<unsigned long>(delayUs(random)));
            ::kill(static_cast<pid_t>(saver.processId()), SIGKILL);
            QVERIFY(saver.waitForFinished(10'000));
            QCOMPARE(saver.exitStatus(), QProcess::CrashExit);

            const long reported = lastReported(saver.readAllStandardOutput()).value_or(inFile);
            saves += reported - inFile;
            if (!json)
                QCOMPARE(queryRows(path, "PRAGMA integrity_check"), QStringList{QStringLiteral("ok")});
            const LoadOutcome loaded = loadProject(path.toStdString());
            QVERIFY2(loaded.ok(), loaded.message.c_str());
            const std::string held = loaded.project->model.name;
            if (held == "save " + std::to_string(reported)) {
                ++sawOld;
                inFile = reported;
            } else {
                QCOMPARE(held, "save " + std::to_string(reported + 1));
                ++sawNew;
                inFile = reported + 1;
            }
            Project expected = crashTestProject(m_base, inFile);
            if (json)
                expected.lastRun.reset(); // the JSON form holds the model only
            QVERIFY2(*loaded.project == expected, held.c_str());
            // A temporary file left beside it: this kill landed while the new file was being written.
            if (!directoryEntries(m_dir.path()).filter(QStringLiteral(".saving-")).isEmpty())
                ++midWrite;
        }
        qInfo("%d kills in %lld ms, %ld saves completed: the file held the last completed save %d times, the one "
              "in progress %d times; %d kills landed while the new file was being written",
              kills, static_cast<long long>(clock.elapsed()), saves, sawOld, sawNew, midWrite);
        // The kills must land inside saves, not all before or between them, for the test to mean anything.
        QVERIFY2(midWrite >= kills / 10, "too few kills landed while a file was being written");

        // The next save clears what the killed ones left behind.
        QVERIFY(saveProject(path.toStdString(), crashTestProject(m_base, inFile + 1)).ok());
        QCOMPARE(directoryEntries(m_dir.path()).filter(QStringLiteral(".saving-")), QStringList());
        QFile::remove(path);
    }

private:
    // In the build tree rather than the system's temporary folder, which may be in memory, where
    // saving (no real fsync) would leave the kills few moments to land in.
    QTemporaryDir m_dir{QDir::currentPath() + QStringLiteral("/crash-safety-XXXXXX")};
    Project m_base;
};

QTEST_GUILESS_MAIN(TestCrashSafety)
#include "tst_CrashSafety.moc"
