#include "ProjectTestSupport.h"
#include "TestSupport.h"
#include "project/InputsHash.h"
#include "project/ProjectFile.h"
#include "project/SqliteStore.h"

#include <QTemporaryDir>

using namespace headroom;
using namespace headroom::project;
using namespace headroom::test;

// Saving and opening project files: round trips and identity (tst_BadFiles refuses what is not ours).
class TestProjectFile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { QVERIFY(m_dir.isValid()); }

    void sqliteRoundTripKeepsModelAndResults()
    {
        const Project original = sampleWithResults();
        const QString path = m_dir.filePath(QStringLiteral("plan.headroom"));
        QVERIFY(saveProject(path.toStdString(), original).ok());
        const LoadOutcome loaded = loadProject(path.toStdString());
        QVERIFY2(loaded.ok(), loaded.message.c_str());
        QCOMPARE(loaded.project->model, original.model);
        QVERIFY(loaded.project->lastRun.has_value());
        QVERIFY(loaded.project->lastRun->results == original.lastRun->results);
        // Among them, the team's roles and each component's instance types (schema 2).
        const engine::Results& r = loaded.project->lastRun->results;
        QCOMPARE(r.roles.size(), original.model.team.roles.size());
        QVERIFY(!r.roles.empty() && !r.roles[0].series.empty());
        QCOMPARE(r.components.at(2).instanceTypes, original.model.components.at(2).scaling.ladder);
        QCOMPARE(r.components.at(0).instanceTypes.size(), std::size_t(1));
        QCOMPARE(loaded.project->lastRun->inputsHash, original.lastRun->inputsHash);
        QCOMPARE(loaded.project->lastRun->computedAt, std::string("2027-01-01T00:00:00Z"));
    }

    // Every field, set to a value of its own, survives both forms.
    void everyPartOfTheModelRoundTrips()
    {
        Project p = sampleWithResults();
        engine::DataSpec data;
        engine::DataParameters& g = data.growth;
        g.gbPerUser = 0.05;
        g.ingestGbPerUserPerMonth = 0.002;
        g.retentionMonths = 24;
        g.replicationFactor = 2.0;
        g.compressionRatio = 1.5;
        g.backupThroughputGbPerHour = 900.0;
        g.restoreThroughputGbPerHour = 700.0;
        g.backupWindowHours = 4.0;
        g.rtoHours = 6.0;
        g.workingSetFraction = 0.15;
        g.missPenalty = 4.0;
        g.maxGbPerShard = 2000.0;
        g.maxWritesPerSecondPerShard = 3000.0;
        data.storagePricePerGbMonth = engine::Quantity(0.115);
        data.storagePricePerGbMonth.interval90 = engine::Interval{0.10, 0.13};
        data.writeShare = 0.3;
        // An interval of its own on every quantity of the data, so that no two columns can swap unseen.
        double widen = 0.1;
        for (engine::Quantity* q : {&g.gbPerUser, &g.ingestGbPerUserPerMonth, &g.replicationFactor, &g.compressionRatio,
                                    &g.backupThroughputGbPerHour, &g.restoreThroughputGbPerHour, &g.backupWindowHours,
                                    &g.rtoHours, &g.workingSetFraction, &g.missPenalty, &g.maxGbPerShard,
                                    &g.maxWritesPerSecondPerShard, &data.writeShare}) {
            q->interval90 = engine::Interval{q->estimate * (1.0 - widen / 2.0), q->estimate * (1.0 + widen)};
            widen += 0.01;
        }
        engine::Curve richer;
        richer.kind = engine::CurveKind::Piecewise;
        richer.points = {{0, 1}, {24, 1.6}};
        data.ingestTrend = richer;
        p.model.components.at(2).data = data;
        p.model.users.seasonality = {0.9, 0.9, 0.95, 1, 1, 1, 1, 0.95, 1, 1, 1.1, 1.2};
        p.model.users.seasonality[1].interval90 = engine::Interval{0.8, 0.95};
        p.model.users.seasonality[11].interval90 = engine::Interval{1.05, 1.5};
        p.model.users.events = {{4, 1.3, 2}, {10, 2.5, 1}}; // the second uncertain: no interval moves up
        p.model.users.events[1].multiplier.interval90 = engine::Interval{1.8, 3.2};
        engine::Curve hiring;
        hiring.kind = engine::CurveKind::Piecewise;
        hiring.points = {{0, 4}, {12, 9.5}, {24, 14}};
        hiring.points[1].value.interval90 = engine::Interval{8.0, 12.0};
        hiring.logInterpolation = true;
        p.model.team.roles.at(0).headcount = hiring;
        engine::RoleScaling teams{engine::Quantity(0.01), engine::Quantity(0.004), 6};
        teams.sigma.interval90 = engine::Interval{0.005, 0.02};
        p.model.team.roles.at(0).scaling = teams; // the next role has none: no value carries over
        p.model.team.roles.at(2).scaling = engine::RoleScaling{0.0, 0.05, 1};
        // The team's estimates, each its own interval; the next role's stay certain, so no bound carries over.
        engine::Role& first = p.model.team.roles.at(0);
        first.attritionPerYear = engine::Quantity(0.15);
        first.attritionPerYear.interval90 = engine::Interval{0.10, 0.22};
        first.costPerHire = engine::Quantity(12'000.0);
        first.costPerHire.interval90 = engine::Interval{8'000.0, 20'000.0};
        p.model.team.roles.at(2).costPerHire = engine::Quantity(3'000.0);
        p.model.team.roles.at(2).costPerHire.interval90 = engine::Interval{2'500.0, 4'000.0};
        p.model.team.recruitingCapacityPerMonth = engine::Quantity(3.0);
        p.model.team.recruitingCapacityPerMonth.interval90 = engine::Interval{2.0, 4.5};
        // Schema 6's estimates, each its own interval; the first role's rule parameter and the other
        // types' discounts stay certain, so no bound carries over.
        p.model.peakHours = engine::Quantity(2.5);
        p.model.peakHours.interval90 = engine::Interval{1.5, 4.0};
        p.model.catalog.at(1).reservedDiscount = engine::Quantity(0.3);
        p.model.catalog.at(1).reservedDiscount.interval90 = engine::Interval{0.22, 0.38};
        p.model.team.roles.at(1).instancesPerSre.interval90 = engine::Interval{15.0, 40.0};
        p.model.team.roles.at(2).usersPerSupportPerson.interval90 = engine::Interval{6'000.0, 11'000.0};
        p.model.team.roles.at(2).engineersPerGroup.interval90 = engine::Interval{5.0, 9.0}; // kept though unused
        p.model.team.leadTimeMonths = engine::Quantity(3.0);
        p.model.team.leadTimeMonths.interval90 = engine::Interval{1.0, 6.0};
        engine::Curve trend;
        trend.kind = engine::CurveKind::Exponential;
        trend.initial = 1.0;
        trend.monthlyGrowth = engine::Quantity(-0.01);
        trend.monthlyGrowth.interval90 = engine::Interval{-0.02, 0.0};
        p.model.costs.computePriceTrend = trend;
        trend.monthlyGrowth = engine::Quantity(-0.02); // each trend its own, so that none reads another's
        p.model.costs.storagePriceTrend = trend;
        trend.monthlyGrowth = engine::Quantity(-0.015);
        p.model.costs.egressPriceTrend = trend;
        trend.kind = engine::CurveKind::Linear;
        trend.slopePerMonth = 0.003;
        p.model.costs.licencePriceTrend = trend;
        engine::Curve usage;
        usage.kind = engine::CurveKind::Logistic;
        usage.initial = 1.0;
        usage.ceiling = engine::Quantity(1.8);
        usage.ceiling.interval90 = engine::Interval{1.4, 2.5};
        usage.ratePerMonth = 0.2;
        p.model.requestClasses.at(0).requestsTrend = usage;
        p.model.requestClasses.at(0).sloP95Ms.reset();
        engine::Licence seats{"ide", "IDE", engine::LicenceKind::PerSeat, "", engine::Quantity(45.0), {}};
        seats.roles = {p.model.team.roles.at(0).id, p.model.team.roles.at(1).id};
        p.model.costs.licences.push_back(seats);
        p.model.costs.licences.push_back({"chat", "Chat", engine::LicenceKind::PerSeat, "", engine::Quantity(8.0), {}});
        for (const char* name : {"all.headroom", "all.headroom.json"}) {
            const std::string path = m_dir.filePath(QLatin1String(name)).toStdString();
            QVERIFY(saveProject(path, p).ok());
            const LoadOutcome loaded = loadProject(path);
            QVERIFY2(loaded.ok(), loaded.message.c_str());
            QCOMPARE(loaded.project->model, p.model);
        }
    }

    // A model passes through states validation refuses while it is edited, two roles of one id
    // among them: it must still save, and open as it was (schema 3 keys role curves by position).
    void modelWithRepeatedIdsSavesAndOpens()
    {
        Project project = sampleWithResults();
        project.lastRun.reset();
        auto& roles = project.model.team.roles;
        roles[1].id = roles[0].id;
        roles[1].headcount.kind = engine::CurveKind::Constant;
        roles[1].headcount.initial = engine::Quantity{7.0};
        project.model.components[1].id = project.model.components[0].id;
        project.model.requestClasses.push_back(project.model.requestClasses[0]);
        QVERIFY(!engine::validate(project.model).empty());
        const QString path = m_dir.filePath(QStringLiteral("repeated.headroom"));
        const SaveOutcome saved = saveProject(path.toStdString(), project);
        QVERIFY2(saved.ok(), saved.message.c_str());
        const LoadOutcome loaded = loadProject(path.toStdString());
        QVERIFY2(loaded.ok(), loaded.message.c_str());
        QCOMPARE(loaded.project->model, project.model);
        QCOMPARE(loaded.project->model.team.roles[1].headcount.initial.estimate, 7.0);
    }

    void fileCarriesItsIdentity()
    {
        const QString path = m_dir.filePath(QStringLiteral("id.headroom"));
        QVERIFY(saveProject(path.toStdString(), sampleWithResults()).ok());
        QCOMPARE(pragma(path, "application_id"), qint64(kApplicationId));
        QCOMPARE(pragma(path, "user_version"), qint64(kSchemaVersion));
        QCOMPARE(pragma(path, "page_count") > 0, true);
        // No temporary file is left beside it.
        QCOMPARE(QDir(m_dir.path()).entryList({QStringLiteral("*.saving-*")}, QDir::Files | QDir::Hidden), QStringList());
    }

    void jsonRoundTripIsLossless()
    {
        const Project original = sampleWithResults();
        const QString path = m_dir.filePath(QStringLiteral("plan.headroom.json"));
        QVERIFY(saveProject(path.toStdString(), original).ok());
        const LoadOutcome loaded = loadProject(path.toStdString());
        QVERIFY2(loaded.ok(), loaded.message.c_str());
        QCOMPARE(loaded.project->model, original.model);
        // The committed sample is already in canonical form: writing it back changes no byte.
        QVERIFY(saveProject(path.toStdString(), *loadProject(kSaasSample.toStdString()).project).ok());
        QCOMPARE(fileDigest(path), fileDigest(kSaasSample));
    }

    void savingReplacesTheOldFileWhole()
    {
        Project p = sampleWithResults();
        const QString path = m_dir.filePath(QStringLiteral("twice.headroom"));
        QVERIFY(saveProject(path.toStdString(), p).ok());
        p.model.name = "Renamed";
        p.lastRun.reset();
        QVERIFY(saveProject(path.toStdString(), p).ok());
        const LoadOutcome loaded = loadProject(path.toStdString());
        QCOMPARE(loaded.project->model.name, std::string("Renamed"));
        QVERIFY(!loaded.project->lastRun);
    }

    void saveIntoAMissingFolderFailsCleanly()
    {
        const QString path = m_dir.filePath(QStringLiteral("no/such/folder/x.headroom"));
        const SaveOutcome out = saveProject(path.toStdString(), sampleWithResults());
        QCOMPARE(int(out.status), int(FileStatus::CannotWrite));
        QVERIFY(QString::fromStdString(out.message).contains(QLatin1String("unchanged")));
        QVERIFY(!QFile::exists(path));
    }

    void inputsHashFollowsTheModel()
    {
        Project p = sampleWithResults();
        const std::string before = inputsHash(p.model);
        QCOMPARE(before.size(), std::size_t(16));
        p.model.users.monthlyGrowth.estimate = 0.12;
        QVERIFY(inputsHash(p.model) != before);
        p.model.users.monthlyGrowth.estimate = 0.11;
        QCOMPARE(inputsHash(p.model), before);
    }

private:
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestProjectFile)
#include "tst_ProjectFile.moc"
