#include "SectionSupport.h"

#include "engine/Model.h"

#include <optional>

namespace headroom::report {

using namespace detail;
namespace keys = engine::keys;

namespace {

// A summary scaled by a constant: restore hours from backup hours (both are D / throughput).
engine::SeriesSummary scaled(const engine::SeriesSummary& s, double factor)
{
    return {s.mean * factor, s.p10 * factor, s.p50 * factor, s.p90 * factor};
}

// A limit in hours and how to speak of it: "%1 window" names its line, the finding is said
// when the median passes it (%1 the component, %2 the limit, %3 the month).
struct HoursLimit
{
    double hours; // 0: none
    QString lineName;
    QString finding;
};

// A duration against its limit (a backup against its window, a restore against the RTO): its line
// and dashed limit on `chart`, the finding when the median passes the limit, and three cells of
// the table: the duration in the last month, the limit, the month it is passed.
std::vector<TableCell> againstLimit(ChartSpec& chart, const engine::Results& r, const engine::ComponentResult& c,
                                    int color, const engine::SeriesSummary& hours, const HoursLimit& limit,
                                    QStringList& findings)
{
    const QString group = QString::fromStdString(c.id);
    addMedian(chart, nameOf(c), hours, color, group);
    std::optional<int> over;
    if (limit.hours > 0.0) {
        addLimit(chart, limit.lineName.arg(nameOf(c)), limit.hours, color, group);
        over = firstMonthAbove(hours.p50, limit.hours);
        if (over)
            findings << limit.finding.arg(nameOf(c).toHtmlEscaped(), formatValue(limit.hours, Unit::Hours),
                                          monthName(r.start, *over));
    }
    const bool limited = limit.hours > 0.0;
    return {valueCell(hours.p50[r.months - 1], Unit::Hours),
            limited ? valueCell(limit.hours, Unit::Hours) : TableCell("—"),
            monthCell(r, over, limited ? QObject::tr("never") : QStringLiteral("—"))};
}

} // namespace

Section dataSection(const ResultsContext& context)
{
    const engine::Results& r = *context.results;
    Section s{sectionKey(SectionId::Data), sectionTitle(SectionId::Data), {}, {}, {}};

    // Stored data in TB once any component passes 2 TB: "12.4 TB" reads better than "12.4k GB".
    double largest = 0.0;
    for (const engine::ComponentResult& c : r.components)
        if (const engine::SeriesSummary* d = series(c, keys::kStoredDataGb))
            largest = std::max(largest, d->p50.maxCoeff());
    const bool terabytes = largest >= 2000.0;
    ChartSpec stored = monthChart(r, QStringLiteral("storedDataPlot"), QObject::tr("Stored data, replicas included"),
                                  terabytes ? QObject::tr("TB") : QObject::tr("GB"),
                                  terabytes ? Unit::Terabytes : Unit::Gigabytes);
    ChartSpec backup = monthChart(r, QStringLiteral("backupPlot"), QObject::tr("Full backup against its window"),
                                  QObject::tr("hours"), Unit::Hours);
    ChartSpec restore = monthChart(r, QStringLiteral("restorePlot"),
                                   QObject::tr("Full restore against the recovery time objective"), QObject::tr("hours"),
                                   Unit::Hours);
    ChartSpec shards = monthChart(r, QStringLiteral("shardsPlot"), QObject::tr("Shards"), QObject::tr("shards"),
                                  Unit::Count);
    TableSpec table{QStringLiteral("dataTable"), QObject::tr("Data by component"),
                    {QObject::tr("Component"), QObject::tr("Stored, first month"), QObject::tr("Stored, last month"),
                     QObject::tr("Backup, last month"), QObject::tr("Backup window"), QObject::tr("Over window from"),
                     QObject::tr("Restore, last month"), QObject::tr("RTO"), QObject::tr("Over RTO from")},
                    {}, {}};
    const int last = r.months - 1;
    QStringList findings;
    for (std::size_t i = 0; i < r.components.size(); ++i) {
        const engine::ComponentResult& c = r.components[i];
        const engine::Component* mc = context.model->findComponent(c.id);
        const engine::SeriesSummary* d = series(c, keys::kStoredDataGb);
        if (!mc || !mc->data || !d)
            continue;
        const engine::DataParameters& p = mc->data->growth;
        const QString group = QString::fromStdString(c.id);
        addMedian(stored, nameOf(c), *d, int(i), group, terabytes ? 1e-3 : 1.0);
        std::vector<TableCell> row{nameOf(c), valueCell(d->p50[0], Unit::Gigabytes),
                                   valueCell(d->p50[last], Unit::Gigabytes)};
        const engine::SeriesSummary* hours = series(c, keys::kBackupHours);
        const double backupRate = p.backupThroughputGbPerHour.estimate;
        const double restoreRate = p.restoreThroughputGbPerHour.estimate;
        const bool backups = hours && backupRate > 0.0;
        // The run's own restore series; results saved before it was reported have none, and there
        // restore = backup · backup rate / restore rate (both read one full copy, DataGrowth.h), exact
        // where the rates are certain.
        const engine::SeriesSummary* restoreSeries = series(c, keys::kRestoreHours);
        std::optional<engine::SeriesSummary> restoreHours;
        if (restoreRate > 0.0 && restoreSeries)
            restoreHours = *restoreSeries;
        else if (restoreRate > 0.0 && backups)
            restoreHours = scaled(*hours, backupRate / restoreRate);
        const bool restores = restoreHours.has_value();
        const std::vector<TableCell> none{TableCell("—"), TableCell("—"), TableCell("—")};
        const std::vector<TableCell> backupCells =
            backups ? againstLimit(backup, r, c, int(i), *hours, {p.backupWindowHours.estimate, QObject::tr("%1 window"),
                                                                  QObject::tr("%1's full backup outgrows its %2 window in %3")},
                                   findings)
                    : none;
        const std::vector<TableCell> restoreCells =
            restores ? againstLimit(restore, r, c, int(i), *restoreHours,
                                    {p.rtoHours.estimate, QObject::tr("%1 RTO"), QObject::tr("%1's restore passes its %2 RTO in %3")},
                                    findings)
                     : none;
        row.insert(row.end(), backupCells.begin(), backupCells.end());
        row.insert(row.end(), restoreCells.begin(), restoreCells.end());
        if (const engine::SeriesSummary* n = series(c, keys::kShards);
            n && mc->scaling.kind == engine::ScalingKind::Sharded)
            addMedian(shards, nameOf(c), {n->mean, n->p50, n->p50, n->p50}, int(i), group, 1.0,
                      ChartSeries::Kind::Step);
        table.rows.push_back(std::move(row));
        table.rowSubjects << group;
    }
    if (table.rows.empty()) {
        s.paragraphs << QObject::tr("No component stores data in this model.");
        return s;
    }
    s.paragraphs << QObject::tr("Data on disk grows with the users and what they keep; a full backup (and a restore) "
                                "takes longer as it grows. Dashed lines are the backup windows and the recovery time "
                                "objectives.");
    s.paragraphs << (findings.isEmpty() ? QObject::tr("Backups and restores fit their windows at the median.")
                                        : findings.join(QStringLiteral("; ")) + QLatin1Char('.'));
    for (ChartSpec* chart : {&stored, &backup, &restore, &shards})
        if (!chart->series.empty())
            s.charts.push_back(std::move(*chart));
    s.tables.push_back(std::move(table));
    return s;
}

} // namespace headroom::report
