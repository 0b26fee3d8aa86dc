#include "engine/ProjectionTotals.h"

#include "engine/Model.h"
#include "engine/TeamModel.h"

#include <algorithm>
#include <string_view>

namespace headroom::engine::detail {

Series multiplierOf(const Model& model, const std::optional<Curve>& trend)
{
    const int months = model.horizonMonths;
    return trend ? Series(evaluate(*trend, months, model.start.month).max(0.0)) : Series(Series::Ones(months));
}

Series requestsTrendOf(const Model& model, const RequestClass& rc)
{
    return multiplierOf(model, rc.requestsTrend);
}

PriceTrends priceTrendsOf(const Model& model)
{
    const CostSettings& c = model.costs;
    return {multiplierOf(model, c.computePriceTrend), multiplierOf(model, c.storagePriceTrend),
            multiplierOf(model, c.egressPriceTrend), multiplierOf(model, c.licencePriceTrend)};
}

namespace {

// Requests per active user per month, all classes: Σ q_k(t) · 365/12 days.
Series requestsPerUserPerMonth(const Model& model)
{
    Series perDay = Series::Zero(model.horizonMonths);
    for (const RequestClass& rc : model.requestClasses)
        perDay += rc.requestsTrend ? Series(rc.requestsPerUserPerDay.estimate * requestsTrendOf(model, rc))
                                   : Series(Series::Constant(model.horizonMonths, rc.requestsPerUserPerDay.estimate));
    return perDay * 365.0 / 12.0;
}

constexpr std::size_t kTeamTotalCount = 6;

// Where a key is in kTotalSeriesKeys.
constexpr std::size_t totalIndex(std::string_view key)
{
    std::size_t i = 0;
    while (i < kTotalSeriesCount && key != kTotalSeriesKeys[i])
        ++i;
    return i;
}
static_assert(totalIndex(keys::kHeadcount) + kTeamTotalCount == kTotalSeriesCount &&
              std::string_view(kTotalSeriesKeys[totalIndex(keys::kHeadcount) + 5]) == keys::kHiringBacklog);

// The seats a per-seat licence pays for each month: the people in place in its roles, or in all.
Series seatsOf(const Model& model, const Licence& l, const TeamMonths& people)
{
    Series seats = Series::Zero(people.totals[0].size());
    for (std::size_t r = 0; r < people.roles.size(); ++r)
        if (l.roles.empty() || std::find(l.roles.begin(), l.roles.end(), model.team.roles[r].id) != l.roles.end())
            seats += people.roles[r][0]; // kRoleSeriesKeys[0]: people in place
    return seats;
}

} // namespace

TeamMonths projectPeople(const Model& model, const Series& users, const std::vector<std::vector<Series>>& components,
                         EventRecorder& rec)
{
    const auto months = users.size();
    const TeamMonths none{std::vector<Series>(kTeamTotalCount, Series::Zero(months)), {}};
    if (model.team.roles.empty())
        return none;
    Series instances = Series::Zero(months);
    for (const auto& c : components)
        instances += c[kInstancesIndex];
    const TeamProjection team = projectTeam(roleParameters(model), teamInputs(model, users, instances));
    if (!team.ok()) // validated: cannot happen; report nothing rather than guess
        return none;
    if (const auto m = team.firstMonthOverRecruitingCapacity)
        rec.record({SubjectKind::Team, 0, BottleneckKind::HiringBeyondCapacity, *m, team.ready[*m],
                    model.team.recruitingCapacityPerMonth.estimate, 0, false, 0});
    if (const auto m = team.firstMonthOnCallUndersized)
        rec.record({SubjectKind::Team, 0, BottleneckKind::OnCallUndersized, *m, team.onCallEligible[*m],
                    team.onCallRequired[*m], 0, false, 0});
    TeamMonths out{{team.actualHeadcount, team.hires, team.cost, team.recruitingCost, team.requisitions, team.backlog},
                   {}};
    for (const RoleProjection& r : team.roles)
        out.roles.push_back({r.actualHeadcount, r.hires, r.cost, r.recruitingCost, r.requisitions, r.backlog,
                             r.throughput.size() == months ? r.throughput : Series(Series::Zero(months))});
    return out;
}

void projectCosts(const Model& model, const Series& users, const std::vector<std::vector<Series>>& components,
                  const TeamMonths& team, const PriceTrends& trends, const CostTotals& infrastructure,
                  EventRecorder& rec, std::vector<Series>& totals)
{
    const std::vector<Series>& people = team.totals;
    const CostSettings& c = model.costs;
    const auto months = users.size();
    totals.resize(kTotalSeriesCount);
    const auto total = [&totals](std::string_view key) -> Series& {
        return totals[totalIndex(key)];
    };
    total(keys::kUsers) = users;
    Series& computeCost = total(keys::kComputeCost);
    computeCost = infrastructure.compute;
    Series& storageCost = total(keys::kStorageCost);
    storageCost = infrastructure.storage;
    Series& egress = total(keys::kEgressCost);
    egress = users * (c.egressGbPerUserPerMonth.estimate * c.egressPricePerGb.estimate) * trends.egress;
    Series& licences = total(keys::kLicenceCost);
    licences.setZero(months);
    for (const Licence& l : c.licences) {
        if (l.kind == LicenceKind::Fixed) {
            licences += l.pricePerMonth.estimate;
            continue;
        }
        if (l.kind == LicenceKind::PerSeat) {
            licences += seatsOf(model, l, team) * l.pricePerMonth.estimate;
            continue;
        }
        for (std::size_t i = 0; i < model.components.size(); ++i)
            if (model.components[i].id == l.component)
                licences += components[i][kInstancesIndex] * l.pricePerMonth.estimate;
    }
    licences *= trends.licences;
    Series& cost = total(keys::kCost);
    cost = computeCost + storageCost + egress + licences + people[2] + people[3];
    Series& perUser = total(keys::kCostPerUser);
    perUser = cost / users;
    Series& cumulative = total(keys::kCumulativeCost);
    cumulative.resize(months);
    double running = 0.0;
    for (Eigen::Index t = 0; t < months; ++t)
        cumulative[t] = running += cost[t];
    const Series requests = requestsPerUserPerMonth(model);
    total(keys::kCostPerMillionRequests) = (requests > 0.0).select(cost / (users * requests / 1e6), 0.0);
    const double revenuePerUser = c.revenuePerUserPerMonth ? c.revenuePerUserPerMonth->estimate : 0.0;
    Series& revenue = total(keys::kRevenue);
    revenue = users * revenuePerUser;
    Series& margin = total(keys::kGrossMargin);
    if (revenuePerUser > 0.0)
        margin = (revenue - cost) / revenue;
    else
        margin.setZero(months);
    // Headcount, hires, team cost, recruiting cost, requisitions, hiring backlog: in that order.
    for (std::size_t k = 0; k < kTeamTotalCount; ++k)
        totals[totalIndex(keys::kHeadcount) + k] = people[k];

    int rising = 0;
    for (Eigen::Index t = 0; t < months; ++t) {
        if (c.targetCostPerUser && perUser[t] > *c.targetCostPerUser)
            rec.record({SubjectKind::Cost, 0, BottleneckKind::CostPerUserOverTarget, int(t), perUser[t],
                        *c.targetCostPerUser, 0, false, 0});
        rising = t > 0 && perUser[t] > perUser[t - 1] * (1.0 + 1e-9) ? rising + 1 : 0;
        if (rising >= c.unitCostRisingMonths)
            rec.record({SubjectKind::Cost, 0, BottleneckKind::UnitCostRising, int(t), perUser[t], perUser[t - rising],
                        rising, false, 0});
    }
}

} // namespace headroom::engine::detail
