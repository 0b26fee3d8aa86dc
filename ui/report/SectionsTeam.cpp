#include "SectionSupport.h"

#include "engine/Model.h"
#include "engine/TeamModel.h"

#include <QLocale>

#include <algorithm>
#include <cmath>

namespace headroom::report {

using namespace detail;
namespace keys = engine::keys;

namespace {

// A row of the team table: a monthly series at the start, the horizon, its peak and its sum.
std::vector<TableCell> teamRow(const QString& name, const engine::SeriesSummary& s, Unit unit, bool summed)
{
    const Eigen::Index last = s.p50.size() - 1;
    return {name, valueCell(s.p50[0], unit), valueCell(s.p50[last], unit), valueCell(s.p50.maxCoeff(), unit),
            summed ? valueCell(s.mean.sum(), unit) : TableCell("—")};
}

const engine::SeriesSummary* roleSeries(const engine::RoleResult& role, const char* key)
{
    for (const engine::NamedSeries& s : role.series)
        if (s.key == key)
            return &s.summary;
    return nullptr;
}

QString roleName(const engine::RoleResult& role)
{
    return QString::fromStdString(role.name.empty() ? role.id : role.name);
}

// Each role's people, stacked (means add up across roles; medians do not).
ChartSpec roleStack(const engine::Results& r)
{
    ChartSpec stack = monthChart(r, QStringLiteral("headcountByRolePlot"), QObject::tr("Headcount by role (mean)"),
                                 QObject::tr("people"), Unit::Count);
    for (std::size_t i = 0; i < r.roles.size(); ++i)
        if (const engine::SeriesSummary* h = roleSeries(r.roles[i], keys::kHeadcount)) {
            ChartSeries area;
            area.kind = ChartSeries::Kind::Stacked;
            area.name = roleName(r.roles[i]);
            area.group = QString::fromStdString(r.roles[i].id);
            area.color = int(i);
            area.values = toVector(h->mean);
            stack.series.push_back(std::move(area));
        }
    return stack;
}

// Per role: people at the start, at the horizon and at the peak (median), hires and cost over the
// horizon (mean).
TableSpec roleTable(const engine::Results& r)
{
    TableSpec table{QStringLiteral("teamRoleTable"),
                    QObject::tr("Team by role"),
                    {QObject::tr("Role"), QObject::tr("People, first month"), QObject::tr("People, last month"),
                     QObject::tr("Peak people"), QObject::tr("Hires over the horizon (mean)"),
                     QObject::tr("Cost over the horizon (mean)")},
                    {},
                    {}};
    const Eigen::Index last = r.months - 1;
    for (const engine::RoleResult& role : r.roles) {
        const engine::SeriesSummary* h = roleSeries(role, keys::kHeadcount);
        const engine::SeriesSummary* hires = roleSeries(role, keys::kHires);
        const engine::SeriesSummary* cost = roleSeries(role, keys::kTeamCost);
        if (!h || !hires || !cost)
            continue;
        table.rows.push_back({roleName(role), valueCell(h->p50[0], Unit::Count), valueCell(h->p50[last], Unit::Count),
                              valueCell(h->p50.maxCoeff(), Unit::Count), valueCell(hires->mean.sum(), Unit::Count),
                              moneyCell(cost->mean.sum())});
        table.rowSubjects << QString::fromStdString(role.id);
    }
    return table;
}

// Hires needed each month against recruiting capacity, with the requisitions to open a lead time
// ahead of them where the run has them and the lead time is not 0.
ChartSpec hiringChart(const engine::Results& r, const engine::SeriesSummary& hires,
                      const engine::SeriesSummary* requisitions, double capacity)
{
    ChartSpec hiring = monthChart(r, QStringLiteral("hiresPlot"), QObject::tr("Hires needed each month"),
                                  QObject::tr("hires"), Unit::Count);
    addMedian(hiring, QObject::tr("Hires (median)"), hires, 1, QStringLiteral("hires"));
    if (requisitions)
        addMedian(hiring, QObject::tr("Requisitions to open (median)"), *requisitions, 4,
                  QStringLiteral("requisitions"));
    if (capacity > 0.0) {
        addLimit(hiring, QObject::tr("Recruiting capacity"), capacity, kAlarmColor, QStringLiteral("capacity"));
        hiring.series.back().inLegend = true;
        hiring.yMaxAtLeast = capacity * 1.2;
    }
    return hiring;
}

// What the hiring lead time does to the plan: requisitions a lead time ahead, and the growth of the
// first months, beyond the replacements already being recruited, late until the lead time has passed.
QString leadTimeParagraph(const engine::Results& r, int lead, const engine::SeriesSummary& backlog,
                          const engine::SeriesSummary& requisitions)
{
    const int early = std::min(lead, r.months);
    const double shortBefore = early > 0 ? backlog.p50.head(early).maxCoeff() : 0.0;
    if (shortBefore <= 1e-9)
        return lead == 1 ? QObject::tr("Hiring takes 1 month from requisition to start: each requisition opens that "
                                       "far ahead of its hire, and the first month needs no more than the "
                                       "replacements already being recruited.")
                         : QObject::tr("Hiring takes %1 months from requisition to start: each requisition opens that "
                                       "far ahead of its hire, and the first months need no more than the "
                                       "replacements already being recruited.")
                               .arg(lead);
    const QString until = monthName(r.start, early);
    const QString opened = QLocale().toString(requisitions.p50[0], 'f', 1); // expected hires: fractional
    const QString people = compact(shortBefore);
    return lead == 1 ? QObject::tr("Hiring takes 1 month from requisition to start, so growth needed before %1, beyond "
                                   "the replacements already being recruited, cannot start on time: the first month "
                                   "opens %2 requisitions, and the team is up to %3 people short of its plan until "
                                   "then (median).")
                           .arg(until, opened, people)
                     : QObject::tr("Hiring takes %1 months from requisition to start, so growth needed before %2, "
                                   "beyond the replacements already being recruited, cannot start on time: the first "
                                   "month opens %3 requisitions, and the team is up to %4 people short of its plan "
                                   "until then (median).")
                           .arg(QString::number(lead), until, opened, people);
}

const engine::Role* modelRole(const engine::Model& model, const std::string& id)
{
    for (const engine::Role& role : model.team.roles)
        if (role.id == id)
            return &role;
    return nullptr;
}

// What each role with a scaling gets done, against its people: a chart, a sentence each, a table.
void addThroughput(Section& s, const engine::Results& r, const engine::Model& model)
{
    ChartSpec chart = monthChart(r, QStringLiteral("teamThroughputPlot"),
                                 QObject::tr("What the team gets done, in people working alone"),
                                 QObject::tr("people-equivalents"), Unit::Count);
    TableSpec table{QStringLiteral("teamThroughputTable"),
                    QObject::tr("Team throughput in the last month (median)"),
                    {QObject::tr("Role"), QObject::tr("Teams of at most"), QObject::tr("People"),
                     QObject::tr("Throughput (people-equivalents)"), QObject::tr("Per person")},
                    {},
                    {}};
    const Eigen::Index last = r.months - 1;
    for (std::size_t i = 0; i < r.roles.size(); ++i) {
        const engine::RoleResult& role = r.roles[i];
        const engine::SeriesSummary* throughput = roleSeries(role, keys::kTeamThroughput);
        const engine::SeriesSummary* people = roleSeries(role, keys::kHeadcount);
        const engine::Role* spec = modelRole(model, role.id);
        if (!throughput || !people || !spec || !spec->scaling)
            continue;
        addMedian(chart, roleName(role), *throughput, int(i), QString::fromStdString(role.id));
        const double n = std::round(people->p50[last]); // whole people, as the engine counts them
        const double x = throughput->p50[last];
        const QString share = formatValue(n > 0.0 ? 100.0 * x / n : 0.0, Unit::Percent);
        s.paragraphs << QObject::tr("%1: in the last month %2 people, in teams of at most %3, get done the work of %4 "
                                    "people working alone (%5 each), by the Universal Scalability Law with contention "
                                    "σ = %6 across the role and coherency κ = %7 within each team.")
                            .arg(roleName(role), compact(n), QString::number(spec->scaling->maxTeamSize),
                                 QLocale().toString(x, 'f', 1), share,
                                 QLocale().toString(spec->scaling->sigma.estimate, 'g', 3),
                                 QLocale().toString(spec->scaling->kappa.estimate, 'g', 3));
        table.rows.push_back({roleName(role), valueCell(spec->scaling->maxTeamSize, Unit::Count),
                              valueCell(n, Unit::Count), TableCell(QLocale().toString(x, 'f', 1)),
                              valueCell(n > 0.0 ? 100.0 * x / n : 0.0, Unit::Percent)});
        table.rowSubjects << QString::fromStdString(role.id);
    }
    if (chart.series.empty())
        return;
    s.charts.push_back(std::move(chart));
    s.tables.push_back(std::move(table));
}

} // namespace

Section teamSection(const ResultsContext& context)
{
    const engine::Results& r = *context.results;
    const engine::Model& model = *context.model;
    Section s{sectionKey(SectionId::Team), sectionTitle(SectionId::Team), {}, {}, {}};
    const engine::SeriesSummary* headcount = total(r, keys::kHeadcount);
    const engine::SeriesSummary* hires = total(r, keys::kHires);
    const engine::SeriesSummary* teamCost = total(r, keys::kTeamCost);
    if (!headcount || !hires || !teamCost) {
        s.paragraphs << QObject::tr("No team is modelled: add roles to see headcount, hiring and the team's cost.");
        return s;
    }
    const engine::SeriesSummary* requisitions = total(r, keys::kRequisitions); // none in results before them
    const engine::SeriesSummary* backlog = total(r, keys::kHiringBacklog);
    const int lead = engine::leadTimeMonths(model.team); // the estimate's: the samples' draws lie around it
    ChartSpec people = monthChart(r, QStringLiteral("headcountPlot"), QObject::tr("Headcount, all roles"),
                                  QObject::tr("people"), Unit::Count);
    addMedian(people, QObject::tr("Headcount (median)"), *headcount, 0, QStringLiteral("headcount"));
    if (backlog && backlog->p90.maxCoeff() > 1e-9)
        addMedian(people, QObject::tr("Short of the plan (median)"), *backlog, 5, QStringLiteral("backlog"));
    const double capacity = model.team.recruitingCapacityPerMonth.estimate; // the line at its estimate
    ChartSpec hiring = hiringChart(r, *hires, lead > 0 ? requisitions : nullptr, capacity);
    ChartSpec cost = monthChart(r, QStringLiteral("teamCostPlot"), QObject::tr("Team cost a month"), QObject::tr("$"),
                                Unit::Money);
    addMedian(cost, QObject::tr("Team (median)"), *teamCost, 2, QStringLiteral("team"));
    const engine::SeriesSummary* recruiting = total(r, keys::kRecruitingCost);
    if (recruiting)
        addMedian(cost, QObject::tr("Recruiting (median)"), *recruiting, 3, QStringLiteral("recruiting"));

    const int last = r.months - 1;
    s.paragraphs << QObject::tr("The team grows from %1 to %2 people at the median, hiring up to %3 a month.")
                        .arg(compact(std::ceil(headcount->p50[0] - 1e-9)), compact(std::ceil(headcount->p50[last] - 1e-9)),
                             compact(hires->p50.maxCoeff()));
    if (backlog && requisitions && lead > 0)
        s.paragraphs << leadTimeParagraph(r, lead, *backlog, *requisitions);
    if (const auto& iv = model.team.leadTimeMonths.interval90)
        s.paragraphs << QObject::tr("The lead time is uncertain, %1 to %2 months (90%): each sample draws it in whole "
                                    "months, so how long the plan waits varies from sample to sample.")
                            .arg(compact(iv->lo), compact(iv->hi));
    if (capacity > 0.0) {
        const std::optional<int> beyond = firstMonthAbove(hires->p50, capacity);
        s.paragraphs << (beyond ? QObject::tr("From %1 the plan needs more hires than recruiting can close (%2 a "
                                              "month).")
                                      .arg(monthName(r.start, *beyond), compact(capacity))
                                : QObject::tr("Recruiting (%1 a month) keeps up with the plan at the median.")
                                      .arg(compact(capacity)));
    }
    TableSpec table{QStringLiteral("teamTable"), QObject::tr("Team figures (median)"),
                    {QObject::tr("Figure"), QObject::tr("First month"), QObject::tr("Last month"), QObject::tr("Peak"),
                     QObject::tr("Over the horizon (mean)")},
                    {}, {}};
    const auto row = [&table](const QString& name, const engine::SeriesSummary* series, Unit unit, bool summed) {
        if (series) // a series results saved before it was reported do not have
            table.rows.push_back(teamRow(name, *series, unit, summed));
    };
    row(QObject::tr("Headcount"), headcount, Unit::Count, false);
    row(QObject::tr("People short of the plan"), backlog, Unit::Count, false);
    row(QObject::tr("Hires a month"), hires, Unit::Count, true);
    row(QObject::tr("Requisitions to open a month"), requisitions, Unit::Count, true);
    row(QObject::tr("Team cost a month"), teamCost, Unit::Money, true);
    row(QObject::tr("Recruiting cost a month"), recruiting, Unit::Money, true);
    s.charts.push_back(std::move(people));
    if (!r.roles.empty())
        s.charts.push_back(roleStack(r));
    s.charts.push_back(std::move(hiring));
    s.charts.push_back(std::move(cost));
    s.tables.push_back(std::move(table));
    if (!r.roles.empty())
        s.tables.push_back(roleTable(r));
    addThroughput(s, r, model);
    return s;
}

} // namespace headroom::report
