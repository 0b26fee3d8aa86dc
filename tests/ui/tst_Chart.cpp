#include "TestSupport.h"
#include "report/Chart.h"
#include "report/Format.h"

#include <QVBoxLayout>
#include <algorithm>
#include <cmath>
#include <qcustomplot.h>
#include <vector>

using namespace headroom;

namespace {

// A chart over 60 months from January 2027, in plain numbers, without series yet.
report::ChartSpec monthsChart(const QString& id, const QString& title)
{
    report::ChartSpec spec;
    spec.id = id;
    spec.title = title;
    spec.unit = report::Unit::Count;
    for (int t = 0; t < 60; ++t)
        spec.months << report::monthKey({2027, 1}, t);
    return spec;
}

// How far apart two colours are: their largest difference in one channel.
int channelDistance(const QColor& a, const QColor& b)
{
    return std::max({std::abs(a.red() - b.red()), std::abs(a.green() - b.green()), std::abs(a.blue() - b.blue())});
}

// Shows `chart` drawing `spec`, without its grids, so that a row of its pixels holds the lines and
// the background alone. False if the window never showed.
bool showWithoutGrids(report::Chart& chart, const report::ChartSpec& spec)
{
    chart.setSpec(spec);
    chart.show();
    if (!QTest::qWaitForWindowExposed(&chart))
        return false;
    chart.plot()->xAxis->grid()->setVisible(false);
    chart.plot()->yAxis->grid()->setVisible(false);
    chart.replotNow();
    return true;
}

// A chart of `lines` components' utilization over 60 months, each line with its dashed target and
// in a group of its own (as the capacity view draws them), values 0 to lines − 1 in a shuffled order.
report::ChartSpec manyLines(int lines)
{
    report::ChartSpec spec = monthsChart(QStringLiteral("legendPlot"), QStringLiteral("Utilization at peak"));
    spec.unit = report::Unit::Percent;
    for (int i = 0; i < lines; ++i) {
        report::ChartSeries line;
        line.name = QStringLiteral("Catalog cache (Redis) %1").arg(i + 1);
        line.group = line.name;
        line.color = i;
        line.values = QVector<double>(60, double((i * 7) % lines));
        spec.series.push_back(line);
        report::ChartSeries target = line;
        target.name += QStringLiteral(" target");
        target.values = QVector<double>(60, 70.0);
        target.dashed = true;
        target.inLegend = false;
        spec.series.push_back(target);
    }
    return spec;
}

} // namespace

