#pragma once

#include "Format.h"
#include "Sections.h"

#include <QObject>

#include <optional>

// What the section builders share: series into chart data, limits, and table cells.
namespace headroom::report::detail {

QVector<double> toVector(const Series& series, double scale = 1.0);

// A chart over the months of `results`, empty of series.
ChartSpec monthChart(const engine::Results& results, const QString& id, const QString& title, const QString& yLabel,
                     Unit unit);

// The median as a line, with its P10–P90 band where the run has one (Monte Carlo): both in `group`.
void addMedian(ChartSpec& chart, const QString& name, const engine::SeriesSummary& s, int color, const QString& group,
               double scale = 1.0, ChartSeries::Kind kind = ChartSeries::Kind::Line);
// A limit across every month (a target, an objective, a window), dashed, outside the legend.
void addLimit(ChartSpec& chart, const QString& name, double value, int color, const QString& group);

// The first month whose value is above (or at, with `orEqual`) the threshold.
std::optional<int> firstMonthAbove(const Series& series, double threshold, bool orEqual = false);
// "March 2028", or the text given when there is none.
QString monthOr(const engine::Results& results, std::optional<int> month, const QString& none);

TableCell moneyCell(double amount, int decimals = 0);
TableCell valueCell(double value, Unit unit);
TableCell monthCell(const engine::Results& results, std::optional<int> month, const QString& none);

// A component's name as shown ("PostgreSQL primary"), its id where it has none.
QString nameOf(const engine::ComponentResult& component);

const engine::SeriesSummary* total(const engine::Results& results, const char* key);
const engine::SeriesSummary* series(const engine::ComponentResult& component, const char* key);

} // namespace headroom::report::detail
