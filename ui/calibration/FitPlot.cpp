#include "calibration/FitPlot.h"

#include "plots/CompactTicker.h"
#include "report/Format.h"

#include <QEvent>
#include <QVBoxLayout>
#include <algorithm>
#include <limits>
#include <qcustomplot.h>

namespace headroom::ui {

namespace {
// Room above the highest value, so that the top of a band or a marked peak is not on the frame;
// on a logarithmic axis, room below the lowest too.
constexpr double kHeadroom = 1.12;
constexpr double kLogHeadroom = 1.6;
constexpr int kMarkerSizePx = 8;
constexpr int kPeakMarkerSizePx = 13;
// Whatever the order things were added in (which is the legend's), bands lie under the lines and
// measurements and marks over them.
const QString kBandLayer = QStringLiteral("bands");
const QString kLineLayer = QStringLiteral("main");
const QString kPointLayer = QStringLiteral("points");

// A logarithmic axis labelled as the results write numbers: 1k, 10k, 100k, 1M.
class CompactLogTicker : public QCPAxisTickerLog
{
protected:
    QString getTickLabel(double tick, const QLocale&, QChar, int) override { return report::compact(tick); }
};

QColor withAlpha(QColor color, int alpha)
{
    color.setAlpha(alpha);
    return color;
}
} // namespace

FitPlot::FitPlot(const QString& name, QWidget* parent) : QWidget(parent), m_plot(new QCustomPlot(this))
{
    setObjectName(name);
    m_plot->setObjectName(QStringLiteral("plot"));
    m_plot->setMinimumHeight(220);
    m_plot->setPlottingHint(QCP::phImmediateRefresh, false); // painted with the window's next paint, as the charts

    m_plot->yAxis->setTicker(QSharedPointer<CompactTicker>::create());
    m_plot->axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignTop | Qt::AlignLeft);
    m_plot->legend->setFont(font());
    m_plot->addLayer(kBandLayer, m_plot->layer(kLineLayer), QCustomPlot::limBelow);
    m_plot->addLayer(kPointLayer, m_plot->layer(kLineLayer), QCustomPlot::limAbove);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_plot);
    draw();
}

void FitPlot::clear()
{
    m_items.clear();
    m_ticks.clear();
}

void FitPlot::setAxisLabels(const QString& x, const QString& y)
{
    m_plot->xAxis->setLabel(x);
    m_plot->yAxis->setLabel(y);
}

void FitPlot::setXTicks(std::vector<std::pair<double, QString>> ticks)
{
    m_ticks = std::move(ticks);
}

void FitPlot::setLogarithmic(bool logarithmic)
{
    m_logarithmic = logarithmic;
    m_plot->yAxis->setScaleType(logarithmic ? QCPAxis::stLogarithmic : QCPAxis::stLinear);
    if (logarithmic)
        m_plot->yAxis->setTicker(QSharedPointer<CompactLogTicker>::create());
    else
        m_plot->yAxis->setTicker(QSharedPointer<CompactTicker>::create());
}

void FitPlot::setPlaceholder(const QString& text)
{
    m_placeholder = text;
}

void FitPlot::setLegendCorner(Qt::Alignment corner)
{
    m_plot->axisRect()->insetLayout()->setInsetAlignment(0, corner);
}

void FitPlot::addPoints(const QString& name, const QVector<double>& x, const QVector<double>& y)
{
    m_items.push_back({Kind::Points, name, x, y, {}});
}

void FitPlot::addLine(const QString& name, const QVector<double>& x, const QVector<double>& y, Line kind)
{
    m_items.push_back({kind == Line::Fit ? Kind::FitLine : Kind::ReferenceLine, name, x, y, {}});
}

void FitPlot::addBand(const QString& name, const QVector<double>& x, const QVector<double>& lo,
                      const QVector<double>& hi)
{
    m_items.push_back({Kind::Band, name, x, lo, hi});
}

void FitPlot::markX(double x, const QString& label)
{
    m_items.push_back({Kind::MarkX, label, {x}, {}, {}});
}

void FitPlot::markPoint(double x, double y, const QString& label)
{
    m_items.push_back({Kind::MarkPoint, label, {x}, {y}, {}});
}

