#include "Chart.h"

#include "ChartAxes.h"
#include "Format.h"
#include "LegendEntry.h"
#include "SegmentedGraph.h"

#include <QFileInfo>
#include <QPicture>
#include <QSvgGenerator>
#include <QToolTip>
#include <QVBoxLayout>
#include <algorithm>
#include <cmath>
#include <functional>
#include <limits>
#include <numeric>
#include <qcustomplot.h>

namespace headroom::report {

namespace {

// Series colours: distinguishable on light and dark backgrounds (Okabe & Ito's palette, 2008).
// The first series takes the palette's highlight instead.
const QList<QColor> kSeriesColors = {QColor(0, 114, 178),   QColor(230, 159, 0),  QColor(0, 158, 115),
                                     QColor(204, 121, 167), QColor(86, 180, 233), QColor(213, 94, 0),
                                     QColor(240, 228, 66)};
const QColor kAlarm(214, 39, 40);

constexpr int kLeftMarginPx = 84;      // lines the time axes of a view's charts up under one another
constexpr int kLegendColumns = 4;
constexpr int kDateTickPx = 110; // room for "Jan 2028" and a gap
constexpr int kWidestPlotPx = 100'000;
constexpr int kAxesHeightPx = 220; // the title, the axes and their labels: kept above any legend
constexpr double kLimitReach = 1.6; // a limit up to this many times the data's top is in range
constexpr double kLogFloor = 0.01;     // a log axis shows nothing at or below zero
constexpr double kBandAlpha = 45;
constexpr QSize kDefaultExportSize(900, 420);

// A level line (a target, a limit): every value the same.
bool isLevel(const QVector<double>& values)
{
    return std::adjacent_find(values.begin(), values.end(), std::not_equal_to<>()) == values.end();
}

// Whether a line or a step is drawn antialiased. Steps are level and upright, and so is a level line
// (a target, a limit): without antialiasing they are crisp rather than blurred over two rows of
// pixels, and cost a fraction of the time.
bool antialiased(const ChartSeries& s)
{
    return s.kind != ChartSeries::Kind::Step && !isLevel(s.values);
}

// Whether `next` draws as `current` does but for its values: the same series, kinds and looks,
// each a line, a step or a band (which change their data in place), and the same axes.
bool sameLayout(const ChartSpec& current, const ChartSpec& next)
{
    using Kind = ChartSeries::Kind;
    const auto layoutOf = [](const ChartSpec& spec) {
        ChartSpec layout = spec;
        layout.months.clear();
        for (ChartSeries& s : layout.series) {
            s.values.clear();
            s.lower.clear();
        }
        return layout;
    };
    const auto inPlace = [](const ChartSeries& s) {
        return s.kind == Kind::Line || s.kind == Kind::Step || s.kind == Kind::Band;
    };
    return std::all_of(next.series.begin(), next.series.end(), inPlace) &&
           current.months.size() == next.months.size() && layoutOf(current) == layoutOf(next);
}

bool isMonthChart(const ChartSpec& spec)
{
    return !spec.months.isEmpty();
}

} // namespace

Chart::Chart(QWidget* parent) : QWidget(parent), m_plot(new QCustomPlot(this))
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_plot);
    setMinimumHeight(m_baseHeight);
    setUpLayout();
    // A replot asks for a paint rather than painting at once (QCustomPlot's default): the charts
    // that replot in one turn of the event loop, and the rest of the window, then share one paint.
    m_plot->setPlottingHint(QCP::phImmediateRefresh, false);
    m_plot->setMouseTracking(true);
    m_plot->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_plot, &QWidget::customContextMenuRequested, this, &Chart::showContextMenu);
    connect(m_plot, &QCustomPlot::mouseMove, this, &Chart::hover);
    connect(m_plot, &QCustomPlot::mouseDoubleClick, this, [this](QMouseEvent* event) {
        if (!m_plot->legend->visible() || !m_plot->legend->outerRect().contains(event->position().toPoint()))
            resetZoom(); // a double-click on the legend is for its entries (below)
    });
    connect(m_plot, &QCustomPlot::afterReplot, this, &Chart::replotted);
    m_plot->installEventFilter(this); // a chart drawn late draws as it is painted
    connect(m_plot, &QCustomPlot::plottableClick, this,
            [this](QCPAbstractPlottable* plottable, int dataIndex, QMouseEvent*) { click(plottable, dataIndex); });
    connect(m_plot, &QCustomPlot::legendClick, this, [this](QCPLegend*, QCPAbstractLegendItem* item, QMouseEvent*) {
        if (auto* entry = qobject_cast<QCPPlottableLegendItem*>(item)) {
            const int series = m_seriesOf.value(entry->plottable(), -1);
            if (series >= 0) {
                setSeriesVisible(series, !isSeriesVisible(series));
                m_plot->replot(QCustomPlot::rpQueuedReplot);
            }
        }
    });
    connect(m_plot, &QCustomPlot::legendDoubleClick, this,
            [this](QCPLegend*, QCPAbstractLegendItem* item, QMouseEvent*) {
                if (auto* entry = qobject_cast<QCPPlottableLegendItem*>(item)) {
                    const int series = m_seriesOf.value(entry->plottable(), -1);
                    if (series >= 0) {
                        // The double-click's first click has toggled the series (legendClick):
                        // undone, so that showAlone() sees the legend as the person did.
                        setSeriesVisible(series, !isSeriesVisible(series));
                        showAlone(series);
                        m_plot->replot(QCustomPlot::rpQueuedReplot);
                    }
                }
            });
}

