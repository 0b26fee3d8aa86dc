#include "TestSupport.h"
#include "fuzz/FuzzChecks.h"
#include "project/SqliteStore.h"

#include <QDir>

using namespace headroom;

// The fuzzers' committed seed corpora (tests/fuzz/corpus), the inputs that once broke a loader among
// them, through the harnesses' own checks: every build runs them, not only the fuzzing job.
class TestFuzzCorpus : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyCorpusInputPassesTheHarnessChecks_data()
    {
        QTest::addColumn<QString>("loader");
        QTest::addColumn<QString>("path");
        for (const char* loader : {"json", "sqlite"}) {
            const QDir dir(QStringLiteral(HEADROOM_SOURCE_DIR "/tests/fuzz/corpus/") + QLatin1String(loader));
            const QStringList files = dir.entryList(QDir::Files, QDir::Name);
            QVERIFY(files.size() >= 2);
            for (const QString& file : files)
                QTest::addRow("%s/%s", loader, qPrintable(file)) << QString::fromLatin1(loader) << dir.filePath(file);
        }
    }

    void everyCorpusInputPassesTheHarnessChecks()
    {
        QFETCH(QString, loader);
        QFETCH(QString, path);
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        const std::string text(bytes.constData(), std::size_t(bytes.size()));
        const project::LoadOutcome out = loader == QLatin1String("json") ? project::projectFromJsonText(text, "input")
                                                                         : project::loadSqliteBytes(text, "input");
        const std::string failed = fuzz::failedCheck(out);
        QVERIFY2(failed.empty(), failed.c_str());
        // The seeds proper are sound projects; a regression input may be refused, cleanly.
        if (!QFileInfo(path).fileName().startsWith(QLatin1String("regression-")))
            QVERIFY2(out.ok(), out.message.c_str());
    }
};

QTEST_GUILESS_MAIN(TestFuzzCorpus)
#include "tst_FuzzCorpus.moc"
