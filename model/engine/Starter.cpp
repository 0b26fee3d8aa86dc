#include "engine/Starter.h"

namespace headroom::engine {

Model starterModel(YearMonth start)
{
    Model m;
    m.name = "Untitled";
    m.start = start;
    m.horizonMonths = 36;
    m.users.kind = CurveKind::Exponential;
    m.users.initial = 5000.0;
    m.users.monthlyGrowth = Quantity{0.06};
    m.users.monthlyGrowth.interval90 = Interval{0.03, 0.09};

    // AWS us-east-1 on-demand, Linux (aws.amazon.com/ec2/pricing/on-demand).
    m.catalog = {
        {"m7g.large", "m7g.large", 2, 8, 0.0816, 0.35},
        {"m7g.xlarge", "m7g.xlarge", 4, 16, 0.1632, 0.35},
        {"r7g.large", "r7g.large", 2, 16, 0.1071, 0.35},
        {"r7g.xlarge", "r7g.xlarge", 4, 32, 0.2142, 0.35},
        {"r7g.2xlarge", "r7g.2xlarge", 8, 64, 0.4284, 0.35},
    };

    RequestClass api;
    api.id = "api";
    api.name = "API requests";
    api.requestsPerUserPerDay = 60.0;
    api.peakToAverage = 3.0;
    api.entryComponent = "api";
    api.sloP95Ms = 300.0;
    m.requestClasses.push_back(api);

    Component service;
    service.id = "api";
    service.name = "API service";
    service.scaling.kind = ScalingKind::Horizontal;
    service.scaling.instanceType = "m7g.large";
    service.scaling.capacityPerInstance = 400.0;
    service.scaling.minInstances = 2;
    service.scaling.maxInstances = 40;
    service.scaling.targetUtilization = 0.6;
    service.scaling.usl = {0.02, 0.0001};
    m.components.push_back(service);

    Component db;
    db.id = "db";
    db.name = "Database";
    db.kind = ComponentKind::Database;
    db.scaling.kind = ScalingKind::Vertical;
    db.scaling.ladder = {"r7g.large", "r7g.xlarge", "r7g.2xlarge"};
    db.scaling.capacityPerVcpu = 900.0;
    db.scaling.replicas = 1;
    db.scaling.targetUtilization = 0.6;
    db.scaling.usl = {0.05, 0.0};
    DataSpec data;
    data.growth.gbPerUser = 0.002;
    data.growth.ingestGbPerUserPerMonth = 0.0005;
    data.growth.replicationFactor = 2.0;
    data.growth.backupThroughputGbPerHour = 200.0;
    data.growth.backupWindowHours = 4.0;
    data.growth.workingSetFraction = 0.2;
    data.growth.missPenalty = 5.0;
    data.storagePricePerGbMonth = 0.115; // RDS gp3, us-east-1
    data.writeShare = 0.2;
    db.data = data;
    m.components.push_back(db);
    m.calls.push_back({"api", "db", 2.0, false});

    Role engineer;
    engineer.id = "engineer";
    engineer.name = "Software engineer";
    engineer.loadedCostPerMonth = 16000.0;
    engineer.costPerHire = 20000.0;
    engineer.headcount.kind = CurveKind::Constant;
    engineer.headcount.initial = 4.0;
    m.team.roles.push_back(engineer);
    return m;
}

} // namespace headroom::engine