Chart::~Chart() = default;

void Chart::setBaseHeight(int pixels)
{
    m_baseHeight = pixels;
    fitHeight();
}

int Chart::heightFor(int width)
{
    fitWidth(width);
    return std::max(m_spec.preferredHeight(width), kAxesHeightPx + legendHeight());
}

// The legend's rows at its present number of columns (its own size hint lags behind a change of
// columns until the next replot).
int Chart::legendHeight() const
{
    const QCPLegend* legend = m_plot->legend;
    const int entries = legend->itemCount();
    if (!legend->visible() || entries == 0)
        return 0;
    const int rows = (entries + std::max(1, legend->wrap()) - 1) / std::max(1, legend->wrap());
    const QMargins margins = legend->margins();
    return rows * legend->item(0)->minimumOuterSizeHint().height() + (rows - 1) * legend->rowSpacing() +
           margins.top() + margins.bottom();
}

void Chart::fitHeight()
{
    setMinimumHeight(std::max(m_baseHeight, kAxesHeightPx + legendHeight()));
}

void Chart::setUpLayout()
{
    m_plot->plotLayout()->insertRow(0);
    auto* title = new QCPTextElement(m_plot, QString(), QFont(font().family(), font().pointSize() + 1, QFont::Bold));
    m_plot->plotLayout()->addElement(0, 0, title);
    // The legend sits in its own row under the axes, in columns, so it never covers the data.
    auto* legendRow = new QCPLayoutGrid;
    m_plot->plotLayout()->addElement(2, 0, legendRow);
    m_plot->plotLayout()->setRowStretchFactor(2, 0.001);
    m_plot->axisRect()->insetLayout()->take(m_plot->legend);
    legendRow->addElement(0, 0, m_plot->legend);
    // A grid's column is as narrow as its narrowest element's maximum; an empty legend's is a few
    // pixels, which would squeeze the axes of a chart without legend entries. An explicit
    // maximum (margins included, still below QWIDGETSIZE_MAX) replaces that hint.
    legendRow->setMaximumSize(kWidestPlotPx, QWIDGETSIZE_MAX);
    m_plot->legend->setFillOrder(QCPLayoutGrid::foColumnsFirst);
    m_plot->legend->setWrap(kLegendColumns);
    m_plot->legend->setFont(font());
    m_plot->legend->setIconSize(22, 10);
    m_plot->setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);
    m_plot->axisRect()->setRangeDrag(Qt::Horizontal);
    m_plot->axisRect()->setRangeZoom(Qt::Horizontal);
}

void Chart::setSpec(ChartSpec spec)
{
    if (!m_plottables.isEmpty() && sameLayout(m_spec, spec)) {
        // A new run of the same model: the plottables keep their looks, and the series the
        // legend hid stay hidden.
        m_spec = std::move(spec);
        updateData();
        return;
    }
    m_spec = std::move(spec);
    m_hidden = QVector<bool>(int(m_spec.series.size()), false);
    setObjectName(m_spec.id + QStringLiteral("Chart"));
    m_plot->setObjectName(m_spec.id);
    rebuild();
}

