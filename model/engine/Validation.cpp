#include "engine/Validation.h"

#include "engine/Model.h"
#include "engine/NumberText.h"
#include "engine/QuantityFields.h"
#include "engine/Scenarios.h"
#include "engine/TeamModel.h"
#include "engine/Traffic.h"

#include <algorithm>
#include <cmath>
#include <set>

namespace headroom::engine {

namespace {

constexpr int kMaxInstances = 1'000'000;
constexpr int kMaxConcurrency = 100'000;

// Collects problems, one per field.
class Checker
{
public:
    explicit Checker(std::vector<Problem>& problems) : m_problems(problems) {}

    void fail(const std::string& field, const std::string& message) { m_problems.push_back({field, message}); }

    // A problem, unless its field (or its field's interval) has one already.
    void failOnce(const std::string& field, const std::string& message)
    {
        const std::string_view base = std::string_view(field).substr(0, field.rfind(".interval"));
        const auto named = [&](const Problem& p) { return p.field == field || p.field == base; };
        if (std::none_of(m_problems.begin(), m_problems.end(), named))
            fail(field, message);
    }

    // A quantity's estimate and interval are finite and in range, and the interval holds the estimate.
    void quantity(const std::string& field, const Quantity& q, const ValidRange& range)
    {
        if (!std::isfinite(q.estimate)) {
            fail(field, "must be a finite number; got " + formatNumber(q.estimate));
            return;
        }
        if (!range.contains(q.estimate)) {
            fail(field, "must be " + describe(range) + "; got " + formatNumber(q.estimate));
            return;
        }
        if (!q.interval90)
            return;
        const Interval& iv = *q.interval90;
        if (!std::isfinite(iv.lo) || !std::isfinite(iv.hi))
            fail(field + ".interval", "bounds must be finite numbers");
        else if (!(iv.lo <= q.estimate && q.estimate <= iv.hi))
            fail(field + ".interval", "must contain the estimate " + formatNumber(q.estimate) + "; got " +
                                          formatInterval(iv.lo, iv.hi));
        else if (!range.contains(iv.lo) || !range.contains(iv.hi))
            fail(field + ".interval", "bounds must be " + describe(range));
    }

    void positive(const std::string& field, double value)
    {
        if (!(std::isfinite(value) && value > 0.0))
            fail(field, "must be greater than 0; got " + formatNumber(value));
    }

    void count(const std::string& field, int value, int min)
    {
        if (value < min || value > kMaxInstances)
            fail(field, "must be between " + std::to_string(min) + " and " + std::to_string(kMaxInstances) +
                            "; got " + std::to_string(value));
    }

