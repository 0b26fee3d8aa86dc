#include "results/ProjectionPlots.h"

#include "document/Document.h"

#include <qcustomplot.h>

#include <QToolTip>
#include <QVBoxLayout>

namespace headroom::ui {

namespace {

// Series colours: distinguishable on light and dark backgrounds (Okabe & Ito's palette, 2008).
const QList<QColor> kSeriesColors = {QColor(0, 114, 178), QColor(230, 159, 0), QColor(0, 158, 115),
                                     QColor(204, 121, 167), QColor(86, 180, 233), QColor(213, 94, 0)};

constexpr int kLeftMarginPx = 84;

// Tick labels as 600k, 1.2M: a plot of users or requests reads at a glance.
class CompactTicker : public QCPAxisTicker
{
protected:
    QString getTickLabel(double tick, const QLocale& locale, QChar, int) override
    {
        const double magnitude = std::abs(tick);
        if (magnitude >= 1e9)
            return locale.toString(tick / 1e9, 'g', 3) + QLatin1Char('G');
        if (magnitude >= 1e6)
            return locale.toString(tick / 1e6, 'g', 3) + QLatin1Char('M');
        if (magnitude >= 1e4)
            return locale.toString(tick / 1e3, 'g', 3) + QLatin1Char('k');
        return locale.toString(tick, 'g', 4);
    }
};

QColor seriesColor(int index, const QPalette& palette)
{
    if (index == 0)
        return palette.color(QPalette::Highlight);
    return kSeriesColors[index % kSeriesColors.size()];
}

// Months as plot keys: seconds since the epoch of the first day of each month, so that the
// date-time ticker labels them as dates.
QVector<double> monthKeys(const engine::Results& r)
{
    QVector<double> keys;
    keys.reserve(r.months);
    for (int t = 0; t < r.months; ++t) {
        const engine::YearMonth ym = r.start.plusMonths(t);
        keys.push_back(double(QDateTime(QDate(ym.year, ym.month, 1), QTime(0, 0), Qt::UTC).toSecsSinceEpoch()));
    }
    return keys;
}

QVector<double> values(const Series& series, double scale = 1.0)
{
    QVector<double> out(series.size());
    for (Eigen::Index i = 0; i < series.size(); ++i)
        out[int(i)] = series[i] * scale;
    return out;
}

// The P10–P90 band under a series, drawn only where it has width (Monte Carlo runs).
void addBand(QCustomPlot* plot, const QVector<double>& keys, const engine::SeriesSummary& s, const QColor& color,
             double scale = 1.0)
{
    if (((s.p90 - s.p10).abs() <= 1e-12 * s.p50.abs().maxCoeff()).all())
        return;
    QColor fill = color;
    fill.setAlpha(50);
    QCPGraph* low = plot->addGraph();
    low->setData(keys, values(s.p10, scale), true);
    low->setPen(Qt::NoPen);
    low->setName(QStringLiteral("P10"));
    low->removeFromLegend();
    QCPGraph* high = plot->addGraph();
    high->setData(keys, values(s.p90, scale), true);
    high->setPen(Qt::NoPen);
    high->setBrush(fill);
    high->setChannelFillGraph(low);
    high->setName(QStringLiteral("P90"));
    high->removeFromLegend();
}

QCPGraph* addLine(QCustomPlot* plot, const QString& name, const QVector<double>& keys, const QVector<double>& ys,
                  const QColor& color, Qt::PenStyle style = Qt::SolidLine)
{
    QCPGraph* graph = plot->addGraph();
    graph->setName(name);
    graph->setData(keys, ys, /*alreadySorted=*/true);
    graph->setPen(QPen(color, style == Qt::SolidLine ? 2.0 : 1.2, style));
    return graph;
}

// Shows the values of every graph at the month under the cursor.
void showValuesAt(QCustomPlot* plot, QMouseEvent* event)
{
    if (plot->graphCount() == 0 || plot->graph(0)->data()->isEmpty())
        return;
    const double key = plot->xAxis->pixelToCoord(event->position().x());
    QStringList lines;
    for (int i = 0; i < plot->graphCount(); ++i) {
        QCPGraph* g = plot->graph(i);
        auto it = g->data()->findBegin(key, /*expandedRange=*/false);
        if (it == g->data()->constEnd())
            continue;
        if (lines.isEmpty())
            lines << QLocale().toString(QDateTime::fromSecsSinceEpoch(qint64(it->key), Qt::UTC).date(),
                                        QStringLiteral("MMMM yyyy"));
        lines << QStringLiteral("%1: %2").arg(g->name(), QLocale().toString(it->value, 'g', 4));
    }
    QToolTip::showText(event->globalPosition().toPoint(), lines.join(QLatin1Char('\n')), plot);
}

} // namespace

ProjectionPlots::ProjectionPlots(Document* document, QWidget* parent) : QWidget(parent), m_document(document)
{
    setObjectName(QStringLiteral("projectionPlots"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_users = addPlot(QStringLiteral("usersPlot"), tr("Active users"), tr("users"));
    m_utilization = addPlot(QStringLiteral("utilizationPlot"), tr("Utilization at peak"), tr("% of capacity"));
    m_instances = addPlot(QStringLiteral("instancesPlot"), tr("Instances"), tr("instances"));
    for (QCustomPlot* plot : {m_users, m_utilization, m_instances})
        layout->addWidget(plot, 1);
    connect(m_document, &Document::resultsChanged, this, &ProjectionPlots::refresh);
    restyle();
    refresh();
}

QCustomPlot* ProjectionPlots::addPlot(const QString& objectName, const QString& title, const QString& yLabel)
{
    auto* plot = new QCustomPlot(this);
    plot->setObjectName(objectName);
    plot->setMinimumHeight(160);
    plot->plotLayout()->insertRow(0);
    plot->plotLayout()->addElement(0, 0, new QCPTextElement(plot, title, QFont(font().family(), -1, QFont::Bold)));
    auto ticker = QSharedPointer<QCPAxisTickerDateTime>::create();
    ticker->setDateTimeFormat(QStringLiteral("MMM yyyy"));
    ticker->setDateTimeSpec(Qt::UTC);
    ticker->setTickCount(6);
    plot->xAxis->setTicker(ticker);
    plot->yAxis->setLabel(yLabel);
    plot->yAxis->setTicker(QSharedPointer<CompactTicker>::create());
    plot->setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);
    plot->axisRect()->setRangeDrag(Qt::Horizontal);
    plot->axisRect()->setRangeZoom(Qt::Horizontal);
    // A fixed left margin lines the three time axes up under one another.
    plot->axisRect()->setAutoMargins(QCP::msRight | QCP::msTop | QCP::msBottom);
    plot->axisRect()->setMargins(QMargins(kLeftMarginPx, 0, 0, 0));
    // The legend sits in its own row under the axes, in columns, so it never covers the data.
    auto* legendRow = new QCPLayoutGrid;
    plot->plotLayout()->addElement(2, 0, legendRow);
    plot->plotLayout()->setRowStretchFactor(2, 0.001);
    plot->axisRect()->insetLayout()->take(plot->legend);
    legendRow->addElement(0, 0, plot->legend);
    legendRow->setMargins(QMargins(kLeftMarginPx, 0, 0, 0));
    plot->legend->setFillOrder(QCPLayoutGrid::foColumnsFirst);
    plot->legend->setWrap(4);
    plot->legend->setFont(font());
    plot->legend->setVisible(false);
    plot->setMouseTracking(true);
    connect(plot, &QCustomPlot::mouseMove, plot, [plot](QMouseEvent* e) { showValuesAt(plot, e); });
    return plot;
}

void ProjectionPlots::refresh()
{
    const engine::Results* r = m_document->lastResults();
    for (QCustomPlot* plot : {m_users, m_utilization, m_instances})
        plot->clearGraphs();
    if (!r) {
        for (QCustomPlot* plot : {m_users, m_utilization, m_instances})
            plot->replot();
        return;
    }
    const QPalette pal = palette();
    const QVector<double> keys = monthKeys(*r);
    const engine::Model& model = m_document->model();

    if (const engine::SeriesSummary* users = engine::findSeries(r->totals, engine::keys::kUsers)) {
        addLine(m_users, tr("Active users (median)"), keys, values(users->p50), seriesColor(0, pal));
        addBand(m_users, keys, *users, seriesColor(0, pal));
    }

    double peakUtilization = 0.0;
    for (std::size_t i = 0; i < r->components.size(); ++i) {
        const engine::ComponentResult& c = r->components[i];
        const QString name = QString::fromStdString(c.name);
        const QColor color = seriesColor(int(i), pal);
        if (const auto* u = engine::findSeries(c.series, engine::keys::kUtilization)) {
            addLine(m_utilization, name, keys, values(u->p50, 100.0), color);
            peakUtilization = std::max(peakUtilization, u->p50.maxCoeff() * 100.0);
        }
        if (const engine::Component* mc = model.findComponent(c.id)) {
            const double target = mc->scaling.targetUtilization.estimate * 100.0;
            // Limits are dashed in the series' colour; the tooltip names them, the legend does not.
            addLine(m_utilization, tr("%1 target").arg(name), keys, QVector<double>(keys.size(), target), color,
                    Qt::DashLine)
                ->removeFromLegend();
            if (mc->scaling.kind == engine::ScalingKind::Horizontal)
                addLine(m_instances, tr("%1 maximum").arg(name), keys,
                        QVector<double>(keys.size(), mc->scaling.maxInstances), color, Qt::DashLine)
                    ->removeFromLegend();
        }
        if (const auto* n = engine::findSeries(c.series, engine::keys::kInstances))
            addLine(m_instances, name, keys, values(n->p50), color)->setLineStyle(QCPGraph::lsStepLeft);
    }
    for (QCustomPlot* plot : {m_users, m_utilization, m_instances}) {
        plot->rescaleAxes();
        plot->yAxis->setRangeLower(0.0);
        plot->yAxis->setRangeUpper(plot->yAxis->range().upper * 1.1);
        plot->legend->setVisible(plot->legend->itemCount() > 1);
    }
    m_utilization->yAxis->setRangeUpper(std::max(100.0, peakUtilization * 1.1));
    for (QCustomPlot* plot : {m_users, m_utilization, m_instances})
        plot->replot(QCustomPlot::rpQueuedReplot);
}

void ProjectionPlots::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::PaletteChange) {
        restyle();
        refresh();
    }
    QWidget::changeEvent(event);
}

void ProjectionPlots::restyle()
{
    const QPalette pal = palette();
    const QColor text = pal.color(QPalette::WindowText);
    QColor grid = pal.color(QPalette::Mid);
    grid.setAlpha(90);
    for (QCustomPlot* plot : {m_users, m_utilization, m_instances}) {
        plot->setBackground(pal.brush(QPalette::Base));
        plot->legend->setBrush(pal.brush(QPalette::Base));
        plot->legend->setTextColor(text);
        plot->legend->setBorderPen(QPen(grid));
        for (QCPAxis* axis : {plot->xAxis, plot->yAxis}) {
            axis->setBasePen(QPen(text));
            axis->setTickPen(QPen(text));
            axis->setSubTickPen(QPen(text));
            axis->setTickLabelColor(text);
            axis->setLabelColor(text);
            axis->grid()->setPen(QPen(grid, 1, Qt::DotLine));
        }
        if (auto* title = qobject_cast<QCPTextElement*>(plot->plotLayout()->element(0, 0)))
            title->setTextColor(text);
    }
}

} // namespace headroom::ui
