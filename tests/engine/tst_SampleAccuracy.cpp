#include "TestSupport.h"
#include "engine/Engine.h"
#include "engine/Projection.h"
#include "engine/Sampler.h"
#include "engine/StreamingSummary.h"
#include "engine/Summary.h"
#include "project/ProjectFile.h"

#include <algorithm>
#include <cmath>
#include <initializer_list>
#include <string>
#include <vector>

using namespace headroom;
using namespace headroom::engine;

namespace {

constexpr int kSamples = 1000;
constexpr std::uint64_t kSeed = 1;
// A percentile is "off" when it misses the exact one by more than this share of the exact P90 − P10
// spread (or of 1% of the values' size, where the spread is smaller).
constexpr double kOff = 0.10;
// The streaming histogram, measured when the test was written: 8 of 23,112 statistics off (11 of
// 27,648 with today's samples, the worst 2.66 spreads), all P90s where the exact
// percentile interpolates between order statistics far apart (a latency jumping to its 60,000 ms
// ceiling, a queue drain time that is zero in most samples, a cost between two instance counts).
// P², the estimator before, had 392 of the components' 21,384 off. The margin is for other
// compilers' last bits, which such ill-conditioned percentiles magnify.
constexpr int kMostOff = 20;
// The worst was 2.7 spreads (saas-startup's API p95 latency in March 2029, where the order
// statistics beside the P90 are 1,538 and 26,045 ms); the histogram without its gaps' statistics
// was 33 spreads off there.
constexpr double kWorstShare = 5.0;

struct Audit
{
    int runNotExact = 0; // the run's percentiles that are not the exact ones
    QString firstNotExact;
    int statistics = 0;
    int off = 0;
    int medianOff = 0;
    QString worst;
    double worstShare = 0.0;
};

// The run's percentiles of one series, and the streaming histogram's of the same samples (what a
// run of more than a few thousand samples reports), against the exact ones.
void audit(Audit& a, const SeriesSummary& run, const std::vector<const Series*>& samples, bool whole,
           const QString& what)
{
    const auto months = run.p50.size();
    SeriesAccumulator accumulator{int(months)};
    for (const Series* s : samples)
        accumulator.add(*s);
    SeriesSummary streamed = accumulator.summary();
    if (whole) // the engine reports whole instances and steps
        for (Series* p : {&streamed.p10, &streamed.p50, &streamed.p90})
            *p = p->round();
    std::vector<double> values(samples.size());
    for (Eigen::Index t = 0; t < months; ++t) {
        for (std::size_t s = 0; s < samples.size(); ++s)
            values[s] = (*samples[s])[t];
        std::sort(values.begin(), values.end());
        const auto n = Eigen::Index(values.size());
        double exact[3] = {percentileOfSorted(values.data(), n, 0.1), percentileOfSorted(values.data(), n, 0.5),
                           percentileOfSorted(values.data(), n, 0.9)};
        if (whole) // the engine reports whole instances and steps
            for (double& e : exact)
                e = std::round(e);
        const double inRun[3] = {run.p10[t], run.p50[t], run.p90[t]};
        for (int q = 0; q < 3; ++q)
            if (inRun[q] != exact[q] && a.runNotExact++ == 0)
                a.firstNotExact = QStringLiteral("%1, month %2: %3 against %4 exactly")
                                      .arg(what)
                                      .arg(t)
                                      .arg(inRun[q], 0, 'g', 17)
                                      .arg(exact[q], 0, 'g', 17);
        const double got[3] = {streamed.p10[t], streamed.p50[t], streamed.p90[t]};
        const double size = std::max({std::abs(exact[0]), std::abs(exact[1]), std::abs(exact[2])});
        const double scale = std::max({exact[2] - exact[0], 0.01 * size, whole ? 1.0 : 1e-9});
        for (int q = 0; q < 3; ++q) {
            const double share = std::abs(got[q] - exact[q]) / scale;
            ++a.statistics;
            if (share > kOff) {
                ++a.off;
                a.medianOff += q == 1 ? 1 : 0;
            }
            if (share > a.worstShare) {
                a.worstShare = share;
                a.worst = QStringLiteral("%1, month %2, P%3: %4 against %5 exactly")
                              .arg(what)
                              .arg(t)
                              .arg(q == 0 ? 10 : q == 1 ? 50 : 90)
                              .arg(got[q], 0, 'g', 6)
                              .arg(exact[q], 0, 'g', 6);
            }
        }
    }
}

} // namespace

