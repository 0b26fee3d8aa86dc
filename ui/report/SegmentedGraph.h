#pragma once

// Lines over time drawn fast on screen, without a seam. For the files that include qcustomplot.h
// (each inclusion costs about 15 s of compilation): the charts, and the curve editor's plot.

#include <cmath>
#include <qcustomplot.h>

namespace headroom::report {

// A line over months, drawn on screen a segment at a time, each clipped to its own stretch of the
// x axis. QPainter strokes a polyline two pixels wide and antialiased as one path, joins and all,
// which for thirty lines over 60 months is most of a chart's redraw (12 ms of the reference
// model's utilization chart); its straight segments cost a third of that. Drawn whole and side by
// side, two segments would both paint the antialiased pixels where they meet, which then show
// darker: a dot at every month of a line that runs level (QCustomPlot's phFastPolylines does
// that). Each clipped to the columns between its months, they paint disjoint columns and meet
// without a seam. A steep segment (more than a pixel a column: a latency that jumps) is drawn
// whole, as its clipped ends would leave gaps. Lines whose points are not at least two pixels apart
// left to right (zoomed far out, or not over time), lines with more than a quarter of their
// segments steep, and files (PNG, PDF, SVG, the report) are drawn as one polyline.
//
// Steps (whole numbers that change from a month on: instances), which Chart draws without
// antialiasing as they are level and upright, are drawn on screen as the rectangles their segments
// cover, which costs far less than QPainter stroking them as a path (the reference model's
// instances chart replots in 1.3 ms instead of 1.9, legend and axes included).
//
// A level line (a target) that later lines on the same axes draw over exactly (setCoveredBy()) is
// not drawn while one of them is visible: thirty components with four targets between them draw
// four dashed lines, not thirty on top of one another.
class SegmentedGraph : public QCPGraph
{
public:
    using QCPGraph::QCPGraph;

    // Graphs drawn after this one that paint every pixel it would, opaque: where one of them is
    // visible, this one is not drawn.
    void setCoveredBy(QVector<const SegmentedGraph*> later) { m_coveredBy = std::move(later); }

    // Whether this level line, drawn after `earlier` (level too), paints every pixel it paints: the
    // same months and value, pen width, style and cap, and line style, both without antialiasing,
    // and this one opaque.
    bool drawsOver(const SegmentedGraph& earlier) const
    {
        const QPen& mine = pen();
        const QPen& theirs = earlier.pen();
        const auto& a = *earlier.data();
        const auto& b = *data();
        return !a.isEmpty() && b.size() == a.size() && b.at(0)->key == a.at(0)->key &&
               (b.constEnd() - 1)->key == (a.constEnd() - 1)->key && b.at(0)->value == a.at(0)->value &&
               mine.widthF() == theirs.widthF() && mine.style() == theirs.style() &&
               mine.capStyle() == theirs.capStyle() && lineStyle() == earlier.lineStyle() && !antialiased() &&
               !earlier.antialiased() && mine.color().alpha() == 255;
    }

protected:
    void draw(QCPPainter* painter) override
    {
        for (const SegmentedGraph* graph : m_coveredBy)
            if (graph->realVisibility())
                return;
        QCPGraph::draw(painter);
    }

    void drawLinePlot(QCPPainter* painter, const QVector<QPointF>& lines) const override
    {
        const bool forFile =
            painter->modes().testFlag(QCPPainter::pmVectorized) || painter->modes().testFlag(QCPPainter::pmNoCaching);
        const QPen& pen = painter->pen();
        if (!forFile && lineStyle() == lsStepLeft && !antialiased() && pen.style() == Qt::SolidLine &&
            pen.capStyle() == Qt::SquareCap && pen.widthF() >= 1.0 && pen.color().alpha() == 255) {
            drawSteps(painter, lines);
            return;
        }
        if (forFile || lineStyle() != lsLine || painter->pen().style() != Qt::SolidLine || !suited(lines)) {
            QCPGraph::drawLinePlot(painter, lines);
            return;
        }
        if (painter->pen().color().alpha() == 0)
            return;
        applyDefaultAntialiasingHint(painter);
        const QRect area = clipRect().translated(0, -1); // as QCPLayer clips a plottable
        for (int i = 1; i < lines.size(); ++i) {
            const QPointF& a = lines[i - 1];
            const QPointF& b = lines[i];
            if (!std::isfinite(a.y()) || !std::isfinite(b.y()))
                continue; // a gap, as QCustomPlot leaves one
            if (steep(a, b)) {
                // Clipped at whole columns, a steep segment would lose up to half a column at
                // each end, which its slope makes a gap: drawn whole, its ends cover the joints.
                painter->setClipRect(area);
            } else {
                // The first and the last segment reach to the edges: their caps, as the polyline's.
                const int left = i == 1 ? area.left() : int(std::lround(a.x()));
                const int right = i + 1 == lines.size() ? area.right() + 1 : int(std::lround(b.x()));
                painter->setClipRect(QRect(left, area.top(), right - left, area.height()) & area);
            }
            painter->drawLine(a, b);
        }
        painter->setClipRect(area);
    }

private:
    // A polyline of level and upright segments, as the rectangles a square-capped pen covers
    // without antialiasing (QPainter's bevelled joins may differ by a pixel at an outer corner): a
    // level run over several months is one rectangle.
    static void drawSteps(QCPPainter* painter, const QVector<QPointF>& lines)
    {
        const QColor color = painter->pen().color();
        const double half = painter->pen().widthF() / 2.0;
        const auto fill = [&](QPointF a, QPointF b) {
            painter->fillRect(QRectF(QPointF(std::min(a.x(), b.x()) - half, std::min(a.y(), b.y()) - half),
                                     QPointF(std::max(a.x(), b.x()) + half, std::max(a.y(), b.y()) + half)),
                              color);
        };
        int start = 0; // of the level run being drawn
        for (int i = 1; i <= lines.size(); ++i) {
            const bool ends = i == lines.size() || !std::isfinite(lines[i].y()) || lines[i].y() != lines[start].y();
            if (!ends)
                continue;
            if (std::isfinite(lines[start].y()) && std::isfinite(lines[start].x()))
                fill(lines[start], lines[i - 1]);
            if (i < lines.size() && std::isfinite(lines[i].y()) && std::isfinite(lines[i - 1].y()))
                fill(lines[i - 1], lines[i]); // the upright step between the runs
            start = i;
        }
    }

    QVector<const SegmentedGraph*> m_coveredBy;

    // Rising or falling more than a pixel a column.
    static bool steep(const QPointF& a, const QPointF& b) { return std::abs(b.y() - a.y()) > b.x() - a.x(); }

    // At least three points, at finite x, each at least two pixels right of the one before, and
    // no more than a quarter of the segments steep (a line zoomed far out, or one that jumps about:
    // its steep segments drawn whole would meet with a dot at every joint).
    static bool suited(const QVector<QPointF>& lines)
    {
        if (lines.size() < 3)
            return false;
        int steepSegments = 0;
        for (int i = 0; i < lines.size(); ++i) {
            if (!std::isfinite(lines[i].x()) || (i > 0 && !(lines[i].x() - lines[i - 1].x() >= 2.0)))
                return false;
            if (i > 0 && steep(lines[i - 1], lines[i]))
                ++steepSegments;
        }
        return 4 * steepSegments <= int(lines.size()) - 1;
    }
};

} // namespace headroom::report