void Chart::rebuild()
{
    m_plot->clearPlottables();
    m_plot->clearItems();
    m_plottables = QVector<QList<QCPAbstractPlottable*>>(int(m_spec.series.size()));
    m_seriesOf.clear();
    m_stackTop = nullptr;
    m_stackSum = QVector<double>(m_spec.months.size(), 0.0);
    restyle();

    const bool months = isMonthChart(m_spec);
    auto* title = qobject_cast<QCPTextElement*>(m_plot->plotLayout()->element(0, 0));
    title->setText(m_spec.title);
    if (months) {
        auto ticker = QSharedPointer<QCPAxisTickerDateTime>::create();
        ticker->setDateTimeFormat(QStringLiteral("MMM yyyy"));
        ticker->setDateTimeSpec(Qt::UTC);
        ticker->setTickCount(6);
        m_plot->xAxis->setTicker(ticker);
        m_plot->xAxis->setLabel(QString());
    } else {
        m_plot->xAxis->setTicker(QSharedPointer<UnitTicker<QCPAxisTicker>>::create(m_spec.unit));
        m_plot->xAxis->setLabel(m_spec.xLabel);
    }
    if (!m_spec.categories.isEmpty()) {
        auto ticker = QSharedPointer<QCPAxisTickerText>::create();
        for (int i = 0; i < m_spec.categories.size(); ++i)
            ticker->addTick(i, m_spec.categories[i]);
        m_plot->yAxis->setTicker(ticker);
        m_plot->yAxis->setScaleType(QCPAxis::stLinear);
        m_plot->yAxis->setRangeReversed(true);
        m_plot->yAxis->grid()->setVisible(false);
        m_plot->yAxis->setLabel(QString());
    } else {
        m_plot->yAxis->setRangeReversed(false);
        m_plot->yAxis->grid()->setVisible(true);
        m_plot->yAxis->setLabel(m_spec.yLabel);
        m_plot->yAxis->setScaleType(m_spec.logScale ? QCPAxis::stLogarithmic : QCPAxis::stLinear);
        if (m_spec.logScale)
            m_plot->yAxis->setTicker(QSharedPointer<LogTicker>::create(m_spec.unit));
        else
            m_plot->yAxis->setTicker(QSharedPointer<UnitTicker<QCPAxisTicker>>::create(m_spec.unit));
    }
    // Charts over months line their time axes up; charts with row labels make room for them.
    if (months && m_spec.categories.isEmpty()) {
        m_plot->axisRect()->setAutoMargins(QCP::msRight | QCP::msTop | QCP::msBottom);
        m_plot->axisRect()->setMargins(QMargins(kLeftMarginPx, 0, 0, 0));
    } else {
        m_plot->axisRect()->setAutoMargins(QCP::msAll);
    }

    for (int i = 0; i < int(m_spec.series.size()); ++i)
        addSeries(i);
    coverLevels();
    addAlarmZone();
    useLegendEntries();
    m_plot->legend->setVisible(m_plot->legend->itemCount() > 1);
    fitWidth(width() > 100 ? width() : kDefaultExportSize.width());
    fitHeight();
    auto* legendRow = qobject_cast<QCPLayoutGrid*>(m_plot->plotLayout()->element(2, 0));
    legendRow->setMargins(QMargins(months && m_spec.categories.isEmpty() ? kLeftMarginPx : 8, 0, 0, 0));
    setHomeRanges();
    scheduleReplot();
}

// The spec's values into the plottables rebuild() made for a spec of the same layout.
void Chart::updateData()
{
    for (int i = 0; i < int(m_spec.series.size()); ++i) {
        const ChartSeries& s = m_spec.series[std::size_t(i)];
        auto* line = static_cast<QCPGraph*>(m_plottables[i].front()); // a band's upper edge
        line->setData(m_spec.months, forAxis(s.values), true);
        if (s.kind == ChartSeries::Kind::Band)
            static_cast<QCPGraph*>(m_plottables[i].back())->setData(m_spec.months, forAxis(s.lower), true);
        else
            line->setAntialiased(antialiased(s));
    }
    coverLevels();
    // Over the series the legend hid too, as a rebuild (which shows them all) would: shown again,
    // they are in range.
    setHomeRanges(/*hiddenToo=*/true);
    scheduleReplot();
}

