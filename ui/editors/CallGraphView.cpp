#include "editors/CallGraphView.h"

#include "document/Document.h"

#include <QFontMetrics>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>
#include <map>

namespace headroom::ui {

namespace {
constexpr double kBoxHeight = 34.0;
constexpr double kRowGap = 14.0;
constexpr double kMargin = 10.0;
constexpr double kArrowSize = 7.0;
} // namespace

CallGraphView::CallGraphView(Document* document, QWidget* parent) : QWidget(parent), m_document(document)
{
    setObjectName(QStringLiteral("callGraphView"));
    setMouseTracking(false);
    setToolTip(tr("Click a component to edit it. Dashed arrows go through a queue."));
    connect(document, &Document::modelChanged, this, [this] {
        layout();
        updateGeometry();
        update();
    });
    layout();
}

QSize CallGraphView::sizeHint() const
{
    std::map<int, int> perColumn;
    for (const Node& n : m_nodes)
        ++perColumn[n.column];
    int rows = 1;
    for (const auto& [column, count] : perColumn)
        rows = std::max(rows, count);
    return {400, int(2 * kMargin + (rows + 1) * kBoxHeight + rows * kRowGap)};
}

void CallGraphView::layout()
{
    const engine::Model& m = m_document->model();
    std::map<std::string, int> column;
    for (const engine::Component& c : m.components)
        column[c.id] = 0;
    // Longest distance from an entry point, ignoring calls that would loop back (at most n passes).
    for (std::size_t pass = 0; pass < m.components.size(); ++pass) {
        bool changed = false;
        for (const engine::CallEdge& e : m.calls) {
            if (!column.count(e.from) || !column.count(e.to) || e.from == e.to)
                continue;
            const int next = column[e.from] + 1;
            if (next > column[e.to] && next < int(m.components.size())) {
                column[e.to] = next;
                changed = true;
            }
        }
        if (!changed)
            break;
    }
    m_nodes.clear();
    m_columns = 1;
    for (const engine::Component& c : m.components) {
        Node n;
        n.id = QString::fromStdString(c.id);
        n.name = QString::fromStdString(c.name.empty() ? c.id : c.name);
        n.column = column[c.id];
        m_columns = std::max(m_columns, n.column + 1);
        m_nodes.push_back(n);
    }
    const double width = std::max(1.0, double(this->width()) - 2 * kMargin);
    const double columnWidth = width / m_columns;
    const double boxWidth = std::max(60.0, columnWidth * 0.72);
    std::map<int, int> row;
    for (Node& n : m_nodes) {
        const int r = row[n.column]++;
        n.box = QRectF(kMargin + n.column * columnWidth + (columnWidth - boxWidth) / 2.0,
                       kMargin + r * (kBoxHeight + kRowGap), boxWidth, kBoxHeight);
    }
}

QRectF CallGraphView::boxOf(const QString& component) const
{
    for (const Node& n : m_nodes)
        if (n.id == component)
            return n.box;
    return {};
}

void CallGraphView::resizeEvent(QResizeEvent* event)
{
    layout();
    QWidget::resizeEvent(event);
}

void CallGraphView::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QPalette& pal = palette();
    p.fillRect(rect(), pal.color(QPalette::Base));
    const engine::Model& m = m_document->model();
    const QColor edge = pal.color(QPalette::Mid);
    const QColor text = pal.color(QPalette::Text);
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.85);

    for (const engine::CallEdge& e : m.calls) {
        const QRectF from = boxOf(QString::fromStdString(e.from));
        const QRectF to = boxOf(QString::fromStdString(e.to));
        if (from.isEmpty() || to.isEmpty())
            continue;
        const bool forward = to.left() > from.right();
        const QPointF a = forward ? QPointF(from.right(), from.center().y()) : QPointF(from.center().x(), from.bottom());
        const QPointF b = forward ? QPointF(to.left(), to.center().y()) : QPointF(to.center().x(), to.top());
        QPainterPath path(a);
        // A call that skips a column bends under the boxes between, not through them.
        const bool skips = forward && to.left() - from.right() > from.width();
        if (skips) {
            // Under every box between the two: a cubic with both control points at y reaches
            // three quarters of the way there.
            double floor = std::max(from.bottom(), to.bottom());
            for (const Node& n : m_nodes)
                if (n.box.left() > from.right() && n.box.right() < to.left())
                    floor = std::max(floor, n.box.bottom());
            const QPointF start(from.center().x(), from.bottom());
            const QPointF end(to.center().x(), to.bottom());
            const double control = start.y() + (floor + kRowGap / 2.0 - start.y()) / 0.75;
            path = QPainterPath(start);
            path.cubicTo(QPointF(start.x(), control), QPointF(end.x(), control), end);
        } else if (forward) {
            const double dx = (b.x() - a.x()) / 2.0;
            path.cubicTo(a + QPointF(dx, 0), b - QPointF(dx, 0), b);
        } else {
            path.cubicTo(a + QPointF(40, 30), b + QPointF(40, -30), b);
        }
        p.setPen(QPen(edge, 1.4, e.async ? Qt::DashLine : Qt::SolidLine));
        p.setBrush(Qt::NoBrush);
        p.drawPath(path);
        const QPointF tip = path.currentPosition();
        const QPointF before = path.pointAtPercent(0.95);
        const double angle = std::atan2(tip.y() - before.y(), tip.x() - before.x());
        const QPointF left = tip - QPointF(std::cos(angle - 0.45), std::sin(angle - 0.45)) * kArrowSize;
        const QPointF right = tip - QPointF(std::cos(angle + 0.45), std::sin(angle + 0.45)) * kArrowSize;
        p.setPen(Qt::NoPen);
        p.setBrush(edge);
        p.drawPolygon(QPolygonF({tip, left, right}));
        p.setPen(text);
        p.setFont(small);
        const QString label = QLocale().toString(e.callsPerOperation.estimate, 'g', 3) + QStringLiteral("×");
        const QPointF mid = path.pointAtPercent(0.5);
        p.drawText(QRectF(mid.x() - 30, skips ? mid.y() + 1 : mid.y() - 16, 60, 14), Qt::AlignCenter, label);
    }

    p.setFont(font());
    const QFontMetrics metrics(font());
    for (const Node& n : m_nodes) {
        p.setPen(QPen(pal.color(QPalette::Highlight), 1.2));
        p.setBrush(pal.color(QPalette::Button));
        p.drawRoundedRect(n.box, 5, 5);
        p.setPen(pal.color(QPalette::ButtonText));
        p.drawText(n.box.adjusted(4, 0, -4, 0), Qt::AlignCenter,
                   metrics.elidedText(n.name, Qt::ElideRight, int(n.box.width()) - 8));
    }
}

void CallGraphView::mousePressEvent(QMouseEvent* event)
{
    for (const Node& n : m_nodes)
        if (n.box.contains(event->position())) {
            m_document->requestFocus(n.id);
            return;
        }
    QWidget::mousePressEvent(event);
}

} // namespace headroom::ui
