#pragma once

#include <QString>
#include <QStringList>
#include <QVector>

#include <algorithm>
#include <optional>
#include <vector>

// What a chart shows, as plain values: the sections (Sections.h) describe their charts with
// these, and Chart draws them, on screen or into a file. Colours are not here: Chart picks them
// from the palette when it draws, so a chart follows a light or a dark palette.
namespace headroom::report {

// How a chart's values read, on its axis and in the values shown on hover.
enum class Unit
{
    Count,        // users, instances, people: 1.2M, 24
    Percent,      // values already in percent: 70 → "70%"
    Money,        // dollars: $1,234
    Hours,
    Minutes,
    Milliseconds, // at kLatencyCeilingMs: no finite latency
    Gigabytes,
    Terabytes,
    Correlation,  // Spearman's ρ in [−1, 1]
};

// Colour roles besides the series colours (index ≥ 0 into the palette of series colours).
inline constexpr int kAlarmColor = -1; // a limit crossed: saturation, a breach
inline constexpr int kMutedColor = -2; // a reference line of no series in particular

struct ChartSeries
{
    enum class Kind
    {
        Line,    // values joined month to month
        Step,    // whole numbers that change from a month on (instances, shards)
        Band,    // the P10–P90 range, `lower` to `values`, filled; it belongs to the line of its group
        Stacked, // an area on top of the Stacked series before it; `values` are its own, not the sum
        Markers, // points without a line at `keys` (saturated months, bottleneck events)
        Bars,    // horizontal bars, one per category of the chart (the tornado)
    };

    Kind kind = Kind::Line;
    QString name;           // in the legend and the hover text
    QString group;          // series of a group hide and show together from the legend
    QVector<double> values; // one per month (Markers: per key; Bars: per category)
    QVector<double> lower;  // Band: the lower edge
    QVector<double> keys;   // Markers: their months or positions
    QVector<double> keysLow, keysHigh; // Markers: a range drawn across each point (a timing interval)
    QStringList labels;     // Markers: the hover text of each point
    QStringList notes;      // Markers: a short text drawn beside each point ("94%")
    QStringList subjects;   // Markers: what clicking each point asks to show (a component's id)
    int color = 0;          // a series colour, or kAlarmColor / kMutedColor
    bool dashed = false;    // a limit: a target, an objective, a window, a maximum
    double lineWidth = 2.0; // Line, Step: pixels
    bool inLegend = true;
    double markerSize = 9.0; // Markers: pixels
    bool hollow = false;     // Markers: rings, not discs (an event in half the samples or fewer)

    bool operator==(const ChartSeries&) const = default;
};

struct ChartSpec
{
    QString id;    // the plot's objectName: tests and the report find a chart by it ("utilizationPlot")
    QString title;
    QString yLabel;
    Unit unit = Unit::Count;
    QVector<double> months;  // x keys: the first day of each month in seconds since the epoch (UTC); empty
                             // for a chart whose x axis is a value (the tornado)
    QStringList categories;  // y categories, top first (tornado rows, timeline rows); empty for a value axis
    QString xLabel;          // for a value x axis
    double xMin = 0.0, xMax = 0.0; // a value x axis's range
    bool logScale = false;
    std::optional<double> yMin = 0.0;
    double yMaxAtLeast = 0.0;            // the y axis reaches at least this (100% for utilization)
    std::optional<double> alarmAbove;    // shades the area above: saturation
    std::vector<ChartSeries> series;

    int monthCount() const { return int(months.size()); }
    // The height the chart wants at `width`: a share of the width, and room for every row.
    int preferredHeight(int width) const
    {
        constexpr double kAspect = 0.43;
        constexpr int kRowPx = 30, kFramePx = 110;
        return std::max(int(width * kAspect), kFramePx + kRowPx * int(categories.size()));
    }

    bool operator==(const ChartSpec&) const = default;
};

} // namespace headroom::report
