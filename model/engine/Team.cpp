#include "engine/Team.h"

#include "engine/NumberText.h"

#include <algorithm>
#include <cmath>
#include <set>

namespace headroom::engine {

namespace {

// A ratio within this relative distance above a whole number counts as that number: 110.00000000000001
// instances at 10 per SRE need 11 SREs, not 12.
constexpr double kWholeTolerance = 1e-9;
// On-call: an expected shortfall of people in place up to this many people is no gap in a rota.
// People in place are expected numbers (attrition and a shared recruiting capacity make them
// fractional); 0.005 of a person is under four hours of one person's month, and half the hundredth of
// a person the results and the on-call message report people in, so that a rota reported short
// always shows, at that precision, fewer people than it needs ("3.99 … need 4", never "4.00 … need 4").
constexpr double kOnCallShortfallTolerance = 0.005;
constexpr double kMaxHeadcount = 1e9;

double wholePeople(double people)
{
    if (!(people > 0.0))
        return 0.0;
    return std::ceil(people - kWholeTolerance * std::max(1.0, people));
}

// a > b beyond rounding error; never true for b = +infinity.
bool exceeds(double a, double b)
{
    return a > b + kWholeTolerance * std::max(1.0, std::abs(b));
}

double valueAt(const Series& series, Eigen::Index t)
{
    return t < series.size() ? series[t] : 0.0;
}

// H(t) before rounding, from the role's rule.
struct RawHeadcount
{
    const TeamInputs& inputs;
    Eigen::Index t;

    double operator()(const ExplicitHeadcount& r) const { return valueAt(r.headcount, t); }
    double operator()(const PerComponentGroupHeadcount& r) const
    {
        return r.engineersPerGroup * valueAt(inputs.componentGroups, t);
    }
    double operator()(const SreHeadcount& r) const
    {
        const double onCall = valueAt(inputs.onCall.rotations, t) * inputs.onCall.minPeoplePerRotation;
        return std::max(onCall, valueAt(inputs.instances, t) / r.instancesPerSre);
    }
    double operator()(const SupportHeadcount& r) const { return valueAt(inputs.users, t) / r.usersPerSupportPerson; }
};

// The snake_case name of the parameter a rule is driven by, for problems.
std::string ruleField(const HeadcountRule& rule)
{
    if (std::holds_alternative<ExplicitHeadcount>(rule))
        return "headcount";
    if (std::holds_alternative<PerComponentGroupHeadcount>(rule))
        return "engineers_per_group";
    if (std::holds_alternative<SreHeadcount>(rule))
        return "instances_per_sre";
    return "users_per_support_person";
}

// Collects problems, one per field.
class TeamChecker
{
public:
    TeamChecker(std::vector<Problem>& problems, int months) : m_problems(problems), m_months(months) {}

    void fail(const std::string& field, const std::string& message) { m_problems.push_back({field, message}); }

    void atLeastZero(const std::string& field, double value)
    {
        if (!(std::isfinite(value) && value >= 0.0))
            fail(field, "must be a finite number, 0 or more; got " + formatNumber(value));
    }

    void positive(const std::string& field, double value)
    {
        if (!(std::isfinite(value) && value > 0.0))
            fail(field, "must be greater than 0; got " + formatNumber(value));
    }