// Level lines that later ones draw over exactly (the same value, pen width and style, and line
// style; opaque): a target that thirty components share is drawn once, by the last of them (while
// it is visible).
void Chart::coverLevels()
{
    std::vector<SegmentedGraph*> levels;
    for (int i = 0; i < int(m_spec.series.size()); ++i) {
        const ChartSeries& s = m_spec.series[std::size_t(i)];
        if (s.kind != ChartSeries::Kind::Line && s.kind != ChartSeries::Kind::Step)
            continue;
        auto* graph = dynamic_cast<SegmentedGraph*>(m_plottables[i].front());
        if (!graph)
            continue;
        graph->setCoveredBy({}); // level or covered in the last run, perhaps not in this one
        if (!graph->data()->isEmpty() && isLevel(s.values) && std::isfinite(graph->data()->at(0)->value))
            levels.push_back(graph);
    }
    for (std::size_t a = 0; a < levels.size(); ++a) {
        QVector<const SegmentedGraph*> later;
        for (std::size_t b = a + 1; b < levels.size(); ++b)
            if (levels[b]->drawsOver(*levels[a]))
                later << levels[b];
        levels[a]->setCoveredBy(later);
    }
}

QColor Chart::colorOf(int color) const
{
    if (color == kAlarmColor)
        return kAlarm;
    if (color == kMutedColor) {
        QColor c = palette().color(QPalette::WindowText);
        c.setAlpha(150);
        return c;
    }
    if (color == 0)
        return palette().color(QPalette::Highlight);
    return kSeriesColors[color % kSeriesColors.size()];
}

// Values as the y axis can show them: a log axis shows nothing at or below zero.
QVector<double> Chart::forAxis(QVector<double> values) const
{
    if (m_spec.logScale)
        for (double& v : values)
            v = std::max(v, kLogFloor);
    return values;
}

// QCustomPlot gives each plottable its own kind of legend entry as it is made: each is replaced by
// a LegendEntry, which lays its text out once, in the same order.
void Chart::useLegendEntries()
{
    QCPLegend* legend = m_plot->legend;
    QList<QCPAbstractPlottable*> entries;
    for (int i = 0; i < legend->itemCount(); ++i)
        if (auto* entry = qobject_cast<QCPPlottableLegendItem*>(legend->item(i)))
            entries << entry->plottable();
    legend->clearItems();
    for (QCPAbstractPlottable* plottable : entries)
        legend->addItem(new LegendEntry(legend, plottable));
}

// Remembers which series a plottable draws (hover, clicks, legend), and keeps it out of the
// legend unless the series is in it.
void Chart::track(int series, QCPAbstractPlottable* plottable)
{
    m_plottables[series] << plottable;
    m_seriesOf.insert(plottable, series);
    if (!m_spec.series[std::size_t(series)].inLegend)
        plottable->removeFromLegend();
}

void Chart::addSeries(int index)
{
    using Kind = ChartSeries::Kind;
    switch (m_spec.series[std::size_t(index)].kind) {
    case Kind::Line:
    case Kind::Step: addLine(index); break;
    case Kind::Band: addBand(index); break;
    case Kind::Stacked: addStacked(index); break;
    case Kind::Markers: addMarkers(index); break;
    case Kind::Bars: addBars(index); break;
    }
}

void Chart::addLine(int index)
{
    const ChartSeries& s = m_spec.series[std::size_t(index)];
    QCPGraph* g = new SegmentedGraph(m_plot->xAxis, m_plot->yAxis);
    g->setName(s.name);
    g->setData(m_spec.months, forAxis(s.values), true);
    g->setPen(QPen(colorOf(s.color), s.dashed ? 1.3 : s.lineWidth, s.dashed ? Qt::DashLine : Qt::SolidLine));
    g->setAntialiased(antialiased(s));
    if (s.kind == ChartSeries::Kind::Step)
        g->setLineStyle(QCPGraph::lsStepLeft);
    track(index, g);
}

void Chart::addBand(int index)
{
    const ChartSeries& s = m_spec.series[std::size_t(index)];
    QCPGraph* low = m_plot->addGraph();
    low->setName(s.name);
    low->setData(m_spec.months, forAxis(s.lower), true);
    low->setPen(Qt::NoPen);
    QCPGraph* high = m_plot->addGraph();
    high->setName(s.name);
    high->setData(m_spec.months, forAxis(s.values), true);
    high->setPen(Qt::NoPen);
    QColor fill = colorOf(s.color);
    fill.setAlpha(kBandAlpha);
    high->setBrush(fill);
    high->setChannelFillGraph(low);
    // Its edges have no pen, and at this alpha a step of a pixel does not show: filled without
    // antialiasing, thirty bands take a third of the time.
    high->setAntialiasedFill(false);
    track(index, high);
    track(index, low);
    low->removeFromLegend();
}

