#pragma once

#include "engine/Engine.h"
#include "engine/Model.h"

#include <QtGlobal>

#include <string>
#include <utility>
#include <vector>

// The models the engine tests share, built in code, and shortcuts to their series.
namespace headroom::test {

using namespace headroom::engine;

// The slice of samples/saas-startup.headroom.json, built in code.
inline Model saasModel()
{
    Model m;
    m.name = "SaaS";
    m.start = {2027, 1};
    m.horizonMonths = 36;
    m.users.kind = CurveKind::Exponential;
    m.users.initial = 18000.0;
    m.users.monthlyGrowth = 0.11;
    m.catalog.push_back({"c7g.xlarge", "c7g.xlarge", 4, 8, 0.145});
    RequestClass requests;
    requests.id = "api";
    requests.name = "API";
    requests.requestsPerUserPerDay = 240.0;
    requests.peakToAverage = 3.2;
    requests.entryComponent = "api";
    m.requestClasses.push_back(requests);
    Component api;
    api.id = "api";
    api.name = "API service";
    api.scaling.instanceType = "c7g.xlarge";
    api.scaling.capacityPerInstance = 520.0;
    api.scaling.targetUtilization = 0.7;
    api.scaling.minInstances = 2;
    api.scaling.maxInstances = 24;
    api.scaling.usl = {0.03, 0.0004};
    m.components.push_back(api);
    return m;
}

inline Component component(const std::string& id, ScalingKind policy, double capacity, const std::string& type)
{
    Component c;
    c.id = id;
    c.name = id;
    c.scaling.kind = policy;
    c.scaling.instanceType = type;
    c.scaling.capacityPerInstance = capacity;
    c.scaling.minInstances = 1;
    c.scaling.maxInstances = 50;
    c.scaling.fixedInstances = 1;
    return c;
}

// 8 640 users making 100 requests a day each is 10 requests a second on average, 20 at peak.
// browse → api; api → cache ×2; cache (90% hits) → db; api → worker ×0.5, asynchronously.
inline Model graphModel()
{
    Model m;
    m.horizonMonths = 3;
    m.users.kind = CurveKind::Constant;
    m.users.initial = 8640.0;
    m.catalog.push_back({"c4", "4 vCPU", 4, 8, 0.2});
    m.catalog.push_back({"c2", "2 vCPU", 2, 4, 0.1});
    RequestClass browse;
    browse.id = "browse";
    browse.name = "Browse";
    browse.requestsPerUserPerDay = 100.0;
    browse.peakToAverage = 2.0;
    browse.entryComponent = "api";
    browse.sloMeanMs = 50.0;
    m.requestClasses.push_back(browse);
    m.components.push_back(component("api", ScalingKind::Horizontal, 500.0, "c4"));
    Component cache = component("cache", ScalingKind::Horizontal, 5000.0, "c2");
    cache.kind = ComponentKind::Cache;
    cache.cacheHitRatio = 0.9;
    m.components.push_back(cache);
    Component db = component("db", ScalingKind::Fixed, 2000.0, "c4");
    db.kind = ComponentKind::Database;
    db.scaling.concurrency = 8;
    m.components.push_back(db);
    m.components.push_back(component("worker", ScalingKind::Horizontal, 100.0, "c2"));
    m.calls = {{"api", "cache", 2.0, false}, {"cache", "db", 1.0, false}, {"api", "worker", 0.5, true}};
    return m;
}

// A scenario that sets numeric inputs by their paths.
inline Scenario overriding(const std::string& id, std::vector<QuantityOverride> quantities)
{
    Scenario s;
    s.id = id;
    s.quantities = std::move(quantities);
    return s;
}

inline const Series& componentSeries(const Results& r, const char* id, const char* key)
{
    for (const ComponentResult& c : r.components)
        if (c.id == id)
            return findSeries(c.series, key)->p50;
    qFatal("no component %s", id);
}

inline const Series& series(const Results& r, const char* key, const char* component = nullptr)
{
    const SeriesSummary* s = component ? findSeries(r.components.at(0).series, key) : findSeries(r.totals, key);
    if (!s)
        qFatal("missing series %s", key);
    return s->p50;
}

} // namespace headroom::test
