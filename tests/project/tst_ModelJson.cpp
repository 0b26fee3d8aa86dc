#include "ModelTestSupport.h"
#include "TestSupport.h"
#include "project/ModelJson.h"
#include "project/ProjectFile.h"

#include <limits>

using namespace headroom;
using namespace headroom::engine;
using headroom::test::fieldsOf;
using nlohmann::json;

namespace {
json validDocument()
{
    return json::parse(R"({
      "format": "headroom-project", "format_version": 1, "name": "T", "start": "2027-03", "horizon_months": 12,
      "users": {"kind": "logistic", "initial": 100, "ceiling": {"estimate": 5000, "lo": 3000, "hi": 9000},
                "rate_per_month": 0.2},
      "catalog": [{"id": "m", "name": "M", "vcpu": 2, "memory_gb": 4, "price_per_hour": 0.1}],
      "request_classes": [{"id": "r", "requests_per_user_per_day": 10, "peak_to_average": 2, "entry": "c"}],
      "components": [{"id": "c", "name": "C", "kind": "database",
                      "scaling": {"policy": "fixed", "instance_type": "m", "capacity_per_instance": 50,
                                  "instances": 3}},
                     {"id": "v", "name": "V", "kind": "database",
                      "scaling": {"policy": "vertical", "ladder": ["m", "m"], "replicas": 2,
                                  "capacity_per_vcpu": {"estimate": 800, "lo": 600, "hi": 900}}},
                     {"id": "k", "kind": "cache", "cache_hit_ratio": 0.9,
                      "scaling": {"policy": "horizontal", "instance_type": "m", "capacity_per_instance": 5000,
                                  "min_instances": 1, "max_instances": 3, "concurrency": 4}}],
      "calls": [{"from": "c", "to": "k", "calls_per_operation": {"estimate": 2, "lo": 1, "hi": 3}, "async": true}],
      "team": {"roles": [{"id": "eng", "rule": "per_component_group", "loaded_cost_per_month": 15000,
                          "engineers_per_group": 4,
                          "scaling": {"sigma": {"estimate": 0.01, "lo": 0.005, "hi": 0.02}, "kappa": 0.004,
                                      "max_team_size": 6}},
                         {"id": "ops", "rule": "sre", "loaded_cost_per_month": 16000, "instances_per_sre": 40}],
               "lead_time_months": 3}
    })");
}
} // namespace

