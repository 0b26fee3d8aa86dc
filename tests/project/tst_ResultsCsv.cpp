#include "CsvRecords.h"
#include "TestSupport.h"
#include "engine/Results.h"
#include "project/ResultsCsv.h"

#include <string>
#include <vector>

using namespace headroom;

namespace {

using Record = test::CsvRecord;
using test::parseCsv;

Eigen::ArrayXd series(std::initializer_list<double> values)
{
    Eigen::ArrayXd s(Eigen::Index(values.size()));
    Eigen::Index i = 0;
    for (const double v : values)
        s[i++] = v;
    return s;
}

engine::SeriesSummary summary(std::initializer_list<double> mean, std::initializer_list<double> p10,
                              std::initializer_list<double> p50, std::initializer_list<double> p90)
{
    return {series(mean), series(p10), series(p50), series(p90)};
}

// Two months from November 2027 (so the year turns), one component, two bottlenecks: one with a
// median first month and a message a CSV must quote, one that happens in too few samples to have one.
engine::Results twoMonths()
{
    engine::Results r;
    r.start = {2027, 11};
    r.months = 2;
    r.totals = {{engine::keys::kUsers, summary({100, 110}, {100, 105}, {100, 110}, {100, 115})}};
    engine::ComponentResult api;
    api.id = "api";
    api.name = "API";
    api.series = {{engine::keys::kUtilization, summary({0.5, 1.25}, {0.5, 1.0}, {0.5, 1.2}, {0.5, 1.5})}};
    r.components = {api};

    engine::Bottleneck saturated;
    saturated.subject = "api";
    saturated.kind = engine::BottleneckKind::Saturated;
    saturated.message = "The \"edge\" API is saturated in 2027-12: peak demand is 120% of what 3 instances can serve.";
    saturated.value = 1.2;
    saturated.threshold = 1.0;
    saturated.probabilityByMonth = series({0.25, 0.75});
    saturated.medianFirstMonth = 1;
    saturated.occurrence = engine::BottleneckOccurrence{1, 3, false, 0};

    engine::Bottleneck onCall;
    onCall.subject = "team";
    onCall.kind = engine::BottleneckKind::OnCallUndersized;
    onCall.message = "On-call is undersized in 2027-11: 3.50 people in place can take call, the rotations need 4 "
                     "(hiring is behind).";
    onCall.value = 3.5;
    onCall.threshold = 4.0;
    onCall.probabilityByMonth = series({0.125, 0.375});
    onCall.occurrence = engine::BottleneckOccurrence{0, 0, false, 0};
    r.bottlenecks = {saturated, onCall};
    return r;
}

} // namespace

// The results as one CSV table: series, then each bottleneck's figures, then the probability that
// each has happened by each month; every row with every column.
class TestResultsCsv : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyRecordHasEveryColumn()
    {
        const std::vector<Record> records = parseCsv(project::resultsToCsv(twoMonths()));
        const Record header{"month",     "subject",   "series",     "mean",       "p10", "p50", "p90", "kind", "value",
                            "threshold", "median_first_month", "probability_at_horizon", "message"};
        QCOMPARE(records.front(), header);
        // 2 months × 2 series, 2 bottlenecks, 2 months × 2 bottlenecks' probabilities
        QCOMPARE(records.size(), std::size_t(1 + 4 + 2 + 4));
        for (const Record& r : records)
            QCOMPARE(r.size(), header.size());
    }

    void seriesRowsHoldTheStatistics()
    {
        const std::vector<Record> records = parseCsv(project::resultsToCsv(twoMonths()));
        QCOMPARE(records[1], (Record{"2027-11", "total", "users", "100", "100", "100", "100", "", "", "", "", "", ""}));
        QCOMPARE(records[4],
                 (Record{"2027-12", "api", "utilization", "1.25", "1", "1.2", "1.5", "", "", "", "", "", ""}));
    }

    void bottleneckRowsHoldTheirFiguresAndMessage()
    {
        const engine::Results results = twoMonths();
        const std::string csv = project::resultsToCsv(results);
        const std::vector<Record> records = parseCsv(csv);
        QCOMPARE(records[5], (Record{"2027-12", "api", "bottleneck", "", "", "", "", "saturated", "1.2", "1",
                                     "2027-12", "0.75", results.bottlenecks[0].message}));
        // No median first month: that column is empty, and the month is the one the message describes.
        QCOMPARE(records[6], (Record{"2027-11", "team", "bottleneck", "", "", "", "", "on_call_undersized", "3.5", "4",
                                     "", "0.375", results.bottlenecks[1].message}));
        // Written as RFC 4180 wants: the comma-holding messages quoted, the inner quotes doubled.
        QVERIFY(csv.find(",\"The \"\"edge\"\" API is saturated in 2027-12: peak demand is 120% of what 3 "
                         "instances can serve.\"\n") != std::string::npos);
        QVERIFY(csv.find(",\"On-call is undersized in 2027-11: 3.50 people in place can take call, the") !=
                std::string::npos);
    }

    void probabilityRowsFollowTheBottlenecks()
    {
        const std::vector<Record> records = parseCsv(project::resultsToCsv(twoMonths()));
        const std::vector<Record> expected{
            {"2027-11", "api", "bottleneck_probability", "0.25", "", "", "", "saturated", "", "", "", "", ""},
            {"2027-12", "api", "bottleneck_probability", "0.75", "", "", "", "saturated", "", "", "", "", ""},
            {"2027-11", "team", "bottleneck_probability", "0.125", "", "", "", "on_call_undersized", "", "", "", "", ""},
            {"2027-12", "team", "bottleneck_probability", "0.375", "", "", "", "on_call_undersized", "", "", "", "", ""},
        };
        QCOMPARE(std::vector<Record>(records.begin() + 7, records.end()), expected);
    }

    // Without bottlenecks, only the series rows: nothing an empty list would leave behind.
    void noBottlenecksNoBottleneckRows()
    {
        engine::Results results = twoMonths();
        results.bottlenecks.clear();
        const std::vector<Record> records = parseCsv(project::resultsToCsv(results));
        QCOMPARE(records.size(), std::size_t(1 + 4));
        for (const Record& r : records)
            QVERIFY(r[2] != "bottleneck" && r[2] != "bottleneck_probability");
    }
};

QTEST_GUILESS_MAIN(TestResultsCsv)
#include "tst_ResultsCsv.moc"
