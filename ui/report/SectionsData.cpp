#include "SectionSupport.h"

#include "engine/Model.h"

namespace headroom::report {

using namespace detail;
namespace keys = engine::keys;

namespace {

// A summary scaled by a constant: restore hours from backup hours (both are D / throughput).
engine::SeriesSummary scaled(const engine::SeriesSummary& s, double factor)
{
    return {s.mean * factor, s.p10 * factor, s.p50 * factor, s.p90 * factor};
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
        if (hours && p.backupThroughputGbPerHour > 0.0) {
            addMedian(backup, nameOf(c), *hours, int(i), group);
            std::optional<int> over;
            if (p.backupWindowHours > 0.0) {
                addLimit(backup, QObject::tr("%1 window").arg(nameOf(c)), p.backupWindowHours, int(i), group);
                over = firstMonthAbove(hours->p50, p.backupWindowHours);
                if (over)
                    findings << QObject::tr("%1's full backup outgrows its %2 window in %3")
                                    .arg(nameOf(c).toHtmlEscaped(), formatValue(p.backupWindowHours, Unit::Hours),
                                         monthName(r.start, *over));
            }
            row.insert(row.end(), {valueCell(hours->p50[last], Unit::Hours),
                                   p.backupWindowHours > 0 ? valueCell(p.backupWindowHours, Unit::Hours) : TableCell("—"),
                                   monthCell(r, over, p.backupWindowHours > 0 ? QObject::tr("never") : QString("—"))});
        } else {
            row.insert(row.end(), {TableCell("—"), TableCell("—"), TableCell("—")});
        }
        // Both backup and restore read one full copy (DataGrowth.h): restore = backup · backup rate / restore rate.
        if (hours && p.backupThroughputGbPerHour > 0.0 && p.restoreThroughputGbPerHour > 0.0) {
            const engine::SeriesSummary restoreHours =
                scaled(*hours, p.backupThroughputGbPerHour / p.restoreThroughputGbPerHour);
            addMedian(restore, nameOf(c), restoreHours, int(i), group);
            std::optional<int> over;
            if (p.rtoHours > 0.0) {
                addLimit(restore, QObject::tr("%1 RTO").arg(nameOf(c)), p.rtoHours, int(i), group);
                over = firstMonthAbove(restoreHours.p50, p.rtoHours);
                if (over)
                    findings << QObject::tr("%1's restore passes its %2 RTO in %3")
                                    .arg(nameOf(c).toHtmlEscaped(), formatValue(p.rtoHours, Unit::Hours), monthName(r.start, *over));
            }
            row.insert(row.end(), {valueCell(restoreHours.p50[last], Unit::Hours),
                                   p.rtoHours > 0 ? valueCell(p.rtoHours, Unit::Hours) : TableCell("—"),
                                   monthCell(r, over, p.rtoHours > 0 ? QObject::tr("never") : QString("—"))});
        } else {
            row.insert(row.end(), {TableCell("—"), TableCell("—"), TableCell("—")});
        }
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
