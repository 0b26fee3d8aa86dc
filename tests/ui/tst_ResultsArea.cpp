#include "TestSupport.h"

#include "MainWindow.h"
#include "document/Document.h"
#include "report/BottleneckSentence.h"
#include "report/Chart.h"
#include "report/Format.h"
#include "results/ResultsArea.h"
#include "results/SectionView.h"

#include <qcustomplot.h>

#include <QDir>
#include <QSignalSpy>
#include <QFontMetrics>
#include <QRegularExpression>
#include <QScrollBar>
#include <QTableView>

using namespace headroom;
using report::SectionId;

namespace {
// Enough samples for bands, bottleneck probabilities and sensitivity, few enough to run fast.
constexpr int kTestSamples = 200;
const QString kSaas = QStringLiteral(HEADROOM_SAMPLES_DIR "/saas-startup.headroom.json");

QStringList sampleFiles()
{
    QStringList files;
    for (const QString& name : QDir(QStringLiteral(HEADROOM_SAMPLES_DIR)).entryList({QStringLiteral("*.headroom.json")}))
        files << QStringLiteral(HEADROOM_SAMPLES_DIR "/") + name;
    return files;
}

// A view off screen builds its section when asked: every view is asked first.
report::Chart* chart(const ui::ResultsArea* area, const QString& id)
{
    for (ui::SectionView* view : area->views())
        view->charts();
    return area->findChild<report::Chart*>(id + QStringLiteral("Chart"));
}

int seriesOfKind(const report::ChartSpec& spec, report::ChartSeries::Kind kind)
{
    return int(std::count_if(spec.series.begin(), spec.series.end(),
                             [kind](const report::ChartSeries& s) { return s.kind == kind; }));
}

int legendEntries(const report::ChartSpec& spec)
{
    return int(std::count_if(spec.series.begin(), spec.series.end(), [](const auto& s) { return s.inLegend; }));
}

QPalette darkPalette()
{
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(40, 40, 44));
    dark.setColor(QPalette::WindowText, QColor(230, 230, 230));
    dark.setColor(QPalette::Base, QColor(30, 30, 34));
    dark.setColor(QPalette::AlternateBase, QColor(48, 48, 54));
    dark.setColor(QPalette::Text, QColor(230, 230, 230));
    dark.setColor(QPalette::Button, QColor(48, 48, 54));
    dark.setColor(QPalette::ButtonText, QColor(230, 230, 230));
    dark.setColor(QPalette::Highlight, QColor(80, 160, 240));
    dark.setColor(QPalette::HighlightedText, QColor(20, 20, 20));
    dark.setColor(QPalette::Mid, QColor(90, 90, 96));
    dark.setColor(QPalette::Light, QColor(70, 70, 76));
    dark.setColor(QPalette::Dark, QColor(20, 20, 22));
    dark.setColor(QPalette::PlaceholderText, QColor(150, 150, 150));
    dark.setColor(QPalette::Disabled, QPalette::WindowText, QColor(120, 120, 120));
    return dark;
}

// Shows a view and waits until every chart of it has been drawn.
bool showAndDraw(ui::ResultsArea* area, ui::SectionView* view)
{
    area->setCurrentWidget(view);
    QCoreApplication::processEvents();
    for (report::Chart* c : view->charts())
        c->replotNow();
    return QTest::qWaitForWindowExposed(area->window());
}
} // namespace

