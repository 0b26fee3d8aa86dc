#include "TestSupport.h"
#include "engine/Engine.h"
#include "project/ProjectFile.h"

#include <QtTest/QtTest>

#include <atomic>
#include <cmath>
#include <cstdlib>
#include <new>
#include <string>
#include <vector>

// What every run promises, whatever the model (Engine.h): no NaN or infinity in any number it
// reports, and memory that does not grow with the sample count.

// Every allocation through operator new, counted: live bytes and their peak. (Eigen's arrays are
// allocated with malloc and not counted; the containers that would hold them per sample are.)
namespace {
std::atomic<long long> g_liveBytes{0};
std::atomic<long long> g_peakBytes{0};

struct Header // before each block: its size, padded to keep operator new's alignment
{
    alignas(std::max_align_t) std::size_t size;
};

void* counted(std::size_t size)
{
    auto* header = static_cast<Header*>(std::malloc(sizeof(Header) + size));
    if (!header)
        throw std::bad_alloc();
    header->size = size;
    const long long live = g_liveBytes.fetch_add(static_cast<long long>(size)) + static_cast<long long>(size);
    for (long long peak = g_peakBytes.load(); live > peak && !g_peakBytes.compare_exchange_weak(peak, live);)
        ;
    return header + 1;
}

void uncounted(void* p) noexcept
{
    if (!p)
        return;
    Header* header = static_cast<Header*>(p) - 1;
    g_liveBytes.fetch_sub(static_cast<long long>(header->size));
    std::free(header);
}
} // namespace

// Every form that allocates or frees through this header: the nothrow forms too (std::stable_sort's
// buffer), which AddressSanitizer would otherwise serve itself and this delete then free.
void* operator new(std::size_t size) { return counted(size); }
void* operator new[](std::size_t size) { return counted(size); }
void* operator new(std::size_t size, const std::nothrow_t&) noexcept
{
    try {
        return counted(size);
    } catch (const std::bad_alloc&) {
        return nullptr;
    }
}
void* operator new[](std::size_t size, const std::nothrow_t& tag) noexcept { return operator new(size, tag); }
void operator delete(void* p) noexcept { uncounted(p); }
void operator delete[](void* p) noexcept { uncounted(p); }
void operator delete(void* p, std::size_t) noexcept { uncounted(p); }
void operator delete[](void* p, std::size_t) noexcept { uncounted(p); }
void operator delete(void* p, const std::nothrow_t&) noexcept { uncounted(p); }
void operator delete[](void* p, const std::nothrow_t&) noexcept { uncounted(p); }

using namespace headroom;
using namespace headroom::engine;

namespace {

const char* const kSamples[] = {"saas-startup", "consumer-seasonal", "team-growth", "video-library"};

Model loadSample(const char* name)
{
    const project::LoadOutcome loaded =
        project::loadProject(std::string(HEADROOM_SAMPLES_DIR "/") + name + ".headroom.json");
    if (!loaded.ok())
        qFatal("%s", loaded.message.c_str());
    return loaded.project->model;
}

// The first number of `r` that is not finite, named; empty when every one is.
QString firstNonFinite(const Results& r)
{
    const auto inSeries = [](const std::vector<NamedSeries>& all, const QString& where) -> QString {
        for (const NamedSeries& s : all)
            for (const Series* stat : {&s.summary.mean, &s.summary.p10, &s.summary.p50, &s.summary.p90})
                for (Eigen::Index t = 0; t < stat->size(); ++t)
                    if (!std::isfinite((*stat)[t]))
                        return where + QLatin1Char(' ') + QString::fromStdString(s.key) + QStringLiteral(" month ") +
                               QString::number(t) + QStringLiteral(": ") + QString::number((*stat)[t]);
        return {};
    };
    QString found = inSeries(r.totals, QStringLiteral("totals"));
    for (const ComponentResult& c : r.components)
        if (found.isEmpty())
            found = inSeries(c.series, QString::fromStdString(c.id));
    for (const ClassResult& c : r.requestClasses)
        if (found.isEmpty())
            found = inSeries(c.series, QString::fromStdString(c.id));
    for (const RoleResult& role : r.roles)
        if (found.isEmpty())
            found = inSeries(role.series, QString::fromStdString(role.id));
    for (const Bottleneck& b : r.bottlenecks)
        if (found.isEmpty() && (!std::isfinite(b.value) || !std::isfinite(b.threshold) || !b.probabilityByMonth.allFinite()))
            found = QStringLiteral("bottleneck ") + QString::fromStdString(b.message);
    for (const Sensitivity& s : r.sensitivity)
        if (found.isEmpty() && !std::isfinite(s.rankCorrelation))
            found = QStringLiteral("sensitivity of ") + QString::fromStdString(s.output) + QStringLiteral(" to ") +
                    QString::fromStdString(s.input);
    return found;
}

// The peak of the bytes allocated through operator new while `model` runs `samples` samples.
long long peakBytesOfRun(const Model& model, int samples)
{
    RunOptions options;
    options.samples = samples;
    options.threads = 2;
    g_peakBytes = g_liveBytes.load();
    const long long before = g_liveBytes.load();
    const RunOutcome outcome = run(model, options);
    if (!outcome.ok())
        qFatal("the model did not run");
    return g_peakBytes.load() - before;
}

} // namespace