void Chart::addStacked(int index)
{
    const ChartSeries& s = m_spec.series[std::size_t(index)];
    for (int t = 0; t < m_stackSum.size() && t < s.values.size(); ++t)
        m_stackSum[t] += s.values[t];
    const QColor color = colorOf(s.color);
    QCPGraph* g = m_plot->addGraph();
    g->setName(s.name);
    g->setData(m_spec.months, m_stackSum, true);
    g->setPen(QPen(color.darker(115), 1.0));
    QColor fill = color;
    fill.setAlpha(190);
    g->setBrush(fill);
    if (auto* below = qobject_cast<QCPGraph*>(m_stackTop))
        g->setChannelFillGraph(below);
    m_stackTop = g;
    track(index, g);
}

void Chart::addMarkers(int index)
{
    const ChartSeries& s = m_spec.series[std::size_t(index)];
    const QColor color = colorOf(s.color);
    QCPGraph* g = m_plot->addGraph();
    g->setName(s.name);
    g->setData(s.keys, forAxis(s.values), true);
    g->setLineStyle(QCPGraph::lsNone);
    if (s.hollow)
        g->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCircle, QPen(color, 2.0), Qt::NoBrush, s.markerSize));
    else
        g->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, color, color, s.markerSize));
    if (!s.keysLow.isEmpty()) {
        auto* range = new QCPErrorBars(m_plot->xAxis, m_plot->yAxis);
        range->setName(s.name);
        range->setDataPlottable(g);
        range->setErrorType(QCPErrorBars::etKeyError);
        QVector<double> minus, plus;
        for (int i = 0; i < s.keys.size(); ++i) {
            minus << s.keys[i] - s.keysLow.value(i, s.keys[i]);
            plus << s.keysHigh.value(i, s.keys[i]) - s.keys[i];
        }
        range->setData(minus, plus);
        QColor bar = color;
        bar.setAlpha(110);
        range->setPen(QPen(bar, 3.0, Qt::SolidLine, Qt::FlatCap));
        range->setWhiskerWidth(8);
        track(index, range);
    }
    for (int i = 0; i < s.notes.size() && i < s.keys.size(); ++i) {
        auto* note = new QCPItemText(m_plot);
        note->position->setCoords(s.keys[i], s.values.value(i));
        note->setPositionAlignment(Qt::AlignHCenter | Qt::AlignBottom);
        note->setPadding(QMargins(0, 0, 0, int(s.markerSize / 2) + 1));
        note->setText(s.notes[i]);
        note->setColor(palette().color(QPalette::WindowText));
        note->setFont(QFont(font().family(), font().pointSize() - 1));
        note->setClipToAxisRect(false);
        // Under the points: its padding reaches down to the point, and clicks go to what is on top.
        note->setLayer(QStringLiteral("grid"));
    }
    track(index, g);
}

void Chart::addBars(int index)
{
    const ChartSeries& s = m_spec.series[std::size_t(index)];
    auto* bars = new QCPBars(m_plot->yAxis, m_plot->xAxis);
    bars->setName(s.name);
    QVector<double> keys(s.values.size());
    std::iota(keys.begin(), keys.end(), 0.0);
    bars->setData(keys, s.values, true);
    bars->setWidth(0.62);
    bars->setPen(Qt::NoPen);
    bars->setBrush(colorOf(s.color));
    track(index, bars);
}

// Above `alarmAbove` (100% utilization): a faint red zone, a line and a word for it.
void Chart::addAlarmZone()
{
    if (!m_spec.alarmAbove)
        return;
    auto* zone = new QCPItemRect(m_plot);
    zone->topLeft->setType(QCPItemPosition::ptAxisRectRatio);
    zone->topLeft->setCoords(0, 0);
    zone->bottomRight->setTypeX(QCPItemPosition::ptAxisRectRatio);
    zone->bottomRight->setTypeY(QCPItemPosition::ptPlotCoords);
    zone->bottomRight->setCoords(1, *m_spec.alarmAbove);
    QColor fill = kAlarm;
    fill.setAlpha(28);
    zone->setBrush(fill);
    zone->setPen(Qt::NoPen);
    auto* line = new QCPItemStraightLine(m_plot);
    line->point1->setCoords(0, *m_spec.alarmAbove);
    line->point2->setCoords(1, *m_spec.alarmAbove);
    line->setPen(QPen(kAlarm, 1.0, Qt::DashLine));
    auto* label = new QCPItemText(m_plot);
    label->position->setTypeX(QCPItemPosition::ptAxisRectRatio);
    label->position->setTypeY(QCPItemPosition::ptPlotCoords);
    label->position->setCoords(0.005, *m_spec.alarmAbove);
    label->setPositionAlignment(Qt::AlignLeft | Qt::AlignBottom);
    label->setText(tr("saturated"));
    label->setColor(kAlarm);
    label->setFont(QFont(font().family(), font().pointSize() - 1));
}

