#include "engine/TeamModel.h"

#include "engine/NumberText.h"

#include <cmath>
#include <limits>

namespace headroom::engine {

std::vector<RoleParameters> roleParameters(const Model& model)
{
    std::vector<RoleParameters> roles;
    for (const Role& r : model.team.roles) {
        RoleParameters p;
        p.id = r.id;
        p.loadedCostPerMonth = r.loadedCostPerMonth.estimate;
        p.attritionPerYear = r.attritionPerYear.estimate;
        p.costPerHire = r.costPerHire.estimate;
        switch (r.rule) {
        case HeadcountRuleKind::Curve:
            p.rule = ExplicitHeadcount{evaluate(r.headcount, model.horizonMonths, model.start.month).max(0.0)};
            break;
        case HeadcountRuleKind::PerComponentGroup:
            p.rule = PerComponentGroupHeadcount{r.engineersPerGroup.estimate};
            break;
        case HeadcountRuleKind::Sre:
            p.rule = SreHeadcount{r.instancesPerSre.estimate};
            break;
        case HeadcountRuleKind::Support:
            p.rule = SupportHeadcount{r.usersPerSupportPerson.estimate};
            break;
        }
        if (r.scaling)
            p.scaling = TeamScaling{r.scaling->maxTeamSize, r.scaling->sigma.estimate, r.scaling->kappa.estimate};
        roles.push_back(std::move(p));
    }
    return roles;
}

TeamInputs teamInputs(const Model& model, const Series& users, const Series& instances)
{
    const TeamSpec& t = model.team;
    TeamInputs in;
    in.months = model.horizonMonths;
    in.users = users;
    in.instances = instances;
    const int groups = t.componentGroups > 0 ? t.componentGroups : int(model.components.size());
    in.componentGroups = Series::Constant(model.horizonMonths, groups);
    if (t.onCallRotations > 0)
        in.onCall.rotations = Series::Constant(model.horizonMonths, t.onCallRotations);
    in.onCall.minPeoplePerRotation = t.minPeoplePerRotation;
    const double capacity = t.recruitingCapacityPerMonth.estimate;
    in.recruitingCapacityPerMonth = capacity > 0.0 ? capacity : std::numeric_limits<double>::infinity();
    in.leadTimeMonths = leadTimeMonths(t);
    return in;
}

int leadTimeMonths(const TeamSpec& team)
{
    const double months = team.leadTimeMonths.estimate;
    if (!(std::abs(months) <= kMaxLeadTimeMonths + 1.0)) // NaN or far out of range: invalid, Team.h refuses -1
        return -1;
    return int(std::lround(months));
}

std::vector<Problem> validateTeamOf(const Model& model)
{
    if (model.team.roles.empty())
        return {};
    const TeamSpec& t = model.team;
    std::vector<Problem> problems;
    const auto atLeast = [&](const char* field, double value, double min) {
        if (!(value >= min))
            problems.push_back({std::string("team.") + field, "must be " + std::to_string(int(min)) + " or more"});
    };
    atLeast("component_groups", t.componentGroups, 0);
    atLeast("on_call_rotations", t.onCallRotations, 0);
    atLeast("min_people_per_rotation", t.minPeoplePerRotation, 1);
    atLeast("recruiting_capacity_per_month", t.recruitingCapacityPerMonth.estimate, 0);
    // 0 means "no limit": a draw at or below it would lift the limit in some samples but not others.
    if (const auto& iv = t.recruitingCapacityPerMonth.interval90; iv && !(iv->lo > 0.0))
        problems.push_back({"team.recruiting_capacity_per_month.interval",
                            "must lie above 0, which means no limit; got " + formatInterval(iv->lo, iv->hi)});
    // Whole months, as the files and the editor hold them; a sample's draw is rounded (leadTimeMonths()).
    const auto whole = [](double v) {
        return std::isfinite(v) && v == std::floor(v);
    };
    const Quantity& lead = t.leadTimeMonths;
    if (!whole(lead.estimate))
        problems.push_back(
            {"team.lead_time_months", "must be a whole number of months; got " + formatNumber(lead.estimate)});
    else if (const auto& iv = lead.interval90; iv && !(whole(iv->lo) && whole(iv->hi)))
        problems.push_back(
            {"team.lead_time_months.interval", "bounds must be whole months; got " + formatInterval(iv->lo, iv->hi)});
    if (!problems.empty())
        return problems;
    // Checked against the users the estimates give (rules that would ask for absurd headcounts).
    const Series users = evaluate(model.users, model.horizonMonths, model.start.month).max(1.0);
    const Series ones = Series::Ones(model.horizonMonths);
    for (Problem p : validateTeam(roleParameters(model), teamInputs(model, users, ones))) {
        p.field = "team." + p.field;
        problems.push_back(std::move(p));
    }
    return problems;
}

} // namespace headroom::engine