class TestRunInvariants : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Every statistic of every series, every bottleneck's figures and every correlation: finite, in
    // the samples as they are and pushed far past what they were sized for (a thousand times the
    // users, growing twice as fast: every pool at its maximum, latencies at their ceiling,
    // backups of petabytes), and at a single user.
    void everyNumberIsFinite_data()
    {
        QTest::addColumn<QString>("sample");
        QTest::addColumn<double>("usersFactor");
        QTest::addColumn<double>("growthFactor");
        for (const char* name : kSamples) {
            QTest::newRow(name) << name << 1.0 << 1.0;
            QTest::newRow((std::string(name) + ", overwhelmed").c_str()) << name << 1000.0 << 2.0;
            QTest::newRow((std::string(name) + ", one user").c_str()) << name << 1e-9 << 1.0;
        }
    }

    void everyNumberIsFinite()
    {
        QFETCH(QString, sample);
        QFETCH(double, usersFactor);
        QFETCH(double, growthFactor);
        Model m = loadSample(sample.toUtf8().constData());
        const auto scale = [](Quantity& q, double factor) {
            q.estimate *= factor;
            if (q.interval90)
                q.interval90 = Interval{q.interval90->lo * factor, q.interval90->hi * factor};
        };
        scale(m.users.initial, usersFactor);
        if (m.users.initial.estimate < 1.0) { // at least one user
            m.users.initial.estimate = 1.0;
            m.users.initial.interval90.reset();
        }
        scale(m.users.ceiling, usersFactor);
        scale(m.users.monthlyGrowth, growthFactor);
        scale(m.users.ratePerMonth, growthFactor);
        for (const int samples : {1, 200}) {
            RunOptions options;
            options.samples = samples;
            const RunOutcome outcome = run(m, options);
            QVERIFY2(outcome.ok(), outcome.problems.empty() ? "cancelled" : outcome.problems[0].message.c_str());
            const QString found = firstNonFinite(*outcome.results);
            QVERIFY2(found.isEmpty(), qPrintable(QStringLiteral("%1 samples: ").arg(samples) + found));
        }
    }

    // More users never means fewer instances, a smaller instance type or lower infrastructure cost,
    // in any month, for any component of the samples (the estimates, and a third more users at every
    // month). The team's cost is not in it: where recruiting is short, the hires more users need
    // (support) can delay others (team-growth's engineers), and the team then costs less.
    void moreUsersNeverMeanLessInfrastructure()
    {
        for (const char* name : kSamples) {
            Model m = loadSample(name);
            RunOptions options;
            const Results base = *run(m, options).results;
            m.users.initial.estimate *= 4.0 / 3.0;
            m.users.ceiling.estimate *= 4.0 / 3.0;
            for (Quantity* q : {&m.users.initial, &m.users.ceiling})
                if (q->interval90)
                    q->interval90 = Interval{q->interval90->lo * 4.0 / 3.0, q->interval90->hi * 4.0 / 3.0};
            const Results more = *run(m, options).results;
            QVERIFY((findSeries(more.totals, keys::kUsers)->p50 > findSeries(base.totals, keys::kUsers)->p50).all());
            for (std::size_t c = 0; c < base.components.size(); ++c)
                for (const char* key : {keys::kInstances, keys::kInstanceTypeStep, keys::kCost}) {
                    const Series& before = findSeries(base.components[c].series, key)->p50;
                    const Series& after = findSeries(more.components[c].series, key)->p50;
                    for (Eigen::Index t = 0; t < before.size(); ++t)
                        QVERIFY2(after[t] >= before[t], qPrintable(QStringLiteral("%1 %2 %3 month %4: %5 then %6")
                                                                      .arg(QLatin1String(name), QString::fromStdString(base.components[c].id),
                                                                           QLatin1String(key))
                                                                      .arg(t)
                                                                      .arg(before[t])
                                                                      .arg(after[t])));
                }
            for (const char* key : {keys::kComputeCost, keys::kStorageCost, keys::kEgressCost})
                QVERIFY2((findSeries(more.totals, key)->p50 >= findSeries(base.totals, key)->p50).all(), key);
        }
    }

    // Past the samples a run keeps every value of (2,000: SampleTable), ten times the samples, the
    // same memory, but for what sensitivity must keep of each sample to rank it (each uncertain
    // input, the cost per user at the horizon and the first bottleneck's month; twice that as
    // vectors grow, and the ranks it sorts at the end). Keeping a sample's series instead would
    // cost several kilobytes each (video-library: 4 components × 15 series × 36 months), tens of
    // megabytes over the extra samples.
    void memoryDoesNotGrowWithTheSampleCount()
    {
        for (const char* name : kSamples) {
            const Model m = loadSample(name);
            peakBytesOfRun(m, 100); // the thread pool's and the library's first allocations
            const long long few = peakBytesOfRun(m, 2500);
            const long long many = peakBytesOfRun(m, 25000);
            RunOptions one;
            one.samples = 2;
            const std::size_t inputs = run(m, one).results->sensitivity.size() / 2;
            const long long perSample = static_cast<long long>((inputs + 2) * sizeof(double) * 2 + 4 * sizeof(double));
            const long long allowed = 22500 * perSample + 64 * 1024;
            qInfo("%s: %lld bytes at 2,500 samples, %lld at 25,000", name, few, many);
            QVERIFY2(few > 100 * 1024, name); // the summaries' state is counted, so growth would be
            QVERIFY2(many - few <= allowed,
                     qPrintable(QStringLiteral("%1: %2 bytes at 2,500 samples, %3 at 25,000 (allowed %4 more)")
                                    .arg(QLatin1String(name))
                                    .arg(few)
                                    .arg(many)
                                    .arg(allowed)));
        }
    }
};

QTEST_GUILESS_MAIN(TestRunInvariants)
#include "tst_RunInvariants.moc"