// As many legend columns as the widest entry allows, up to four, so entries are never cut
// short; and as many date ticks as fit under the axis. For the screen, fitHeight() then makes room
// for the legend's rows (not here: a larger minimum resizes the widget, which fits it again).
void Chart::fitWidth(int width)
{
    if (auto dates = m_plot->xAxis->ticker().dynamicCast<QCPAxisTickerDateTime>()) {
        const int axis = m_spec.categories.isEmpty() ? width - kLeftMarginPx : width / 2;
        dates->setTickCount(std::clamp(axis / kDateTickPx, 2, 6));
    }
    if (auto labels = m_plot->yAxis->ticker().dynamicCast<QCPAxisTickerText>(); labels && !m_spec.categories.isEmpty()) {
        const QFontMetrics tickMetrics(m_plot->yAxis->tickLabelFont());
        QMap<double, QString> ticks;
        for (int i = 0; i < m_spec.categories.size(); ++i)
            ticks.insert(i, wrappedLabel(m_spec.categories[i], tickMetrics, int(kCategoryLabelShare * width)));
        if (ticks != labels->ticks())
            labels->setTicks(ticks);
    }
    const QFontMetrics metrics(m_plot->legend->font());
    int widest = 1;
    for (int i = 0; i < m_plot->legend->itemCount(); ++i)
        if (auto* entry = qobject_cast<QCPPlottableLegendItem*>(m_plot->legend->item(i)))
            widest = std::max(widest, metrics.horizontalAdvance(entry->plottable()->name()));
    const int entry = widest + m_plot->legend->iconSize().width() + m_plot->legend->iconTextPadding() + 24;
    const int columns = std::clamp((width - kLeftMarginPx) / entry, 1, kLegendColumns);
    if (columns != m_plot->legend->wrap()) {
        m_plot->legend->setWrap(columns);
        m_plot->legend->setFillOrder(QCPLayoutGrid::foColumnsFirst, /*rearrange=*/true);
        // Fewer columns make the plot's minimum width smaller: the layout around it must hear of
        // it, or a chart laid out first with every entry in one row keeps the view too wide.
        m_plot->updateGeometry();
        updateGeometry();
    }
}

void Chart::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    fitWidth(width());
    fitHeight();
}

void Chart::setHomeRanges(bool hiddenToo)
{
    const bool months = isMonthChart(m_spec);
    if (months) {
        // Points of a timeline need room at the ends; so does a chart of a single month.
        const double day = 86400.0;
        const bool points = !m_spec.categories.isEmpty() || m_spec.months.size() == 1;
        m_plot->xAxis->setRange(m_spec.months.front() - (points ? 20 * day : 0.0),
                                m_spec.months.back() + (points ? 45 * day : 0.0));
    } else {
        m_plot->xAxis->setRange(m_spec.xMin, m_spec.xMax);
    }
    if (!m_spec.categories.isEmpty()) {
        m_plot->yAxis->setRange(-0.7, std::max<double>(1, m_spec.categories.size()) - 0.3);
        return;
    }
    // The data sets the range; a limit (dashed) widens it only if it is near the data: a maximum
    // of 80 instances would flatten lines that never pass 20 (hovering still tells the limit).
    bool found = false;
    QCPRange range;
    double limits = -std::numeric_limits<double>::infinity();
    for (int i = 0; i < int(m_spec.series.size()); ++i)
        for (QCPAbstractPlottable* p : m_plottables[i]) {
            bool ok = false;
            const QCPRange r = p->getValueRange(ok, QCP::sdBoth);
            if (!ok || (!p->visible() && !hiddenToo))
                continue;
            if (m_spec.series[std::size_t(i)].dashed) {
                limits = std::max(limits, r.upper);
                continue;
            }
            range = found ? QCPRange(std::min(range.lower, r.lower), std::max(range.upper, r.upper)) : r;
            found = true;
        }
    if (!found)
        range = QCPRange(m_spec.logScale ? 1.0 : 0.0, 1.0);
    if (limits <= kLimitReach * range.upper)
        range.upper = std::max(range.upper, limits);
    if (m_spec.logScale) {
        range.lower = std::max(kLogFloor, range.lower / 1.6);
        range.upper = std::max(range.upper * 1.6, range.lower * 10);
    } else {
        if (m_spec.yMin)
            range.lower = std::min(*m_spec.yMin, range.lower);
        else
            range.lower -= 0.05 * std::abs(range.upper - range.lower);
        range.upper = std::max(range.upper + 0.08 * std::abs(range.upper - range.lower), m_spec.yMaxAtLeast);
        if (range.upper <= range.lower)
            range.upper = range.lower + 1.0;
    }
    m_plot->yAxis->setRange(range);
}