    // A non-empty id, not seen before in its list.
    void id(const std::string& field, const std::string& value, std::set<std::string>& seen)
    {
        if (value.empty())
            fail(field, "must not be empty");
        else if (!seen.insert(value).second)
            fail(field, "\"" + value + "\" is used twice");
    }

private:
    std::vector<Problem>& m_problems;
};

std::string itemPath(const char* list, std::size_t index, const std::string& id)
{
    return std::string(list) + "[" + (id.empty() ? std::to_string(index) : id) + "]";
}

// The parts of a curve that are not quantities: the points' months, the values, how many seasonality
// multipliers there are and their mean, the events' months. The points' values, the multipliers and
// the events' multipliers are quantities, checked with the others (QuantityFields.h).
void checkCurveShape(Checker& check, const std::string& path, const Curve& c, int horizonMonths)
{
    if (c.kind == CurveKind::Piecewise) {
        if (c.points.empty())
            check.fail(path + ".points", "must hold at least one point");
        for (std::size_t i = 0; i < c.points.size(); ++i) {
            const CurvePoint& p = c.points[i];
            const std::string at = path + ".points[" + std::to_string(i) + "]";
            if (!std::isfinite(p.month))
                check.fail(at, "must be at a month from the start, a finite number");
            else if (i > 0 && !(p.month > c.points[i - 1].month))
                check.fail(at, "must come after the point before it");
        }
    }
    if (c.kind == CurveKind::Explicit) {
        if (c.values.empty())
            check.fail(path + ".values", "must hold at least one value");
        for (std::size_t i = 0; i < c.values.size(); ++i)
            if (!std::isfinite(c.values[i]) || c.values[i] < 0.0)
                check.fail(path + ".values[" + std::to_string(i) + "]", "must be a number, 0 or more");
    }
    if (!c.seasonality.empty()) {
        double sum = 0.0;
        bool positive = true; // else each multiplier out of range has its own problem
        for (const Quantity& m : c.seasonality) {
            positive = positive && std::isfinite(m.estimate) && m.estimate > 0.0;
            sum += m.estimate;
        }
        if (c.seasonality.size() != 12)
            check.fail(path + ".seasonality", "must be 12 multipliers above 0, January first; got " +
                                                  std::to_string(c.seasonality.size()));
        else if (positive && std::abs(sum / 12.0 - 1.0) > 1e-3)
            check.fail(path + ".seasonality", "must average 1 (they shape the year, not its level); they average " +
                                                  formatNumber(sum / 12.0));
    }
    for (std::size_t i = 0; i < c.events.size(); ++i) {
        const CurveEvent& e = c.events[i];
        const std::string at = path + ".events[" + std::to_string(i) + "]";
        if (e.month < 0 || e.month >= horizonMonths)
            check.fail(at + ".month", "must be a month of the horizon (0 to " + std::to_string(horizonMonths - 1) + ")");
        if (e.durationMonths < 1 || e.durationMonths > 240)
            check.fail(at + ".duration_months", "must be between 1 and 240");
    }
}

// A seat licence counts the people of its roles: each must be a role of the team, once, and a team
// without roles has no seats to count.
void checkSeatRoles(Checker& check, const Model& model, const std::string& path, const Licence& l)
{
    if (model.team.roles.empty()) {
        check.fail(path + ".kind", "is per_seat, but the team has no roles whose people need seats");
        return;
    }
    std::set<std::string> seen;
    for (std::size_t i = 0; i < l.roles.size(); ++i) {
        const std::string at = path + ".roles[" + std::to_string(i) + "]";
        const auto& roles = model.team.roles;
        if (std::none_of(roles.begin(), roles.end(), [&](const Role& r) { return r.id == l.roles[i]; }))
            check.fail(at, "names no role of the team: \"" + l.roles[i] + "\"");
        else if (!seen.insert(l.roles[i]).second)
            check.fail(at, "names the role \"" + l.roles[i] + "\" twice");
    }
}

void checkCosts(Checker& check, const Model& model)
{
    const CostSettings& c = model.costs;
    std::set<std::string> ids;
    for (std::size_t i = 0; i < c.licences.size(); ++i) {
        const Licence& l = c.licences[i];
        const std::string path = itemPath("costs.licences", i, l.id);
        check.id(path + ".id", l.id, ids);
        if (l.kind == LicenceKind::PerNode && !model.findComponent(l.component))
            check.fail(path + ".component", "names no component: \"" + l.component + "\"");
        if (l.kind == LicenceKind::PerSeat)
            checkSeatRoles(check, model, path, l);
    }
    if (c.targetCostPerUser)
        check.positive("costs.target_cost_per_user", *c.targetCostPerUser);
    for (const PriceTrendField& price : kPriceTrends) {
        const std::optional<Curve>& curve = c.*price.trend;
        if (!curve || model.horizonMonths < kMinHorizonMonths || model.horizonMonths > kMaxHorizonMonths)
            continue;
        const std::string path = "costs." + std::string(price.key);
        checkCurveShape(check, path, *curve, model.horizonMonths);
        const Series trend = evaluate(*curve, model.horizonMonths, model.start.month);
        if (!(trend > 0.0).all() || !trend.allFinite() || (trend > 1e6).any())
            check.fail(path, "must stay a positive multiplier over the horizon");
    }
    if (c.unitCostRisingMonths < 2 || c.unitCostRisingMonths > 24)
        check.fail("costs.unit_cost_rising_months",
                   "must be between 2 and 24; got " + std::to_string(c.unitCostRisingMonths));
}

// What a component stores: DataGrowth.h's checks, named under the component's data.
void checkData(Checker& check, const std::string& componentPath, const Component& c, const Model& model)
{
    if (!c.data)
        return;
    if (c.data->ingestTrend && model.horizonMonths >= kMinHorizonMonths && model.horizonMonths <= kMaxHorizonMonths) {
        const std::string path = componentPath + ".data.ingest_trend";
        checkCurveShape(check, path, *c.data->ingestTrend, model.horizonMonths);
        const Series trend = evaluate(*c.data->ingestTrend, model.horizonMonths, model.start.month);
        if (!trend.allFinite() || (trend < 0.0).any() || (trend > 1e6).any())
            check.fail(path, "must stay a multiplier between 0 and 10^6 over the horizon");
    }
    // The walk over every quantity has checked most fields against their ranges already: report
    // what only DataGrowth knows (the cross-field rules, the fields the policy does not use), once.
    for (const auto& [field, message] : checkDataParameters(c.data->growth))
        check.failOnce(componentPath + ".data." + field, message);
    // The write share too, which the walk skips unless the component is sharded.
    std::vector<Problem> writeShare;
    Checker(writeShare).quantity(componentPath + ".data.write_share", c.data->writeShare, range::kProbability);
    for (const Problem& p : writeShare)
        check.failOnce(p.field, p.message);
}

// A vertical ladder: instance types from the catalog, smallest first.
void checkLadder(Checker& check, const Model& model, const std::string& path, const ScalingPolicy& s)
{
    check.count(path + ".replicas", s.replicas, 1);
    if (s.ladder.empty()) {
        check.fail(path + ".ladder", "must name at least one instance type");
        return;
    }
    double previousVcpu = 0.0;
    for (std::size_t i = 0; i < s.ladder.size(); ++i) {
        const InstanceType* type = model.findInstanceType(s.ladder[i]);
        const std::string field = path + ".ladder[" + std::to_string(i) + "]";
        if (!type) {
            check.fail(field, "names no instance type in the catalog: \"" + s.ladder[i] + "\"");
            return;
        }
        if (type->vcpu < 1.0)
            check.fail(field, "has fewer than 1 vCPU: a ladder scales across whole cores");
        else if (type->vcpu < previousVcpu)
            check.fail(field, "has fewer vCPUs than the step before it: a ladder goes from the smallest type up");
        previousVcpu = type->vcpu;
    }
}

// Users must stay positive and finite over the horizon: cost per user divides by them.
void checkUsersSeries(Checker& check, const Model& model)
{
    const Series users = evaluate(model.users, model.horizonMonths, model.start.month);
    for (Eigen::Index t = 0; t < users.size(); ++t) {
        const std::string month = model.start.plusMonths(int(t)).toString();
        if (!std::isfinite(users[t]) || users[t] > range::kUsers.max) {
            check.fail("users", "grows beyond 10^12 users by " + month);
            return;
        }
        if (users[t] <= 0.0) {
            check.fail("users", "falls to zero or below in " + month);
            return;
        }
    }
}

void checkStructure(Checker& check, const Model& model)
{
    std::set<std::string> typeIds;
    for (std::size_t i = 0; i < model.catalog.size(); ++i) {
        const InstanceType& type = model.catalog[i];
        const std::string path = itemPath("catalog", i, type.id);
        check.id(path + ".id", type.id, typeIds);
        check.positive(path + ".vcpu", type.vcpu);
        check.positive(path + ".memory_gb", type.memoryGb);
    }
    std::set<std::string> classIds;
    for (std::size_t i = 0; i < model.requestClasses.size(); ++i) {
        const RequestClass& rc = model.requestClasses[i];
        const std::string path = itemPath("request_classes", i, rc.id);
        check.id(path + ".id", rc.id, classIds);
        if (!model.findComponent(rc.entryComponent))
            check.fail(path + ".entry", "names no component: \"" + rc.entryComponent + "\"");
        if (rc.sloMeanMs)
            check.positive(path + ".slo.mean_ms", *rc.sloMeanMs);
        if (rc.sloP95Ms)
            check.positive(path + ".slo.p95_ms", *rc.sloP95Ms);
        if (rc.requestsTrend && model.horizonMonths >= kMinHorizonMonths && model.horizonMonths <= kMaxHorizonMonths) {
            checkCurveShape(check, path + ".requests_trend", *rc.requestsTrend, model.horizonMonths);
            const Series trend = evaluate(*rc.requestsTrend, model.horizonMonths, model.start.month);
            if (!trend.allFinite() || (trend < 0.0).any() || (trend > 1e6).any())
                check.fail(path + ".requests_trend", "must stay a multiplier between 0 and 10^6 over the horizon");
        }
    }
    std::set<std::string> componentIds;
    for (std::size_t i = 0; i < model.components.size(); ++i) {
        const Component& c = model.components[i];
        const std::string path = itemPath("components", i, c.id) + ".scaling";
        const ScalingPolicy& s = c.scaling;
        check.id(itemPath("components", i, c.id) + ".id", c.id, componentIds);
        if (!(std::isfinite(c.maxLagMinutes) && c.maxLagMinutes >= 0.0))
            check.fail(itemPath("components", i, c.id) + ".max_lag_minutes",
                       "must be 0 (not checked) or more; got " + formatNumber(c.maxLagMinutes));
        const bool ladder = climbsLadder(s.kind);
        checkData(check, itemPath("components", i, c.id), c, model);
        if (!ladder && !model.findInstanceType(s.instanceType))
            check.fail(path + ".instance_type", "names no instance type in the catalog: \"" + s.instanceType + "\"");
        if (s.concurrency < 0 || s.concurrency > kMaxConcurrency)
            check.fail(path + ".concurrency", "must be between 0 (the instance type's vCPUs) and " +
                                                  std::to_string(kMaxConcurrency) + "; got " +
                                                  std::to_string(s.concurrency));
        if (s.kind == ScalingKind::Fixed) {
            check.count(path + ".instances", s.fixedInstances, 1);
            continue;
        }
        if (ladder) {
            checkLadder(check, model, path, s);
            const bool limited = c.data && (c.data->growth.maxGbPerShard.estimate > 0.0 ||
                                            c.data->growth.maxWritesPerSecondPerShard.estimate > 0.0);
            if (s.kind == ScalingKind::Sharded && !limited)
                check.fail(path + ".policy", "sharded needs data with max_gb_per_shard or "
                                             "max_writes_per_second_per_shard to know how many shards to run");
            continue;
        }
        check.count(path + ".min_instances", s.minInstances, 1);
        if (s.maxInstances < s.minInstances || s.maxInstances > kMaxInstances)
            check.fail(path + ".max_instances", "must be between min_instances (" + std::to_string(s.minInstances) +
                                                    ") and " + std::to_string(kMaxInstances) + "; got " +
                                                    std::to_string(s.maxInstances));
    }
}

int indexOf(const Model& model, const std::string& id)
{
    for (std::size_t i = 0; i < model.components.size(); ++i)
        if (model.components[i].id == id)
            return int(i);
    return -1;
}

// Every call names two components, and the graph stays solvable with every λ ≥ 0 even at the
// worst corner of the uncertainty: each multiplier at the top of its interval, each hit ratio at
// the bottom (draws never leave these intervals; QuantityFields.h).
void checkCalls(Checker& check, const Model& model, bool quantitiesOk)
{
    CallGraph worst;
    for (const Component& c : model.components) {
        worst.names.push_back(c.name.empty() ? c.id : c.name);
        const Quantity& h = c.cacheHitRatio;
        worst.hitRatio.push_back(c.kind != ComponentKind::Cache ? 0.0 : (h.interval90 ? h.interval90->lo : h.estimate));
    }
    bool structureOk = true;
    for (std::size_t i = 0; i < model.calls.size(); ++i) {
        const CallEdge& e = model.calls[i];
        const std::string path = "calls[" + std::to_string(i) + "]";
        const int from = indexOf(model, e.from);
        const int to = indexOf(model, e.to);
        if (from < 0)
            check.fail(path + ".from", "names no component: \"" + e.from + "\"");
        if (to < 0)
            check.fail(path + ".to", "names no component: \"" + e.to + "\"");
        structureOk = structureOk && from >= 0 && to >= 0;
        const Quantity& m = e.callsPerOperation;
        worst.edges.push_back({from, to, m.interval90 ? m.interval90->hi : m.estimate, e.async});
    }
    if (!structureOk || !quantitiesOk)
        return;
    const TrafficSetup setup = TrafficSolver::prepare(worst);
    if (!setup.ok())
        check.fail("calls", setup.message);
}

// Each scenario has its own id, applies cleanly, and gives a valid model; its problems are named
// under the scenario ("scenarios[shard].components[db].scaling.ladder").
void checkScenarios(Checker& check, const Model& model)
{
    std::set<std::string> ids;
    for (std::size_t i = 0; i < model.scenarios.size(); ++i) {
        const Scenario& s = model.scenarios[i];
        const std::string path = itemPath("scenarios", i, s.id);
        check.id(path + ".id", s.id, ids);
        const ScenarioModel applied = applyScenario(model, s);
        for (const Problem& p : applied.problems)
            check.fail(p.field, p.message);
        if (applied.model)
            for (const Problem& p : validate(*applied.model))
                check.fail(path + "." + p.field, p.message);
    }
}

} // namespace

std::vector<Problem> validate(const Model& model)
{
    std::vector<Problem> problems;
    Checker check(problems);
    const bool horizonOk = model.horizonMonths >= kMinHorizonMonths && model.horizonMonths <= kMaxHorizonMonths;
    if (!horizonOk)
        check.fail("horizon_months", "must be between 1 and 240; got " + std::to_string(model.horizonMonths));

    bool usersOk = true;
    bool quantitiesOk = true;
    forEachQuantity(model, [&](const FieldPath& path, const Quantity& q, const ValidRange& range, bool used) {
        if (!used)
            return;
        const std::size_t before = problems.size();
        check.quantity(path.toString(), q, range);
        if (problems.size() != before) {
            quantitiesOk = false;
            usersOk = usersOk && path.list != "users";
        }
    });
    const std::size_t beforeShapes = problems.size();
    checkCurveShape(check, "users", model.users, model.horizonMonths);
    for (std::size_t i = 0; i < model.team.roles.size(); ++i)
        checkCurveShape(check, itemPath("team.roles", i, model.team.roles[i].id) + ".headcount",
                        model.team.roles[i].headcount, model.horizonMonths);
    usersOk = usersOk && problems.size() == beforeShapes;
    if (horizonOk && usersOk)
        checkUsersSeries(check, model);
    checkStructure(check, model);
    checkCalls(check, model, quantitiesOk);
    checkCosts(check, model);
    if (horizonOk) {
        // Team.h checks the quantities' estimates again: a field already named keeps one message.
        const std::vector<Problem> before = problems;
        for (const Problem& p : validateTeamOf(model))
            if (std::none_of(before.begin(), before.end(), [&p](const Problem& q) { return q.field == p.field; }))
                check.fail(p.field, p.message);
    }
    if (problems.empty())
        checkScenarios(check, model);
    return problems;
}

} // namespace headroom::engine
