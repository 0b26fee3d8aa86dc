#include "ReferenceModel.h"

#include "engine/QuantityFields.h"

#include <span>
#include <string_view>
#include <utility>

namespace headroom::bench {

using namespace engine;

namespace {

// A quantity with a 90% interval around its estimate.
Quantity uncertain(double estimate, double lo, double hi)
{
    Quantity q = estimate;
    q.interval90 = Interval{lo, hi};
    return q;
}

// AWS us-east-1 Linux on-demand prices (Graviton 3, 2024). Third-party APIs run on no instance of
// ours: they are billed per call, outside this model, so their pseudo-type costs nothing.
std::vector<InstanceType> catalog()
{
    return {
        {"m7g.large", "m7g.large (general purpose)", 2, 8, 0.0816},
        {"m7g.xlarge", "m7g.xlarge (general purpose)", 4, 16, 0.1632},
        {"c7g.xlarge", "c7g.xlarge (compute)", 4, 8, 0.145},
        {"c7g.2xlarge", "c7g.2xlarge (compute)", 8, 16, 0.289},
        {"r7g.xlarge", "r7g.xlarge (memory)", 4, 32, 0.2142},
        {"r7g.4xlarge", "r7g.4xlarge (memory)", 16, 128, 0.8568},
        {"third-party", "Third-party API (billed per call)", 1, 1, 0.0},
    };
}

// One row of a component table. For a fixed policy `instances` is the fixed count and `max`
// is unused.
struct ComponentRow
{
    const char* id;
    const char* name;
    ScalingKind policy;
    const char* type;
    double capacityPerInstance; // operations per second at 100% on one instance
    int instances;              // minimum (horizontal) or fixed count
    int max;
    double sigma;
    double kappa;
    double targetUtilization;
};

constexpr auto kHorizontal = ScalingKind::Horizontal;
constexpr auto kFixed = ScalingKind::Fixed;

// Columns: id, name, policy, instance type, X(1), minimum or fixed instances, maximum, USL σ
// and κ, target utilization. Service capacities are per instance at 100% CPU, from load tests of
// typical JVM and Go services (1–30 ms of CPU per request).
// clang-format off
// Services, the workers behind the queues among them.
constexpr ComponentRow kServices[] = {
    {"gateway",             "Mobile API gateway",     kHorizontal, "c7g.xlarge",    2500.0, 2,  60, 0.02, 0.0001, 0.70},
    {"web-bff",             "Web front end",          kHorizontal, "c7g.xlarge",     600.0, 3, 120, 0.03, 0.0002, 0.70},
    {"auth",                "Auth service",           kHorizontal, "c7g.xlarge",    1500.0, 2,  60, 0.03, 0.0002, 0.70},
    {"profile",             "Profile service",        kHorizontal, "m7g.xlarge",    1200.0, 2,  40, 0.02, 0.0002, 0.70},
    {"catalog",             "Catalog service",        kHorizontal, "c7g.xlarge",    1000.0, 2, 120, 0.02, 0.0001, 0.70},
    {"search",              "Search service",         kHorizontal, "c7g.2xlarge",    400.0, 2,  80, 0.04, 0.0003, 0.65},
    {"recommendations",     "Recommendations",        kHorizontal, "c7g.2xlarge",    250.0, 2,  60, 0.05, 0.0004, 0.70},
    {"cart",                "Cart service",           kHorizontal, "m7g.large",      800.0, 2,  40, 0.02, 0.0002, 0.70},
    {"checkout",            "Checkout service",       kHorizontal, "m7g.xlarge",     150.0, 2,  40, 0.04, 0.0005, 0.60},
    {"payments",            "Payments service",       kHorizontal, "m7g.large",      300.0, 2,  30, 0.05, 0.0005, 0.60},
    {"orders",              "Order service",          kHorizontal, "m7g.xlarge",     500.0, 2,  40, 0.04, 0.0004, 0.70},
    {"media",               "Media upload service",   kHorizontal, "m7g.xlarge",      60.0, 2,  30, 0.02, 0.0002, 0.70},
    {"notification-worker", "Notification worker",    kHorizontal, "m7g.large",      200.0, 1,  30, 0.01, 0.0001, 0.80},
    {"fulfilment-worker",   "Fulfilment worker",      kHorizontal, "m7g.large",      100.0, 1,  30, 0.02, 0.0002, 0.80},
    {"analytics-worker",    "Analytics worker",       kHorizontal, "c7g.xlarge",    3000.0, 1,  20, 0.02, 0.0001, 0.80},
};

// Caches: the hit ratios are in kHitRatios.
constexpr ComponentRow kCaches[] = {
    {"session-cache",       "Session cache (Redis)",  kHorizontal, "r7g.xlarge",   40000.0, 2,  12, 0.01,    0.0, 0.70},
    {"profile-cache",       "Profile cache (Redis)",  kHorizontal, "r7g.xlarge",   30000.0, 2,  12, 0.01,    0.0, 0.70},
    {"catalog-cache",       "Catalog cache (Redis)",  kHorizontal, "r7g.xlarge",   40000.0, 2,  16, 0.01,    0.0, 0.70},
    {"search-cache",        "Search result cache",    kHorizontal, "r7g.xlarge",   25000.0, 2,  12, 0.01,    0.0, 0.70},
};

// Databases: three fixed primaries that will need sharding one day, and a search cluster.
constexpr ComponentRow kDatabases[] = {
    {"users-db",            "Users database",         kFixed,      "r7g.4xlarge",   1500.0, 2,   0, 0.08,  0.001, 0.70},
    {"catalog-db",          "Catalog database",       kFixed,      "r7g.4xlarge",   1800.0, 2,   0, 0.10,  0.002, 0.70},
    {"orders-db",           "Orders database",        kFixed,      "r7g.4xlarge",   1500.0, 2,   0, 0.10,  0.002, 0.60},
    {"search-index",        "Search index",           kHorizontal, "r7g.xlarge",     600.0, 3,  40, 0.05,  0.001, 0.70},
};

// Message brokers, three nodes each.
constexpr ComponentRow kQueues[] = {
    {"order-events",        "Order events queue",     kFixed,      "m7g.large",     6000.0, 3,   0, 0.03, 0.0005, 0.70},
    {"notification-queue",  "Notification queue",     kFixed,      "m7g.large",     6000.0, 3,   0, 0.03, 0.0005, 0.70},
    {"analytics-events",    "Analytics events queue", kFixed,      "m7g.large",     6000.0, 3,   0, 0.03, 0.0005, 0.70},
};

// Object storage, as a third-party API.
constexpr ComponentRow kStorage[] = {
    {"object-store",        "Object storage",         kFixed,      "third-party", 100000.0, 1,   0,  0.0,    0.0, 0.70},
};

// Third-party APIs, at their contracted rate limits.
constexpr ComponentRow kExternals[] = {
    {"payment-provider",    "Payment provider",       kFixed,      "third-party",   1000.0, 1,   0,  0.0,    0.0, 0.70},
    {"email-provider",      "E-mail provider",        kFixed,      "third-party",    500.0, 1,   0,  0.0,    0.0, 0.70},
    {"fraud-check",         "Fraud scoring API",      kFixed,      "third-party",    800.0, 1,   0,  0.0,    0.0, 0.70},
};
// clang-format on

// Third-party APIs take their contracted rate limit as capacity, and as many servers as keep
// their latency (payment 400 ms, e-mail 200 ms, fraud scoring 150 ms, object storage 10 ms).
struct Concurrency
{
    std::string_view id;
    int servers;
};
constexpr Concurrency kConcurrency[] = {
    {"object-store", 1000},
    {"payment-provider", 400},
    {"email-provider", 100},
    {"fraud-check", 120},
};

// Hit ratios of the caches, from their dashboards.
struct HitRatio
{
    std::string_view id;
    double hitRatio;
};
constexpr HitRatio kHitRatios[] = {
    {"session-cache", 0.95},
    {"profile-cache", 0.85},
    {"catalog-cache", 0.92},
    {"search-cache", 0.80},
};

Component componentOf(ComponentKind kind, const ComponentRow& row)
{
    Component c;
    c.id = row.id;
    c.name = row.name;
    c.kind = kind;
    ScalingPolicy& s = c.scaling;
    s.kind = row.policy;
    s.instanceType = row.type;
    s.capacityPerInstance = row.capacityPerInstance;
    s.targetUtilization = row.targetUtilization;
    if (row.policy == ScalingKind::Fixed) {
        s.fixedInstances = row.instances;
    } else {
        s.minInstances = row.instances;
        s.maxInstances = row.max;
    }
    s.usl = {row.sigma, row.kappa};
    for (const Concurrency& k : kConcurrency)
        if (k.id == row.id)
            s.concurrency = k.servers;
    for (const HitRatio& h : kHitRatios)
        if (h.id == row.id)
            c.cacheHitRatio = h.hitRatio;
    return c;
}

// Capacities measured on one load test each, so known to ±15–25%.
void addCapacityUncertainty(std::vector<Component>& components)
{
    struct Range
    {
        std::string_view id;
        double lo;
        double hi;
    };
    constexpr Range kRanges[] = {
        {"web-bff", 450.0, 700.0},
        {"search", 300.0, 480.0},
        {"checkout", 110.0, 180.0},
        {"catalog-db", 1400.0, 2200.0},
    };
    for (Component& c : components)
        for (const Range& r : kRanges)
            if (c.id == r.id)
                c.scaling.capacityPerInstance = uncertain(c.scaling.capacityPerInstance.estimate, r.lo, r.hi);
}

// 30 components: 15 services (3 of them workers), 4 caches, 4 databases, 3 queues, storage and 3
// third-party APIs.
std::vector<Component> components()
{
    const std::pair<ComponentKind, std::span<const ComponentRow>> groups[] = {
        {ComponentKind::Service, kServices}, {ComponentKind::Cache, kCaches},    {ComponentKind::Database, kDatabases},
        {ComponentKind::Queue, kQueues},     {ComponentKind::Storage, kStorage}, {ComponentKind::External, kExternals},
    };
    std::vector<Component> out;
    for (const auto& [kind, rows] : groups)
        for (const ComponentRow& row : rows)
            out.push_back(componentOf(kind, row));
    addCapacityUncertainty(out);
    return out;
}

// 8 classes entering at different components. Requests per user per day come from analytics of a
// similar shop, uncertain by about ±35%; peak-to-average from the busiest hour of a week.
std::vector<RequestClass> requestClasses()
{
    struct Row
    {
        const char* id;
        const char* name;
        const char* entry;
        double perDay, lo, hi;
        double peakToAverage;
        double sloMeanMs; // 0: none
        double sloP95Ms;  // 0: none
    };
    // clang-format off
    constexpr Row kRows[] = {
        {"browse",      "Browse pages",    "web-bff",  40.0, 28.0, 55.0, 2.5,  250.0,    0.0},
        {"search",      "Search",          "search",   12.0,  8.0, 18.0, 2.8,    0.0,  400.0},
        {"product",     "Product page",    "catalog",  25.0, 18.0, 34.0, 2.5,  150.0,    0.0},
        {"login",       "Sign in",         "auth",      1.5,  1.0,  2.2, 3.5,    0.0,    0.0},
        {"cart",        "Cart update",     "cart",      4.0,  2.5,  6.0, 3.0,    0.0,    0.0},
        {"checkout",    "Checkout",        "checkout",  0.3, 0.15,  0.5, 4.0, 1500.0, 3000.0},
        {"upload",      "Photo upload",    "media",     0.2,  0.1,  0.4, 2.0,    0.0,    0.0},
        {"mobile-sync", "Mobile app sync", "gateway",  20.0, 14.0, 28.0, 2.2,    0.0,  500.0},
    };
    // clang-format on
    std::vector<RequestClass> classes;
    for (const Row& row : kRows) {
        RequestClass rc;
        rc.id = row.id;
        rc.name = row.name;
        rc.entryComponent = row.entry;
        rc.requestsPerUserPerDay = uncertain(row.perDay, row.lo, row.hi);
        rc.peakToAverage = row.peakToAverage;
        if (row.sloMeanMs > 0.0)
            rc.sloMeanMs = row.sloMeanMs;
        if (row.sloP95Ms > 0.0)
            rc.sloP95Ms = row.sloP95Ms;
        classes.push_back(std::move(rc));
    }
    return classes;
}

// A DAG of 44 edges, plus the payment provider's retries (5% of its calls time out and are
// retried once): the one loop. Queues hand their messages to the workers asynchronously.
std::vector<CallEdge> calls()
{
    return {
        {"web-bff", "session-cache", 1.0},
        {"web-bff", "catalog", 2.0},
        {"web-bff", "recommendations", 0.5},
        {"web-bff", "profile", 0.3},
        {"web-bff", "analytics-events", 1.0},
        {"gateway", "auth", 1.0},
        {"gateway", "catalog", 0.8},
        {"gateway", "search", 0.4},
        {"gateway", "profile", 0.5},
        {"gateway", "cart", 0.3},
        {"gateway", "analytics-events", 1.0},
        {"auth", "session-cache", 1.0},
        {"session-cache", "users-db", 1.0},
        {"profile", "profile-cache", 1.0},
        {"profile-cache", "users-db", 1.0},
        {"catalog", "catalog-cache", 3.0},
        {"catalog-cache", "catalog-db", 1.0},
        {"search", "search-cache", 1.0},
        {"search", "catalog", 0.5},
        {"search-cache", "search-index", 1.0},
        {"recommendations", "catalog-cache", 5.0},
        {"recommendations", "profile-cache", 1.0},
        {"cart", "catalog-cache", 1.0},
        {"cart", "orders-db", 0.5},
        {"checkout", "auth", 1.0},
        {"checkout", "cart", 1.0},
        {"checkout", "fraud-check", 1.0},
        {"checkout", "payments", 1.0},
        {"checkout", "orders", 1.0},
        {"payments", "payment-provider", 1.0},
        {"payments", "orders-db", 2.0},
        {"payment-provider", "payment-provider", 0.05},
        {"orders", "orders-db", 3.0},
        {"orders", "order-events", 1.0},
        {"orders", "notification-queue", 1.0},
        {"order-events", "fulfilment-worker", 1.0, true},
        {"notification-queue", "notification-worker", 1.0, true},
        {"analytics-events", "analytics-worker", 1.0, true},
        {"notification-worker", "email-provider", 1.0},
        {"notification-worker", "profile-cache", 1.0},
        {"fulfilment-worker", "orders-db", 2.0},
        {"fulfilment-worker", "notification-queue", 1.0},
        {"analytics-worker", "object-store", 0.01},
        {"media", "auth", 1.0},
        {"media", "object-store", 2.0},
    };
}

} // namespace

Model referenceModel()
{
    Model m;
    m.name = "Benchmark reference: online shop";
    m.start = {2027, 1};
    m.horizonMonths = 60;
    m.users.kind = CurveKind::Exponential;
    m.users.initial = uncertain(50'000.0, 40'000.0, 65'000.0);
    m.users.monthlyGrowth = uncertain(0.06, 0.03, 0.09);
    m.catalog = catalog();
    m.requestClasses = requestClasses();
    m.components = components();
    m.calls = calls();
    return m;
}

Model withoutUncertainty(Model model)
{
    forEachQuantity(model, [](const FieldPath&, Quantity& q, const ValidRange&, bool) { q.interval90.reset(); });
    return model;
}

int uncertainInputCount(const Model& model)
{
    int count = 0;
    forEachQuantity(model, [&](const FieldPath&, const Quantity& q, const ValidRange&, bool used) {
        if (used && q.interval90 && q.interval90->hi > q.interval90->lo)
            ++count;
    });
    return count;
}

} // namespace headroom::bench