void Chart::resetZoom()
{
    setHomeRanges();
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

// On screen: drawn at the next turn of the event loop, with the other charts that changed. Off
// it, hidden or scrolled out of its view: drawn when it is next painted (eventFilter()), so that
// an edit waits only for the charts in sight.
void Chart::scheduleReplot()
{
    if (inSight()) {
        m_stale = false;
        m_plot->replot(QCustomPlot::rpQueuedReplot);
    } else {
        m_stale = true;
    }
}

bool Chart::inSight() const
{
    return isVisible() && !m_plot->visibleRegion().isEmpty();
}

bool Chart::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_plot && event->type() == QEvent::Paint && m_stale) {
        // Scrolled into sight, or shown: the buffers drawn now, for this paint to show.
        m_stale = false;
        m_plot->replot(QCustomPlot::rpQueuedRefresh);
    }
    return QWidget::eventFilter(watched, event);
}

void Chart::replotNow()
{
    m_stale = false;
    m_plot->replot(QCustomPlot::rpImmediateRefresh);
}

void Chart::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_stale && inSight()) {
        m_stale = false;
        m_plot->replot(QCustomPlot::rpQueuedReplot);
    }
}

void Chart::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange) {
        const QVector<bool> hidden = m_hidden;
        rebuild();
        for (int i = 0; i < hidden.size(); ++i)
            if (hidden[i])
                setSeriesVisible(i, false);
    }
}

void Chart::restyle()
{
    const QPalette pal = palette();
    const QColor text = pal.color(QPalette::WindowText);
    QColor grid = pal.color(QPalette::Mid);
    grid.setAlpha(110);
    m_plot->setBackground(pal.brush(QPalette::Base));
    m_plot->legend->setBrush(pal.brush(QPalette::Base));
    m_plot->legend->setTextColor(text);
    m_plot->legend->setBorderPen(Qt::NoPen);
    for (QCPAxis* axis : {m_plot->xAxis, m_plot->yAxis}) {
        axis->setBasePen(QPen(text));
        axis->setTickPen(QPen(text));
        axis->setSubTickPen(QPen(text));
        axis->setTickLabelColor(text);
        axis->setLabelColor(text);
        axis->grid()->setPen(QPen(grid, 1, Qt::DotLine));
        axis->grid()->setZeroLinePen(QPen(grid, 1, Qt::SolidLine));
    }
    if (auto* title = qobject_cast<QCPTextElement*>(m_plot->plotLayout()->element(0, 0)))
        title->setTextColor(text);
}

void Chart::setSeriesVisible(int series, bool visible)
{
    if (series < 0 || series >= int(m_spec.series.size()))
        return;
    const QString group = m_spec.series[std::size_t(series)].group;
    const QColor muted = palette().color(QPalette::Disabled, QPalette::WindowText);
    for (int i = 0; i < int(m_spec.series.size()); ++i) {
        if (i != series && (group.isEmpty() || m_spec.series[std::size_t(i)].group != group))
            continue;
        m_hidden[i] = !visible;
        for (QCPAbstractPlottable* p : m_plottables[i]) {
            p->setVisible(visible);
            if (QCPPlottableLegendItem* entry = m_plot->legend->itemWithPlottable(p))
                entry->setTextColor(visible ? palette().color(QPalette::WindowText) : muted);
        }
    }
}

void Chart::showAlone(int series)
{
    if (series < 0 || series >= int(m_spec.series.size()))
        return;
    const QString group = m_spec.series[std::size_t(series)].group;
    const auto ofGroup = [&](int i) {
        return i == series || (!group.isEmpty() && m_spec.series[std::size_t(i)].group == group);
    };
    bool alone = isSeriesVisible(series);
    for (int i = 0; i < int(m_spec.series.size()) && alone; ++i)
        alone = ofGroup(i) || !isSeriesVisible(i) || !m_spec.series[std::size_t(i)].inLegend;
    for (int i = 0; i < int(m_spec.series.size()); ++i)
        if (m_spec.series[std::size_t(i)].inLegend || ofGroup(i))
            setSeriesVisible(i, alone || ofGroup(i));
}

