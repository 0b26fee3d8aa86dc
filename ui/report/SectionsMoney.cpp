#include "SectionSupport.h"

#include "engine/Model.h"

namespace headroom::report {

using namespace detail;
namespace keys = engine::keys;

namespace {

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
                        .arg(moneyCompact(all->mean[0]), moneyCompact(all->mean[last]), moneyPerUnit(perUser->p50[0]),
                             moneyPerUnit(perUser->p50[last]));
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