// The summaries a run reports for the sample projects, against the exact percentiles of the same
// 1,000 samples, each projected here on its own: every component and request-class series, every
// month, P10, P50 and P90. A run of that size keeps its values: its percentiles are the exact ones.
// The streaming histogram, which larger runs use, is audited on the same series.
class TestSampleAccuracy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void percentilesMatchTheExactOnesOfTheSameSamples()
    {
        Audit a;
        for (const char* name : {"saas-startup", "consumer-seasonal", "team-growth", "video-library"}) {
            const std::string path = std::string(HEADROOM_SAMPLES_DIR "/") + name + ".headroom.json";
            const project::LoadOutcome loaded = project::loadProject(path);
            QVERIFY2(loaded.ok(), loaded.message.c_str());
            const Model& model = loaded.project->model;

            RunOptions options;
            options.samples = kSamples;
            options.seed = kSeed;
            const RunOutcome outcome = run(model, options);
            QVERIFY(outcome.ok());
            const Results& r = *outcome.results;

            // The same draws as the run: sample s of seed kSeed.
            const Sampler sampler(model);
            std::vector<SampleProjection> projections;
            Model drawn;
            for (int s = 0; s < kSamples; ++s) {
                drawn = model;
                sampler.drawInto(drawn, kSeed, std::uint64_t(s), nullptr);
                projections.push_back(projectSample(drawn));
            }
            for (std::size_t c = 0; c < model.components.size(); ++c)
                for (std::size_t k = 0; k < kComponentSeriesCount; ++k) {
                    std::vector<const Series*> samples;
                    for (const SampleProjection& p : projections)
                        samples.push_back(&p.components[c][k]);
                    audit(a, r.components[c].series[k].summary, samples,
                          k == kInstancesIndex || k == kInstanceTypeStepIndex,
                          QStringLiteral("%1 %2 %3").arg(name, model.components[c].id.c_str(), kComponentSeriesKeys[k]));
                }
            for (std::size_t c = 0; c < model.requestClasses.size(); ++c)
                for (std::size_t k = 0; k < kClassSeriesCount; ++k) {
                    std::vector<const Series*> samples;
                    for (const SampleProjection& p : projections)
                        samples.push_back(&p.classes[c][k]);
                    audit(a, r.requestClasses[c].series[k].summary, samples, false,
                          QStringLiteral("%1 %2 %3").arg(name, model.requestClasses[c].id.c_str(), kClassSeriesKeys[k]));
                }
        }
        const QString summary = QStringLiteral("%1 of %2 off by more than 10% of their spread (%3 medians); worst, "
                                               "%4 spreads: %5")
                                    .arg(a.off)
                                    .arg(a.statistics)
                                    .arg(a.medianOff)
                                    .arg(a.worstShare, 0, 'f', 2)
                                    .arg(a.worst);
        qInfo("%s", qPrintable(summary));
        QVERIFY(a.statistics > 20000); // every series was audited
        QVERIFY2(a.runNotExact == 0, qPrintable(QString::number(a.runNotExact) + " not exact: " + a.firstNotExact));
        QVERIFY2(a.medianOff == 0, qPrintable(summary));
        QVERIFY2(a.off <= kMostOff, qPrintable(summary));
        QVERIFY2(a.worstShare <= kWorstShare, qPrintable(summary));
    }
};

QTEST_APPLESS_MAIN(TestSampleAccuracy)
#include "tst_SampleAccuracy.moc"
