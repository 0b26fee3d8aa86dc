#include "TestSupport.h"

#include "report/BottleneckSentence.h"
#include "report/Format.h"
#include "report/Sections.h"

#include "engine/Engine.h"
#include "engine/Headlines.h"
#include "engine/Projection.h"
#include "project/ProjectFile.h"

#include <QDir>

using namespace headroom;
using engine::BottleneckKind;

namespace {

// The engine's English message with its month ("2028-03") as the window writes it ("March 2028"):
// what bottleneckSentence() must say, word for word, in English in the C locale (no group separators).
QString expectedEnglish(const engine::Results& r, const engine::Bottleneck& b)
{
    QString message = QString::fromStdString(b.message);
    const QString iso = QString::fromStdString(r.start.plusMonths(b.occurrence->month).toString());
    return message.replace(iso, report::monthName(r.start, b.occurrence->month));
}

// A model with a component of each sort a sentence names: a pool, a ladder of three types (its
// top serving less than the one before it), and a request class.
engine::Model namingModel()
{
    engine::Model m;
    m.start = {2027, 1};
    m.horizonMonths = 24;
    engine::Component api;
    api.id = "api";
    api.name = "API service";
    engine::Component db;
    db.id = "db";
    db.name = "PostgreSQL primary";
    db.scaling.kind = engine::ScalingKind::Vertical;
    db.scaling.ladder = {"db.large", "db.xlarge", "db.2xlarge"};
    m.components = {api, db};
    engine::RequestClass web;
    web.id = "web";
    web.name = "Web app";
    m.requestClasses = {web};
    return m;
}

// The results of `m` as far as a sentence reads them: start, months, names, each ladder.
engine::Results namingResults(const engine::Model& m)
{
    engine::Results r;
    r.start = m.start;
    r.months = m.horizonMonths;
    for (const engine::Component& c : m.components) {
        engine::ComponentResult cr;
        cr.id = c.id;
        cr.name = c.name;
        cr.instanceTypes = c.scaling.ladder;
        r.components.push_back(cr);
    }
    for (const engine::RequestClass& rc : m.requestClasses) {
        engine::ClassResult cr;
        cr.id = rc.id;
        cr.name = rc.name;
        r.requestClasses.push_back(cr);
    }
    return r;
}

} // namespace