    // One finite value ≥ 0 per month; an optional series may instead be empty.
    void series(const std::string& field, const Series& s, bool required)
    {
        if (s.size() == 0 && !required)
            return;
        if (s.size() != m_months) {
            fail(field, std::string(required ? "must have" : "must be empty or have") + " one value per month: " +
                            std::to_string(m_months) + " expected, got " + std::to_string(s.size()));
            return;
        }
        for (Eigen::Index t = 0; t < s.size(); ++t) {
            if (!std::isfinite(s[t])) {
                fail(field, "must be a finite number; got " + formatNumber(s[t]) + " in month " + std::to_string(t));
                return;
            }
            if (s[t] < 0.0) {
                fail(field, "must not be negative; got " + formatNumber(s[t]) + " in month " + std::to_string(t));
                return;
            }
        }
    }

private:
    std::vector<Problem>& m_problems;
    int m_months;
};

void checkRole(TeamChecker& check, const RoleParameters& role, const std::string& path)
{
    check.atLeastZero(path + ".loaded_cost_per_month", role.loadedCostPerMonth);
    if (!(role.attritionPerYear >= 0.0 && role.attritionPerYear <= 1.0))
        check.fail(path + ".attrition_per_year",
                   "must be a fraction between 0 and 1 (0.12 for 12%); got " + formatNumber(role.attritionPerYear));
    check.atLeastZero(path + ".cost_per_hire", role.costPerHire);

    const std::string rulePath = path + "." + ruleField(role.rule);
    if (const auto* r = std::get_if<ExplicitHeadcount>(&role.rule))
        check.series(rulePath, r->headcount, true);
    else if (const auto* r = std::get_if<PerComponentGroupHeadcount>(&role.rule))
        check.positive(rulePath, r->engineersPerGroup);
    else if (const auto* r = std::get_if<SreHeadcount>(&role.rule))
        check.positive(rulePath, r->instancesPerSre);
    else if (const auto* r = std::get_if<SupportHeadcount>(&role.rule))
        check.positive(rulePath, r->usersPerSupportPerson);

    if (role.scaling) {
        const TeamScaling& s = *role.scaling;
        if (s.maxTeamSize < 1)
            check.fail(path + ".scaling.max_team_size", "must be 1 or more; got " + std::to_string(s.maxTeamSize));
        if (!(s.sigma >= 0.0 && s.sigma < 1.0))
            check.fail(path + ".scaling.sigma", "must be in [0, 1); got " + formatNumber(s.sigma));
        check.atLeastZero(path + ".scaling.kappa", s.kappa);
    }
}

void checkInputs(TeamChecker& check, const std::vector<RoleParameters>& roles, const TeamInputs& inputs)
{
    const auto uses = [&roles](auto tag) {
        return std::any_of(roles.begin(), roles.end(),
                           [](const RoleParameters& r) { return std::holds_alternative<decltype(tag)>(r.rule); });
    };
    check.series("users", inputs.users, uses(SupportHeadcount{}));
    check.series("instances", inputs.instances, uses(SreHeadcount{}));
    check.series("component_groups", inputs.componentGroups, uses(PerComponentGroupHeadcount{}));
    check.series("on_call.rotations", inputs.onCall.rotations, false);
    check.series("on_call.eligible", inputs.onCall.eligible, false);
    if (inputs.onCall.minPeoplePerRotation < 1)
        check.fail("on_call.min_people_per_rotation",
                   "must be 1 or more; got " + std::to_string(inputs.onCall.minPeoplePerRotation));
    if (!(inputs.recruitingCapacityPerMonth >= 0.0))
        check.fail("recruiting_capacity_per_month",
                   "must be 0 or more (infinity for no limit); got " + formatNumber(inputs.recruitingCapacityPerMonth));
    if (inputs.leadTimeMonths < 0 || inputs.leadTimeMonths > kMaxLeadTimeMonths)
        check.fail("lead_time_months", "must be between 0 and " + std::to_string(kMaxLeadTimeMonths) + "; got " +
                                           std::to_string(inputs.leadTimeMonths));
}

std::string rolePath(std::size_t index, const std::string& id)
{
    return "roles[" + (id.empty() ? std::to_string(index) : id) + "]";
}

Series sumOf(const std::vector<RoleProjection>& roles, Series RoleProjection::*member, int months)
{
    Series total = Series::Zero(months);
    for (const RoleProjection& r : roles)
        total += r.*member;
    return total;
}

} // namespace

std::vector<Problem> validateTeam(const std::vector<RoleParameters>& roles, const TeamInputs& inputs)
{
    std::vector<Problem> problems;
    if (inputs.months < 0) {
        problems.push_back({"months", "must be 0 or more; got " + std::to_string(inputs.months)});
        return problems;
    }
    TeamChecker check(problems, inputs.months);
    checkInputs(check, roles, inputs);
    std::set<std::string> ids;
    for (std::size_t i = 0; i < roles.size(); ++i) {
        const std::string path = rolePath(i, roles[i].id);
        if (roles[i].id.empty())
            check.fail(path + ".id", "must not be empty");
        else if (!ids.insert(roles[i].id).second)
            check.fail(path + ".id", "\"" + roles[i].id + "\" is used twice");
        checkRole(check, roles[i], path);
    }
    if (!problems.empty())
        return problems;
    // Valid parameters can still ask for more people than a double counts exactly (a tiny divisor).
    for (std::size_t i = 0; i < roles.size(); ++i) {
        const Series h = roleHeadcount(roles[i], inputs);
        for (Eigen::Index t = 0; t < h.size(); ++t) {
            if (!(h[t] <= kMaxHeadcount)) {
                check.fail(rolePath(i, roles[i].id) + "." + ruleField(roles[i].rule),
                           "asks for more than 10^9 people in month " + std::to_string(t));
                break;
            }
        }
    }
    return problems;
}

Series roleHeadcount(const RoleParameters& role, const TeamInputs& inputs)
{
    Series h(std::max(0, inputs.months));
    for (Eigen::Index t = 0; t < h.size(); ++t)
        h[t] = wholePeople(std::visit(RawHeadcount{inputs, t}, role.rule));
    return h;
}

Series hiresNeeded(const Series& headcount, double attritionPerYear)
{
    const double stay = 1.0 - attritionPerYear / 12.0;
    Series hires(headcount.size());
    for (Eigen::Index t = 0; t < headcount.size(); ++t) {
        const double previous = headcount[t > 0 ? t - 1 : 0];
        hires[t] = std::max(0.0, headcount[t] - stay * previous);
    }
    return hires;
}

RequisitionPlan openRequisitions(const Series& hires, int leadTimeMonths, double openAtStart)
{
    const Eigen::Index lead = std::max(0, leadTimeMonths);
    RequisitionPlan plan;
    plan.requisitions = Series::Zero(hires.size());
    for (Eigen::Index t = 0; t < hires.size(); ++t) {
        if (t >= lead) {
            plan.requisitions[t - lead] += hires[t];
            continue;
        }
        if (!exceeds(hires[t], openAtStart))
            continue; // brought by the requisitions open at the start
        const double late = hires[t] - openAtStart;
        plan.requisitions[0] += late;
        plan.late += late;
        if (!plan.firstLateMonth)
            plan.firstLateMonth = int(t);
    }
    return plan;
}

std::optional<int> firstMonthOnCallUndersized(const Series& eligible, const Series& rotations, int minPeoplePerRotation)
{
    const Eigen::Index months = std::min(eligible.size(), rotations.size());
    for (Eigen::Index t = 0; t < months; ++t) {
        if (rotations[t] * minPeoplePerRotation - eligible[t] > kOnCallShortfallTolerance)
            return int(t);
    }
    return std::nullopt;
}

double teamThroughput(int people, int maxTeamSize, double sigma, double kappa)
{
    if (maxTeamSize < 1 || !(sigma >= 0.0 && sigma < 1.0) || !(kappa >= 0.0 && std::isfinite(kappa)))
        return std::numeric_limits<double>::quiet_NaN();
    if (people <= 0)
        return 0.0;
    const long long n = people;
    const long long teams = (n + maxTeamSize - 1) / maxTeamSize;
    const long long base = n / teams;   // every team has base or base + 1 people
    const long long larger = n % teams; // how many have base + 1
    const double contention = 1.0 + sigma * double(n - 1);
    const auto team = [&](long long size) {
        const double s = double(size);
        return s / (contention + kappa * s * (s - 1.0));
    };
    return double(larger) * team(base + 1) + double(teams - larger) * team(base);
}

double teamThroughput(int people, const TeamScaling& scaling)
{
    return teamThroughput(people, scaling.maxTeamSize, scaling.sigma, scaling.kappa);
}

TeamProjection projectTeam(const std::vector<RoleParameters>& roles, const TeamInputs& inputs)
{
    TeamProjection out;
    out.problems = validateTeam(roles, inputs);
    if (!out.ok())
        return out;

    const int months = inputs.months;
    std::vector<double> stay;
    std::vector<double> openAtStart; // p_r: the hires a month the requisitions open at the start bring
    for (const RoleParameters& role : roles) {
        RoleProjection r;
        r.id = role.id;
        r.headcount = roleHeadcount(role, inputs);
        r.hires = hiresNeeded(r.headcount, role.attritionPerYear);
        openAtStart.push_back(months > 0 ? r.hires[0] : 0.0);
        RequisitionPlan plan = openRequisitions(r.hires, inputs.leadTimeMonths, openAtStart.back());
        r.requisitions = std::move(plan.requisitions);
        r.lateRequisitions = plan.late;
        out.lateRequisitions += plan.late;
        if (plan.firstLateMonth && (!out.firstMonthHiringLate || *plan.firstLateMonth < *out.firstMonthHiringLate))
            out.firstMonthHiringLate = plan.firstLateMonth;
        r.hired = Series::Zero(months);
        r.backlog = Series::Zero(months);
        r.actualHeadcount = Series::Zero(months);
        out.roles.push_back(std::move(r));
        stay.push_back(1.0 - role.attritionPerYear / 12.0);
    }

    // The stock of people in place, month by month: hires whose requisitions opened in time, within
    // recruiting capacity shared in proportion to need.
    out.overRecruitingCapacity.assign(std::size_t(months), false);
    out.ready = Series::Zero(months);
    std::vector<double> ready(roles.size());
    for (Eigen::Index t = 0; t < months; ++t) {
        const bool beforeLead = t < inputs.leadTimeMonths;
        double totalReady = 0.0;
        for (std::size_t i = 0; i < roles.size(); ++i) {
            const RoleProjection& r = out.roles[i];
            const double previous = t > 0 ? r.actualHeadcount[t - 1] : r.headcount[0];
            const double due = std::max(0.0, r.headcount[t] - stay[i] * previous);
            ready[i] = beforeLead ? std::min(due, openAtStart[i]) : due;
            totalReady += ready[i];
        }
        out.ready[t] = totalReady;
        const bool over = exceeds(totalReady, inputs.recruitingCapacityPerMonth);
        const double share = over ? inputs.recruitingCapacityPerMonth / totalReady : 1.0;
        out.overRecruitingCapacity[std::size_t(t)] = over;
        if (over && !out.firstMonthOverRecruitingCapacity)
            out.firstMonthOverRecruitingCapacity = int(t);
        for (std::size_t i = 0; i < roles.size(); ++i) {
            RoleProjection& r = out.roles[i];
            const double previous = t > 0 ? r.actualHeadcount[t - 1] : r.headcount[0];
            r.hired[t] = ready[i] * share;
            r.actualHeadcount[t] = std::min(r.headcount[t], stay[i] * previous + r.hired[t]);
            r.backlog[t] = r.headcount[t] - r.actualHeadcount[t];
        }
    }

    for (std::size_t i = 0; i < roles.size(); ++i) {
        RoleProjection& r = out.roles[i];
        r.cost = r.actualHeadcount * roles[i].loadedCostPerMonth;
        r.recruitingCost = r.hired * roles[i].costPerHire;
        if (roles[i].scaling) {
            r.throughput.resize(months);
            for (Eigen::Index t = 0; t < months; ++t)
                r.throughput[t] = teamThroughput(int(std::lround(r.actualHeadcount[t])), *roles[i].scaling);
        }
    }

    out.headcount = sumOf(out.roles, &RoleProjection::headcount, months);
    out.actualHeadcount = sumOf(out.roles, &RoleProjection::actualHeadcount, months);
    out.hires = sumOf(out.roles, &RoleProjection::hires, months);
    out.requisitions = sumOf(out.roles, &RoleProjection::requisitions, months);
    out.backlog = sumOf(out.roles, &RoleProjection::backlog, months);
    out.cost = sumOf(out.roles, &RoleProjection::cost, months);
    out.recruitingCost = sumOf(out.roles, &RoleProjection::recruitingCost, months);

    const OnCallParameters& onCall = inputs.onCall;
    const Series rotations = onCall.rotations.size() == months ? onCall.rotations : Series(Series::Zero(months));
    out.onCallRequired = rotations * double(onCall.minPeoplePerRotation);
    if (onCall.eligible.size() == months) {
        out.onCallEligible = onCall.eligible;
    } else {
        out.onCallEligible = Series::Zero(months);
        for (std::size_t i = 0; i < roles.size(); ++i) {
            if (std::holds_alternative<SreHeadcount>(roles[i].rule))
                out.onCallEligible += out.roles[i].actualHeadcount;
        }
    }
    out.firstMonthOnCallUndersized =
        firstMonthOnCallUndersized(out.onCallEligible, rotations, onCall.minPeoplePerRotation);
    return out;
}

} // namespace headroom::engine
