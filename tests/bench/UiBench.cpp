// headroom-ui-bench: the GUI's share of the budget "from an edit to the plots redrawn, with 1,000
// samples, under 100 ms" (DESIGN.md). It measures, on each sample and each results tab, the time
// from Document::resultsChanged() to every chart in sight of the tab in front replotted and
// painted (those scrolled out of sight draw when they are scrolled to: Chart::setSpec()); and
// whole edits, as a person makes them, to the plots redrawn: the debounce and the engine's run
// included (`--edits`: only those). The sample projects, then DESIGN.md's reference model (30
// components, 60 months: the model the budget is stated for), reported apart. It reports
// medians; it asserts nothing about speed.
#include "MainWindow.h"
#include "ReferenceModel.h"
#include "document/Document.h"
#include "project/ProjectFile.h"
#include "report/Chart.h"
#include "results/ResultsArea.h"
#include "results/SectionView.h"
#include "tree/ProjectTree.h"

#include <QApplication>
#include <QDir>
#include <QDoubleSpinBox>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTimer>
#include <QUndoStack>
#include <algorithm>
#include <cstdio>
#include <functional>
#include <memory>
#include <qcustomplot.h>
#include <set>
#include <time.h>
#include <vector>

using namespace headroom;

namespace {

constexpr int kRepeats = 15;
constexpr int kGuiSamples = 1000;

// CPU time of the calling thread, in ms.
double threadCpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? 0.0 : v[v.size() / 2];
}

// Handles events until `done()` holds (or 10 s have passed), sleeping while there are none: a busy
// loop here would take a core from the engine's threads and from the drawing it measures.
void waitUntil(const std::function<bool()>& done)
{
    QElapsedTimer timer;
    timer.start();
    QTimer tick; // wakes the loop to look at the clock even if nothing else happens
    tick.start(50);
    while (!done() && timer.elapsed() < 10'000)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
}

// The charts of `view` in sight, in the part of the tab the window shows: the ones an edit redraws
// (the others draw when they are scrolled to).
std::vector<report::Chart*> chartsInSight(ui::SectionView* view)
{
    std::vector<report::Chart*> out;
    for (report::Chart* chart : view->charts())
        if (chart->inSight())
            out.push_back(chart);
    return out;
}

// "2/3": the charts of `view` in sight, of all its charts.
QString chartCount(ui::SectionView* view)
{
    return QStringLiteral("%1/%2").arg(chartsInSight(view).size()).arg(view->charts().size());
}

// Whether charts have been redrawn: replotted, and painted on screen since their replot began (a
// replot paints at once, or asks for a paint at the next turn of the event loop).
class RedrawWatch : public QObject
{
public:
    explicit RedrawWatch(const std::vector<report::Chart*>& charts)
    {
        for (report::Chart* chart : charts) {
            m_toReplot.insert(chart);
            QCustomPlot* plot = chart->plot();
            plot->installEventFilter(this);
            m_connections.push_back(QObject::connect(plot, &QCustomPlot::beforeReplot, this, [this, chart, plot] {
                if (m_toReplot.count(chart) > 0)
                    m_toPaint.insert(plot);
            }));
            m_connections.push_back(
                QObject::connect(chart, &report::Chart::replotted, this, [this, chart] { m_toReplot.erase(chart); }));
        }
    }
    ~RedrawWatch() override
    {
        for (const auto& c : m_connections)
            QObject::disconnect(c);
    }
    // The charts not yet redrawn.
    int pending() const { return int(m_toReplot.size() + m_toPaint.size()); }
    int unreplotted() const { return int(m_toReplot.size()); }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::Paint)
            m_toPaint.erase(watched);
        return false;
    }

private:
    std::set<const report::Chart*> m_toReplot;
    std::set<const QObject*> m_toPaint;
    std::vector<QMetaObject::Connection> m_connections;
};

// Milliseconds from resultsChanged() to every chart in sight of the current tab replotted and
// painted, and what that turn of the event loop queued done (a table coming into sight fitted).
double redraw(ui::MainWindow& window, ui::SectionView* view)
{
    const RedrawWatch watch(chartsInSight(view));
    QElapsedTimer timer;
    timer.start();
    Q_EMIT window.document()->resultsChanged();
    waitUntil([&watch] { return watch.pending() == 0; });
    QCoreApplication::processEvents();
    return double(timer.nsecsElapsed()) / 1e6;
}

struct EditTimes
{
    std::vector<double> toResults; // ms from the edit to the base model's results
    std::vector<double> toRedrawn; // ms from the edit to every chart in sight of the tab in front redrawn
    std::vector<double> guiBefore; // CPU ms of the GUI thread from the edit to the results
    std::vector<double> guiAfter;  // CPU ms of the GUI thread from the results to the plots redrawn
};

