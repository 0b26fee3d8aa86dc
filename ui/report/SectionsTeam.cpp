#include "SectionSupport.h"

#include "engine/Model.h"

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
    ChartSpec people = monthChart(r, QStringLiteral("headcountPlot"), QObject::tr("Headcount, all roles"),
                                  QObject::tr("people"), Unit::Count);
    addMedian(people, QObject::tr("Headcount (median)"), *headcount, 0, QStringLiteral("headcount"));
    ChartSpec hiring = monthChart(r, QStringLiteral("hiresPlot"), QObject::tr("Hires needed each month"),
                                  QObject::tr("hires"), Unit::Count);
    addMedian(hiring, QObject::tr("Hires (median)"), *hires, 1, QStringLiteral("hires"));
    const double capacity = model.team.recruitingCapacityPerMonth;
    if (capacity > 0.0) {
        addLimit(hiring, QObject::tr("Recruiting capacity"), capacity, kAlarmColor, QStringLiteral("capacity"));
        hiring.series.back().inLegend = true;
        hiring.yMaxAtLeast = capacity * 1.2;
    }
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
    table.rows.push_back(teamRow(QObject::tr("Headcount"), *headcount, Unit::Count, false));
    table.rows.push_back(teamRow(QObject::tr("Hires a month"), *hires, Unit::Count, true));
    table.rows.push_back(teamRow(QObject::tr("Team cost a month"), *teamCost, Unit::Money, true));
    if (recruiting)
        table.rows.push_back(teamRow(QObject::tr("Recruiting cost a month"), *recruiting, Unit::Money, true));
    s.charts.push_back(std::move(people));
    if (!r.roles.empty())
        s.charts.push_back(roleStack(r));
    s.charts.push_back(std::move(hiring));
    s.charts.push_back(std::move(cost));
    s.tables.push_back(std::move(table));
    if (!r.roles.empty())
        s.tables.push_back(roleTable(r));
    return s;
}

} // namespace headroom::report
