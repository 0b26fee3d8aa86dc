#include "EngineTestModels.h"
#include "ModelTestSupport.h"
#include "TestSupport.h"

#include "engine/CurveBand.h"
#include "engine/ModelEdit.h"
#include "engine/Starter.h"
#include "engine/Validation.h"

#include <QTest>

using namespace headroom;
using namespace headroom::engine;

// Structural edits keep a model's references whole; the curve band brackets the curve.
class TestModelEdit : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void renamingAComponentRenamesEveryReference()
    {
        Model m = test::graphModel();
        m.costs.licences.push_back({"pg", "Postgres support", LicenceKind::PerNode, "db", 300.0, {}});
        Scenario s{"bigger-db", "Bigger DB", {{"components[db].scaling.capacity_per_instance", 4000.0}}, {}};
        s.scalings.push_back({"db", m.components[2].scaling});
        m.scenarios.push_back(s);
        renameId(m, PartKind::Component, "db", "postgres");
        QCOMPARE(m.components[2].id, std::string("postgres"));
        QCOMPARE(m.calls[1].to, std::string("postgres"));
        QCOMPARE(m.costs.licences[0].component, std::string("postgres"));
        QCOMPARE(m.scenarios[0].scalings[0].component, std::string("postgres"));
        QCOMPARE(m.scenarios[0].quantities[0].path, std::string("components[postgres].scaling.capacity_per_instance"));
        QVERIFY2(validate(m).empty(), qPrintable(test::fieldsOf(validate(m)).join(", ")));
        renameId(m, PartKind::Component, "api", "cache"); // taken: nothing changes
        QCOMPARE(m.components[0].id, std::string("api"));
        QCOMPARE(m.requestClasses[0].entryComponent, std::string("api"));
    }

    void renamingAnInstanceTypeRenamesLaddersAndPolicies()
    {
        Model m = test::graphModel();
        m.components[2].scaling.kind = ScalingKind::Vertical;
        m.components[2].scaling.ladder = {"c2", "c4"};
        // The old id given as a view of the id itself, as an editor's table gives it.
        renameId(m, PartKind::InstanceType, m.catalog[0].id, "m7g.xlarge");
        QCOMPARE(m.catalog[0].id, std::string("m7g.xlarge"));
        QCOMPARE(m.components[0].scaling.instanceType, std::string("m7g.xlarge"));
        QCOMPARE(m.components[2].scaling.ladder, (std::vector<std::string>{"c2", "m7g.xlarge"}));
        QCOMPARE(m.components[1].scaling.instanceType, std::string("c2"));
    }

    // A seat licence counts roles by id: renaming a role renames it there, removing one takes it out.
    void seatLicencesFollowTheirRoles()
    {
        Model m = test::graphModel();
        Role sre;
        sre.id = "sre";
        Role eng;
        eng.id = "eng";
        m.team.roles = {sre, eng};
        m.costs.licences.push_back({"pager", "Paging", LicenceKind::PerSeat, "", 40.0, {"sre", "eng"}});
        renameId(m, PartKind::Role, "sre", "platform");
        QCOMPARE(m.costs.licences[0].roles, (std::vector<std::string>{"platform", "eng"}));
        QVERIFY2(validate(m).empty(), qPrintable(test::fieldsOf(validate(m)).join(", ")));
        removePart(m, PartKind::Role, "platform");
        QCOMPARE(m.costs.licences[0].roles, std::vector<std::string>{"eng"});
        QVERIFY(validate(m).empty());
    }

    void removingAComponentTakesItsCallsAndOverrides()
    {
        Model m = test::graphModel();
        m.costs.licences.push_back({"cdn", "Cache nodes", LicenceKind::PerNode, "cache", 30.0, {}});
        m.scenarios.push_back({"s", "S",
                               {{"components[cache].cache_hit_ratio", 0.5},
                                {"users.initial", 9000.0},
                                {"calls[1].calls_per_operation", 2.0},
                                {"calls[2].calls_per_operation", 0.7},
                                {"costs.licences[cdn].price_per_month", 35.0}},
                               {}});
        removePart(m, PartKind::Component, "cache");
        QCOMPARE(int(m.components.size()), 3);
        QCOMPARE(int(m.calls.size()), 1); // api → worker is all that is left
        QCOMPARE(m.calls[0].to, std::string("worker"));
        QVERIFY(m.costs.licences.empty());
        // The override of api → worker follows it to the first place; cache → db's goes with it.
        QCOMPARE(int(m.scenarios[0].quantities.size()), 2);
        QCOMPARE(m.scenarios[0].quantities[0].path, std::string("users.initial"));
        QCOMPARE(m.scenarios[0].quantities[1].path, std::string("calls[0].calls_per_operation"));
        QCOMPARE(m.scenarios[0].quantities[1].value.estimate, 0.7);
        QVERIFY2(validate(m).empty(), qPrintable(test::fieldsOf(validate(m)).join(", ")));
    }

    // A scenario's override of a curve's point or event stays on that point or event when another
    // is removed or inserted before it, and goes with it when it is removed; other lists' and other
    // curves' overrides (points[1] of a request class's trend, points[10] against points[1]) stay.
    void overridesOfAListsItemsFollowTheirItems()
    {
        Model m = test::graphModel();
        m.users.kind = CurveKind::Piecewise;
        for (int i = 0; i < 12; ++i)
            m.users.points.push_back({double(2 * i), 1000.0 * (i + 1)});
        m.users.events = {{3, 1.5, 1}, {9, 2.0, 2}};
        m.scenarios.push_back({"s", "S",
                               {{"users.points[1].value", 2500.0},
                                {"users.points[2].value", 3500.0},
                                {"users.points[10].value", 11500.0},
                                {"users.events[1].multiplier", 2.5},
                                {"users.initial", 9000.0},
                                {"request_classes[browse].requests_trend.points[2].value", 1.2}},
                               {}});
        const auto paths = [&m] {
            std::vector<std::string> out;
            for (const QuantityOverride& o : m.scenarios[0].quantities)
                out.push_back(o.path);
            return out;
        };

        m.users.points.erase(m.users.points.begin() + 1);
        listItemRemoved(m, "users.points", 1);
        QCOMPARE(paths(), (std::vector<std::string>{"users.points[1].value", "users.points[9].value",
                                                    "users.events[1].multiplier", "users.initial",
                                                    "request_classes[browse].requests_trend.points[2].value"}));
        QCOMPARE(m.scenarios[0].quantities[0].value.estimate, 3500.0); // the old point 2's value, on it still

        m.users.points.insert(m.users.points.begin(), {0.5, 800.0});
        listItemInserted(m, "users.points", 0);
        QCOMPARE(paths()[0], std::string("users.points[2].value"));
        QCOMPARE(paths()[1], std::string("users.points[10].value"));
        QCOMPARE(paths()[2], std::string("users.events[1].multiplier"));

        m.users.events.erase(m.users.events.begin());
        listItemRemoved(m, "users.events", 0);
        QCOMPARE(paths()[2], std::string("users.events[0].multiplier"));

        listCleared(m, "users.points");
        QCOMPARE(paths(), (std::vector<std::string>{"users.events[0].multiplier", "users.initial",
                                                    "request_classes[browse].requests_trend.points[2].value"}));
    }

    // Turning off an optional part takes the overrides of its fields, and only those.
    void removingAnOptionalPartTakesItsOverrides()
    {
        Model m = test::graphModel();
        m.scenarios.push_back({"s", "S",
                               {{"components[db].data.gb_per_user", 0.5},
                                {"components[db].data.ingest_trend.points[0].value", 2.0},
                                {"components[db].database_size", 1.0},
                                {"components[db].data_x", 1.0},
                                {"costs.revenue_per_user_per_month", 4.0},
                                {"costs.revenue_per_user_per_month_x", 4.0}},
                               {}});
        removeOverridesOf(m, "components[db].data");
        removeOverridesOf(m, "costs.revenue_per_user_per_month");
        std::vector<std::string> left;
        for (const QuantityOverride& o : m.scenarios[0].quantities)
            left.push_back(o.path);
        QCOMPARE(left, (std::vector<std::string>{"components[db].database_size", "components[db].data_x",
                                                 "costs.revenue_per_user_per_month_x"}));
    }

    // A licence removed from the table takes the overrides of it, by id, and those of licences
    // named by their place move with them.
    void removingALicenceTakesItsOverrides()
    {
        Model m = test::graphModel();
        m.costs.licences.push_back({"apm", "APM", LicenceKind::PerNode, "api", 30.0, {}});
        m.costs.licences.push_back({"", "Unnamed", LicenceKind::Fixed, "", 10.0, {}});
        m.scenarios.push_back(
            {"s", "S", {{"costs.licences[apm].price_per_month", 35.0}, {"costs.licences[1].price_per_month", 12.0}}, {}});
        removeLicence(m, 0);
        QCOMPARE(int(m.costs.licences.size()), 1);
        QCOMPARE(int(m.scenarios[0].quantities.size()), 1);
        QCOMPARE(m.scenarios[0].quantities[0].path, std::string("costs.licences[0].price_per_month"));
        removeLicence(m, 5); // no such licence: nothing
        QCOMPARE(int(m.costs.licences.size()), 1);
    }

    void removingAnEntryLeavesAProblemThatNamesIt()
    {
        Model m = test::graphModel();
        removePart(m, PartKind::Component, "api");
        const QStringList fields = test::fieldsOf(validate(m));
        QVERIFY2(fields.contains(QStringLiteral("request_classes[browse].entry")), qPrintable(fields.join(", ")));
    }

    void duplicatingAComponentCopiesItsCallsUnderAFreeId()
    {
        Model m = test::graphModel();
        QCOMPARE(duplicatePart(m, PartKind::Component, "cache"), std::string("cache-2"));
        QCOMPARE(duplicatePart(m, PartKind::Component, "cache"), std::string("cache-3"));
        QCOMPARE(m.components[1].id, std::string("cache"));
        QCOMPARE(m.components[2].id, std::string("cache-3")); // each copy right after the original
        QCOMPARE(m.components[3].name, std::string("cache (copy)"));
        QCOMPARE(int(m.calls.size()), 3 + 2 + 2);
        QVERIFY(validate(m).empty());
        QVERIFY(duplicatePart(m, PartKind::Component, "nope").empty());
        QCOMPARE(uniqueId(m, PartKind::Scenario, "s"), std::string("s"));
    }

    void theStarterModelIsValidAndRuns()
    {
        const Model m = starterModel({2027, 3});
        QVERIFY2(validate(m).empty(), qPrintable(test::fieldsOf(validate(m)).join(", ")));
        RunOptions options;
        options.samples = 50;
        const RunOutcome outcome = run(m, options);
        QVERIFY(outcome.ok());
        QCOMPARE(outcome.results->months, 36);
        QCOMPARE(outcome.results->start, (YearMonth{2027, 3}));
    }

    void aCertainCurveHasNoBand()
    {
        Curve c;
        c.kind = CurveKind::Exponential;
        c.initial = 1000.0;
        c.monthlyGrowth = 0.05;
        const CurveBand band = curveBand(c, 12);
        QCOMPARE(band.p5.size(), 12);
        QVERIFY((band.p5 == band.p95).all());
        HEADROOM_COMPARE_REL(band.p50[11], 1000.0 * std::pow(1.05, 11), test::kExactArithmetic);
    }

    void theBandOfAnUncertainGrowthRateBracketsItsQuantiles()
    {
        // Growth drawn lognormal with median 5% and σ = ln(8/3) / (2·z95) (Uncertainty.h): its 5th
        // and 95th percentiles are 5%·e^(∓ln(8/3)/2). Month t's value is monotone in g, so its
        // percentiles are the curve at those rates.
        Curve c;
        c.kind = CurveKind::Exponential;
        c.initial = 1000.0;
        c.monthlyGrowth = Quantity{0.05};
        c.monthlyGrowth.interval90 = Interval{0.03, 0.08};
        const CurveBand band = curveBand(c, 25, 1, 20000); // a percentile's error shrinks as 1/√n
        const double halfWidth = std::log(0.08 / 0.03) / 2.0;
        HEADROOM_COMPARE_REL(band.p5[24], 1000.0 * std::pow(1.0 + 0.05 * std::exp(-halfWidth), 24), 0.03);
        HEADROOM_COMPARE_REL(band.p95[24], 1000.0 * std::pow(1.0 + 0.05 * std::exp(halfWidth), 24), 0.03);
        HEADROOM_COMPARE_REL(band.p50[24], 1000.0 * std::pow(1.05, 24), 0.03);
        QVERIFY(band.p5[0] == 1000.0 && band.p95[0] == 1000.0); // t = 0 does not depend on g
    }
};

QTEST_GUILESS_MAIN(TestModelEdit)
#include "tst_ModelEdit.moc"