// A chart on its own (report/Chart.h), as a model of 30 components draws it: a legend that takes
// its rows, a hover text that stays readable, and a legend entry that shows its series alone.
class TestChart : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }

    // A model of 30 components has 30 legend entries, ten rows at three columns: the chart grows by
    // them on screen and in the report, where they once took the axes' height (50 pixels were left).
    void aLongLegendLeavesTheAxesTheirHeight()
    {
        QWidget box;
        auto* layout = new QVBoxLayout(&box);
        report::Chart few(&box), many(&box);
        layout->addWidget(&few);
        layout->addWidget(&many);
        for (report::Chart* c : {&few, &many})
            c->setBaseHeight(270);
        few.setSpec(manyLines(2));
        many.setSpec(manyLines(30));
        box.resize(780, 300); // less than the charts need: each takes its least height
        box.show();
        QVERIFY(QTest::qWaitForWindowExposed(&box));
        few.replotNow();
        many.replotNow();
        QCOMPARE(few.height(), 270);
        QVERIFY2(many.plot()->legend->rowCount() >= 8, qPrintable(QString::number(many.plot()->legend->rowCount())));
        const int fewAxes = few.plot()->axisRect()->height();
        const int manyAxes = many.plot()->axisRect()->height();
        QVERIFY2(fewAxes >= 150 && manyAxes >= fewAxes - 30,
                 qPrintable(QStringLiteral("axes %1 px with 2 entries, %2 px with 30").arg(fewAxes).arg(manyAxes)));
        // In a file: the report's charts are laid out at heightFor() their width.
        const int fewFile = few.heightFor(600);
        const int manyFile = many.heightFor(600);
        QCOMPARE(fewFile, few.spec().preferredHeight(600));
        QVERIFY2(manyFile > fewFile, qPrintable(QStringLiteral("%1 against %2").arg(manyFile).arg(fewFile)));
        const QImage image = many.toImage(QSize(600, manyFile), 1.0);
        QVERIFY2(many.plot()->axisRect()->height() >= 150,
                 qPrintable(QStringLiteral("axes %1 px of %2, legend %3").arg(many.plot()->axisRect()->height()).arg(manyFile).arg(many.plot()->legend->outerRect().height())));
        QCOMPARE(image.height(), manyFile);
    }

    // Thirty components' lines and targets would make a hover text of sixty lines: it lists the
    // twelve highest of the month, without the targets, and counts the rest.
    void aHoverOverManySeriesListsTheHighest()
    {
        report::ChartSpec spec = manyLines(30);
        report::Chart chart;
        chart.setSpec(spec);
        const QStringList lines = chart.valuesAt(spec.months[0]).split(QLatin1Char('\n'));
        QCOMPARE(lines.size(), 1 + 12 + 1); // the month, twelve series, how many more
        for (int rank = 0; rank < 12; ++rank)
            QVERIFY2(lines[rank + 1].endsWith(QStringLiteral(": %1%").arg(29 - rank)), qPrintable(lines[rank + 1]));
        QVERIFY2(lines.last().startsWith(QStringLiteral("…and 18 more")), qPrintable(lines.last()));
        // Twelve series or fewer: every one, in order, targets too (seven lines, seven targets).
        spec.series.resize(14);
        chart.setSpec(spec);
        QCOMPARE(chart.valuesAt(spec.months[0]).split(QLatin1Char('\n')).size(), 1 + 14);
    }

    // On screen a line is drawn a segment at a time, each clipped to its months (Chart.cpp,
    // SegmentedGraph): where two segments meet, the antialiased rows along the line's edges are
    // painted once, as everywhere else on it. Drawn whole side by side (QCustomPlot's fast
    // polylines), they would be painted twice there, a darker dot at each month. A line two pixels
    // wide that runs all but level (so that it is antialiased): every row it touches keeps one
    // colour from one end to the other; and the same line drawn for a file is there too.
    void aLineIsEvenWhereItsSegmentsMeet()
    {
        report::Chart chart;
        chart.resize(900, 400);
        report::ChartSpec spec = monthsChart(QStringLiteral("evenPlot"), QStringLiteral("A level line"));
        spec.yMin = 0.0;
        spec.yMaxAtLeast = 100.0;
        report::ChartSeries line;
        line.name = QStringLiteral("level");
        line.color = 1;
        for (int t = 0; t < 60; ++t)
            line.values << 53.3 + 1e-9 * t; // between grid lines
        spec.series.push_back(line);
        QVERIFY(showWithoutGrids(chart, spec));
        QCustomPlot* plot = chart.plot();
        const QImage image = plot->grab().toImage();
        const double y = plot->yAxis->coordToPixel(53.3);
        const int from = int(plot->xAxis->coordToPixel(spec.months[2]));
        const int to = int(plot->xAxis->coordToPixel(spec.months[57]));
        QVERIFY(to - from > 500);
        int painted = 0;
        for (int row = int(y) - 3; row <= int(y) + 3; ++row) {
            const QColor first = image.pixelColor(from, row);
            int worst = 0;
            for (int x = from; x <= to; ++x)
                worst = std::max(worst, channelDistance(image.pixelColor(x, row), first));
            QVERIFY2(
                worst <= 2,
                qPrintable(QStringLiteral("row %1 (the line at %2): colours %3 apart").arg(row).arg(y).arg(worst)));
            painted += first != image.pixelColor(from, int(y) - 20) ? 1 : 0;
        }
        QVERIFY2(painted >= 2, "the line is drawn"); // two pixels wide: two or three rows
        const QImage file = chart.toImage(plot->size(), 1.0);
        QVERIFY(file.pixelColor(from, int(std::lround(y))) != file.pixelColor(from, int(y) - 20));
    }

    // Lines that rise and fall steeply, zoomed out so that their months are 6 pixels apart: every
    // row between a segment's ends has the line, at least half as strong as its strongest row (one
    // line at a time, so that no other crosses it). Clipped to whole columns, a steep segment
    // loses up to half a column at each end, which its slope makes a gap of several rows; such
    // segments are drawn whole, and a line with many of them as one polyline.
    void steepLinesHaveNoGaps()
    {
        report::Chart chart;
        chart.resize(900, 500);
        report::ChartSpec spec = monthsChart(QStringLiteral("steepPlot"), QStringLiteral("Steep lines"));
        for (int i = 0; i < 3; ++i) {
            report::ChartSeries line;
            line.name = QStringLiteral("line %1").arg(i);
            line.color = i;
            for (int t = 0; t < 60; ++t)
                line.values << 50.0 + 40.0 * std::sin(t / 2.0 + i);
            spec.series.push_back(line);
        }
        QVERIFY(showWithoutGrids(chart, spec));
        QCustomPlot* plot = chart.plot();
        const double span = spec.months.back() - spec.months.front();
        plot->xAxis->setRange(spec.months.front() - span / 2, spec.months.back() + span / 2);
        for (int shown = 0; shown < int(spec.series.size()); ++shown) {
            for (int i = 0; i < int(spec.series.size()); ++i)
                chart.setSeriesVisible(i, i == shown);
            chart.replotNow();
            const QImage image = plot->grab().toImage();
            const QColor background = image.pixelColor(int(plot->xAxis->coordToPixel(spec.months.front())) - 40,
                                                       int(plot->yAxis->coordToPixel(50.0)));
            const auto strength = [&](int x, int row) {
                return channelDistance(image.pixelColor(x, row), background);
            };
            const report::ChartSeries& line = spec.series[std::size_t(shown)];
            for (int t = 1; t < 60; ++t) {
                const double x0 = plot->xAxis->coordToPixel(spec.months[t - 1]);
                const double x1 = plot->xAxis->coordToPixel(spec.months[t]);
                const double y0 = plot->yAxis->coordToPixel(line.values[t - 1]);
                const double y1 = plot->yAxis->coordToPixel(line.values[t]);
                if (std::abs(y1 - y0) < 4 * (x1 - x0))
                    continue;          // the steep ones
                std::vector<int> rows; // the line's strength in each row it crosses
                for (int row = int(std::min(y0, y1)) + 1; row < int(std::max(y0, y1)); ++row) {
                    const double x = x0 + (x1 - x0) * (row - y0) / (y1 - y0);
                    int strongest = 0;
                    for (int dx = -1; dx <= 1; ++dx)
                        strongest = std::max(strongest, strength(int(std::lround(x)) + dx, row));
                    rows.push_back(strongest);
                }
                const int peak = *std::max_element(rows.begin(), rows.end());
                const int weakest = *std::min_element(rows.begin(), rows.end());
                QVERIFY2(2 * weakest >= peak, qPrintable(QStringLiteral("%1, month %2: a row at %3 of the line's %4")
                                                             .arg(line.name)
                                                             .arg(t)
                                                             .arg(weakest)
                                                             .arg(peak)));
            }
        }
    }

    // Targets that several components share are drawn once, by the last of them (SegmentedGraph's
    // setCoveredBy()): the chart looks as if each were drawn, one over the other. A level line in
    // another pen at the same value (solid, wider) is still drawn, and shows between the dashes; a
    // covered target is drawn again once the one over it is hidden.
    void sharedTargetsLookAsIfEachWereDrawn()
    {
        const auto level = [](int color, bool dashed) {
            report::ChartSeries s;
            s.name = QStringLiteral("level %1").arg(color);
            s.color = color;
            s.dashed = dashed;
            s.inLegend = false;
            s.values = QVector<double>(60, 70.0);
            return s;
        };
        const auto drawn = [](const std::vector<report::ChartSeries>& series, int hidden = -1) {
            report::ChartSpec spec = monthsChart(QStringLiteral("levelsPlot"), QStringLiteral("Targets"));
            spec.yMaxAtLeast = 100.0;
            spec.series = series;
            report::Chart chart;
            chart.resize(700, 300);
            if (!showWithoutGrids(chart, spec))
                return QImage();
            if (hidden >= 0) {
                chart.setSeriesVisible(hidden, false);
                chart.replotNow();
            }
            return chart.plot()->grab().toImage();
        };
        const QImage all = drawn({level(1, false), level(2, true), level(3, true), level(4, true)});
        QVERIFY(!all.isNull());
        QCOMPARE(all, drawn({level(1, false), level(4, true)}));
        QVERIFY(all != drawn({level(4, true)})); // the solid line shows between the dashes
        QCOMPARE(drawn({level(1, false), level(2, true), level(3, true), level(4, true)}, 3),
                 drawn({level(1, false), level(3, true)}));
    }

    // Steps (instances) are level and upright: drawn without antialiasing, every column of a level
    // run has the line in exactly two rows (its width) at full strength and nothing above or below,
    // and an upright step is two columns wide and reaches from one level to the next.
    void stepsAreCrispAndWhole()
    {
        report::ChartSpec spec = monthsChart(QStringLiteral("stepsPlot"), QStringLiteral("Instances"));
        report::ChartSeries steps;
        steps.kind = report::ChartSeries::Kind::Step;
        steps.name = QStringLiteral("instances");
        steps.color = 1;
        for (int t = 0; t < 60; ++t)
            steps.values << 2.0 + (t >= 30 ? 3.0 : 0.0);
        spec.series.push_back(steps);
        report::Chart chart;
        chart.resize(800, 360);
        QVERIFY(showWithoutGrids(chart, spec));
        QCustomPlot* plot = chart.plot();
        const QImage image = plot->grab().toImage();
        const QColor line = chart.plot()->graph(0)->pen().color();
        const auto rowsWithLine = [&](int x, int from, int to) {
            QList<int> rows;
            for (int row = from; row <= to; ++row) {
                const int distance = channelDistance(image.pixelColor(x, row), line);
                if (distance == 0)
                    rows << row;
                else
                    [&] {
                        QVERIFY2(distance > 100,
                                 qPrintable(QStringLiteral("a blended pixel at %1, %2").arg(x).arg(row)));
                    }();
            }
            return rows;
        };
        for (int t : {3, 20, 40, 55}) {
            const int x = int(std::lround(
                (plot->xAxis->coordToPixel(spec.months[t]) + plot->xAxis->coordToPixel(spec.months[t + 1])) / 2));
            const int y = int(plot->yAxis->coordToPixel(steps.values[t]));
            const QList<int> rows = rowsWithLine(x, y - 6, y + 6);
            QCOMPARE(rows.size(), 2);
            QCOMPARE(rows.back() - rows.front(), 1);
        }
        const int stepX = int(std::lround(plot->xAxis->coordToPixel(spec.months[30])));
        const int low = int(plot->yAxis->coordToPixel(2.0));
        const int high = int(plot->yAxis->coordToPixel(5.0));
        for (int row = high + 2; row <= low - 2; ++row) { // between the levels: the upright step alone
            int columns = 0;
            for (int x = stepX - 4; x <= stepX + 4; ++x)
                columns += image.pixelColor(x, row) == line ? 1 : 0;
            QCOMPARE(columns, 2);
        }
    }

    // Double-clicking a legend entry shows its component alone (its target and band with it);
    // double-clicking it again shows every one; the double-click does not reset the zoom.
    void aLegendEntryDoubleClickedShowsItsSeriesAlone()
    {
        report::Chart chart;
        chart.resize(900, 500);
        chart.setSpec(manyLines(5));
        chart.show();
        QVERIFY(QTest::qWaitForWindowExposed(&chart));
        chart.replotNow();
        QCustomPlot* plot = chart.plot();
        plot->xAxis->setRange(plot->xAxis->range().lower, plot->xAxis->range().center()); // zoomed in
        const QCPRange zoomed = plot->xAxis->range();
        const auto visible = [&chart] {
            QList<int> out;
            for (int i = 0; i < int(chart.spec().series.size()); ++i)
                if (chart.isSeriesVisible(i))
                    out << i;
            return out;
        };
        QCPAbstractLegendItem* third = plot->legend->item(2);
        QVERIFY(third);
        // As the mouse sends a double-click: a click (which toggles the entry), then the double-click.
        const auto doubleClick = [plot](QPoint at) {
            QTest::mouseClick(plot, Qt::LeftButton, {}, at);
            QTest::mouseDClick(plot, Qt::LeftButton, {}, at);
            QTest::mouseRelease(plot, Qt::LeftButton, {}, at);
        };
        doubleClick(third->outerRect().center());
        QCOMPARE(visible(), (QList<int>{4, 5})); // the third line and its target
        QCOMPARE(plot->xAxis->range(), zoomed);
        doubleClick(third->outerRect().center()); // again: every one
        QCOMPARE(int(visible().size()), 10);
        chart.setSeriesVisible(0, false);
        chart.showAlone(4); // with another hidden, it is not alone: alone it goes
        QCOMPARE(visible(), (QList<int>{4, 5}));
    }

    // A new run of the same model changes a chart's values only: its plottables take them in
    // place (a rebuild of thirty lines, bands and legend entries was a tenth of a redraw), and what
    // the legend hid stays hidden. A chart whose series change is built anew.
    void aNewRunOfTheSameModelChangesTheValuesInPlace()
    {
        report::ChartSpec spec = manyLines(4);
        report::ChartSeries band;
        band.kind = report::ChartSeries::Kind::Band;
        band.name = QStringLiteral("P10–P90");
        band.values = QVector<double>(60, 30.0);
        band.lower = QVector<double>(60, 10.0);
        spec.series.push_back(band);
        report::Chart chart;
        chart.setSpec(spec);
        const QList<QCPAbstractPlottable*> before = plottablesOf(chart);
        chart.setSeriesVisible(2, false); // the second line and its target
        QVERIFY(!chart.isSeriesVisible(3));

        report::ChartSpec next = spec;
        next.series[2].values[10] = 17.5; // the second line: level no more
        next.series[8].lower[0] = 2.0;
        chart.setSpec(next);
        QCOMPARE(plottablesOf(chart), before);
        auto* line = qobject_cast<QCPGraph*>(chart.plot()->plottable(2));
        QCOMPARE(line->data()->at(10)->value, 17.5);
        QVERIFY(line->antialiased()); // no longer level: antialiased as any line
        auto* level = qobject_cast<QCPGraph*>(chart.plot()->plottable(0));
        QVERIFY(!level->antialiased());
        auto* lower = qobject_cast<QCPGraph*>(before[before.size() - 2]); // the band's edges: the lower made first
        QCOMPARE(lower->data()->at(0)->value, 2.0);
        QCOMPARE(lower->data()->at(1)->value, 10.0);
        QVERIFY(!chart.isSeriesVisible(2) && !chart.isSeriesVisible(3));
        QVERIFY(!line->visible());

        next.series[0].name = QStringLiteral("Another component");
        chart.setSpec(next);
        QVERIFY(chart.isSeriesVisible(2)); // built anew: every series shown
        QCOMPARE(chart.plot()->plottableCount(), int(before.size()));
    }

    // What a chart shows after a new run that changed its values in place is what a chart made for
    // those values shows: a step that two components shared (drawn once) and that one of them
    // leaves is drawn for both; a series hidden across the run is in range when shown again.
    void valuesChangedInPlaceDrawAsAFreshChart()
    {
        const auto steps = [](int rise) {
            report::ChartSpec spec = monthsChart(QStringLiteral("instancesPlot"), QStringLiteral("Instances"));
            for (int i = 0; i < 2; ++i) {
                report::ChartSeries s;
                s.kind = report::ChartSeries::Kind::Step;
                s.name = QStringLiteral("component %1").arg(i);
                s.color = i + 1;
                for (int t = 0; t < 60; ++t)
                    s.values << (i == 0 && t >= rise ? 5.0 : 2.0);
                spec.series.push_back(s);
            }
            spec.yMaxAtLeast = 6.0; // the same axes before and after
            return spec;
        };
        report::Chart updated;
        updated.resize(700, 320);
        QVERIFY(showWithoutGrids(updated, steps(60))); // both level at 2: the first drawn under the second
        const QList<QCPAbstractPlottable*> before = plottablesOf(updated);
        updated.setSpec(steps(30));
        QCOMPARE(plottablesOf(updated), before); // in place
        updated.replotNow();
        report::Chart fresh;
        fresh.resize(700, 320);
        QVERIFY(showWithoutGrids(fresh, steps(30)));
        QCOMPARE(updated.plot()->grab().toImage(), fresh.plot()->grab().toImage());

        report::ChartSpec lines = monthsChart(QStringLiteral("linesPlot"), QStringLiteral("Two scales"));
        for (int i = 0; i < 2; ++i) {
            report::ChartSeries s;
            s.name = QStringLiteral("line %1").arg(i);
            s.color = i + 1;
            for (int t = 0; t < 60; ++t)
                s.values << (i == 0 ? 100.0 + t : 2.0 + 0.01 * t);
            lines.series.push_back(s);
        }
        report::Chart chart;
        chart.setSpec(lines);
        chart.setSeriesVisible(0, false);
        lines.series[1].values[0] = 2.5;
        chart.setSpec(lines); // in place, the first still hidden
        QVERIFY(!chart.isSeriesVisible(0));
        chart.setSeriesVisible(0, true);
        QVERIFY2(chart.plot()->yAxis->range().upper >= 159.0,
                 qPrintable(QString::number(chart.plot()->yAxis->range().upper)));
    }

    // A replot asks for a paint instead of painting the window there and then (QCustomPlot's
    // default): the charts that replot in one turn of the event loop share a paint with the rest
    // of the window, which an edit's several charts and its curve editor used to paint one by one.
    void aReplotAsksForAPaint()
    {
        report::Chart chart;
        chart.resize(600, 300);
        chart.setSpec(manyLines(3));
        chart.show();
        QVERIFY(QTest::qWaitForWindowExposed(&chart));
        QCoreApplication::processEvents();
        struct Paints : QObject
        {
            int count = 0;
            bool eventFilter(QObject*, QEvent* event) override
            {
                count += event->type() == QEvent::Paint ? 1 : 0;
                return false;
            }
        } paints;
        chart.plot()->installEventFilter(&paints);
        int duringReplot = -1;
        connect(chart.plot(), &QCustomPlot::beforeReplot, this, [&] { duringReplot = paints.count; });
        connect(chart.plot(), &QCustomPlot::afterReplot, this, [&] { duringReplot = paints.count - duringReplot; });
        chart.setSpec(manyLines(4)); // in sight: a replot at the next turn of the event loop
        QTRY_VERIFY(duringReplot >= 0 && paints.count > 0);
        QCOMPARE(duringReplot, 0);
    }

private:
    static QList<QCPAbstractPlottable*> plottablesOf(const report::Chart& chart)
    {
        QList<QCPAbstractPlottable*> out;
        for (int i = 0; i < chart.plot()->plottableCount(); ++i)
            out << chart.plot()->plottable(i);
        return out;
    }
};

QTEST_MAIN(TestChart)
#include "tst_Chart.moc"
