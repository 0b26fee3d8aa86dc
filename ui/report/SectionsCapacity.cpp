#include "SectionSupport.h"

#include "engine/Model.h"

#include <algorithm>

namespace headroom::report {

using namespace detail;
namespace keys = engine::keys;

namespace {

// Months at which a component is saturated (ρ ≥ 1 at the median), as red points on its line.
void addSaturation(ChartSpec& chart, const engine::ComponentResult& c, const engine::SeriesSummary& u)
{
    ChartSeries points;
    points.kind = ChartSeries::Kind::Markers;
    points.name = QObject::tr("%1 saturated").arg(nameOf(c));
    points.group = QString::fromStdString(c.id);
    points.color = kAlarmColor;
    points.inLegend = false;
    points.markerSize = 6.0;
    for (Eigen::Index t = 0; t < u.p50.size(); ++t)
        if (u.p50[t] >= 1.0) {
            points.keys << chart.months[int(t)];
            points.values << u.p50[t] * 100.0;
        }
    if (!points.keys.isEmpty())
        chart.series.push_back(std::move(points));
}

// The instance type a component runs at the median step, from the month it starts: the first month,
// then every month the median moves to another type of its ladder.
struct TypeChange
{
    int month = 0;
    QString type;
};
std::vector<TypeChange> typeChanges(const engine::ComponentResult& c)
{
    std::vector<TypeChange> changes;
    const engine::SeriesSummary* step = series(c, keys::kInstanceTypeStep);
    if (!step)
        return changes;
    for (Eigen::Index t = 0; t < step->p50.size(); ++t) {
        const QString type = QString::fromStdString(c.instanceTypeAt(step->p50[t]));
        if (!type.isEmpty() && (changes.empty() || changes.back().type != type))
            changes.push_back({int(t), type});
    }
    return changes;
}

// "db.r6g.xlarge, db.r6g.2xlarge from April 2027": the types a component runs at the median, in order.
QString typeSequence(const engine::Results& r, const std::vector<TypeChange>& changes)
{
    QStringList parts;
    for (const TypeChange& change : changes)
        parts << (change.month == 0 ? change.type
                                    : QObject::tr("%1 from %2").arg(change.type, monthName(r.start, change.month)));
    return parts.join(QStringLiteral(", "));
}

// "db.r7g.xlarge → db.r7g.16xlarge": the type at the median in the first month and in the last, for a
// table cell; the months between are in the paragraph and on the chart.
QString firstAndLastType(const std::vector<TypeChange>& changes)
{
    if (changes.empty())
        return {};
    if (changes.size() == 1)
        return changes.front().type;
    return QStringLiteral("%1 → %2").arg(changes.front().type, changes.back().type);
}

// The size of the type a ladder runs at the median, in vCPUs per node, as a step for each component
// that has a ladder, with its type named at each change; the ladders' sentences go to `ladders`.
ChartSpec ladderChart(const ResultsContext& context, QStringList& ladders)
{
    const engine::Results& r = *context.results;
    ChartSpec chart =
        monthChart(r, QStringLiteral("instanceSizePlot"), QObject::tr("Instance type on the ladder (median)"),
                   QObject::tr("vCPUs per node"), Unit::Count);
    double largest = 0.0;
    for (std::size_t i = 0; i < r.components.size(); ++i) {
        const engine::ComponentResult& c = r.components[i];
        const std::vector<TypeChange> changes = typeChanges(c);
        if (c.instanceTypes.size() < 2 || changes.empty())
            continue;
        ladders << QObject::tr("%1 runs %2").arg(nameOf(c).toHtmlEscaped(), typeSequence(r, changes).toHtmlEscaped());
        const engine::SeriesSummary& step = *series(c, keys::kInstanceTypeStep);
        ChartSeries size;
        size.kind = ChartSeries::Kind::Step;
        size.name = nameOf(c);
        size.group = QString::fromStdString(c.id);
        size.color = int(i);
        for (Eigen::Index t = 0; t < step.p50.size(); ++t)
            if (const engine::InstanceType* type = context.model->findInstanceType(c.instanceTypeAt(step.p50[t])))
                size.values << type->vcpu;
        if (size.values.size() != r.months)
            continue; // a type the model no longer has (stale results): no size to draw
        ChartSeries points;
        points.kind = ChartSeries::Kind::Markers;
        points.name = QObject::tr("%1 instance type").arg(nameOf(c));
        points.group = size.group;
        points.color = size.color;
        points.inLegend = false;
        points.markerSize = 7.0;
        for (const TypeChange& change : changes) {
            points.keys << chart.months[change.month];
            points.values << size.values[change.month];
            points.notes << change.type;
            points.labels << QObject::tr("%1 runs %2 from %3 (median)")
                                 .arg(nameOf(c), change.type, monthName(r.start, change.month));
        }
        largest = std::max(largest, *std::max_element(size.values.begin(), size.values.end()));
        chart.series.push_back(std::move(size));
        chart.series.push_back(std::move(points));
    }
    chart.yMaxAtLeast = largest * 1.2; // room for the names above the highest step
    return chart;
}

TableSpec capacityTable(const ResultsContext& context)
{
    const engine::Results& r = *context.results;
    TableSpec table{QStringLiteral("capacityTable"),
                    QObject::tr("Capacity by component"),
                    {QObject::tr("Component"), QObject::tr("Scaling"), QObject::tr("Instances, first month"),
                     QObject::tr("Instances, last month"), QObject::tr("Instance type (median)"),
                     QObject::tr("Peak utilization"), QObject::tr("Target"), QObject::tr("Over target from"),
                     QObject::tr("Saturated from")},
                    {},
                    {}};
    const int last = r.months - 1;
    for (const engine::ComponentResult& c : r.components) {
        const engine::SeriesSummary* u = series(c, keys::kUtilization);
        const engine::SeriesSummary* n = series(c, keys::kInstances);
        const engine::Component* mc = context.model->findComponent(c.id);
        if (!u || !n)
            continue;
        const double target = mc ? mc->scaling.targetUtilization.estimate : 1.0;
        table.rows.push_back({nameOf(c), mc ? QString::fromLatin1(engine::toString(mc->scaling.kind)) : QString(),
                              valueCell(n->p50[0], Unit::Count), valueCell(n->p50[last], Unit::Count),
                              firstAndLastType(typeChanges(c)), valueCell(u->p50.maxCoeff() * 100.0, Unit::Percent),
                              valueCell(target * 100.0, Unit::Percent),
                              monthCell(r, firstMonthAbove(u->p50, target), QObject::tr("never")),
                              monthCell(r, firstMonthAbove(u->p50, 1.0, true), QObject::tr("never"))});
        table.rowSubjects << QString::fromStdString(c.id);
    }
    return table;
}

} // namespace

Section capacitySection(const ResultsContext& context)
{
    const engine::Results& r = *context.results;
    Section s{sectionKey(SectionId::Capacity), sectionTitle(SectionId::Capacity), {}, {}, {}};
    ChartSpec utilization = monthChart(r, QStringLiteral("utilizationPlot"), QObject::tr("Utilization at peak"),
                                       QObject::tr("% of capacity"), Unit::Percent);
    utilization.yMaxAtLeast = 100.0;
    utilization.alarmAbove = 100.0;
    ChartSpec instances =
        monthChart(r, QStringLiteral("instancesPlot"), QObject::tr("Instances"), QObject::tr("instances"), Unit::Count);
    ChartSpec load = monthChart(r, QStringLiteral("loadPlot"), QObject::tr("Load each component is sized for"),
                                QObject::tr("operations per second"), Unit::Count);
    ChartSpec drain = monthChart(r, QStringLiteral("queueDrainPlot"), QObject::tr("Time to drain the day's peak backlog"),
                                 QObject::tr("minutes"), Unit::Minutes);
    QStringList saturated;
    QStringList ladders; // the components that move along a ladder, and when
    ChartSpec sizes = ladderChart(context, ladders);
    for (std::size_t i = 0; i < r.components.size(); ++i) {
        const engine::ComponentResult& c = r.components[i];
        const QString group = QString::fromStdString(c.id);
        const engine::Component* mc = context.model->findComponent(c.id);
        if (const engine::SeriesSummary* u = series(c, keys::kUtilization)) {
            addMedian(utilization, nameOf(c), {u->mean, u->p50, u->p50, u->p50}, int(i), group, 100.0);
            if (mc)
                addLimit(utilization, QObject::tr("%1 target").arg(nameOf(c)),
                         mc->scaling.targetUtilization.estimate * 100.0, int(i), group);
            if (const auto month = firstMonthAbove(u->p50, 1.0, true))
                saturated << QObject::tr("%1 from %2").arg(nameOf(c).toHtmlEscaped(), monthName(r.start, *month));
        }
        if (mc && mc->scaling.kind == engine::ScalingKind::Horizontal)
            addLimit(instances, QObject::tr("%1 maximum").arg(nameOf(c)), mc->scaling.maxInstances, int(i), group);
        if (const engine::SeriesSummary* n = series(c, keys::kInstances))
            addMedian(instances, nameOf(c), {n->mean, n->p50, n->p50, n->p50}, int(i), group, 1.0,
                      ChartSeries::Kind::Step);
        if (const engine::SeriesSummary* lambda = series(c, keys::kArrivalRate))
            addMedian(load, nameOf(c), *lambda, int(i), group);
        const engine::SeriesSummary* minutes = series(c, keys::kQueueDrainMinutes);
        if (mc && minutes && (mc->maxLagMinutes > 0.0 || minutes->p50.maxCoeff() > 0.0)) {
            addMedian(drain, nameOf(c), *minutes, int(i), group);
            if (mc->maxLagMinutes > 0.0)
                addLimit(drain, QObject::tr("%1 allowed lag").arg(nameOf(c)), mc->maxLagMinutes, int(i), group);
        }
    }
    // Saturation points go last, so that the lines keep their order (one graph per series, in order).
    for (const engine::ComponentResult& c : r.components)
        if (const engine::SeriesSummary* u = series(c, keys::kUtilization))
            addSaturation(utilization, c, *u);

    s.paragraphs << QObject::tr("Utilization at the daily peak, at the median of the samples, against each "
                                "component's target (dashed). Above 100%, a component is saturated: demand exceeds "
                                "what its instances can serve, and red points mark those months.");
    s.paragraphs << (saturated.isEmpty() ? QObject::tr("No component saturates at the median within the horizon.")
                                         : QObject::tr("Saturated: %1.").arg(saturated.join(QStringLiteral("; "))));
    if (!ladders.isEmpty())
        s.paragraphs << QObject::tr("Instance types at the median step of each ladder: %1.")
                            .arg(ladders.join(QStringLiteral("; ")));
    s.charts.push_back(std::move(utilization));
    s.charts.push_back(std::move(instances));
    if (!sizes.series.empty())
        s.charts.push_back(std::move(sizes));
    s.charts.push_back(std::move(load));
    if (!drain.series.empty())
        s.charts.push_back(std::move(drain));
    s.tables.push_back(capacityTable(context));
    return s;
}

Section latencySection(const ResultsContext& context)
{
    const engine::Results& r = *context.results;
    Section s{sectionKey(SectionId::Latency), sectionTitle(SectionId::Latency), {}, {}, {}};
    ChartSpec mean = monthChart(r, QStringLiteral("latencyPlot"), QObject::tr("Mean latency per request class"),
                                QObject::tr("milliseconds"), Unit::Milliseconds);
    ChartSpec p95 = monthChart(r, QStringLiteral("latencyP95Plot"),
                               QObject::tr("95th percentile latency per request class"), QObject::tr("milliseconds"),
                               Unit::Milliseconds);
    ChartSpec components = monthChart(r, QStringLiteral("componentLatencyPlot"),
                                      QObject::tr("Mean response time per component"), QObject::tr("milliseconds"),
                                      Unit::Milliseconds);
    for (ChartSpec* chart : {&mean, &p95, &components}) {
        chart->logScale = true;
        chart->yMin.reset();
    }
    TableSpec table{QStringLiteral("latencyTable"), QObject::tr("Latency by request class"),
                    {QObject::tr("Request class"), QObject::tr("Mean objective"), QObject::tr("Mean, first month"),
                     QObject::tr("Mean, last month"), QObject::tr("p95 objective"), QObject::tr("p95, last month"),
                     QObject::tr("Objective missed from")},
                    {}, {}};
    const int last = r.months - 1;
    QStringList breaches;
    for (std::size_t i = 0; i < r.requestClasses.size(); ++i) {
        const engine::ClassResult& c = r.requestClasses[i];
        const QString name = QString::fromStdString(c.name.empty() ? c.id : c.name);
        const QString group = QString::fromStdString(c.id);
        const engine::RequestClass* rc = nullptr;
        for (const engine::RequestClass& candidate : context.model->requestClasses)
            if (candidate.id == c.id)
                rc = &candidate;
        const engine::SeriesSummary* m = engine::findSeries(c.series, keys::kLatencyMs);
        const engine::SeriesSummary* q = engine::findSeries(c.series, keys::kLatencyP95Ms);
        if (!m || !q)
            continue;
        addMedian(mean, name, *m, int(i), group);
        addMedian(p95, name, *q, int(i), group);
        std::optional<int> missed;
        const auto earliest = [&missed](std::optional<int> month) {
            if (month && (!missed || *month < *missed))
                missed = month;
        };
        if (rc && rc->sloMeanMs) {
            addLimit(mean, QObject::tr("%1 objective").arg(name), *rc->sloMeanMs, int(i), group);
            earliest(firstMonthAbove(m->p50, *rc->sloMeanMs));
        }
        if (rc && rc->sloP95Ms) {
            addLimit(p95, QObject::tr("%1 objective").arg(name), *rc->sloP95Ms, int(i), group);
            earliest(firstMonthAbove(q->p50, *rc->sloP95Ms));
        }
        if (missed)
            breaches << QObject::tr("%1 from %2").arg(name.toHtmlEscaped(), monthName(r.start, *missed));
        table.rows.push_back({name,
                              rc && rc->sloMeanMs ? valueCell(*rc->sloMeanMs, Unit::Milliseconds) : TableCell("—"),
                              valueCell(m->p50[0], Unit::Milliseconds), valueCell(m->p50[last], Unit::Milliseconds),
                              rc && rc->sloP95Ms ? valueCell(*rc->sloP95Ms, Unit::Milliseconds) : TableCell("—"),
                              valueCell(q->p50[last], Unit::Milliseconds),
                              monthCell(r, missed, QObject::tr("never"))});
        table.rowSubjects << group;
    }
    for (std::size_t i = 0; i < r.components.size(); ++i)
        if (const engine::SeriesSummary* m = series(r.components[i], keys::kLatencyMs))
            addMedian(components, nameOf(r.components[i]), {m->mean, m->p50, m->p50, m->p50}, int(i),
                      QString::fromStdString(r.components[i].id));

    s.paragraphs << QObject::tr("End-to-end latency of each request class at the daily peak (median, with the P10–P90 "
                                "band), against its objective (dashed). A saturated component has no finite latency: "
                                "the lines then reach the top of the scale (%1).")
                        .arg(formatValue(engine::kLatencyCeilingMs / 1000.0, Unit::Count) + QStringLiteral(" s"));
    if (r.requestClasses.empty())
        s.paragraphs << QObject::tr("The model has no request classes.");
    else
        s.paragraphs << (breaches.isEmpty()
                             ? QObject::tr("Every request class meets its objectives at the median.")
                             : QObject::tr("Objectives missed: %1.").arg(breaches.join(QStringLiteral("; "))));
    for (ChartSpec* chart : {&mean, &p95, &components})
        if (!chart->series.empty())
            s.charts.push_back(std::move(*chart));
    if (!table.rows.empty())
        s.tables.push_back(std::move(table));
    return s;
}

} // namespace headroom::report
