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

// The categories of the stacked cost chart, in stacking order (the largest usually on top).
struct Category
{
    const char* key;
    const char* name;
    int color;
    bool people; // the team's, not the infrastructure's
};
constexpr Category kCategories[] = {
    {keys::kComputeCost, QT_TRANSLATE_NOOP("QObject", "Compute"), 0, false},
    {keys::kStorageCost, QT_TRANSLATE_NOOP("QObject", "Storage"), 1, false},
    {keys::kEgressCost, QT_TRANSLATE_NOOP("QObject", "Egress"), 4, false},
    {keys::kLicenceCost, QT_TRANSLATE_NOOP("QObject", "Licences"), 3, false},
    {keys::kTeamCost, QT_TRANSLATE_NOOP("QObject", "Team"), 2, true},
    {keys::kRecruitingCost, QT_TRANSLATE_NOOP("QObject", "Recruiting"), 5, true},
};

// Monthly means stacked by category (means add up across categories; medians do not).
ChartSpec categoryStack(const engine::Results& r, const QString& id, const QString& title, bool withPeople)
{
    ChartSpec stack = monthChart(r, id, title, QObject::tr("$ a month"), Unit::Money);
    for (const Category& category : kCategories) {
        const engine::SeriesSummary* c = total(r, category.key);
        if (!c || c->mean.abs().maxCoeff() <= 0.0 || (category.people && !withPeople))
            continue;
        ChartSeries area;
        area.kind = ChartSeries::Kind::Stacked;
        area.name = QObject::tr(category.name);
        area.group = area.name;
        area.color = category.color;
        area.values = toVector(c->mean);
        stack.series.push_back(std::move(area));
    }
    return stack;
}

TableSpec categoryTable(const engine::Results& r)
{
    TableSpec table{QStringLiteral("costTable"), QObject::tr("Spend by category (mean of the samples)"),
                    {QObject::tr("Category"), QObject::tr("First month"), QObject::tr("Last month"),
                     QObject::tr("Over the horizon"), QObject::tr("Share")},
                    {}, {}};
    const engine::SeriesSummary* all = total(r, keys::kCost);
    const double sum = all ? all->mean.sum() : 0.0;
    const Eigen::Index last = r.months - 1;
    for (const Category& category : kCategories)
        if (const engine::SeriesSummary* s = total(r, category.key)) {
            const double spent = s->mean.sum();
            table.rows.push_back({QObject::tr(category.name), moneyCell(s->mean[0]), moneyCell(s->mean[last]),
                                  moneyCell(spent), valueCell(sum > 0 ? 100.0 * spent / sum : 0.0, Unit::Percent)});
        }
    if (all)
        table.rows.push_back({QObject::tr("Total"), moneyCell(all->mean[0]), moneyCell(all->mean[last]),
                              moneyCell(sum), valueCell(100.0, Unit::Percent)});
    return table;
}

TableSpec componentTable(const engine::Results& r)
{
    TableSpec table{QStringLiteral("componentCostTable"), QObject::tr("Infrastructure spend by component"),
                    {QObject::tr("Component"), QObject::tr("First month"), QObject::tr("Last month"),
                     QObject::tr("Over the horizon")},
                    {}, {}};
    const Eigen::Index last = r.months - 1;
    for (const engine::ComponentResult& c : r.components)
        if (const engine::SeriesSummary* s = series(c, keys::kCost)) {
            table.rows.push_back({nameOf(c), moneyCell(s->mean[0]), moneyCell(s->mean[last]),
                                  moneyCell(s->mean.sum())});
            table.rowSubjects << QString::fromStdString(c.id);
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

Section costSection(const ResultsContext& context)
{
    const engine::Results& r = *context.results;
    const engine::Model& model = *context.model;
    Section s{sectionKey(SectionId::Cost), sectionTitle(SectionId::Cost), {}, {}, {}};
    const engine::SeriesSummary* all = total(r, keys::kCost);
    const engine::SeriesSummary* perUser = total(r, keys::kCostPerUser);
    if (!all || !perUser)
        return s;

    ChartSpec stack = categoryStack(r, QStringLiteral("costByCategoryPlot"),
                                    QObject::tr("Monthly cost by category, team included (mean)"), true);
    ChartSpec infrastructure = categoryStack(r, QStringLiteral("infrastructureCostPlot"),
                                             QObject::tr("Infrastructure cost by category (mean)"), false);

    ChartSpec unit = monthChart(r, QStringLiteral("costPerUserPlot"), QObject::tr("Cost per active user a month"),
                                QObject::tr("$ per user"), Unit::Money);
    addMedian(unit, QObject::tr("Cost per user (median)"), *perUser, 0, QStringLiteral("costPerUser"));
    if (model.costs.targetCostPerUser) {
        addLimit(unit, QObject::tr("Target"), *model.costs.targetCostPerUser, kAlarmColor, QStringLiteral("target"));
        unit.series.back().inLegend = true;
    }

    ChartSpec cumulative = monthChart(r, QStringLiteral("cumulativeCostPlot"), QObject::tr("Cumulative spend"),
                                      QObject::tr("$"), Unit::Money);
    if (const engine::SeriesSummary* c = total(r, keys::kCumulativeCost))
        addMedian(cumulative, QObject::tr("Cumulative spend (median)"), *c, 1, QStringLiteral("cumulative"));

    const int last = r.months - 1;
    s.paragraphs << QObject::tr("Everything the product costs a month, team included, by category; the cost per "
                                "active user with its P10–P90 band; the running total; and the gross margin where "
                                "revenue per user is given.");
    s.paragraphs << QObject::tr("Monthly cost goes from %1 to %2 (mean); cost per user from %3 to %4 at the median.")
                        .arg(moneyCompact(all->mean[0]), moneyCompact(all->mean[last]), money(perUser->p50[0], 2),
                             money(perUser->p50[last], 2));
    s.charts.push_back(std::move(stack));
    if (total(r, keys::kTeamCost)) // otherwise the same as the first
        s.charts.push_back(std::move(infrastructure));
    s.charts.push_back(std::move(unit));
    s.charts.push_back(std::move(cumulative));
    if (const engine::SeriesSummary* margin = total(r, keys::kGrossMargin)) {
        ChartSpec chart = monthChart(r, QStringLiteral("marginPlot"), QObject::tr("Gross margin"),
                                     QObject::tr("% of revenue"), Unit::Percent);
        chart.yMin.reset();
        addMedian(chart, QObject::tr("Gross margin (median)"), *margin, 2, QStringLiteral("margin"), 100.0);
        s.paragraphs << QObject::tr("Gross margin: %1 in the first month, %2 in the last (median).")
                            .arg(formatValue(margin->p50[0] * 100.0, Unit::Percent),
                                 formatValue(margin->p50[last] * 100.0, Unit::Percent));
        s.charts.push_back(std::move(chart));
    }
    s.tables.push_back(categoryTable(r));
    s.tables.push_back(componentTable(r));
    return s;
}

} // namespace headroom::report