// The sentence of a bottleneck in the window's language: in English the engine's message word for
// word (the month aside), for every kind and every variant of it; the message as saved for results
// that predate its occurrence.
class TestBottleneckSentence : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }

    void everyKindReadsAsTheEnginesMessage_data()
    {
        QTest::addColumn<int>("subjectKind");
        QTest::addColumn<int>("subject");
        QTest::addColumn<int>("kind");
        QTest::addColumn<double>("value");
        QTest::addColumn<double>("threshold");
        QTest::addColumn<int>("instances");
        QTest::addColumn<bool>("percentile");
        QTest::addColumn<int>("step");
        const auto row = [](const char* name, engine::SubjectKind sk, int subject, BottleneckKind kind, double value,
                            double threshold, int instances = 0, bool percentile = false, int step = 0) {
            QTest::newRow(name) << int(sk) << subject << int(kind) << value << threshold << instances << percentile
                                << step;
        };
        using engine::SubjectKind;
        row("over target", SubjectKind::Component, 0, BottleneckKind::OverTargetUtilization, 0.7412, 0.7);
        row("saturated, many", SubjectKind::Component, 0, BottleneckKind::Saturated, 1.134, 1.0, 24);
        row("saturated, one", SubjectKind::Component, 0, BottleneckKind::Saturated, 1.5, 1.0, 1);
        row("maximum, many", SubjectKind::Component, 0, BottleneckKind::MaxInstancesReached, 24, 24, 24);
        row("maximum, one", SubjectKind::Component, 0, BottleneckKind::MaxInstancesReached, 1, 1, 1);
        row("scalability ceiling, many", SubjectKind::Component, 0, BottleneckKind::ScalabilityCeiling, 950.0, 800.0,
            17);
        row("scalability ceiling, one", SubjectKind::Component, 0, BottleneckKind::ScalabilityCeiling, 95.0, 80.0, 1);
        row("vertical ceiling, past the peak", SubjectKind::Component, 1, BottleneckKind::VerticalCeiling, 12500.4,
            9800.6, 1, false, 1);
        row("vertical ceiling, at the top", SubjectKind::Component, 1, BottleneckKind::VerticalCeiling, 12500.4,
            11000.0, 1, false, 2);
        // 6.25 and 7.25 are exact ties at one decimal: rounded to even, as printf does.
        row("backup window", SubjectKind::Component, 1, BottleneckKind::BackupWindowExceeded, 6.25, 4.0);
        row("restore", SubjectKind::Component, 1, BottleneckKind::RestoreOverRto, 13.04, 8.0);
        row("working set", SubjectKind::Component, 1, BottleneckKind::WorkingSetBeyondMemory, 1.2366, 1.1);
        row("queue lag", SubjectKind::Component, 0, BottleneckKind::QueueBacklogLag, 312.6, 60.0);
        row("mean objective", SubjectKind::RequestClass, 0, BottleneckKind::LatencySloBreached, 412.7, 300.0, 0, false);
        row("p95 objective", SubjectKind::RequestClass, 0, BottleneckKind::LatencySloBreached, 912.2, 800.0, 0, true);
        row("mean objective, saturated", SubjectKind::RequestClass, 0, BottleneckKind::LatencySloBreached,
            engine::kLatencyCeilingMs, 300.0, 0, false);
        row("p95 objective, saturated", SubjectKind::RequestClass, 0, BottleneckKind::LatencySloBreached,
            engine::kLatencyCeilingMs, 800.0, 0, true);
        row("cost over target", SubjectKind::Cost, 0, BottleneckKind::CostPerUserOverTarget, 1.23456, 1.0);
        row("unit cost rising, many", SubjectKind::Cost, 0, BottleneckKind::UnitCostRising, 2.5, 2.1, 3);
        row("unit cost rising, one", SubjectKind::Cost, 0, BottleneckKind::UnitCostRising, 2.5, 2.4, 1);
        row("on-call", SubjectKind::Team, 0, BottleneckKind::OnCallUndersized, 5.5, 8.0);
        row("hiring", SubjectKind::Team, 0, BottleneckKind::HiringBeyondCapacity, 7.25, 4.0);
    }

    void everyKindReadsAsTheEnginesMessage()
    {
        QFETCH(int, subjectKind);
        QFETCH(int, subject);
        QFETCH(int, kind);
        QFETCH(double, value);
        QFETCH(double, threshold);
        QFETCH(int, instances);
        QFETCH(bool, percentile);
        QFETCH(int, step);
        const engine::Model model = namingModel();
        const engine::Results results = namingResults(model);
        const engine::BottleneckEvent event{engine::SubjectKind(subjectKind), subject, BottleneckKind(kind), 14, value,
                                            threshold, instances, percentile, step};
        engine::Bottleneck b;
        b.subject = engine::bottleneckSubject(model, event);
        b.kind = event.kind;
        b.message = engine::bottleneckMessage(model, event);
        b.value = value;
        b.threshold = threshold;
        b.occurrence = engine::BottleneckOccurrence{event.month, instances, percentile, step};
        QVERIFY(b.message.find("2028-03") != std::string::npos); // month 14 of a run from January 2027
        QCOMPARE(report::bottleneckSentence(results, b), expectedEnglish(results, b));
        QVERIFY(report::bottleneckSentence(results, b).contains(QStringLiteral("March 2028")));
    }

    // When no bottleneck happens in over half the samples, the overview still names one: the
    // likeliest by the horizon, with its sentence, not the first of the list; the rest are counted.
    void theOverviewNamesTheLikeliestWhenNoneIsAtTheMedian()
    {
        const engine::Model model = namingModel();
        engine::Results results = namingResults(model);
        results.samples = 1000;
        const auto bottleneck = [&model, &results](int subject, BottleneckKind kind, double byHorizon) {
            const engine::BottleneckEvent event{engine::SubjectKind::Component, subject, kind, 20, 74.0, 70.0, 2, false, 1};
            engine::Bottleneck b;
            b.subject = engine::bottleneckSubject(model, event);
            b.kind = kind;
            b.message = engine::bottleneckMessage(model, event);
            b.value = event.value;
            b.threshold = event.threshold;
            b.occurrence = engine::BottleneckOccurrence{event.month, event.instances, false, event.step};
            b.probabilityByMonth = Series::LinSpaced(results.months, 0.0, byHorizon);
            return b;
        };
        results.bottlenecks = {bottleneck(1, BottleneckKind::VerticalCeiling, 0.20),
                               bottleneck(0, BottleneckKind::OverTargetUtilization, 0.43),
                               bottleneck(1, BottleneckKind::Saturated, 0.43)};
        const engine::Headlines h = engine::headlines(results);
        QVERIFY(!h.firstBottleneck);
        QVERIFY(h.likeliestBottleneck);
        QCOMPARE(h.likeliestBottleneck->subject, std::string("api")); // the earlier of the two at 43%

        report::ResultsContext context;
        context.model = &model;
        context.results = &results;
        const report::Section overview = report::overviewSection(context);
        const QString text = overview.paragraphs.join(QLatin1Char('\n'));
        QVERIFY2(text.contains(QStringLiteral("The likeliest (43% likely by December 2028): ") +
                               report::bottleneckSentence(results, results.bottlenecks[1])),
                 qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("2 more bottlenecks happen in some samples")), qPrintable(text));
        const std::vector<report::Headline> cards = report::headlineFigures(context);
        QCOMPARE(cards.front().value, QStringLiteral("None"));
        QVERIFY2(cards.front().detail.contains(QStringLiteral("likeliest: API service: ") +
                                               report::kindName(BottleneckKind::OverTargetUtilization) +
                                               QStringLiteral(", 43% likely")),
                 qPrintable(cards.front().detail));

        results.bottlenecks.clear(); // nothing anywhere: nothing named
        QVERIFY(!engine::headlines(results).likeliestBottleneck);
        const QString none = report::overviewSection(context).paragraphs.join(QLatin1Char('\n'));
        QVERIFY2(none.contains(QStringLiteral("No bottleneck</b> within 24 months at the median.")) &&
                     !none.contains(QStringLiteral("likeliest")),
                 qPrintable(none));
    }

    // The samples' own bottlenecks, as a run finds them: every one reads as its message.
    void theSamplesBottlenecksReadAsTheirMessages()
    {
        int checked = 0;
        for (const QFileInfo& file : QDir(QStringLiteral(HEADROOM_SAMPLES_DIR))
                                         .entryInfoList({QStringLiteral("*.headroom.json")}, QDir::Files)) {
            const project::LoadOutcome loaded = project::loadProject(file.filePath().toStdString());
            QVERIFY2(loaded.ok(), loaded.message.c_str());
            engine::RunOptions options;
            options.samples = 100;
            const engine::RunOutcome run = engine::run(loaded.project->model, options);
            QVERIFY(run.ok());
            for (const engine::Bottleneck& b : run.results->bottlenecks) {
                QVERIFY(b.occurrence.has_value());
                QCOMPARE(report::bottleneckSentence(*run.results, b), expectedEnglish(*run.results, b));
                ++checked;
            }
        }
        QVERIFY(checked >= 10);
    }

    // In a locale that groups digits, the figures are grouped as everywhere else in the window.
    void figuresTakeTheLocalesSeparators()
    {
        const engine::Results results = namingResults(namingModel());
        engine::Bottleneck b;
        b.subject = "db";
        b.kind = BottleneckKind::VerticalCeiling;
        b.value = 12500.4;
        b.threshold = 9800.6;
        b.occurrence = engine::BottleneckOccurrence{14, 1, false, 2};
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        const QString american = report::bottleneckSentence(results, b);
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
        const QString german = report::bottleneckSentence(results, b); // no catalogue: English words
        QLocale::setDefault(QLocale::c());
        QVERIFY2(american.contains(QStringLiteral("12,500 operations/s")), qPrintable(american));
        QVERIFY2(american.contains(QStringLiteral("db.2xlarge, serves at its target: 9,801 operations/s")),
                 qPrintable(american));
        QVERIFY2(german.contains(QStringLiteral("12.500 operations/s")), qPrintable(german));
        QVERIFY2(german.contains(QStringLiteral("März 2028")), qPrintable(german));
    }

    // Results saved before file format 4 keep only their message: it is shown as it was saved.
    void withoutAnOccurrenceTheSavedMessageShows()
    {
        const engine::Results results = namingResults(namingModel());
        engine::Bottleneck b;
        b.subject = "db";
        b.kind = BottleneckKind::WorkingSetBeyondMemory;
        b.message = "PostgreSQL primary's hot data outgrows its memory in 2028-03: operations served from disk "
                    "make it 1.24× slower.";
        QCOMPARE(report::bottleneckSentence(results, b), QString::fromStdString(b.message));
        b.occurrence = engine::BottleneckOccurrence{99, 1, false, 0}; // past the results' months: not trusted
        QCOMPARE(report::bottleneckSentence(results, b), QString::fromStdString(b.message));
    }
};

QTEST_GUILESS_MAIN(TestBottleneckSentence)
#include "tst_BottleneckSentence.moc"