void FitPlot::draw()
{
    m_plot->clearGraphs();
    m_plot->clearItems();
    restyleAxes();
    for (QCPAxis* axis : {m_plot->xAxis, m_plot->yAxis})
        axis->setVisible(!m_items.empty());
    if (m_items.empty() && !m_placeholder.isEmpty()) {
        auto* text = new QCPItemText(m_plot);
        text->position->setType(QCPItemPosition::ptAxisRectRatio);
        text->position->setCoords(0.5, 0.5);
        text->setText(m_placeholder);
        text->setColor(palette().color(QPalette::PlaceholderText));
        text->setFont(font());
    }
    double xLo = std::numeric_limits<double>::infinity();
    double xHi = -xLo;
    double yHi = 0.0;
    double yLowestPositive = std::numeric_limits<double>::infinity();
    for (const Item& item : m_items) {
        drawItem(item);
        for (const double x : item.x) {
            xLo = std::min(xLo, x);
            xHi = std::max(xHi, x);
        }
        for (const QVector<double>* ys : {&item.y, &item.y2})
            for (const double y : *ys) {
                yHi = std::max(yHi, y);
                if (y > 0.0)
                    yLowestPositive = std::min(yLowestPositive, y);
            }
    }
    if (xLo > xHi) {
        xLo = 0.0;
        xHi = 1.0;
    }
    const double pad = std::max(xHi - xLo, 1.0) * 0.02;
    m_plot->xAxis->setRange(xLo - pad, xHi + pad);
    if (m_logarithmic && yHi > 0.0)
        m_plot->yAxis->setRange(yLowestPositive / kLogHeadroom, yHi * kLogHeadroom);
    else
        m_plot->yAxis->setRange(0.0, yHi > 0.0 ? yHi * kHeadroom : 1.0);
    if (m_ticks.empty()) {
        m_plot->xAxis->setTicker(QSharedPointer<QCPAxisTicker>::create());
    } else {
        auto ticker = QSharedPointer<QCPAxisTickerText>::create();
        for (const auto& [x, label] : m_ticks)
            ticker->addTick(x, label);
        m_plot->xAxis->setTicker(ticker);
    }
    m_plot->legend->setVisible(m_plot->legend->itemCount() > 0);
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

void FitPlot::drawItem(const Item& item)
{
    const QPalette& p = palette();
    const QColor accent = p.color(QPalette::Highlight);
    const QColor text = p.color(QPalette::Text);
    switch (item.kind) {
    case Kind::Band: {
        QCPGraph* lo = m_plot->addGraph();
        lo->setData(item.x, item.y, true);
        lo->setPen(Qt::NoPen);
        lo->removeFromLegend();
        QCPGraph* hi = m_plot->addGraph();
        hi->setData(item.x, item.y2, true);
        hi->setPen(Qt::NoPen);
        hi->setBrush(withAlpha(accent, 50));
        hi->setChannelFillGraph(lo);
        hi->setName(item.name);
        lo->setLayer(kBandLayer);
        hi->setLayer(kBandLayer);
        return;
    }
    case Kind::FitLine:
    case Kind::ReferenceLine: {
        QCPGraph* line = m_plot->addGraph();
        line->setData(item.x, item.y, true);
        line->setName(item.name);
        line->setPen(item.kind == Kind::FitLine ? QPen(accent, 2.0)
                                                : QPen(p.color(QPalette::PlaceholderText), 1.2, Qt::DashLine));
        return;
    }
    case Kind::Points: {
        QCPGraph* points = m_plot->addGraph();
        points->setData(item.x, item.y); // a load test may repeat a concurrency: sorted here
        points->setName(item.name);
        points->setLineStyle(QCPGraph::lsNone);
        points->setLayer(kPointLayer);
        points->setScatterStyle(
            QCPScatterStyle(QCPScatterStyle::ssCircle, QPen(text, 1.5), p.color(QPalette::Base), kMarkerSizePx));
        return;
    }
    case Kind::MarkX: {
        auto* line = new QCPItemStraightLine(m_plot);
        line->point1->setCoords(item.x[0], 0.0);
        line->point2->setCoords(item.x[0], 1.0);
        line->setPen(QPen(withAlpha(text, 160), 1.0, Qt::DashDotLine));
        auto* label = new QCPItemText(m_plot);
        label->position->setTypeX(QCPItemPosition::ptPlotCoords);
        label->position->setTypeY(QCPItemPosition::ptAxisRectRatio);
        label->position->setCoords(item.x[0], 0.0);
        label->setPositionAlignment(Qt::AlignLeft | Qt::AlignTop);
        label->setPadding(QMargins(4, 2, 4, 2));
        label->setText(item.name);
        label->setColor(text);
        label->setFont(font());
        return;
    }
    case Kind::MarkPoint: {
        QCPGraph* mark = m_plot->addGraph();
        mark->setData(item.x, item.y, true);
        mark->setLineStyle(QCPGraph::lsNone);
        mark->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDiamond, QPen(text, 1.5), accent, kPeakMarkerSizePx));
        mark->removeFromLegend();
        mark->setLayer(kPointLayer);
        auto* label = new QCPItemText(m_plot);
        label->position->setCoords(item.x[0], item.y[0]);
        label->setPositionAlignment(Qt::AlignHCenter | Qt::AlignBottom);
        label->setPadding(QMargins(4, 2, 4, kPeakMarkerSizePx));
        label->setClipToAxisRect(false);
        label->setLayer(kPointLayer);
        label->setText(item.name);
        label->setColor(text);
        label->setFont(font());
        return;
    }
    }
}

void FitPlot::restyleAxes()
{
    const QPalette& p = palette();
    const QColor text = p.color(QPalette::Text);
    m_plot->setBackground(p.brush(QPalette::Base));
    m_plot->legend->setBrush(withAlpha(p.color(QPalette::Base), 220));
    m_plot->legend->setBorderPen(QPen(p.color(QPalette::Mid)));
    m_plot->legend->setTextColor(text);
    for (QCPAxis* axis : {m_plot->xAxis, m_plot->yAxis}) {
        axis->setBasePen(QPen(p.color(QPalette::Mid)));
        axis->setTickPen(QPen(p.color(QPalette::Mid)));
        axis->setSubTickPen(QPen(p.color(QPalette::Mid)));
        axis->setTickLabelColor(text);
        axis->setLabelColor(text);
        axis->grid()->setPen(QPen(p.color(QPalette::Midlight), 0, Qt::DotLine));
    }
}

void FitPlot::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::PaletteChange)
        draw();
    QWidget::changeEvent(event);
}

} // namespace headroom::ui
