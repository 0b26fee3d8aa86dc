#include "editors/CallGraphView.h"

#include "document/Document.h"

#include <QFontMetrics>
#include <QHelpEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QToolTip>

#include <algorithm>
#include <cmath>
#include <map>

namespace headroom::ui {

namespace {
constexpr double kBoxHeight = 38.0; // two lines of a name
constexpr double kRowGap = 14.0;
constexpr double kMargin = 10.0;
constexpr double kArrowSize = 7.0;
constexpr double kColumnGap = 48.0;    // between two columns' boxes: the arrows and their labels ("0.25×")
constexpr double kNarrowestBox = 88.0; // two lines of a dozen characters: narrower, the view scrolls sideways
constexpr double kWidestBox = 170.0;
constexpr int kOrderingSweeps = 4;
constexpr double kTextPadding = 6.0;

// A name in a box `width` pixels wide: on one line if it fits, else broken at the last space
// that lets the first line fit, the second line elided if it must be.
QString linesOf(const QString& name, const QFontMetrics& metrics, int width)
{
    if (metrics.horizontalAdvance(name) <= width)
        return name;
    for (qsizetype space = name.lastIndexOf(QLatin1Char(' ')); space > 0;
         space = name.lastIndexOf(QLatin1Char(' '), space - 1))
        if (metrics.horizontalAdvance(name.left(space)) <= width)
            return name.left(space) + QLatin1Char('\n') +
                   metrics.elidedText(name.mid(space + 1), Qt::ElideRight, width);
    return metrics.elidedText(name, Qt::ElideRight, width);
}
} // namespace

CallGraphView::CallGraphView(Document* document, QWidget* parent) : QWidget(parent), m_document(document)
{
    setObjectName(QStringLiteral("callGraphView"));
    setMouseTracking(false);
    setToolTip(tr("Click a component to edit it. Dashed arrows go through a queue."));
    // Hidden (another editor in front), the graph is laid out when it is next shown or asked
    // about: not on every edit of the model.
    connect(document, &Document::modelChanged, this, [this] {
        m_stale = true;
        if (isVisible())
            layOutIfStale();
    });
    layout();
}

// `notify`: tell the layout and paint again (not from within a size hint, which the layout asks).
void CallGraphView::layOutIfStale(bool notify)
{
    if (!m_stale)
        return;
    m_stale = false;
    layout();
    if (notify) {
        updateGeometry();
        update();
    }
}

QSize CallGraphView::sizeHint() const
{
    const_cast<CallGraphView*>(this)->layOutIfStale(/*notify=*/false);
    std::map<int, int> perColumn;
    for (const Node& n : m_nodes)
        ++perColumn[n.column];
    int rows = 1;
    for (const auto& [column, count] : perColumn)
        rows = std::max(rows, count);
    return {std::max(400, minimumWidth()), int(2 * kMargin + (rows + 1) * kBoxHeight + rows * kRowGap)};
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
    const std::vector<std::vector<int>> columns = orderedColumns(m);

    // Boxes as wide as the longest name needs on one line, within bounds, narrower where the view
    // is (a name then takes two lines); a graph too wide even so scrolls sideways rather than cut
    // every name short.
    const QFontMetrics metrics(font());
    double widestName = 0.0;
    for (const Node& n : m_nodes)
        widestName = std::max(widestName, double(metrics.horizontalAdvance(n.name)) + 2 * kTextPadding);
    const int needed = int(std::ceil(2 * kMargin + m_columns * (kNarrowestBox + kColumnGap)));
    if (minimumWidth() != needed)
        setMinimumWidth(needed);
    const double columnWidth = std::max(kNarrowestBox + kColumnGap, (double(width()) - 2 * kMargin) / m_columns);
    const double boxWidth = std::min(columnWidth - kColumnGap, std::clamp(widestName, kNarrowestBox, kWidestBox));
    for (const std::vector<int>& members : columns)
        for (std::size_t r = 0; r < members.size(); ++r) {
            Node& n = m_nodes[std::size_t(members[r])];
            n.box = QRectF(kMargin + n.column * columnWidth + (columnWidth - boxWidth) / 2.0,
                           kMargin + double(r) * (kBoxHeight + kRowGap), boxWidth, kBoxHeight);
        }
}

// The nodes of each column, top to bottom: first in the model's order, then each column sorted by
// the mean row of what it is called by (sweeping right) and of what it calls (sweeping left), a
// few times: the barycentre heuristic of Sugiyama, Tagawa and Toda (1981), which uncrosses most
// arrows of a layered graph.
std::vector<std::vector<int>> CallGraphView::orderedColumns(const engine::Model& m) const
{
    std::vector<std::vector<int>> columns(static_cast<std::size_t>(m_columns));
    std::map<std::string, int> index;
    for (std::size_t i = 0; i < m_nodes.size(); ++i) {
        columns[std::size_t(m_nodes[i].column)].push_back(int(i));
        index[m_nodes[i].id.toStdString()] = int(i);
    }
    std::vector<double> row(m_nodes.size(), 0.0);
    const auto numberRows = [&] {
        for (const std::vector<int>& members : columns)
            for (std::size_t r = 0; r < members.size(); ++r)
                row[std::size_t(members[r])] = double(r);
    };
    numberRows();
    // Sorts column c by the mean row of each node's neighbours in the column before (`right`) or after.
    const auto sortColumn = [&](int c, bool right) {
        std::vector<double> sum(m_nodes.size(), 0.0), count(m_nodes.size(), 0.0);
        for (const engine::CallEdge& e : m.calls) {
            if (!index.count(e.from) || !index.count(e.to))
                continue;
            const int from = index[e.from], to = index[e.to];
            const int node = right ? to : from, other = right ? from : to;
            if (m_nodes[std::size_t(node)].column == c && m_nodes[std::size_t(other)].column == (right ? c - 1 : c + 1)) {
                sum[std::size_t(node)] += row[std::size_t(other)];
                count[std::size_t(node)] += 1.0;
            }
        }
        std::vector<int>& members = columns[std::size_t(c)];
        std::stable_sort(members.begin(), members.end(), [&](int a, int b) {
            // A node without neighbours there keeps its place.
            const double ka = count[std::size_t(a)] > 0 ? sum[std::size_t(a)] / count[std::size_t(a)] : row[std::size_t(a)];
            const double kb = count[std::size_t(b)] > 0 ? sum[std::size_t(b)] / count[std::size_t(b)] : row[std::size_t(b)];
            return ka < kb;
        });
        for (std::size_t r = 0; r < members.size(); ++r)
            row[std::size_t(members[r])] = double(r);
    };
    for (int sweep = 0; sweep < kOrderingSweeps; ++sweep) {
        for (int c = 1; c < m_columns; ++c)
            sortColumn(c, true);
        for (int c = m_columns - 2; c >= 0; --c)
            sortColumn(c, false);
    }
    return columns;
}

QRectF CallGraphView::boxOf(const QString& component) const
{
    const_cast<CallGraphView*>(this)->layOutIfStale(/*notify=*/false);
    const Node* n = node(component);
    return n ? n->box : QRectF();
}

const CallGraphView::Node* CallGraphView::node(const QString& id) const
{
    const auto at = std::find_if(m_nodes.begin(), m_nodes.end(), [&id](const Node& n) { return n.id == id; });
    return at == m_nodes.end() ? nullptr : &*at;
}

const CallGraphView::Node* CallGraphView::nodeAt(const QPointF& point) const
{
    const auto at = std::find_if(m_nodes.begin(), m_nodes.end(), [&point](const Node& n) { return n.box.contains(point); });
    return at == m_nodes.end() ? nullptr : &*at;
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
        const Node* fromNode = node(QString::fromStdString(e.from));
        const Node* toNode = node(QString::fromStdString(e.to));
        if (!fromNode || !toNode)
            continue;
        const QRectF from = fromNode->box;
        const QRectF to = toNode->box;
        const bool forward = toNode->column > fromNode->column;
        const QPointF a = forward ? QPointF(from.right(), from.center().y()) : QPointF(from.center().x(), from.bottom());
        const QPointF b = forward ? QPointF(to.left(), to.center().y()) : QPointF(to.center().x(), to.top());
        QPainterPath path(a);
        // A call that skips a column bends under the boxes between, not through them.
        const bool skips = toNode->column > fromNode->column + 1;
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
        const QRectF inside = n.box.adjusted(kTextPadding, 0, -kTextPadding, 0);
        p.drawText(inside, Qt::AlignCenter, linesOf(n.name, metrics, int(inside.width())));
    }
}

bool CallGraphView::event(QEvent* event)
{
    if (event->type() == QEvent::Show)
        layOutIfStale();
    if (event->type() == QEvent::ToolTip) {
        const auto* help = static_cast<QHelpEvent*>(event);
        if (const Node* n = nodeAt(help->pos())) {
            QToolTip::showText(help->globalPos(), tr("%1 (%2): click to edit it.").arg(n->name, n->id), this);
            return true;
        }
    }
    return QWidget::event(event);
}

void CallGraphView::mousePressEvent(QMouseEvent* event)
{
    if (const Node* n = nodeAt(event->position())) {
        m_document->requestFocus(n->id);
        return;
    }
    QWidget::mousePressEvent(event);
}

} // namespace headroom::ui
