#pragma once

#include "ChartSpec.h"

#include <QHash>
#include <QWidget>

class QCustomPlot;
class QCPAbstractPlottable;
class QCPRange;
class QMouseEvent;

namespace headroom::report {

// A chart, on screen and in files: draws a ChartSpec with QCustomPlot in the palette's colours
// (and again when the palette changes); shows the values under the cursor; zooms and pans along
// the x axis (double-click or the context menu resets); hides and shows a series and its band
// from its legend entry; exports to PNG, PDF and SVG from its context menu; and draws into any
// painter for the report. The only translation unit of the report library that includes
// qcustomplot.h: a plot is reached through this class.
class Chart : public QWidget
{
    Q_OBJECT

public:
    explicit Chart(QWidget* parent = nullptr);
    ~Chart() override;

    // Draws `spec`: at once if the chart is in sight, otherwise when it next comes into sight
    // (shown, or scrolled to).
    void setSpec(ChartSpec spec);
    const ChartSpec& spec() const { return m_spec; }
    // The least height the chart takes with a legend of a row or two; a longer legend (many
    // components) adds its rows, so that the axes keep their height above it.
    void setBaseHeight(int pixels);
    // The height to lay the chart out at in a file `width` pixels wide: the spec's, or more for a
    // long legend.
    int heightFor(int width);
    QCustomPlot* plot() const { return m_plot; }

    // What hovering shows: the values of every visible series at the month nearest `key`, or at
    // a pixel (the point or bar under it on a timeline or a tornado). Empty where there is nothing.
    QString valuesAt(double key) const;
    QString textAt(const QPointF& pos) const;

    // Legend toggling: hides (shows) a series with every series of its group.
    void setSeriesVisible(int series, bool visible);
    // A legend entry double-clicked: its series (and group) alone, the others' hidden; all of them
    // again if it already was alone.
    void showAlone(int series);
    bool isSeriesVisible(int series) const;
    void resetZoom();
    // Where point `index` of a Markers series is drawn, in the plot's pixels, as of the last replot.
    QPointF pointPosition(int series, int index) const;

    // Writes the chart to `path` as PNG, PDF or SVG, by extension, laid out at `size` pixels
    // (default: as shown, or 900 × 420 if it never was). False, with the reason, on failure.
    bool exportTo(const QString& path, QSize size = {}, QString* error = nullptr);
    // Draws the chart laid out at `size` pixels, scaled into `target`: vector on a vector device.
    void render(QPainter* painter, const QRectF& target, QSize size);
    QImage toImage(QSize size, double scale);
    // Replots now, whether shown or not (exports, tests).
    void replotNow();
    // Whether some of the chart is on screen: shown, and not scrolled out of its view.
    bool inSight() const;

Q_SIGNALS:
    void pointClicked(const QString& subject); // a Markers point with a subject was clicked
    void replotted();

protected:
    void changeEvent(QEvent* event) override;
    void showEvent(QShowEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    void setUpLayout();
    void rebuild();
    void updateData();
    void coverLevels();
    void restyle();
    void addSeries(int index);
    void addLine(int index);
    void addBand(int index);
    void addStacked(int index);
    void addMarkers(int index);
    void addBars(int index);
    void track(int series, QCPAbstractPlottable* plottable);
    void useLegendEntries();
    QVector<double> forAxis(QVector<double> values) const;
    void addAlarmZone();
    // The x axis over the months, the y axis over the data of the series shown (of every series).
    void setHomeRanges(bool hiddenToo = false);
    void scheduleReplot();
    void hover(QMouseEvent* event);
    void click(QCPAbstractPlottable* plottable, int dataIndex);
    void showContextMenu(const QPoint& pos);
    void exportWithDialog();
    QColor colorOf(int color) const;
    void fitWidth(int width);
    void fitHeight();
    int legendHeight() const;

    ChartSpec m_spec;
    QCustomPlot* m_plot = nullptr;
    QVector<QList<QCPAbstractPlottable*>> m_plottables; // per series of the spec
    QHash<QCPAbstractPlottable*, int> m_seriesOf;
    QVector<bool> m_hidden;                             // per series
    QCPAbstractPlottable* m_stackTop = nullptr;         // the last Stacked area drawn
    QVector<double> m_stackSum;
    bool m_stale = false; // the spec changed out of sight: replot when painted
    int m_baseHeight = 240;
};

} // namespace headroom::report