bool Chart::isSeriesVisible(int series) const
{
    return series >= 0 && series < m_hidden.size() && !m_hidden[series];
}

QPointF Chart::pointPosition(int series, int index) const
{
    if (series < 0 || series >= m_plottables.size() || m_plottables[series].isEmpty())
        return {};
    const ChartSeries& s = m_spec.series[std::size_t(series)];
    QCPAbstractPlottable* p = m_plottables[series].back(); // the graph: error bars come first
    return p->coordsToPixels(s.keys.value(index), s.values.value(index));
}

QString Chart::textAt(const QPointF& pos) const
{
    if (!m_spec.categories.isEmpty()) {
        int dataIndex = -1;
        QCPAbstractPlottable* p = m_plot->plottableAt(pos, false, &dataIndex);
        const int series = m_seriesOf.value(p, -1);
        if (series < 0 || dataIndex < 0)
            return {};
        const ChartSeries& s = m_spec.series[std::size_t(series)];
        if (s.kind == ChartSeries::Kind::Bars)
            return QStringLiteral("%1\nρ = %2").arg(m_spec.categories.value(dataIndex),
                                                    formatValue(s.values.value(dataIndex), Unit::Correlation));
        return s.labels.value(dataIndex);
    }
    return valuesAt(m_plot->xAxis->pixelToCoord(pos.x()));
}

void Chart::hover(QMouseEvent* event)
{
    if (event->buttons() != Qt::NoButton)
        return; // dragging
    const QString text = textAt(event->position());
    if (text.isEmpty())
        QToolTip::hideText();
    else
        QToolTip::showText(event->globalPosition().toPoint(), text, m_plot);
}

void Chart::click(QCPAbstractPlottable* plottable, int dataIndex)
{
    const int series = m_seriesOf.value(plottable, -1);
    if (series < 0)
        return;
    const QStringList& subjects = m_spec.series[std::size_t(series)].subjects;
    if (!subjects.isEmpty())
        Q_EMIT pointClicked(subjects.value(std::clamp(dataIndex, 0, int(subjects.size()) - 1)));
}

bool Chart::exportTo(const QString& path, QSize size, QString* error)
{
    if (!size.isValid() || size.isEmpty())
        size = m_plot->isVisible() && m_plot->width() > 200 ? m_plot->size() : kDefaultExportSize;
    const QString suffix = QFileInfo(path).suffix().toLower();
    fitWidth(size.width());
    bool ok = false;
    if (suffix == QLatin1String("png")) {
        ok = m_plot->savePng(path, size.width(), size.height(), 2.0);
    } else if (suffix == QLatin1String("pdf")) {
        ok = m_plot->savePdf(path, size.width(), size.height(), QCP::epAllowCosmetic, QStringLiteral("Headroom"),
                             m_spec.title);
    } else if (suffix == QLatin1String("svg")) {
        QSvgGenerator svg;
        svg.setFileName(path);
        svg.setSize(size);
        svg.setViewBox(QRect(QPoint(0, 0), size));
        svg.setTitle(m_spec.title);
        svg.setDescription(tr("Exported from Headroom"));
        QCPPainter painter;
        if (painter.begin(&svg)) {
            m_plot->toPainter(&painter, size.width(), size.height());
            ok = painter.end();
        }
    } else {
        if (error)
            *error = tr("Choose a file ending in .png, .pdf or .svg.");
        return false;
    }
    ok = ok && QFileInfo(path).size() > 0;
    if (!ok && error)
        *error = tr("Could not write %1.").arg(QDir::toNativeSeparators(path));
    scheduleReplot(); // exporting lays the plot out at the export's size: again at the screen's
    return ok;
}

void Chart::render(QPainter* painter, const QRectF& target, QSize size)
{
    // QCustomPlot draws with its own painter; a picture records it and plays it back into any
    // painter, still as vectors.
    fitWidth(size.width());
    QPicture picture;
    QCPPainter recorder;
    if (!recorder.begin(&picture))
        return;
    m_plot->toPainter(&recorder, size.width(), size.height());
    recorder.end();
    painter->save();
    painter->translate(target.topLeft());
    painter->scale(target.width() / size.width(), target.height() / size.height());
    painter->drawPicture(0, 0, picture);
    painter->restore();
}

QImage Chart::toImage(QSize size, double scale)
{
    fitWidth(size.width());
    return m_plot->toPixmap(size.width(), size.height(), scale).toImage();
}

} // namespace headroom::report