// The results views of the main window, on every sample: what they draw, hovering, clicking,
// zooming, legends, palettes, and drawing only what is on screen.
class TestResultsArea : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }

    void init()
    {
        m_window = std::make_unique<ui::MainWindow>();
        m_window->resize(1280, 800);
        // Screenshots for the docs show what the application shows: 1,000 samples.
        m_window->document()->setSamples(qEnvironmentVariableIsSet("HEADROOM_SCREENSHOTS") ? 1000 : kTestSamples);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_area = m_window->findChild<ui::ResultsArea*>(QStringLiteral("resultsArea"));
        QVERIFY(m_area);
    }

    void cleanup() { m_window.reset(); }

    void everyViewDrawsEverySample_data()
    {
        QTest::addColumn<QString>("file");
        for (const QString& file : sampleFiles())
            QTest::newRow(qPrintable(QFileInfo(file).completeBaseName())) << file;
    }

    void everyViewDrawsEverySample()
    {
        QFETCH(QString, file);
        open(file);
        QVERIFY(m_window->document()->lastResults());
        const engine::Model& model = m_window->document()->model();
        const engine::Results& r = *m_window->document()->lastResults();
        QCOMPARE(int(m_area->views().size()), 9);
        for (ui::SectionView* view : m_area->views()) {
            QVERIFY(showAndDraw(m_area, view));
            QVERIFY2(!view->section().paragraphs.isEmpty(), qPrintable(view->objectName()));
            for (report::Chart* c : view->charts()) {
                const report::ChartSpec& spec = c->spec();
                QVERIFY2(c->plot()->plottableCount() >= int(spec.series.size()), qPrintable(spec.id));
                if (spec.months.isEmpty() || !spec.categories.isEmpty())
                    continue;
                QCOMPARE(spec.monthCount(), r.months);
                // Every line, step, band and stacked area has one point per month.
                for (int g = 0; g < c->plot()->graphCount(); ++g)
                    if (c->plot()->graph(g)->lineStyle() != QCPGraph::lsNone)
                        QCOMPARE(c->plot()->graph(g)->dataCount(), r.months);
            }
            // Nothing in a view is wider than the window gives it: no sideways scrolling, no chart
            // cut at the right (a legend laid out in one row once kept the team view too wide).
            QCoreApplication::processEvents();
            QVERIFY2(view->widget()->width() <= view->viewport()->width(), qPrintable(view->objectName()));
            saveScreenshot(file, view);
        }
        const int components = int(model.components.size());
        for (const char* name : {"utilizationPlot", "instancesPlot", "latencyPlot", "costByCategoryPlot",
                                 "tornadoCostPlot", "scenarioCostPerUserPlot", "headcountPlot", "backupPlot"})
            QVERIFY2(chart(m_area, QLatin1String(name)), name);
        const report::ChartSpec& utilization = chart(m_area, QStringLiteral("utilizationPlot"))->spec();
        QCOMPARE(legendEntries(utilization), components);
        QCOMPARE(seriesOfKind(chart(m_area, QStringLiteral("instancesPlot"))->spec(), report::ChartSeries::Kind::Step),
                 components);
        QCOMPARE(legendEntries(chart(m_area, QStringLiteral("latencyPlot"))->spec()), int(model.requestClasses.size()));
        QVERIFY(seriesOfKind(chart(m_area, QStringLiteral("costByCategoryPlot"))->spec(),
                             report::ChartSeries::Kind::Stacked) >= 3); // compute, storage, team at least
        QCOMPARE(seriesOfKind(chart(m_area, QStringLiteral("tornadoCostPlot"))->spec(), report::ChartSeries::Kind::Bars),
                 2);
        QCOMPARE(legendEntries(chart(m_area, QStringLiteral("scenarioCostPerUserPlot"))->spec()),
                 int(model.scenarios.size()) + 1);
    }

    // One event per bottleneck that happens at the median (a disc at its median first month), then
    // one per bottleneck at least 10% likely but not at the median (a ring, at the median month among
    // the samples where it happens): its subject, month and probability.
    void theTimelineShowsTheEnginesBottlenecks()
    {
        open(kSaas);
        const engine::Results& r = *m_window->document()->lastResults();
        const report::ChartSpec& timeline = chart(m_area, QStringLiteral("timelinePlot"))->spec();
        int events = 0;
        int rings = 0;
        for (const engine::Bottleneck& b : r.bottlenecks) {
            const double p = b.probabilityByMonth[r.months - 1];
            if (!b.medianFirstMonth && qRound(100.0 * p) < 10)
                continue;
            QVERIFY(events < int(timeline.series.size()));
            const report::ChartSeries& e = timeline.series[std::size_t(events++)];
            QCOMPARE(e.kind, report::ChartSeries::Kind::Markers);
            QCOMPARE(e.subjects, QStringList{QString::fromStdString(b.subject)});
            QCOMPARE(e.hollow, !b.medianFirstMonth);
            QVERIFY(b.occurrence);
            QCOMPARE(e.keys.value(0),
                     report::monthKey(r.start, b.medianFirstMonth ? *b.medianFirstMonth : b.occurrence->month));
            QVERIFY(e.keysLow.value(0) <= e.keys.value(0) && e.keys.value(0) <= e.keysHigh.value(0));
            if (e.hollow) { // its bar: from the month 10% of the samples where it happens have it to 90%, in counts
                const auto count = [&](int t) {
                    return qRound64(b.probabilityByMonth[t] * r.samples);
                };
                const qint64 happened = count(r.months - 1);
                int from = 0;
                while (10 * count(from) < happened)
                    ++from;
                int to = from;
                while (10 * count(to) < 9 * happened)
                    ++to;
                QCOMPARE(e.keysLow.value(0), report::monthKey(r.start, from));
                QCOMPARE(e.keysHigh.value(0), report::monthKey(r.start, to));
                QVERIFY(e.labels.value(0).contains(QStringLiteral("where it happens")));
            }
            QCOMPARE(e.notes, QStringList{report::probability(p)});
            QVERIFY(e.labels.value(0).contains(report::bottleneckSentence(r, b)));
            rings += e.hollow ? 1 : 0;
        }
        QVERIFY(events >= 5); // the sample's story: memory, restore, backup, ceiling, on-call…
        QVERIFY(rings >= 1);  // and the API saturating in almost half the samples
        QCOMPARE(int(timeline.series.size()), events);
        QCOMPARE(timeline.categories.size(), events);
        QCOMPARE(timeline.series.front().subjects.front(), QStringLiteral("db"));
        // Later discs sit no earlier than the ones before them; the rings follow them.
        for (int i = 1; i < events - rings; ++i)
            QVERIFY(timeline.series[std::size_t(i)].keys[0] >= timeline.series[std::size_t(i - 1)].keys[0]);
        for (int i = events - rings; i < events; ++i)
            QVERIFY(timeline.series[std::size_t(i)].hollow);
    }

    // The database's ladder: its size at the median type, in vCPUs, with a point where the type
    // changes, named beside it; the first and last type in the capacity table, the months in the
    // text. The API runs its one type: no line for it.
    void theCapacityViewNamesTheInstanceTypes()
    {
        open(kSaas);
        const engine::Results& r = *m_window->document()->lastResults();
        ui::SectionView* view = m_area->view(SectionId::Capacity);
        QVERIFY(showAndDraw(m_area, view));
        const engine::ComponentResult& db = r.components.at(2);
        QCOMPARE(db.id, std::string("db"));
        const engine::SeriesSummary& step = *engine::findSeries(db.series, engine::keys::kInstanceTypeStep);
        const report::ChartSpec& instances = chart(m_area, QStringLiteral("instanceSizePlot"))->spec();
        QCOMPARE(seriesOfKind(instances, report::ChartSeries::Kind::Step), 1);
        const report::ChartSeries& size = instances.series.front();
        QCOMPARE(size.name, QStringLiteral("PostgreSQL primary"));
        QCOMPARE(size.values.first(), 4.0); // db.r7g.xlarge
        QCOMPARE(
            size.values.last(),
            double(m_window->document()->model().findInstanceType(db.instanceTypeAt(step.p50[r.months - 1]))->vcpu));
        const auto types = std::find_if(instances.series.begin(), instances.series.end(), [](const auto& s) {
            return s.kind == report::ChartSeries::Kind::Markers && s.group == QLatin1String("db");
        });
        QVERIFY(types != instances.series.end());
        QCOMPARE(types->keys.first(), report::monthKey(r.start, 0));
        QCOMPARE(types->notes.first(), QString::fromStdString(db.instanceTypeAt(step.p50[0])));
        QCOMPARE(types->notes.last(), QString::fromStdString(db.instanceTypeAt(step.p50[r.months - 1])));
        QVERIFY(types->notes.size() >= 2); // it moves up the ladder within the horizon
        for (qsizetype i = 1; i < types->notes.size(); ++i)
            QVERIFY(types->notes[i] != types->notes[i - 1]);
        // Hovering the month of a change names the type.
        const QString hover = chart(m_area, QStringLiteral("instanceSizePlot"))->valuesAt(types->keys.last());
        QVERIFY2(hover.contains(types->notes.last()), qPrintable(hover));
        // No markers for the API, which has one type.
        QVERIFY(std::none_of(instances.series.begin(), instances.series.end(), [](const auto& s) {
            return s.kind == report::ChartSeries::Kind::Markers && s.group == QLatin1String("api");
        }));

        QTableView* table = view->findChild<QTableView*>(QStringLiteral("capacityTable"));
        QVERIFY(table);
        int typeColumn = -1;
        for (int c = 0; c < table->model()->columnCount(); ++c)
            if (table->model()->headerData(c, Qt::Horizontal).toString() == QLatin1String("Instance type (median)"))
                typeColumn = c;
        QVERIFY(typeColumn >= 0);
        QCOMPARE(table->model()->index(0, typeColumn).data().toString(), QStringLiteral("c7g.xlarge"));
        const QString dbTypes = table->model()->index(2, typeColumn).data().toString();
        QCOMPARE(dbTypes, types->notes.first() + QStringLiteral(" → ") + types->notes.last());
        // The paragraph tells when each type takes over.
        const QString told = view->section().paragraphs.join(QLatin1Char(' '));
        QVERIFY2(told.contains(types->notes.last() + QStringLiteral(" from ")), qPrintable(told));
    }

    // Headcount per role, stacked, adds up to the team's mean; a table has a row per role.
    void theTeamViewShowsHeadcountPerRole()
    {
        open(kSaas);
        const engine::Model& model = m_window->document()->model();
        const engine::Results& r = *m_window->document()->lastResults();
        ui::SectionView* view = m_area->view(SectionId::Team);
        QVERIFY(showAndDraw(m_area, view));
        report::Chart* byRole = chart(m_area, QStringLiteral("headcountByRolePlot"));
        QVERIFY(byRole);
        const report::ChartSpec& spec = byRole->spec();
        QCOMPARE(seriesOfKind(spec, report::ChartSeries::Kind::Stacked), int(model.team.roles.size()));
        QCOMPARE(spec.series.front().name, QString::fromStdString(model.team.roles.front().name));
        const int last = r.months - 1;
        double stacked = 0.0;
        for (const report::ChartSeries& s : spec.series)
            stacked += s.values[last];
        const engine::SeriesSummary& team = *engine::findSeries(r.totals, engine::keys::kHeadcount);
        QVERIFY(qAbs(stacked - team.mean[last]) < 1e-9 * team.mean[last]);
        QVERIFY(
            byRole->valuesAt(report::monthKey(r.start, last)).contains(spec.series.back().name + QStringLiteral(": ")));

        QTableView* table = view->findChild<QTableView*>(QStringLiteral("teamRoleTable"));
        QVERIFY(table);
        QCOMPARE(table->model()->rowCount(), int(model.team.roles.size()));
        QCOMPARE(table->model()->index(1, 0).data().toString(), QString::fromStdString(model.team.roles[1].name));
    }

    // Scenario columns under their short ids, their names in the first row; a scenario's first
    // bottleneck says how many months after (or before) the base's it comes.
    void theScenarioTableNamesItsColumnsAndTheMonthsBetween()
    {
        open(kSaas);
        const engine::Model& model = m_window->document()->model();
        ui::SectionView* view = m_area->view(SectionId::Scenarios);
        QVERIFY(showAndDraw(m_area, view));
        QTableView* table = view->findChild<QTableView*>(QStringLiteral("scenarioTable"));
        QVERIFY(table);
        const int columns = int(model.scenarios.size()) + 2;
        QTRY_COMPARE(table->model()->columnCount(), columns);
        QCOMPARE(table->model()->headerData(1, Qt::Horizontal).toString(), QStringLiteral("base"));
        const QRegularExpression between(QStringLiteral("^\\w{3} \\d{4} \\([+−]\\d+ months?\\), "));
        for (int c = 2; c < columns; ++c) {
            const engine::Scenario& scenario = model.scenarios[std::size_t(c - 2)];
            QCOMPARE(table->model()->headerData(c, Qt::Horizontal).toString(), QString::fromStdString(scenario.id));
            QCOMPARE(table->model()->index(0, c).data().toString(), QString::fromStdString(scenario.name));
            const QString first = table->model()->index(1, c).data().toString();
            QVERIFY2(between.match(first).hasMatch(), qPrintable(first));
        }
        QVERIFY(!between.match(table->model()->index(1, 1).data().toString()).hasMatch());
    }

    // The team-growth sample's 3-month lead time: requisitions beside the hires, the people short of
    // the plan in the first quarter at the median (none in January, the leavers' replacements being
    // recruited already; 2 in February; up to 4 in March, fewer where the drawn lead time is 2 months
    // and March's late hires have started, or where support's ratio asks for fewer), said in words at
    // the estimate; its engineers' throughput in teams of at most 8, a line with its band and a table
    // row. The SaaS sample's roles have no scaling: no throughput chart.
    void theTeamViewShowsTheLeadTimeAndTheThroughput()
    {
        open(QStringLiteral(HEADROOM_SAMPLES_DIR "/team-growth.headroom.json"));
        ui::SectionView* view = m_area->view(SectionId::Team);
        QVERIFY(showAndDraw(m_area, view));
        const report::ChartSpec& hires = chart(m_area, QStringLiteral("hiresPlot"))->spec();
        QVERIFY(std::any_of(hires.series.begin(), hires.series.end(), [](const report::ChartSeries& s) {
            return s.group == QLatin1String("requisitions") && s.kind == report::ChartSeries::Kind::Line;
        }));
        const report::ChartSpec& people = chart(m_area, QStringLiteral("headcountPlot"))->spec();
        const auto backlog = std::find_if(people.series.begin(), people.series.end(), [](const report::ChartSeries& s) {
            return s.group == QLatin1String("backlog") && s.kind == report::ChartSeries::Kind::Line;
        });
        QVERIFY(backlog != people.series.end());
        QCOMPARE(backlog->values.mid(0, 2), (QVector<double>{0.0, 2.0}));
        QVERIFY2(backlog->values[2] >= 3.0 && backlog->values[2] <= 4.0, qPrintable(QString::number(backlog->values[2])));
        const QString told = view->section().paragraphs.join(QLatin1Char(' '));
        QVERIFY2(told.contains(QLatin1String("Hiring takes 3 months")) &&
                     told.contains(QLatin1String("people short of its plan until then")) &&
                     told.contains(QLatin1String("before April 2027")) &&
                     told.contains(QLatin1String("The lead time is uncertain, 2 to 5 months (90%)")),
                 qPrintable(told));

        report::Chart* throughput = chart(m_area, QStringLiteral("teamThroughputPlot"));
        QVERIFY(throughput);
        QCOMPARE(seriesOfKind(throughput->spec(), report::ChartSeries::Kind::Line), 1);
        QCOMPARE(seriesOfKind(throughput->spec(), report::ChartSeries::Kind::Band), 1);
        QTableView* table = view->findChild<QTableView*>(QStringLiteral("teamThroughputTable"));
        QVERIFY(table);
        QCOMPARE(table->model()->rowCount(), 1);
        QCOMPARE(table->model()->index(0, 1).data().toString(), QStringLiteral("8"));
        QVERIFY(told.contains(QLatin1String("in teams of at most 8")));

        open(kSaas);
        view = m_area->view(SectionId::Team);
        QVERIFY(showAndDraw(m_area, view));
        QVERIFY(!chart(m_area, QStringLiteral("teamThroughputPlot")));
        QVERIFY(!view->findChild<QTableView*>(QStringLiteral("teamThroughputTable")));
    }

    void clickingAnEventAsksToShowItsSubject()
    {
        open(kSaas);
        ui::SectionView* view = m_area->view(SectionId::Bottlenecks);
        QVERIFY(showAndDraw(m_area, view));
        report::Chart* timeline = chart(m_area, QStringLiteral("timelinePlot"));
        QVERIFY(timeline->plot()->axisRect()->width() > timeline->plot()->width() / 3);
        QSignalSpy focus(m_window->document(), &ui::Document::focusRequested);
        const int last = int(timeline->spec().series.size()) - 1;
        const QPoint at = timeline->pointPosition(last, 0).toPoint();
        QVERIFY(timeline->plot()->rect().contains(at));
        QTest::mouseClick(timeline->plot(), Qt::LeftButton, {}, at);
        QCOMPARE(focus.count(), 1);
        QCOMPARE(focus.front().front().toString(), timeline->spec().series.back().subjects.front());
        // Between two rows there is nothing to click.
        QTest::mouseClick(timeline->plot(), Qt::LeftButton, {}, at + QPoint(0, 14));
        QCOMPARE(focus.count(), 1);
        // Double-clicking a row of the table asks the same.
        QTableView* table = view->findChild<QTableView*>(QStringLiteral("bottleneckTable"));
        QVERIFY(table);
        Q_EMIT table->doubleClicked(table->model()->index(0, 1));
        QCOMPARE(focus.count(), 2);
        QCOMPARE(focus.back().front().toString(), QStringLiteral("db"));
    }

    // The bottleneck table's sentences get room: the columns before them, fitted to their contents,
    // wrap to leave the last 40% of the table, but never narrower than a header or a word. A table
    // wider than the view (capacity's nine columns) shows every column: it scrolls sideways.
    void sentencesInTablesGetRoomAndWordsStayWhole()
    {
        open(kSaas);
        m_window->resize(1280, 800);
        ui::SectionView* view = m_area->view(SectionId::Bottlenecks);
        QVERIFY(showAndDraw(m_area, view));
        QTableView* table = view->findChild<QTableView*>(QStringLiteral("bottleneckTable"));
        QVERIFY(table);
        const int last = table->model()->columnCount() - 1;
        QTRY_VERIFY(table->columnWidth(last) >= int(0.39 * table->viewport()->width()));
        const QFontMetrics metrics(table->font());
        for (int c = 0; c < last; ++c)
            for (int row = 0; row < table->model()->rowCount(); ++row)
                for (const QString& word : table->model()->index(row, c).data().toString().split(QLatin1Char(' ')))
                    QVERIFY2(metrics.horizontalAdvance(word) < table->columnWidth(c), qPrintable(word));

        ui::SectionView* capacity = m_area->view(SectionId::Capacity);
        QVERIFY(showAndDraw(m_area, capacity));
        QTableView* figures = capacity->findChild<QTableView*>(QStringLiteral("capacityTable"));
        QVERIFY(figures);
        QCoreApplication::processEvents();
        const int columns = figures->model()->columnCount();
        QTRY_VERIFY(figures->horizontalHeader()->length() <= figures->viewport()->width() ||
                    figures->horizontalScrollBar()->isVisible());
        figures->horizontalScrollBar()->setValue(figures->horizontalScrollBar()->maximum());
        const QRect lastCell = figures->visualRect(figures->model()->index(0, columns - 1));
        QVERIFY2(figures->viewport()->rect().contains(lastCell.center()), "the last column can be scrolled to");
        for (int c = 0; c < columns; ++c)
            for (int row = 0; row < figures->model()->rowCount(); ++row)
                for (const QString& word : figures->model()->index(row, c).data().toString().split(QLatin1Char(' ')))
                    QVERIFY2(metrics.horizontalAdvance(word) < figures->columnWidth(c), qPrintable(word));
    }

    // video-library's inputs include a call ("Calls API and player service → PostgreSQL: catalogue,
    // courses, progress: calls per operation"): its label wraps onto two lines rather than take the
    // width of the tornado's bars.
    void longInputNamesLeaveTheBarsRoom()
    {
        open(QStringLiteral(HEADROOM_SAMPLES_DIR "/video-library.headroom.json"));
        m_window->resize(1280, 800);
        ui::SectionView* view = m_area->view(SectionId::Sensitivity);
        QVERIFY(showAndDraw(m_area, view));
        report::Chart* tornado = chart(m_area, QStringLiteral("tornadoCostPlot"));
        QVERIFY(std::any_of(tornado->spec().categories.begin(), tornado->spec().categories.end(),
                            [](const QString& c) { return c.startsWith(QLatin1String("Calls ")); }));
        QVERIFY2(tornado->plot()->axisRect()->width() >= tornado->plot()->width() / 2,
                 qPrintable(QStringLiteral("%1 of %2").arg(tornado->plot()->axisRect()->width()).arg(tornado->plot()->width())));
        auto labels = tornado->plot()->yAxis->ticker().dynamicCast<QCPAxisTickerText>();
        QVERIFY(labels);
        const QStringList shown = labels->ticks().values();
        QVERIFY(std::any_of(shown.begin(), shown.end(), [](const QString& t) { return t.contains(QLatin1Char('\n')); }));
        for (const QString& label : shown) // two lines at most, each no wider than the labels' share
            QVERIFY2(label.count(QLatin1Char('\n')) <= 1, qPrintable(label));
    }

    // video-library's mean latencies span 5 to 128 ms, less than 1.6 decades: QCustomPlot's log
    // ticker would space its ticks evenly there (25, 50 … 125, crowded at the top, none by the lines).
    // The ticks are 1, 2 and 5 times powers of ten, several of them in the range.
    void aNarrowLogAxisHasLogTicks()
    {
        open(QStringLiteral(HEADROOM_SAMPLES_DIR "/video-library.headroom.json"));
        ui::SectionView* view = m_area->view(SectionId::Latency);
        QVERIFY(showAndDraw(m_area, view));
        QCPAxis* axis = chart(m_area, QStringLiteral("latencyPlot"))->plot()->yAxis;
        QCOMPARE(axis->scaleType(), QCPAxis::stLogarithmic);
        QVERIFY2(std::log10(axis->range().upper / axis->range().lower) < 1.6,
                 qPrintable(QStringLiteral("%1 to %2").arg(axis->range().lower).arg(axis->range().upper)));
        QVector<double> ticks;
        QVector<QString> labels;
        axis->ticker()->generate(axis->range(), QLocale::c(), QLatin1Char('g'), 6, ticks, nullptr, &labels);
        QVERIFY2(ticks.size() >= 3, qPrintable(QStringList(labels.begin(), labels.end()).join(QLatin1Char(' '))));
        for (const double tick : ticks) {
            const double mantissa = tick / std::pow(10.0, std::floor(std::log10(tick) + 1e-9));
            QVERIFY2(std::abs(mantissa - 1.0) < 1e-9 || std::abs(mantissa - 2.0) < 1e-9 || std::abs(mantissa - 5.0) < 1e-9,
                     qPrintable(QString::number(tick)));
        }
    }

    void hoverShowsTheValuesUnderTheCursor()
    {
        open(kSaas);
        QVERIFY(showAndDraw(m_area, m_area->view(SectionId::Capacity)));
        report::Chart* utilization = chart(m_area, QStringLiteral("utilizationPlot"));
        const engine::Results& r = *m_window->document()->lastResults();
        const QString text = utilization->valuesAt(report::monthKey(r.start, 12) + 3 * 86400.0);
        QVERIFY2(text.startsWith(QStringLiteral("January 2028\n")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("API service: ")));
        QVERIFY(text.contains(QStringLiteral("API service target: 70%")));
        const QCPGraph* api = utilization->plot()->graph(0);
        const double apiAt12 = (api->data()->constBegin() + 12)->value;
        QVERIFY(text.contains(QStringLiteral("API service: ") + report::formatValue(apiAt12, report::Unit::Percent)));
        // From a pixel: the same text as the month under it.
        const double x = utilization->plot()->xAxis->coordToPixel(report::monthKey(r.start, 12));
        QCOMPARE(utilization->textAt(QPointF(x, 100)), utilization->valuesAt(report::monthKey(r.start, 12)));
        QVERIFY(utilization->valuesAt(report::monthKey(r.start, r.months + 3)).isEmpty());
    }

    void aLegendEntryHidesAndShowsItsSeries()
    {
        open(kSaas);
        QVERIFY(showAndDraw(m_area, m_area->view(SectionId::Capacity)));
        report::Chart* utilization = chart(m_area, QStringLiteral("utilizationPlot"));
        QCustomPlot* plot = utilization->plot();
        QCPAbstractLegendItem* entry = plot->legend->item(0);
        QCOMPARE(qobject_cast<QCPPlottableLegendItem*>(entry)->plottable(), plot->graph(0));
        const QPoint at = entry->outerRect().center();
        QTest::mouseClick(plot, Qt::LeftButton, {}, at);
        QVERIFY(!plot->graph(0)->visible());
        QVERIFY(!plot->graph(1)->visible()); // its target goes with it
        QVERIFY(plot->graph(2)->visible());  // the next component stays
        QVERIFY(!utilization->valuesAt(plot->graph(0)->data()->constBegin()->key).contains(QStringLiteral("API service")));
        QTest::mouseClick(plot, Qt::LeftButton, {}, at);
        QVERIFY(plot->graph(0)->visible() && plot->graph(1)->visible());
    }

    void monthsAreDatesAndZoomResets()
    {
        open(kSaas);
        QVERIFY(showAndDraw(m_area, m_area->view(SectionId::Cost)));
        report::Chart* cost = chart(m_area, QStringLiteral("costPerUserPlot"));
        QCustomPlot* plot = cost->plot();
        QVERIFY(plot->xAxis->ticker().dynamicCast<QCPAxisTickerDateTime>());
        QVERIFY(plot->xAxis->tickVectorLabels().contains(QStringLiteral("Jan 2028")));
        QVERIFY(plot->interactions().testFlag(QCP::iRangeZoom) && plot->interactions().testFlag(QCP::iRangeDrag));
        QCOMPARE(plot->axisRect()->rangeZoom(), Qt::Horizontal);
        const QCPRange home = plot->xAxis->range();
        QTest::mouseMove(plot, plot->axisRect()->center());
        QWheelEvent wheel(QPointF(plot->axisRect()->center()), QPointF(plot->mapToGlobal(plot->axisRect()->center())),
                          QPoint(), QPoint(0, 240), Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false);
        QCoreApplication::sendEvent(plot, &wheel);
        QVERIFY(plot->xAxis->range().size() < home.size() * 0.9);
        QTest::mouseDClick(plot, Qt::LeftButton, {}, plot->axisRect()->center());
        QCOMPARE(plot->xAxis->range().lower, home.lower);
        QCOMPARE(plot->xAxis->range().upper, home.upper);
    }

    void aDarkPaletteRestylesTheCharts()
    {
        open(kSaas);
        QVERIFY(showAndDraw(m_area, m_area->view(SectionId::Capacity)));
        QCustomPlot* plot = chart(m_area, QStringLiteral("utilizationPlot"))->plot();
        m_window->setPalette(darkPalette());
        QCoreApplication::processEvents();
        saveScreenshot(QStringLiteral("dark"), m_area->view(SectionId::Capacity));
        QCOMPARE(plot->xAxis->tickLabelColor(), QColor(230, 230, 230));
        QCOMPARE(plot->graph(0)->pen().color(), QColor(80, 160, 240)); // the first series takes the highlight
        const QImage drawn = plot->toPixmap(400, 200).toImage();
        QCOMPARE(drawn.pixelColor(2, 2), QColor(30, 30, 34));
    }

    // A run builds and redraws the tab in front; the others build when they are shown or asked for,
    // and draw when they are shown.
    void onlyTheVisibleTabReplots()
    {
        open(kSaas);
        QVERIFY(showAndDraw(m_area, m_area->view(SectionId::Capacity)));
        report::Chart* shown = chart(m_area, QStringLiteral("utilizationPlot"));
        report::Chart* hidden = chart(m_area, QStringLiteral("costPerUserPlot"));
        QCoreApplication::processEvents(); // the views just built off screen lay themselves out
        QSignalSpy shownReplots(shown, &report::Chart::replotted);
        QSignalSpy hiddenReplots(hidden, &report::Chart::replotted);
        Q_EMIT m_window->document()->resultsChanged();
        QVERIFY(shownReplots.wait(5000));
        QCoreApplication::processEvents();
        QCOMPARE(hiddenReplots.count(), 0);
        QVERIFY(m_area->view(SectionId::Cost)->charts().contains(hidden)); // built when asked, not drawn
        QCoreApplication::processEvents();
        QCOMPARE(hiddenReplots.count(), 0);
        m_area->setCurrentWidget(m_area->view(SectionId::Cost));
        QVERIFY(hiddenReplots.wait(5000));
    }

    // Within the tab in front, a chart scrolled out of sight draws when it is scrolled to: an edit
    // waits only for the charts in sight.
    void aChartOutOfSightDrawsWhenScrolledTo()
    {
        open(kSaas);
        ui::SectionView* view = m_area->view(SectionId::Capacity);
        QVERIFY(showAndDraw(m_area, view));
        QCoreApplication::processEvents();
        report::Chart* top = view->charts().front();
        report::Chart* bottom = view->charts().back();
        QVERIFY(top->inSight());
        QVERIFY2(!bottom->inSight(), "the last chart is below the fold at 1280 × 800");
        QSignalSpy topReplots(top, &report::Chart::replotted);
        QSignalSpy bottomReplots(bottom, &report::Chart::replotted);
        Q_EMIT m_window->document()->resultsChanged();
        QVERIFY(topReplots.wait(5000));
        QCoreApplication::processEvents();
        QCOMPARE(bottomReplots.count(), 0);
        view->ensureWidgetVisible(bottom);
        QVERIFY(bottomReplots.count() > 0 || bottomReplots.wait(5000)); // painted, and drawn first
    }

    // A table's cells change with every run, but its columns and rows are fitted to their text only
    // in sight: out of it, when it is scrolled to.
    void aTableOutOfSightIsFittedWhenScrolledTo()
    {
        open(kSaas);
        m_window->resize(1280, 640);
        ui::SectionView* view = m_area->view(SectionId::Capacity);
        QVERIFY(showAndDraw(m_area, view));
        QTableView* table = view->findChild<QTableView*>(QStringLiteral("capacityTable"));
        QVERIFY(table);
        QTRY_VERIFY(table->columnWidth(0) > 40); // fitted to the components' names once, when built
        QTRY_VERIFY2(table->visibleRegion().isEmpty(), "the table is below the fold at 1280 × 640");
        const int fitted = table->columnWidth(0);
        table->setColumnWidth(0, 30);
        Q_EMIT m_window->document()->resultsChanged();
        QTest::qWait(50);
        QCOMPARE(table->columnWidth(0), 30); // out of sight: left as it was
        view->ensureWidgetVisible(table);
        QTRY_COMPARE(table->columnWidth(0), fitted);
        QVERIFY(!table->visibleRegion().isEmpty());
    }

    // A table changed in place keeps its selected row while its rows name the same parts; a row
    // that names another part now (a component renamed) is not left selected.
    void aSelectedRowStaysOnlyWhileItNamesTheSamePart()
    {
        open(kSaas);
        ui::SectionView* view = m_area->view(SectionId::Capacity);
        QVERIFY(showAndDraw(m_area, view));
        QTableView* table = view->findChild<QTableView*>(QStringLiteral("capacityTable"));
        QVERIFY(table);
        table->selectRow(1);
        Q_EMIT m_window->document()->resultsChanged(); // the same results: the same rows
        QCoreApplication::processEvents();
        QCOMPARE(table->selectionModel()->selectedRows().size(), 1);
        engine::Model renamed = m_window->document()->model();
        renamed.components[1].name += " (renamed)";
        m_window->document()->replaceModel(renamed);
        QVERIFY(m_window->document()->waitForResults());
        QCoreApplication::processEvents();
        QVERIFY(table->model()->index(1, 0).data().toString().endsWith(QLatin1String("(renamed)")));
        QCOMPARE(table->selectionModel()->selectedRows().size(), 0);
    }

private:
    void open(const QString& file)
    {
        QVERIFY(m_window->openFile(file, /*quiet=*/true));
        QVERIFY(m_window->document()->waitForResults());
        QVERIFY(m_window->document()->lastResults());
    }

    // With HEADROOM_SCREENSHOTS=DIR, each view of each sample is saved there (docs/screenshots).
    void saveScreenshot(const QString& file, ui::SectionView* view)
    {
        const QString dir = qEnvironmentVariable("HEADROOM_SCREENSHOTS");
        if (dir.isEmpty())
            return;
        QTest::qWait(100); // the tables' rows and columns settle over a few turns of the event loop
        const QString name = QFileInfo(file).completeBaseName().section(QLatin1Char('.'), 0, 0);
        m_window->grab().save(QDir(dir).filePath(name + QLatin1Char('-') + view->objectName() + QStringLiteral(".png")));
    }

    std::unique_ptr<ui::MainWindow> m_window;
    ui::ResultsArea* m_area = nullptr;
};

QTEST_MAIN(TestResultsArea)
#include "tst_ResultsArea.moc"
