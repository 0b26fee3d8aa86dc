#include "EngineTestModels.h"
#include "TestSupport.h"

using namespace headroom;
using namespace headroom::engine;
using namespace headroom::test;

// What graphModel's architecture costs, by category and over time, against values worked by hand:
// compute with reservations, egress, licences (per node, fixed, per seat) and the price trends.
class TestCosts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Constant 8 640 users. Compute: api, cache, worker one instance each and the db one, i.e.
    // 0.2 + 0.1 + 0.2 + 0.1 per hour, 40% of hours reserved at 30% off the c4 type only:
    // (0.2·(1 − 0.12) + 0.1 + 0.2·(1 − 0.12) + 0.1)·730 = 402.96. Egress 8 640 · 0.5 GB · $0.09 =
    // 388.80. Licences: $50 per api node and $100 fixed = 150. Revenue $2 per user. The prices are
    // the test model's; the 730-hour month is AWS's published one (AWS Pricing Calculator, "Pricing
    // assumptions": 365 days × 24 hours / 12 months), checked in tst_PublishedValues.
    void costsAddUpByCategory()
    {
        Model m = graphModel();
        m.catalog[0].reservedDiscount = 0.3;
        m.costs.reservedShare = 0.4;
        m.costs.egressGbPerUserPerMonth = 0.5;
        m.costs.egressPricePerGb = 0.09;
        m.costs.licences.push_back({"apm", "APM", LicenceKind::PerNode, "api", 50.0, {}});
        m.costs.licences.push_back({"errors", "Errors", LicenceKind::Fixed, "", 100.0, {}});
        m.costs.revenuePerUserPerMonth = Quantity(2.0);
        m.costs.targetCostPerUser = 0.1;
        const Results r = *run(m).results;
        const auto total = [&](const char* key, int t) { return findSeries(r.totals, key)->p50[t]; };
        HEADROOM_COMPARE_REL(total(keys::kComputeCost, 0), 402.96, test::kHandWorked);
        HEADROOM_COMPARE_REL(total(keys::kEgressCost, 0), 388.8, test::kHandWorked);
        HEADROOM_COMPARE_REL(total(keys::kLicenceCost, 0), 150.0, test::kHandWorked);
        const double cost = 402.96 + 388.8 + 150.0;
        HEADROOM_COMPARE_REL(total(keys::kCost, 0), cost, test::kHandWorked);
        HEADROOM_COMPARE_REL(total(keys::kCumulativeCost, 2), 3 * cost, test::kHandWorked);
        // 100 requests a day is 100 · 365/12 = 3 041.67 a month per user.
        HEADROOM_COMPARE_REL(total(keys::kCostPerMillionRequests, 0), cost / (8640 * 100 * 365.0 / 12 / 1e6),
                             test::kHandWorked);
        HEADROOM_COMPARE_REL(total(keys::kGrossMargin, 0), (2 * 8640 - cost) / (2 * 8640), test::kHandWorked);
        bool overTarget = false;
        for (const Bottleneck& b : r.bottlenecks)
            overTarget |= b.kind == BottleneckKind::CostPerUserOverTarget && b.subject == "cost";
        QVERIFY(overTarget); // $0.109 per user against $0.10
    }
    // Seats are the people in place: support 9 and SREs 5. A tool for the SREs at $40 a seat costs
    // 5 × 40 = 200; one for everyone at $12 a seat 14 × 12 = 168: $368 of licences a month.
    void aSeatLicenceCountsThePeopleOfItsRoles()
    {
        Model m = graphModel();
        Role support;
        support.id = "support";
        support.rule = HeadcountRuleKind::Support;
        support.usersPerSupportPerson = 1000.0;
        support.attritionPerYear = 0.0;
        Role sre;
        sre.id = "sre";
        sre.rule = HeadcountRuleKind::Sre;
        sre.instancesPerSre = 1.0;
        sre.attritionPerYear = 0.0;
        m.team.roles = {support, sre};
        m.team.onCallRotations = 1;
        m.team.minPeoplePerRotation = 5;
        m.costs.licences.push_back({"pager", "Paging", LicenceKind::PerSeat, "", 40.0, {"sre"}});
        m.costs.licences.push_back({"chat", "Chat", LicenceKind::PerSeat, "", 12.0, {}});
        RunOutcome out = run(m);
        QVERIFY2(out.ok(), out.problems.empty() ? "" : out.problems[0].toString().c_str());
        HEADROOM_COMPARE_REL(findSeries(out.results->totals, keys::kLicenceCost)->p50[0], 368.0,
                             test::kExactArithmetic);

        m.costs.licences[0].roles = {"sre", "ops"};
        out = run(m);
        QCOMPARE(out.problems.size(), std::size_t(1));
        QCOMPARE(out.problems[0].field, std::string("costs.licences[pager].roles[1]"));
        m.costs.licences[0].roles = {"sre", "sre"};
        QCOMPARE(run(m).problems.at(0).field, std::string("costs.licences[pager].roles[1]"));
        m.costs.licences[0].roles = {"sre"};
        m.team.roles.clear();
        out = run(m);
        QCOMPARE(out.problems.size(), std::size_t(2)); // both seat licences: no one to seat
        QCOMPARE(out.problems[0].field, std::string("costs.licences[pager].kind"));
    }
    // Instance prices falling 10% a month: compute in month 2 is 0.9² = 0.81 of month 0's.
    // Each price trend multiplies its own prices and no other: −10% a month is 0.81 of the cost by
    // month 2 for its category (constant users and instances), the other categories flat.
    void priceTrendsScaleTheirPrices_data()
    {
        QTest::addColumn<int>("trend"); // index into kPriceTrends
        QTest::addColumn<QString>("category");
        QTest::newRow("compute") << 0 << keys::kComputeCost;
        QTest::newRow("storage") << 1 << keys::kStorageCost;
        QTest::newRow("egress") << 2 << keys::kEgressCost;
        QTest::newRow("licences") << 3 << keys::kLicenceCost;
    }
    void priceTrendsScaleTheirPrices()
    {
        QFETCH(int, trend);
        QFETCH(QString, category);
        Model m = graphModel();
        m.components[2].data = DataSpec{};
        m.components[2].data->growth.gbPerUser = 0.1; // 864 GB, constant
        m.components[2].data->storagePricePerGbMonth = 0.1;
        m.costs.egressGbPerUserPerMonth = 0.5;
        m.costs.egressPricePerGb = 0.09;
        m.costs.licences.push_back({"apm", "APM", LicenceKind::PerNode, "api", 50.0, {}});
        m.costs.licences.push_back({"errors", "Errors", LicenceKind::Fixed, "", 100.0, {}});
        Curve falling;
        falling.kind = CurveKind::Exponential;
        falling.initial = 1.0;
        falling.monthlyGrowth = -0.1;
        const PriceTrendField& field = kPriceTrends[std::size_t(trend)];
        m.costs.*field.trend = falling;
        const Results r = *run(m).results;
        for (const char* key : {keys::kComputeCost, keys::kStorageCost, keys::kEgressCost, keys::kLicenceCost}) {
            const Series& cost = findSeries(r.totals, key)->p50;
            QVERIFY2(cost[0] > 0.0, key);
            const double factor = category == QLatin1String(key) ? 0.81 : 1.0;
            HEADROOM_COMPARE_REL(cost[2], factor * cost[0], test::kHandWorked);
        }
        HEADROOM_COMPARE_REL(findSeries(r.totals, keys::kStorageCost)->p50[0], 86.4, test::kHandWorked);

        (m.costs.*field.trend)->kind = CurveKind::Linear;
        (m.costs.*field.trend)->slopePerMonth = -0.6; // zero by month 2
        QCOMPARE(run(m).problems.at(0).field, "costs." + std::string(field.key));
    }
};

QTEST_APPLESS_MAIN(TestCosts)
#include "tst_Costs.moc"