// The JSON form of a model: what it reads, what it refuses, and that it loses nothing.
class TestModelJson : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsEveryField()
    {
        const project::ModelParse p = project::modelFromJson(validDocument());
        QVERIFY2(p.model, p.problems.empty() ? "" : p.problems[0].toString().c_str());
        const Model& m = *p.model;
        QCOMPARE(m.start, (YearMonth{2027, 3}));
        QCOMPARE(m.horizonMonths, 12);
        QVERIFY(m.users.kind == CurveKind::Logistic);
        QCOMPARE(m.users.ceiling.estimate, 5000.0);
        QCOMPARE(m.users.ceiling.interval90, std::optional(Interval{3000, 9000}));
        QCOMPARE(m.requestClasses[0].name, std::string("r")); // the id stands in for a missing name
        QVERIFY(m.components[0].kind == ComponentKind::Database);
        QVERIFY(m.components[0].scaling.kind == ScalingKind::Fixed);
        QCOMPARE(m.components[0].scaling.fixedInstances, 3);
        QCOMPARE(m.components[0].scaling.targetUtilization.estimate, 0.7); // the documented default
        QVERIFY(m.components[1].scaling.kind == ScalingKind::Vertical);
        QCOMPARE(m.components[1].scaling.ladder, (std::vector<std::string>{"m", "m"}));
        QCOMPARE(m.components[1].scaling.replicas, 2);
        QCOMPARE(m.components[1].scaling.capacityPerVcpu.interval90, std::optional(Interval{600, 900}));
        QCOMPARE(m.components[2].cacheHitRatio.estimate, 0.9);
        QCOMPARE(m.components[2].scaling.concurrency, 4);
        QCOMPARE(m.calls.size(), std::size_t(1));
        QVERIFY(m.calls[0].async);
        QCOMPARE(m.calls[0].callsPerOperation.interval90, std::optional(Interval{1, 3}));
        QCOMPARE(m.team.leadTimeMonths, Quantity(3.0));
        QCOMPARE(m.team.roles.size(), std::size_t(2));
        QVERIFY(m.team.roles[0].scaling.has_value());
        QCOMPARE(m.team.roles[0].scaling->sigma.estimate, 0.01);
        QCOMPARE(m.team.roles[0].scaling->sigma.interval90, std::optional(Interval{0.005, 0.02}));
        QCOMPARE(m.team.roles[0].scaling->kappa, Quantity(0.004));
        QCOMPARE(m.team.roles[0].scaling->maxTeamSize, 6);
        QVERIFY(!m.team.roles[1].scaling.has_value());
    }

    void writesWhatItReads()
    {
        const Model m = *project::modelFromJson(validDocument()).model;
        const json written = project::modelToJson(m);
        QCOMPARE(*project::modelFromJson(json::parse(written.dump())).model, m);
        QCOMPARE(written["users"]["initial"].dump(), std::string("100")); // whole numbers stay whole
        QCOMPARE(written["team"]["roles"][0]["scaling"],
                 json::parse(R"({"sigma": {"estimate": 0.01, "lo": 0.005, "hi": 0.02}, "kappa": 0.004,
                                 "max_team_size": 6})"));
        QVERIFY(!written["team"]["roles"][1].contains("scaling")); // none given, none written
    }

    // A sharded component is read as a vertical one is, a ladder and a capacity per vCPU, and needs
    // no instance type or capacity per instance (each shard climbs the ladder); written, it carries
    // none of them.
    void shardedReadsLikeVertical()
    {
        json doc = validDocument();
        doc["components"][1]["scaling"]["policy"] = "sharded";
        doc["components"][1]["data"] = {{"gb_per_user", 0.1}, {"max_gb_per_shard", 100}};
        const project::ModelParse p = project::modelFromJson(doc);
        QVERIFY2(p.model, p.problems.empty() ? "" : p.problems[0].toString().c_str());
        const ScalingPolicy& s = p.model->components[1].scaling;
        QVERIFY(s.kind == ScalingKind::Sharded);
        QCOMPARE(s.ladder, (std::vector<std::string>{"m", "m"}));
        QCOMPARE(s.capacityPerVcpu.estimate, 800.0);
        const json written = project::modelToJson(*p.model)["components"][1]["scaling"];
        QVERIFY(!written.contains("instance_type"));
        QVERIFY(!written.contains("capacity_per_instance"));
        QCOMPARE(*project::modelFromJson(json::parse(project::modelToJson(*p.model).dump())).model, *p.model);

        doc["components"][1]["scaling"].erase("ladder"); // what a ladder policy cannot do without
        QVERIFY(fieldsOf(project::modelFromJson(doc).problems).contains(QStringLiteral("components[v].scaling.ladder")));
    }

    // Every number of a component's data but its retention may carry a 90% interval; written back,
    // a certain one stays a plain number, an uncertain one an object.
    void dataParametersReadAsQuantities()
    {
        json doc = validDocument();
        doc["components"][0]["data"] = json::parse(R"({
          "gb_per_user": {"estimate": 0.05, "lo": 0.03, "hi": 0.08}, "retention_months": 12,
          "backup_throughput_gb_per_hour": {"estimate": 100, "lo": 60, "hi": 160}, "backup_window_hours": 8,
          "write_share": {"estimate": 0.2, "lo": 0.1, "hi": 0.3}})");
        const project::ModelParse p = project::modelFromJson(doc);
        QVERIFY2(p.model, p.problems.empty() ? "" : p.problems[0].toString().c_str());
        const DataSpec& d = *p.model->components[0].data;
        QCOMPARE(d.growth.gbPerUser.estimate, 0.05);
        QCOMPARE(d.growth.gbPerUser.interval90, std::optional(Interval{0.03, 0.08}));
        QCOMPARE(d.growth.backupThroughputGbPerHour.interval90, std::optional(Interval{60, 160}));
        QCOMPARE(d.growth.backupWindowHours, Quantity(8.0));
        QCOMPARE(d.writeShare.interval90, std::optional(Interval{0.1, 0.3}));
        const json written = project::modelToJson(*p.model)["components"][0]["data"];
        QCOMPARE(written["gb_per_user"], json::parse(R"({"estimate": 0.05, "lo": 0.03, "hi": 0.08})"));
        QCOMPARE(written["backup_window_hours"].dump(), std::string("8"));
        QCOMPARE(written["retention_months"].dump(), std::string("12"));
        QCOMPARE(*project::modelFromJson(json::parse(project::modelToJson(*p.model).dump())).model, *p.model);
    }

    // A point's value, a seasonality multiplier and an event's multiplier may each carry a 90%
    // interval, as an object where a number stands otherwise; written back, a certain one stays a
    // plain number (so that older files keep their bytes), an uncertain one an object. The point's
    // month and the event's month and duration stay exact numbers.
    void curveItemsReadAsQuantities()
    {
        json doc = validDocument();
        doc["users"] = json::parse(R"({"kind": "piecewise",
          "points": [[0, 100], [6, {"estimate": 400, "lo": 300, "hi": 600}]],
          "seasonality": [0.9, 0.9, 1, 1, 1, 1, 0.9, 0.9, 1, 1, 1.1, {"estimate": 1.3, "lo": 1.1, "hi": 1.6}],
          "events": [{"month": 10, "multiplier": {"estimate": 1.8, "lo": 1.3, "hi": 2.6}, "duration_months": 1},
                     {"month": 3, "multiplier": 1.2}]})");
        const project::ModelParse p = project::modelFromJson(doc);
        QVERIFY2(p.model, p.problems.empty() ? "" : p.problems[0].toString().c_str());
        const Curve& users = p.model->users;
        QCOMPARE(users.points[0].value, Quantity(100.0));
        QCOMPARE(users.points[1].month, 6.0);
        QCOMPARE(users.points[1].value.interval90, std::optional(Interval{300, 600}));
        QCOMPARE(users.seasonality[10], Quantity(1.1));
        QCOMPARE(users.seasonality[11].interval90, std::optional(Interval{1.1, 1.6}));
        QCOMPARE(users.events[0].multiplier.interval90, std::optional(Interval{1.3, 2.6}));
        QCOMPARE(users.events[1].multiplier, Quantity(1.2));
        QCOMPARE(users.events[1].durationMonths, 1);

        const json written = project::modelToJson(*p.model)["users"];
        QCOMPARE(written["points"], doc["users"]["points"]);
        QCOMPARE(written["seasonality"], doc["users"]["seasonality"]);
        QCOMPARE(written["events"][0]["multiplier"], doc["users"]["events"][0]["multiplier"]);
        QCOMPARE(written["events"][1]["multiplier"].dump(), std::string("1.2"));
        QCOMPARE(*project::modelFromJson(json::parse(project::modelToJson(*p.model).dump())).model, *p.model);
    }

    // The daily peak, a reserved discount, a role's rule parameter and the lead time may carry a 90%
    // interval; written back, an uncertain one is an object and a certain one stays a plain number, so
    // files without intervals keep their bytes.
    void estimatesReadAsQuantities()
    {
        json doc = validDocument();
        doc["peak_hours"] = json::parse(R"({"estimate": 2, "lo": 1.5, "hi": 3})");
        doc["catalog"][0]["reserved_discount"] = json::parse(R"({"estimate": 0.3, "lo": 0.2, "hi": 0.4})");
        doc["team"]["roles"][1]["instances_per_sre"] = json::parse(R"({"estimate": 40, "lo": 25, "hi": 60})");
        doc["team"]["lead_time_months"] = json::parse(R"({"estimate": 2, "lo": 1, "hi": 4})");
        const project::ModelParse p = project::modelFromJson(doc);
        QVERIFY2(p.model, p.problems.empty() ? "" : p.problems[0].toString().c_str());
        const Model& m = *p.model;
        QCOMPARE(m.peakHours.interval90, std::optional(Interval{1.5, 3}));
        QCOMPARE(m.catalog[0].reservedDiscount.interval90, std::optional(Interval{0.2, 0.4}));
        QCOMPARE(m.team.roles[1].instancesPerSre.estimate, 40.0);
        QCOMPARE(m.team.roles[1].instancesPerSre.interval90, std::optional(Interval{25, 60}));
        QCOMPARE(m.team.roles[0].engineersPerGroup, Quantity(4.0));
        QCOMPARE(m.team.leadTimeMonths.interval90, std::optional(Interval{1, 4}));
        const json written = project::modelToJson(m);
        QCOMPARE(written["team"]["lead_time_months"], json::parse(R"({"estimate": 2, "lo": 1, "hi": 4})"));
        QCOMPARE(written["team"]["roles"][1]["instances_per_sre"], json::parse(R"({"estimate": 40, "lo": 25, "hi": 60})"));
        QCOMPARE(written["team"]["roles"][0]["engineers_per_group"].dump(), std::string("4"));
        QCOMPARE(written["peak_hours"], json::parse(R"({"estimate": 2, "lo": 1.5, "hi": 3})"));
        QCOMPARE(*project::modelFromJson(json::parse(written.dump())).model, m);
        const json plain = project::modelToJson(*project::modelFromJson(validDocument()).model);
        QCOMPARE(plain["team"]["lead_time_months"].dump(), std::string("3"));
        QCOMPARE(plain["peak_hours"].dump(), std::string("2"));
        QVERIFY(!plain["catalog"][0].contains("reserved_discount")); // none given, none written
    }

    // Found by the SQLite fuzzer: the .headroom file keeps a curve's interpolation on its own, so an
    // exponential curve can carry "log" with no points; the JSON form kept it only beside points.
    void interpolationSurvivesWithoutPoints()
    {
        Model m = *project::modelFromJson(validDocument()).model;
        m.users.logInterpolation = true;
        QVERIFY(m.users.points.empty());
        QCOMPARE(*project::modelFromJson(json::parse(project::modelToJson(m).dump())).model, m);
    }

    void mistypedAndMissingFieldsAreNamed_data()
    {
        QTest::addColumn<QString>("pointer");
        QTest::addColumn<QString>("replacement"); // JSON, or empty to remove the field
        QTest::addColumn<QString>("field");
        QTest::newRow("horizon as text") << "/horizon_months" << "\"36\"" << "horizon_months";
        QTest::newRow("horizon not whole") << "/horizon_months" << "12.5" << "horizon_months";
        QTest::newRow("start not a month") << "/start" << "\"March 2027\"" << "start";
        QTest::newRow("users missing") << "/users" << "" << "users";
        QTest::newRow("unknown curve kind") << "/users/kind" << "\"cubic\"" << "users.kind";
        QTest::newRow("initial as text") << "/users/initial" << "\"lots\"" << "users.initial";
        QTest::newRow("interval without hi") << "/users/ceiling" << "{\"estimate\": 1, \"lo\": 0}"
                                             << "users.ceiling.hi";
        QTest::newRow("seasonality multiplier as text")
            << "/users/seasonality" << "[1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, \"x\"]" << "users.seasonality[11]";
        QTest::newRow("event multiplier interval without lo")
            << "/users/events" << "[{\"month\": 1, \"multiplier\": {\"estimate\": 2, \"hi\": 3}}]"
            << "users.events[0].multiplier.lo";
        QTest::newRow("point value interval without hi") << "/users/points"
                                                         << "[[0, {\"estimate\": 2, \"lo\": 1}]]"
                                                         << "users.points[0].value.hi";
        QTest::newRow("point without its value") << "/users/points" << "[[0]]" << "users.points[0]";
        QTest::newRow("catalog not a list") << "/catalog" << "{}" << "catalog";
        QTest::newRow("component not an object") << "/components/0" << "7" << "components[0]";
        QTest::newRow("unknown policy") << "/components/0/scaling/policy" << "\"diagonal\""
                                        << "components[c].scaling.policy";
        QTest::newRow("missing entry") << "/request_classes/0/entry" << "" << "request_classes[r].entry";
        QTest::newRow("null price") << "/catalog/0/price_per_hour" << "null" << "catalog[m].price_per_hour";
        QTest::newRow("team scaling not an object") << "/team/roles/0/scaling" << "0.01" << "team.roles[eng].scaling";
        QTest::newRow("σ as text") << "/team/roles/0/scaling/sigma" << "\"low\"" << "team.roles[eng].scaling.sigma";
        QTest::newRow("team size missing") << "/team/roles/0/scaling/max_team_size" << ""
                                           << "team.roles[eng].scaling.max_team_size";
        QTest::newRow("team size not whole") << "/team/roles/0/scaling/max_team_size" << "6.5"
                                             << "team.roles[eng].scaling.max_team_size";
        QTest::newRow("lead time not whole") << "/team/lead_time_months" << "2.5" << "team.lead_time_months";
        QTest::newRow("lead time's estimate not whole") << "/team/lead_time_months"
                                                        << "{\"estimate\": 1.5, \"lo\": 1, \"hi\": 3}"
                                                        << "team.lead_time_months";
        QTest::newRow("instances per SRE as text") << "/team/roles/1/instances_per_sre" << "\"forty\""
                                                   << "team.roles[ops].instances_per_sre";
    }

    void mistypedAndMissingFieldsAreNamed()
    {
        QFETCH(QString, pointer);
        QFETCH(QString, replacement);
        QFETCH(QString, field);
        json doc = validDocument();
        const json::json_pointer ptr(pointer.toStdString());
        if (replacement.isEmpty())
            doc[ptr.parent_pointer()].erase(ptr.back());
        else
            doc[ptr] = json::parse(replacement.toStdString());
        const project::ModelParse p = project::modelFromJson(doc);
        QVERIFY(!p.model);
        QVERIFY2(fieldsOf(p.problems).contains(field), qPrintable(fieldsOf(p.problems).join(QLatin1String(", "))));
    }

    void hugeListsAreRefused()
    {
        json doc = validDocument();
        doc["catalog"] = json::array();
        for (std::size_t i = 0; i <= project::kMaxListLength; ++i)
            doc["catalog"].push_back(json::object());
        QVERIFY(fieldsOf(project::modelFromJson(doc).problems).contains(QLatin1String("catalog")));
    }

    void textThatIsNotAProjectIsRefused_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("status");
        QTest::newRow("empty") << "" << int(project::FileStatus::NotAProject);
        QTest::newRow("not JSON") << "format = headroom" << int(project::FileStatus::NotAProject);
        QTest::newRow("NaN is not JSON") << "{\"format\": \"headroom-project\", \"x\": NaN}"
                                         << int(project::FileStatus::NotAProject);
        QTest::newRow("another format") << "{\"format\": \"geojson\"}" << int(project::FileStatus::NotAProject);
        QTest::newRow("a list") << "[1, 2]" << int(project::FileStatus::NotAProject);
        QTest::newRow("newer version") << "{\"format\": \"headroom-project\", \"format_version\": 99}"
                                       << int(project::FileStatus::NewerVersion);
        QTest::newRow("no version") << "{\"format\": \"headroom-project\"}" << int(project::FileStatus::Damaged);
        QTest::newRow("fields missing") << "{\"format\": \"headroom-project\", \"format_version\": 1}"
                                        << int(project::FileStatus::InvalidContent);
    }

    void textThatIsNotAProjectIsRefused()
    {
        QFETCH(QString, text);
        QFETCH(int, status);
        const project::LoadOutcome out = project::projectFromJsonText(text.toStdString(), "input");
        QCOMPARE(int(out.status), status);
        QVERIFY(!out.message.empty());
        QVERIFY(!out.project);
    }
};

QTEST_APPLESS_MAIN(TestModelJson)
#include "tst_ModelJson.moc"
