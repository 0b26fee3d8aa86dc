#include "MainWindow.h"
#include "TestSupport.h"
#include "document/Autosaver.h"
#include "document/Document.h"
#include "document/ProjectionRunner.h"
#include "results/ResultsArea.h"
#include "results/SectionView.h"

#include <QDoubleSpinBox>
#include <QDragEnterEvent>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QMimeData>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabBar>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QUrl>
#include <qcustomplot.h>

using namespace headroom;

namespace {
const QString kSample = QStringLiteral(HEADROOM_SAMPLES_DIR "/saas-startup.headroom.json");
// The plots show the median of 1 000 samples; users are monotone in the uncertain growth rate, so
// their median is the projection of the median rate, up to the streamed estimate's error.
constexpr double kMedianOfSamples = 0.03;
// The window's own sample count: with fewer, the median's sampling error alone (about 6% of the
// horizon's users at 300 samples) would exceed the tolerance above.
constexpr int kSamples = 1000;
// A run in the background, with room for the sanitizer build.
constexpr int kRunTimeoutMs = 30'000;

double lastValue(QCustomPlot* plot, int graph = 0)
{
    auto data = plot->graph(graph)->data();
    return (data->constEnd() - 1)->value;
}
} // namespace

// The main window driven as a user would: open the sample, read the plots, edit, undo, save.
class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QLocale::setDefault(QLocale::c());
        QStandardPaths::setTestModeEnabled(true); // settings and recent files away from the user's
    }

    void init()
    {
        m_window = std::make_unique<ui::MainWindow>();
        m_window->document()->setSamples(kSamples);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QVERIFY(m_window->openFile(kSample, /*quiet=*/true));
        QVERIFY(m_window->document()->waitForResults());
    }

    void cleanup()
    {
        m_window->autosaver()->discard(); // as a close would, so no test leaves recovery files behind
        m_window.reset();
    }

    void openingTheSampleFillsEveryPlot()
    {
        for (const char* name : {"usersPlot", "utilizationPlot", "instancesPlot"}) {
            auto* plot = this->plot(QLatin1String(name));
            QVERIFY2(plot, name);
            QVERIFY(plot->graphCount() >= 1);
            QCOMPARE(plot->graph(0)->dataCount(), 36);
        }
        auto* users = m_window->findChild<QCustomPlot*>(QStringLiteral("usersPlot"));
        HEADROOM_COMPARE_REL(users->graph(0)->data()->constBegin()->value, 18000.0, test::kExactArithmetic);
        HEADROOM_COMPARE_REL(lastValue(users), 18000.0 * std::pow(1.11, 35), kMedianOfSamples);
        QVERIFY(m_window->windowTitle().contains(QLatin1String("saas-startup.headroom.json")));
        auto* overview = m_window->findChild<QLabel*>(QStringLiteral("overviewText"));
        QVERIFY(overview->text().contains(QLatin1String("March 2028")));
        // The run's state shows whole, in the status bar; the results' nine tabs all show at
        // 1280 × 800 without scrolling (the state in their corner hid two of them).
        auto* state = m_window->findChild<QLabel*>(QStringLiteral("runState"));
        QVERIFY2(state->text().endsWith(QLatin1String(" samples, seed 1")), qPrintable(state->text()));
        m_window->resize(1280, 800);
        QCoreApplication::processEvents();
        QVERIFY(state->isVisible());
        QCOMPARE(state->parentWidget(), static_cast<QWidget*>(m_window->statusBar()));
        QVERIFY2(state->contentsRect().width() >= state->fontMetrics().horizontalAdvance(state->text()),
                 qPrintable(QString::number(state->contentsRect().width())));
        const QRect onScreen(state->mapTo(m_window.get(), QPoint(0, 0)), state->size());
        QVERIFY(m_window->rect().contains(onScreen));
        auto* results = m_window->findChild<ui::ResultsArea*>();
        QTabBar* tabs = results->tabBar();
        QCOMPARE(tabs->count(), 9);
        QVERIFY2(tabs->tabRect(tabs->count() - 1).right() <= tabs->width(),
                 qPrintable(QStringLiteral("%1 > %2").arg(tabs->tabRect(tabs->count() - 1).right()).arg(tabs->width())));
    }

    void editingTheGrowthRateReRunsAndUndoRestores()
    {
        auto* growth = usersField(QStringLiteral("monthlyGrowth"));
        QVERIFY(growth);
        QCOMPARE(growth->value(), 11.0);
        const auto users = [this] { return plot(QStringLiteral("usersPlot")); };
        const auto instances = [this] { return plot(QStringLiteral("instancesPlot")); };
        const double instancesBefore = lastValue(instances(), 1);

        QSignalSpy ran(m_window->document(), &ui::Document::resultsChanged);
        growth->setValue(5.0);
        QVERIFY(ran.wait(kRunTimeoutMs));
        HEADROOM_COMPARE_REL(lastValue(users()), 18000.0 * std::pow(1.05, 35), kMedianOfSamples);
        QVERIFY(lastValue(instances(), 1) < instancesBefore); // slower growth, fewer instances
        QVERIFY(m_window->isWindowModified());

        m_window->document()->undoStack()->undo();
        QVERIFY(ran.wait(kRunTimeoutMs));
        QCOMPARE(growth->value(), 11.0);
        HEADROOM_COMPARE_REL(lastValue(users()), 18000.0 * std::pow(1.11, 35), kMedianOfSamples);
        QVERIFY(!m_window->isWindowModified());

        m_window->document()->undoStack()->redo();
        QVERIFY(ran.wait(kRunTimeoutMs));
        QCOMPARE(growth->value(), 5.0);
    }

    // A run reports its progress only once it has taken 200 ms (the window shows progress after
    // 300): a short run wakes the GUI thread for nothing, while the run's threads use the cores. A
    // long one reports from then on, up to its whole count.
    void onlyALongRunReportsItsProgress()
    {
        ui::ProjectionRunner runner;
        QSignalSpy progress(&runner, &ui::ProjectionRunner::progress);
        QSignalSpy finished(&runner, &ui::ProjectionRunner::finished);
        const engine::Model model = m_window->document()->model();
        QElapsedTimer clock;
        clock.start();
        runner.start(model, 100);
        QVERIFY(finished.wait(kRunTimeoutMs));
        if (clock.elapsed() < 150) // a slow machine (the sanitizers'): not a short run
            QCOMPARE(progress.count(), 0);
        // Long enough on any machine: 10 000 samples of the sample, a second in a release build.
        std::vector<qint64> at;
        connect(&runner, &ui::ProjectionRunner::progress, this, [&] { at.push_back(clock.elapsed()); });
        clock.start();
        runner.start(model, 10'000);
        QVERIFY(finished.wait(10 * kRunTimeoutMs));
        QVERIFY2(at.size() >= 2, qPrintable(QString::number(at.size())));
        QVERIFY2(at.front() >= 200, qPrintable(QString::number(at.front())));
        const QList<QVariant> last = progress.constLast();
        QVERIFY(last[0].toInt() <= last[1].toInt());
        QVERIFY2(last[0].toInt() >= 0.9 * last[1].toInt(), qPrintable(last[0].toString()));
    }

    void anInvalidEditKeepsTheLastResultsAndSaysWhy()
    {
        auto* initial = usersField(QStringLiteral("initial"));
        const auto users = [this] { return plot(QStringLiteral("usersPlot")); };
        const double before = lastValue(users());
        QSignalSpy ran(m_window->document(), &ui::Document::resultsChanged);
        initial->setValue(0.0);
        QVERIFY(ran.wait(kRunTimeoutMs));
        QVERIFY(m_window->document()->resultsAreStale());
        QCOMPARE(lastValue(users()), before);
        auto* overview = m_window->findChild<QLabel*>(QStringLiteral("overviewText"));
        QVERIFY(overview->text().contains(QLatin1String("users.initial")));
    }

    void saveAsWritesAProjectThatOpensAgain()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("copy.headroom"));
        const QByteArray source = readAll(kSample);
        auto* growth = usersField(QStringLiteral("monthlyGrowth"));
        growth->setValue(7.5);
        QVERIFY(m_window->document()->waitForResults());
        QString error;
        QVERIFY2(m_window->document()->saveAs(path, &error), qPrintable(error));
        QVERIFY(!m_window->isWindowModified());
        QVERIFY(m_window->windowTitle().contains(QLatin1String("copy.headroom")));
        QCOMPARE(readAll(kSample), source); // Save As never touches the file it came from

        ui::MainWindow second;
        QVERIFY(second.openFile(path, true));
        QVERIFY(!second.document()->resultsAreStale() || second.document()->isRunning());
        HEADROOM_COMPARE_REL(second.document()->model().users.monthlyGrowth.estimate, 0.075, test::kExactArithmetic);
        QVERIFY(second.document()->lastResults());
    }

    // A project opened without results saved with it leaves nothing of the last one's for a tab
    // to be built from before its own run reports (the last project's results are gone by then).
    void openingAProjectWithoutResultsLeavesNoneOfTheLastOnes()
    {
        QVERIFY(m_window->openFile(QStringLiteral(HEADROOM_SAMPLES_DIR "/video-library.headroom.json"), true));
        QVERIFY(!m_window->document()->lastResults());
        for (ui::SectionView* view : m_window->findChild<ui::ResultsArea*>()->views()) {
            const report::Section& section = view->section(); // built now, before the run reports
            const QString told = section.paragraphs.join(QLatin1Char(' '));
            QVERIFY2(!told.contains(QLatin1String("PostgreSQL primary")), qPrintable(view->objectName()));
            for (const report::TableSpec& table : section.tables)
                QVERIFY2(table.rows.empty(), qPrintable(view->objectName()));
        }
        QVERIFY(m_window->document()->waitForResults());
    }

    void openingAFileThatIsNotAProjectKeepsTheCurrentOne()
    {
        QVERIFY(!m_window->openFile(QStringLiteral(HEADROOM_SOURCE_DIR "/CMakeLists.txt"), true));
        QCOMPARE(m_window->document()->filePath(), kSample);
        QCOMPARE(plot(QStringLiteral("usersPlot"))->graph(0)->dataCount(), 36);
    }

    void openedFilesAreRecentAndAFileDroppedOpens()
    {
        QCOMPARE(ui::MainWindow::recentFiles().value(0), QFileInfo(kSample).absoluteFilePath());
        const QString other = QStringLiteral(HEADROOM_SAMPLES_DIR "/consumer-seasonal.headroom.json");
        QMimeData data;
        data.setUrls({QUrl::fromLocalFile(other)});
        QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(m_window.get(), &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(m_window.get(), &drop);
        QTRY_COMPARE(m_window->document()->filePath(), other);
        QCOMPARE(ui::MainWindow::recentFiles().value(0), QFileInfo(other).absoluteFilePath());
        QCOMPARE(ui::MainWindow::recentFiles().value(1), QFileInfo(kSample).absoluteFilePath());

        QMimeData text;
        text.setUrls({QUrl::fromLocalFile(QStringLiteral(HEADROOM_SOURCE_DIR "/README.md"))});
        QDragEnterEvent refused(QPoint(10, 10), Qt::CopyAction, &text, Qt::LeftButton, Qt::NoModifier);
        refused.setAccepted(false);
        QApplication::sendEvent(m_window.get(), &refused);
        QVERIFY(!refused.isAccepted()); // not a project: the window does not take it
    }

    void aSessionThatEndsUnsavedLeavesItsChangesToRecover()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("plan.headroom.json"));
        QVERIFY(QFile::copy(kSample, path));
        {
            ui::MainWindow crashed;
            QVERIFY(crashed.openFile(path, true));
            auto* growth = crashed.findChild<QWidget*>(QStringLiteral("usersCurve"))
                               ->findChild<QDoubleSpinBox*>(QStringLiteral("monthlyGrowth"));
            growth->setValue(7.0);
            QVERIFY(crashed.autosaver()->autosaveNow());
            // Destroyed without closing, as a crash or a kill ends it: nothing is discarded.
        }
        const QByteArray onDisk = readAll(path);

        ui::MainWindow next;
        std::vector<project::RecoveryEntry> left;
        for (const project::RecoveryEntry& e : next.autosaver()->leftBehind())
            if (QFileInfo(QString::fromStdString(e.document.path)) == QFileInfo(path))
                left.push_back(e);
        QCOMPARE(int(left.size()), 1);
        QString error;
        QVERIFY2(next.recover(left.front(), &error), qPrintable(error));
        HEADROOM_COMPARE_REL(next.document()->model().users.monthlyGrowth.estimate, 0.07, test::kExactArithmetic);
        QCOMPARE(next.document()->filePath(), path);
        QVERIFY(next.isWindowModified());
        QCOMPARE(readAll(path), onDisk); // recovering writes nothing to the project itself
        next.document()->undoStack()->undo(); // back to the file as saved
        HEADROOM_COMPARE_REL(next.document()->model().users.monthlyGrowth.estimate, 0.11, test::kExactArithmetic);
        next.document()->undoStack()->redo();

        // Saved: no recovery file is left for that project.
        QVERIFY(next.document()->save(&error));
        QVERIFY(!next.isWindowModified());
        for (const project::RecoveryEntry& e : next.autosaver()->leftBehind())
            QVERIFY(QFileInfo(QString::fromStdString(e.document.path)) != QFileInfo(path));
        QVERIFY(!QFile::exists(QString::fromStdString(left.front().file)));
    }

private:
    // A plot of the results, its view built first: the views off screen build when asked (or shown).
    QCustomPlot* plot(const QString& name)
    {
        for (ui::SectionView* view : m_window->findChild<ui::ResultsArea*>()->views())
            view->charts();
        return m_window->findChild<QCustomPlot*>(name);
    }

    static QByteArray readAll(const QString& path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    // A field of the active-users curve (role headcounts and price trends have fields of the same names).
    QDoubleSpinBox* usersField(const QString& name) const
    {
        auto* curve = m_window->findChild<QWidget*>(QStringLiteral("usersCurve"));
        return curve ? curve->findChild<QDoubleSpinBox*>(name) : nullptr;
    }

    std::unique_ptr<ui::MainWindow> m_window;
};

QTEST_MAIN(TestMainWindow)
#include "tst_MainWindow.moc"