// Edits the first number of the users curve's editor kEdits times, up and down, and times each
// to the charts of `view` (in front) redrawn.
EditTimes timeEdits(ui::MainWindow& window, ui::ResultsArea* area, ui::SectionView* view, const QString& sample)
{
    constexpr int kEdits = 9;
    EditTimes times;
    window.tree()->select({ui::Section::Growth, {}});
    QCoreApplication::processEvents();
    area->setCurrentWidget(view);
    QDoubleSpinBox* field = nullptr;
    for (QDoubleSpinBox* box : window.findChildren<QDoubleSpinBox*>())
        if (box->isVisible() && box->isEnabled() && !box->objectName().isEmpty() && box->value() > 0.0) {
            field = box;
            break;
        }
    if (!field) {
        std::fprintf(stderr, "headroom-ui-bench: %s: no number to edit in the users editor\n", qPrintable(sample));
        return times;
    }
    for (int i = 0; i < kEdits; ++i) {
        // The charts in sight of the tab in front not yet redrawn since the edit's results came; none
        // until they come. A chart counts once: it may replot again before this loop looks (the
        // scenarios' results), and counting every replot down used to pass 0 unseen, which made a
        // redrawn edit look as if its results had never come.
        std::unique_ptr<RedrawWatch> watch;
        double resultsAt = 0.0;
        double cpuAtResults = 0.0;
        double startedAt = -1.0; // when the edit's run started, for the report of one that never ends
        QElapsedTimer timer;
        std::vector<QMetaObject::Connection> connections;
        connections.push_back(QObject::connect(window.document(), &ui::Document::runStarted, [&] {
            if (startedAt < 0.0)
                startedAt = double(timer.nsecsElapsed()) / 1e6;
        }));
        connections.push_back(QObject::connect(window.document(), &ui::Document::resultsChanged, [&] {
            if (watch)
                return; // the scenarios' results, later: the base model's plots are what is timed
            resultsAt = double(timer.nsecsElapsed()) / 1e6;
            cpuAtResults = threadCpuMs();
            watch = std::make_unique<RedrawWatch>(chartsInSight(view));
        }));
        const double cpuAtEdit = threadCpuMs();
        timer.start();
        const double step = field->singleStep() > 0.0 ? field->singleStep() : field->value() * 0.01;
        field->setValue(field->value() + (i % 2 ? -step : step));
        waitUntil([&watch] { return watch && watch->pending() == 0; });
        if (!watch ||
            watch->pending() != 0) { // waitUntil gave up: say so rather than fold ten seconds into a median unseen
            std::fprintf(stderr, "headroom-ui-bench: %s, edit %d: %s after 10 s\n", qPrintable(sample), i + 1,
                         !watch ? "no results"
                                : qPrintable(QStringLiteral("%1 charts not replotted, %2 not painted")
                                                 .arg(watch->unreplotted())
                                                 .arg(watch->pending() - watch->unreplotted())));
            // What is known of it, for whoever finds the cause: the edit, its run, the document.
            std::fprintf(stderr, "  the field %s now %g; a run %s; the document %s; %d edits on the undo stack\n",
                         qPrintable(field->objectName()), field->value(),
                         startedAt < 0.0 ? "never started" : qPrintable(QStringLiteral("started after %1 ms").arg(startedAt)),
                         window.document()->isRunning() ? "still running" : "not running",
                         window.document()->undoStack()->count());
        }
        QCoreApplication::processEvents(); // what that turn queued: a table come into sight fitted
        times.toRedrawn.push_back(double(timer.nsecsElapsed()) / 1e6);
        times.toResults.push_back(resultsAt);
        times.guiBefore.push_back(cpuAtResults - cpuAtEdit);
        times.guiAfter.push_back(threadCpuMs() - cpuAtResults);
        for (const auto& c : connections)
            QObject::disconnect(c);
        window.document()->waitForResults(60'000); // the scenarios too, before the next edit
        QCoreApplication::processEvents();
    }
    std::printf("%-20s %-16s %7s %10.1f %8.1f   (an edit to these plots redrawn; results after %.1f ms; GUI thread "
                "busy %.1f ms before them, %.1f after)\n",
                qPrintable(sample), qPrintable(QStringLiteral("edit, ") + view->objectName().chopped(4)),
                qPrintable(chartCount(view)), median(times.toRedrawn),
                *std::max_element(times.toRedrawn.begin(), times.toRedrawn.end()), median(times.toResults),
                median(times.guiBefore), median(times.guiAfter));
    return times;
}

} // namespace

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QStringList args = QCoreApplication::arguments().mid(1);
    const bool editsOnly = args.removeAll(QStringLiteral("--edits")) > 0; // skip the redraw-only measurements
    // --view NAME (capacityView, say): the redraw-only measurements of that tab alone, 10 times as many, and no
    // edits: for a profiler.
    QString onlyView;
    if (const qsizetype at = args.indexOf(QStringLiteral("--view")); at >= 0 && at + 1 < args.size()) {
        onlyView = args[at + 1];
        args.remove(at, 2);
    }
    const QString samplesDir = args.isEmpty() ? QStringLiteral(HEADROOM_SAMPLES_DIR) : args.constFirst();
    ui::MainWindow window;
    window.resize(1280, 800);
    window.document()->setSamples(kGuiSamples);
    window.show();
    auto* area = window.findChild<ui::ResultsArea*>(QStringLiteral("resultsArea"));
    std::printf("%-20s %-16s %7s %10s %8s\n", "sample", "tab", "charts", "median ms", "max ms");
    std::printf("%-20s %-16s %7s\n", "", "", "(in sight/all)");
    std::vector<double> all;
    // With the overview in front, with capacity: the samples', then the reference model's.
    std::vector<EditTimes> edits[2];
    std::vector<EditTimes> referenceEdits[2];
    std::vector<QString> files;
    for (const QString& name : QDir(samplesDir).entryList({QStringLiteral("*.headroom.json")}))
        files.push_back(QDir(samplesDir).filePath(name));
    const QTemporaryDir scratch;
    const QString reference = scratch.filePath(QStringLiteral("reference-model.headroom.json"));
    if (!project::saveProject(reference.toStdString(), project::Project{bench::referenceModel(), {}}).ok()) {
        std::fprintf(stderr, "headroom-ui-bench: cannot write the reference model to %s\n", qPrintable(reference));
        return 1;
    }
    files.push_back(reference);
    for (const QString& file : files) {
        const QString name = QFileInfo(file).fileName();
        const bool isReference = file == reference;
        if (!window.openFile(file, true) || !window.document()->waitForResults(60'000)) {
            std::fprintf(stderr, "headroom-ui-bench: cannot project %s\n", qPrintable(name));
            return 1;
        }
        QCoreApplication::processEvents();
        for (ui::SectionView* view : editsOnly ? std::vector<ui::SectionView*>{} : area->views()) {
            if (!onlyView.isEmpty() && view->objectName() != onlyView)
                continue;
            area->setCurrentWidget(view);
            QCoreApplication::processEvents();
            redraw(window, view); // warm-up: first layout of the tab
            std::vector<double> times;
            for (int i = 0; i < (onlyView.isEmpty() ? 1 : 10) * kRepeats; ++i)
                times.push_back(redraw(window, view));
            if (!isReference)
                all.insert(all.end(), times.begin(), times.end());
            if (!onlyView.isEmpty())
                for (report::Chart* chart : view->charts())
                    std::printf("  chart %s: replot %.2f ms (mean), in sight %d\n", qPrintable(chart->objectName()),
                                chart->plot()->replotTime(true), int(chart->inSight()));
            std::printf("%-20s %-16s %7s %10.1f %8.1f\n", qPrintable(name.section(QLatin1Char('.'), 0, 0)),
                        qPrintable(view->objectName()), qPrintable(chartCount(view)), median(times),
                        *std::max_element(times.begin(), times.end()));
        }
        // A whole edit, as a person makes it: a value of the users curve changes in its editor, the
        // document waits its debounce, the engine runs 1,000 samples of the base model, and the
        // tab in front redraws. The scenarios run after that, while the plots already show.
        // Twice: with the overview in front (one chart), and with capacity (the most charts).
        for (int v : onlyView.isEmpty() ? std::vector<int>{0, 1} : std::vector<int>{})
            (isReference ? referenceEdits : edits)[std::size_t(v)].push_back(
                timeEdits(window, area, area->views()[std::size_t(v)], name.section(QLatin1Char('.'), 0, 0)));
    }
    if (!all.empty()) // not measured with --edits
        std::printf("\nthe samples, results-changed to the tab in front redrawn: median %.1f ms, max %.1f ms over %zu "
                    "redraws (budget: 100 ms from an edit, engine included)\n",
                    median(all), *std::max_element(all.begin(), all.end()), all.size());
    else
        std::printf("\n");
    for (const auto& [what, times] : {std::pair{"the samples", &edits}, std::pair{"the reference model", &referenceEdits}})
        for (int v : {0, 1}) {
            std::vector<double> engine, total;
            for (const EditTimes& e : (*times)[v]) {
                engine.insert(engine.end(), e.toResults.begin(), e.toResults.end());
                total.insert(total.end(), e.toRedrawn.begin(), e.toRedrawn.end());
            }
            std::printf("%s, %s in front: an edit to the results (engine included) median %.1f ms; an edit to the "
                        "plots redrawn median %.1f ms, max %.1f ms over %zu edits (budget 100 ms)\n",
                        what, v == 0 ? "overview" : "capacity", median(engine), median(total),
                        total.empty() ? 0.0 : *std::max_element(total.begin(), total.end()), total.size());
        }
    return 0;
}
