#include "engine/Validation.h"

#include "engine/Model.h"

#include <cmath>
#include <cstdio>
#include <set>

namespace headroom::engine {

namespace {

std::string formatNumber(double value)
{
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.6g", value);
    return buffer;
}

// Collects problems under a path prefix, with one helper per kind of range.
class Checker
{
public:
    explicit Checker(std::vector<Problem>& problems) : m_problems(problems) {}

    void fail(const std::string& field, const std::string& message) { m_problems.push_back({field, message}); }

    // A quantity whose estimate (and interval, if any) is finite and satisfies `ok`.
    template <typename Predicate>
    void quantity(const std::string& field, const Quantity& q, Predicate ok, const char* rangeText)
    {
        if (!std::isfinite(q.estimate)) {
            fail(field, "must be a finite number; got " + formatNumber(q.estimate));
            return;
        }
        if (!ok(q.estimate)) {
            fail(field, std::string("must be ") + rangeText + "; got " + formatNumber(q.estimate));
            return;
        }
        if (!q.interval90)
            return;
        const Interval& iv = *q.interval90;
        if (!std::isfinite(iv.lo) || !std::isfinite(iv.hi))
            fail(field + ".interval", "bounds must be finite numbers");
        else if (!(iv.lo <= q.estimate && q.estimate <= iv.hi))
            fail(field + ".interval", "must contain the estimate " + formatNumber(q.estimate) + "; got [" +
                                          formatNumber(iv.lo) + ", " + formatNumber(iv.hi) + "]");
        else if (!ok(iv.lo) || !ok(iv.hi))
            fail(field + ".interval", std::string("bounds must be ") + rangeText);
    }

    void positive(const std::string& field, const Quantity& q)
    {
        quantity(field, q, [](double v) { return v > 0.0; }, "greater than 0");
    }
    void nonNegative(const std::string& field, const Quantity& q)
    {
        quantity(field, q, [](double v) { return v >= 0.0; }, "0 or more");
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

void checkUsers(Checker& check, const Model& model)
{
    const Curve& c = model.users;
    check.positive("users.initial", c.initial);
    switch (c.kind) {
    case CurveKind::Constant:
        break;
    case CurveKind::Linear:
        check.quantity("users.slope_per_month", c.slopePerMonth, [](double) { return true; }, "a number");
        break;
    case CurveKind::Exponential:
        check.quantity("users.monthly_growth", c.monthlyGrowth, [](double g) { return g > -1.0 && g <= 10.0; },
                       "above -1 (−100%) and at most 10 (+1000% a month)");
        break;
    case CurveKind::Logistic:
        check.positive("users.ceiling", c.ceiling);
        check.nonNegative("users.rate_per_month", c.ratePerMonth);
        break;
    }
}

// Users must stay positive and finite over the horizon: cost per user divides by them.
void checkUsersSeries(Checker& check, const Model& model)
{
    const Series users = evaluate(model.users, model.horizonMonths);
    for (Eigen::Index t = 0; t < users.size(); ++t) {
        if (!std::isfinite(users[t]) || users[t] > 1e12) {
            check.fail("users", "grows beyond 10^12 users by " + model.start.plusMonths(int(t)).toString());
            return;
        }
        if (users[t] <= 0.0) {
            check.fail("users", "falls to zero or below in " + model.start.plusMonths(int(t)).toString());
            return;
        }
    }
}

void checkCatalog(Checker& check, const Model& model)
{
    std::set<std::string> ids;
    for (std::size_t i = 0; i < model.catalog.size(); ++i) {
        const InstanceType& type = model.catalog[i];
        const std::string path = itemPath("catalog", i, type.id);
        check.id(path + ".id", type.id, ids);
        check.positive(path + ".vcpu", type.vcpu);
        check.positive(path + ".memory_gb", type.memoryGb);
        check.nonNegative(path + ".price_per_hour", type.pricePerHour);
    }
}

void checkRequestClasses(Checker& check, const Model& model)
{
    std::set<std::string> ids;
    for (std::size_t i = 0; i < model.requestClasses.size(); ++i) {
        const RequestClass& rc = model.requestClasses[i];
        const std::string path = itemPath("request_classes", i, rc.id);
        check.id(path + ".id", rc.id, ids);
        check.nonNegative(path + ".requests_per_user_per_day", rc.requestsPerUserPerDay);
        check.quantity(path + ".peak_to_average", rc.peakToAverage, [](double p) { return p >= 1.0; }, "1 or more");
        if (!model.findComponent(rc.entryComponent))
            check.fail(path + ".entry", "names no component: \"" + rc.entryComponent + "\"");
    }
}

void checkScaling(Checker& check, const Model& model, const std::string& path, const ScalingPolicy& s)
{
    if (!model.findInstanceType(s.instanceType))
        check.fail(path + ".instance_type", "names no instance type in the catalog: \"" + s.instanceType + "\"");
    check.positive(path + ".capacity_per_instance", s.capacityPerInstance);
    check.quantity(path + ".target_utilization", s.targetUtilization, [](double u) { return u > 0.0 && u <= 1.0; },
                   "in (0, 1]");
    check.quantity(path + ".usl.sigma", s.usl.sigma, [](double v) { return v >= 0.0 && v < 1.0; }, "in [0, 1)");
    check.nonNegative(path + ".usl.kappa", s.usl.kappa);
    constexpr int kMaxInstances = 1'000'000;
    if (s.kind == ScalingKind::Fixed) {
        if (s.fixedInstances < 1 || s.fixedInstances > kMaxInstances)
            check.fail(path + ".instances", "must be between 1 and 1000000; got " + std::to_string(s.fixedInstances));
        return;
    }
    if (s.minInstances < 1 || s.minInstances > kMaxInstances)
        check.fail(path + ".min_instances", "must be between 1 and 1000000; got " + std::to_string(s.minInstances));
    if (s.maxInstances < s.minInstances || s.maxInstances > kMaxInstances)
        check.fail(path + ".max_instances", "must be between min_instances (" + std::to_string(s.minInstances) +
                                                ") and 1000000; got " + std::to_string(s.maxInstances));
}

void checkComponents(Checker& check, const Model& model)
{
    std::set<std::string> ids;
    for (std::size_t i = 0; i < model.components.size(); ++i) {
        const Component& c = model.components[i];
        const std::string path = itemPath("components", i, c.id);
        check.id(path + ".id", c.id, ids);
        checkScaling(check, model, path + ".scaling", c.scaling);
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
    const std::size_t before = problems.size();
    checkUsers(check, model);
    if (horizonOk && problems.size() == before)
        checkUsersSeries(check, model);
    checkCatalog(check, model);
    checkRequestClasses(check, model);
    checkComponents(check, model);
    return problems;
}

} // namespace headroom::engine
