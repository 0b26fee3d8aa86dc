#include "SectionSupport.h"

#include <cmath>

namespace headroom::report::detail {

QVector<double> toVector(const Series& series, double scale)
{
    QVector<double> out(series.size());
    for (Eigen::Index i = 0; i < series.size(); ++i)
        out[int(i)] = series[i] * scale;
    return out;
}

ChartSpec monthChart(const engine::Results& results, const QString& id, const QString& title, const QString& yLabel,
                     Unit unit)
{
    ChartSpec chart;
    chart.id = id;
    chart.title = title;
    chart.yLabel = yLabel;
    chart.unit = unit;
    chart.months = monthKeys(results);
    return chart;
}

void addMedian(ChartSpec& chart, const QString& name, const engine::SeriesSummary& s, int color, const QString& group,
               double scale, ChartSeries::Kind kind)
{
    ChartSeries line;
    line.kind = kind;
    line.name = name;
    line.group = group;
    line.color = color;
    line.values = toVector(s.p50, scale);
    chart.series.push_back(std::move(line));
    // A deterministic run has no band; neither has a series that does not vary.
    const double width = (s.p90 - s.p10).abs().maxCoeff();
    if (s.p50.size() == 0 || !(width > 1e-9 * std::max(1.0, s.p50.abs().maxCoeff())))
        return;
    ChartSeries band;
    band.kind = ChartSeries::Kind::Band;
    band.name = name + QObject::tr(" P10–P90");
    band.group = group;
    band.color = color;
    band.inLegend = false;
    band.values = toVector(s.p90, scale);
    band.lower = toVector(s.p10, scale);
    chart.series.push_back(std::move(band));
}

void addLimit(ChartSpec& chart, const QString& name, double value, int color, const QString& group)
{
    ChartSeries limit;
    limit.name = name;
    limit.group = group;
    limit.color = color;
    limit.dashed = true;
    limit.inLegend = false;
    limit.values = QVector<double>(chart.months.size(), value);
    chart.series.push_back(std::move(limit));
}

std::optional<int> firstMonthAbove(const Series& series, double threshold, bool orEqual)
{
    for (Eigen::Index t = 0; t < series.size(); ++t)
        if (series[t] > threshold || (orEqual && series[t] >= threshold))
            return int(t);
    return std::nullopt;
}

QString monthOr(const engine::Results& results, std::optional<int> month, const QString& none)
{
    return month ? monthName(results.start, *month) : none;
}

TableCell moneyCell(double amount, int decimals)
{
    return {money(amount, decimals), amount};
}

TableCell valueCell(double value, Unit unit)
{
    return {formatValue(value, unit), value};
}

TableCell monthCell(const engine::Results& results, std::optional<int> month, const QString& none)
{
    if (!month)
        return {none};
    return {monthName(results.start, *month, false)};
}

QString nameOf(const engine::ComponentResult& component)
{
    return QString::fromStdString(component.name.empty() ? component.id : component.name);
}

const engine::SeriesSummary* total(const engine::Results& results, const char* key)
{
    return engine::findSeries(results.totals, key);
}

const engine::SeriesSummary* series(const engine::ComponentResult& component, const char* key)
{
    return engine::findSeries(component.series, key);
}

} // namespace headroom::report::detail
