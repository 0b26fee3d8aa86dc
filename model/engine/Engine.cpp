#include "engine/Engine.h"

#include "engine/EnumNames.h"
#include "engine/Model.h"
#include "engine/Projection.h"
#include "engine/RunScalars.h"
#include "engine/SampleTable.h"
#include "engine/Sampler.h"
#include "engine/Scenarios.h"
#include "engine/Sensitivity.h"
#include "engine/StreamingSummary.h"
#include "engine/VectorState.h"
#include "engine/Version.h"
#include "engine/WorkerPool.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <map>
#include <optional>
#include <thread>
#include <tuple>

namespace headroom::engine {

namespace {

constexpr detail::NameTable<BottleneckKind, 14> kBottleneckKindNames{{
    {BottleneckKind::OverTargetUtilization, "over_target_utilization"},
    {BottleneckKind::Saturated, "saturated"},
    {BottleneckKind::MaxInstancesReached, "max_instances_reached"},
    {BottleneckKind::ScalabilityCeiling, "scalability_ceiling"},
    {BottleneckKind::LatencySloBreached, "latency_slo_breached"},
    {BottleneckKind::VerticalCeiling, "vertical_ceiling"},
    {BottleneckKind::BackupWindowExceeded, "backup_window_exceeded"},
    {BottleneckKind::RestoreOverRto, "restore_over_rto"},
    {BottleneckKind::WorkingSetBeyondMemory, "working_set_beyond_memory"},
    {BottleneckKind::CostPerUserOverTarget, "cost_per_user_over_target"},
    {BottleneckKind::UnitCostRising, "unit_cost_rising"},
    {BottleneckKind::OnCallUndersized, "on_call_undersized"},
    {BottleneckKind::HiringBeyondCapacity, "hiring_beyond_capacity"},
    {BottleneckKind::QueueBacklogLag, "queue_backlog_lag"},
}};

// Samples are computed in blocks, a block a task, and summarised in sample order: the summaries
// are the same bits whatever the number of threads.
constexpr int kBlockSamples = 32;
// A run into a table is shared out a group of the table at a time: the threads then finish within a
// group's time of each other (with blocks of 32, one waited for the other's last block: 0.7 ms
// in the median of an edit's run in the window, up to 3.8 ms; now 0.0, up to 0.45).
constexpr int kTableBlockSamples = SampleTable::kGroupSamples;
// The most samples handed to an accumulator at once (a round of two threads' blocks: all of it).
constexpr std::size_t kMaxRoundSamples = 64;
// Runs of up to this many samples keep every value in a SampleTable and report exact percentiles
// (the GUI's and the CLI's 1,000 by default): faster than the streaming histogram at that size,
// and exact. 8 bytes a value of a month that varies: 8 KB a month at 1,000 samples, 75 MB for
// DESIGN.md's reference model (9,600 of its 25,800 months vary).
constexpr int kKeptSamples = 2000;
static_assert(kKeptSamples <= SampleTable::kMaxTableSamples);

enum class SeriesGroup
{
    Component,
    RequestClass,
    Total,
    Role,
};

// The instance types a component can run, in the order its kInstanceTypeStep series counts them.
std::vector<std::string> instanceTypesOf(const Component& c)
{
    if (climbsLadder(c.scaling.kind))
        return c.scaling.ladder;
    return {c.scaling.instanceType};
}

// Fills the series of `r` in Results' order and under their keys, each from summaryOf(group,
// subject, k): k indexes kComponentSeriesKeys, kClassSeriesKeys, kTotalSeriesKeys or kRoleSeriesKeys.
template <typename SummaryOf> void writeSeries(Results& r, const Model& model, SummaryOf summaryOf)
{
    for (std::size_t c = 0; c < model.components.size(); ++c) {
        ComponentResult cr{model.components[c].id, model.components[c].name, {}, instanceTypesOf(model.components[c])};
        for (std::size_t k = 0; k < kComponentSeriesCount; ++k) {
            SeriesSummary summary = summaryOf(SeriesGroup::Component, c, k);
            if (k == kInstancesIndex || k == kInstanceTypeStepIndex) { // whole: a percentile can fall between two
                summary.p10 = summary.p10.round();
                summary.p50 = summary.p50.round();
                summary.p90 = summary.p90.round();
            }
            cr.series.push_back({kComponentSeriesKeys[k], std::move(summary)});
        }
        r.components.push_back(std::move(cr));
    }
    for (std::size_t c = 0; c < model.requestClasses.size(); ++c) {
        ClassResult cr{model.requestClasses[c].id, model.requestClasses[c].name, {}};
        for (std::size_t k = 0; k < kClassSeriesCount; ++k)
            cr.series.push_back({kClassSeriesKeys[k], summaryOf(SeriesGroup::RequestClass, c, k)});
        r.requestClasses.push_back(std::move(cr));
    }
    for (std::size_t k = 0; k < kTotalSeriesCount; ++k) {
        const std::string_view key = kTotalSeriesKeys[k];
        const bool revenueSeries = key == keys::kRevenue || key == keys::kGrossMargin;
        const bool teamSeries = key == keys::kHeadcount || key == keys::kHires || key == keys::kTeamCost ||
                                key == keys::kRecruitingCost || key == keys::kRequisitions ||
                                key == keys::kHiringBacklog;
        if (revenueSeries && !model.costs.revenuePerUserPerMonth)
            continue; // no revenue given: no margin to report
        if (teamSeries && model.team.roles.empty())
            continue; // no team modelled
        r.totals.push_back({kTotalSeriesKeys[k], summaryOf(SeriesGroup::Total, 0, k)});
    }
    for (std::size_t role = 0; role < model.team.roles.size(); ++role) {
        RoleResult rr{model.team.roles[role].id, model.team.roles[role].name, {}};
        for (std::size_t k = 0; k < kRoleSeriesCount; ++k) {
            if (kRoleSeriesKeys[k] == std::string_view(keys::kTeamThroughput) && !model.team.roles[role].scaling)
                continue; // no scaling given: no throughput to report
            rr.series.push_back({kRoleSeriesKeys[k], summaryOf(SeriesGroup::Role, role, k)});
        }
        r.roles.push_back(std::move(rr));
    }
}

// The results of a single projection (the deterministic run): the summaries Summaries would give
// after this one sample, without building its accumulators.
void writeOne(Results& r, const Model& model, const SampleProjection& p)
{
    writeSeries(r, model, [&p](SeriesGroup group, std::size_t subject, std::size_t k) {
        switch (group) {
        case SeriesGroup::Component:
            return SeriesAccumulator::summaryOfOne(p.components[subject][k]);
        case SeriesGroup::RequestClass:
            return SeriesAccumulator::summaryOfOne(p.classes[subject][k]);
        case SeriesGroup::Role:
            return SeriesAccumulator::summaryOfOne(p.roles[subject][k]);
        case SeriesGroup::Total:
            break;
        }
        return SeriesAccumulator::summaryOfOne(p.totals[k]);
    });
    detail::RunScalars one(r.months);
    one.add(p);
    r.bottlenecks = one.bottlenecks(model);
}

// A sample's series in the flat order of the accumulators and the table: components' (each
// kComponentSeriesKeys), then classes', the totals, the roles'.
void flatSeries(const SampleProjection& p, std::vector<const double*>& out)
{
    out.clear();
    for (const auto* group : {&p.components, &p.classes})
        for (const std::vector<Series>& subject : *group)
            for (const Series& series : subject)
                out.push_back(series.data());
    for (const Series& series : p.totals)
        out.push_back(series.data());
    for (const std::vector<Series>& role : p.roles)
        for (const Series& series : role)
            out.push_back(series.data());
}

// The samples of one Monte Carlo round: a block of kBlockSamples per thread, in sample order.
using Round = std::vector<std::vector<SampleProjection>>;

// The running summaries of every series of a run too long to keep its samples (SampleTable).
class Summaries
{
public:
    Summaries(const Model& model, int months) : m_scalars(months)
    {
        // Built in place: an accumulator's state is only written as values come (copies would read it).
        const auto make = [months](std::vector<SeriesAccumulator>& series, std::size_t count) {
            series.reserve(count);
            for (std::size_t k = 0; k < count; ++k)
                series.emplace_back(months);
        };
        m_components.resize(model.components.size());
        for (auto& series : m_components)
            make(series, kComponentSeriesCount);
        m_classes.resize(model.requestClasses.size());
        for (auto& series : m_classes)
            make(series, kClassSeriesCount);
        make(m_totals, kTotalSeriesCount);
        m_roles.resize(model.team.roles.size());
        for (auto& series : m_roles)
            make(series, kRoleSeriesCount);
    }

    // Summarising a round of blocks is taskCount() independent tasks, to run in any order on any
    // thread: each accumulator, and the scalars, see the round's samples in sample order, so the
    // bits are the same whatever the thread count.
    int taskCount() const { return 1 + int(accumulatorCount()); }
    void runTask(int task, const Round& round)
    {
        if (task == 0) {
            for (const std::vector<SampleProjection>& block : round)
                for (const SampleProjection& p : block)
                    m_scalars.add(p);
            return;
        }
        // The round's series of this accumulator, handed over together.
        const auto a = std::size_t(task - 1);
        std::array<const double*, kMaxRoundSamples> samples{};
        std::size_t count = 0;
        for (const std::vector<SampleProjection>& block : round)
            for (const SampleProjection& p : block) {
                samples[count++] = seriesOf(a, p).data();
                if (count == samples.size()) {
                    accumulatorOf(a).add(samples.data(), int(count));
                    count = 0;
                }
            }
        accumulatorOf(a).add(samples.data(), int(count));
    }

    const detail::RunScalars& scalars() const { return m_scalars; }

    void writeTo(Results& r, const Model& model) const
    {
        writeSeries(r, model, [this](SeriesGroup group, std::size_t subject, std::size_t k) {
            switch (group) {
            case SeriesGroup::Component:
                return m_components[subject][k].summary();
            case SeriesGroup::RequestClass:
                return m_classes[subject][k].summary();
            case SeriesGroup::Role:
                return m_roles[subject][k].summary();
            case SeriesGroup::Total:
                break;
            }
            return m_totals[k].summary();
        });
    }

private:
    std::size_t accumulatorCount() const
    {
        return m_components.size() * kComponentSeriesCount + m_classes.size() * kClassSeriesCount + kTotalSeriesCount +
               m_roles.size() * kRoleSeriesCount;
    }

    // Element `a` of the flat order (components' series, then classes', the totals, the roles') of
    // things laid out one per series as in SampleProjection: the accumulators, or one sample's series.
    template <typename Components, typename Classes, typename Totals, typename Roles>
    static auto& flat(std::size_t a, Components& components, Classes& classes, Totals& totals, Roles& roles)
    {
        const std::size_t componentCount = components.size() * kComponentSeriesCount;
        if (a < componentCount)
            return components[a / kComponentSeriesCount][a % kComponentSeriesCount];
        a -= componentCount;
        const std::size_t classCount = classes.size() * kClassSeriesCount;
        if (a < classCount)
            return classes[a / kClassSeriesCount][a % kClassSeriesCount];
        a -= classCount;
        if (a < kTotalSeriesCount)
            return totals[a];
        a -= kTotalSeriesCount;
        return roles[a / kRoleSeriesCount][a % kRoleSeriesCount];
    }
    SeriesAccumulator& accumulatorOf(std::size_t a) { return flat(a, m_components, m_classes, m_totals, m_roles); }
    static const Series& seriesOf(std::size_t a, const SampleProjection& p)
    {
        return flat(a, p.components, p.classes, p.totals, p.roles);
    }

    std::vector<std::vector<SeriesAccumulator>> m_components;
    std::vector<std::vector<SeriesAccumulator>> m_classes;
    std::vector<SeriesAccumulator> m_totals;
    std::vector<std::vector<SeriesAccumulator>> m_roles;
    detail::RunScalars m_scalars;
};

int threadCount(const RunOptions& options)
{
    if (options.threads > 0)
        return options.threads;
    return std::max(1, int(std::thread::hardware_concurrency()));
}

// Projects sample `s` of the model into `p`, its inputs drawn into `drawn` (whose allocations a
// previous sample's left are reused). `traffic` is the model's prepareTraffic(), for the samples
// that draw nothing in its call graph.
void projectOne(const Model& model, const TrafficSetup& traffic, const Sampler& sampler, std::uint64_t seed, int s,
                Model& drawn, SampleProjection& p)
{
    drawn = model;
    sampler.drawInto(drawn, seed, std::uint64_t(s), &p.inputs);
    projectSample(drawn, sameCallGraph(drawn, model) ? &traffic : nullptr, p);
}

// Projects samples [first, first + count) of the model into `out`.
void projectBlock(const Model& model, const TrafficSetup& traffic, const Sampler& sampler, std::uint64_t seed,
                  int first, int count, std::vector<SampleProjection>& out)
{
    out.resize(std::size_t(count)); // the projections of the last round keep their storage for this one
    Model drawn;
    for (int s = first; s < first + count; ++s)
        projectOne(model, traffic, sampler, seed, s, drawn, out[std::size_t(s - first)]);
}

// What RunScalars takes of a sample, kept for each sample of a run that projects into a table,
// and added in sample order once they are all in.
struct SampleScalars
{
    std::vector<BottleneckEvent> events;
    std::vector<double> inputs;
    double costPerUser = 0.0;
};

// Where series k of `group`'s `subject` lies in the flat order (flatSeries()).
std::size_t flatIndex(const Model& model, SeriesGroup group, std::size_t subject, std::size_t k)
{
    std::size_t index = 0;
    switch (group) {
    case SeriesGroup::Role:
        index += kTotalSeriesCount;
        [[fallthrough]];
    case SeriesGroup::Total:
        index += model.requestClasses.size() * kClassSeriesCount;
        [[fallthrough]];
    case SeriesGroup::RequestClass:
        index += model.components.size() * kComponentSeriesCount;
        [[fallthrough]];
    case SeriesGroup::Component:
        break;
    }
    const std::size_t perSubject = group == SeriesGroup::Component      ? kComponentSeriesCount
                                   : group == SeriesGroup::RequestClass ? kClassSeriesCount
                                   : group == SeriesGroup::Role         ? kRoleSeriesCount
                                                                        : 0;
    return index + subject * perSubject + k;
}

// A run short enough to keep every value (kKeptSamples): the threads project blocks of samples,
// each sample straight into a SampleTable, and then summarise its series, a task each. Nothing
// waits for a round: the threads only meet once the samples are all in. Returns false if the run
// was cancelled.
bool projectIntoTable(const Model& model, const Sampler& sampler, const RunOptions& options, Results& r)
{
    const auto cancelled = [&] {
        return options.cancel && options.cancel->load();
    };
    if (cancelled())
        return false;
    const TrafficSetup traffic = prepareTraffic(model);
    const int samples = options.samples;
    std::vector<SampleScalars> scalars(static_cast<std::size_t>(samples));
    const auto keep = [&scalars](int s, const SampleProjection& p) {
        scalars[std::size_t(s)] = {p.events, p.inputs, p.totals[2][p.totals[2].size() - 1]};
    };
    // Sample 0 first: the table compares every other sample with it.
    std::optional<SampleTable> table;
    {
        Model drawn;
        SampleProjection p;
        projectOne(model, traffic, sampler, options.seed, 0, drawn, p);
        std::vector<const double*> series;
        flatSeries(p, series);
        table.emplace(series, r.months, samples);
        keep(0, p);
    }
    WorkerPool pool(threadCount(options));
    const auto caller = std::this_thread::get_id();
    std::atomic<int> done{1};
    int reported = 0; // the caller's thread's
    // Whether a block was left out: the table then lacks its groups, and must not be summarised
    // (whatever the cancel flag says by then).
    std::atomic<bool> skipped{false};
    // Block b: samples [b·kTableBlockSamples, (b + 1)·kTableBlockSamples), but sample 0; whole groups
    // of the table, as it takes them.
    static_assert(kTableBlockSamples % SampleTable::kGroupSamples == 0);
    pool.forEach((samples + kTableBlockSamples - 1) / kTableBlockSamples, [&](int b) {
        if (cancelled()) {
            skipped = true;
            return;
        }
        const int first = std::max(1, b * kTableBlockSamples);
        const int end = std::min(samples, (b + 1) * kTableBlockSamples);
        // A group at a time, the table's: every month's values of a group go into its column together.
        // The thread's projections of one block are reused for its next (a group's is 1.6 MB on the
        // reference model: made again for each block, its pages were faulted in again and cleared).
        thread_local Model drawn;
        thread_local std::array<SampleProjection, SampleTable::kGroupSamples> group;
        thread_local std::array<std::vector<const double*>, SampleTable::kGroupSamples> series;
        std::array<const std::vector<const double*>*, SampleTable::kGroupSamples> seriesOf{};
        for (int start = first; start < end;) {
            const int stop = std::min(end, (start / SampleTable::kGroupSamples + 1) * SampleTable::kGroupSamples);
            for (int s = start; s < stop; ++s) {
                const auto j = std::size_t(s - start);
                projectOne(model, traffic, sampler, options.seed, s, drawn, group[j]);
                flatSeries(group[j], series[j]);
                seriesOf[j] = &series[j];
                keep(s, group[j]);
            }
            table->add(start, stop - start, seriesOf.data());
            start = stop;
        }
        const int now = done += end - first;
        if (options.progress && std::this_thread::get_id() == caller) { // it is called on the caller's thread
            options.progress(now, samples);
            reported = now;
        }
    });
    if (skipped || cancelled())
        return false;
    // Each series a task, and the samples' scalars (the bottlenecks, the sensitivity) one more,
    // the first taken: it is the longest, and runs beside the series.
    std::vector<SeriesSummary> summaries(table->seriesCount());
    pool.forEach(int(summaries.size()) + 1, [&](int task) {
        if (cancelled()) // a cancelled run gives way to the next at once
            return;
        if (task == 0) {
            detail::RunScalars inOrder(r.months);
            for (const SampleScalars& sample : scalars)
                inOrder.add(sample.events, sample.inputs, sample.costPerUser);
            r.bottlenecks = inOrder.bottlenecks(model);
            r.sensitivity = inOrder.sensitivity(sampler.inputIds());
            return;
        }
        summaries[std::size_t(task - 1)] = table->summary(std::size_t(task - 1));
    });
    if (cancelled())
        return false;
    table.reset();
    writeSeries(r, model, [&](SeriesGroup group, std::size_t subject, std::size_t k) {
        return std::move(summaries[flatIndex(model, group, subject, k)]);
    });
    if (options.progress && reported < samples)
        options.progress(samples, samples);
    return true;
}

// The Monte Carlo samples of a run, projected and summarised on a pool of threads: while one
// round is summarised, the next is projected, both as tasks the threads take as they become free.
// Returns false if the run was cancelled.
bool projectAndSummarise(const Model& model, const Sampler& sampler, const RunOptions& options, Summaries& summaries)
{
    const auto cancelled = [&] {
        return options.cancel && options.cancel->load();
    };
    const TrafficSetup traffic = prepareTraffic(model);
    const int threads = threadCount(options);
    const int roundSamples = threads * kBlockSamples;
    WorkerPool pool(threads);
    Round projecting(std::size_t(threads), std::vector<SampleProjection>{});
    Round summarising = projecting;
    // Block k of the round that starts at sample `first`.
    const auto project = [&](int first, int k) {
        const int start = first + k * kBlockSamples;
        const int count = std::clamp(options.samples - start, 0, kBlockSamples);
        projectBlock(model, traffic, sampler, options.seed, start, count, projecting[std::size_t(k)]);
    };
    if (cancelled())
        return false;
    pool.forEach(threads, [&](int k) { project(0, k); });
    for (int first = 0; first < options.samples; first += roundSamples) {
        if (cancelled())
            return false;
        std::swap(projecting, summarising);
        const int next = first + roundSamples;
        const int blocks = next < options.samples ? threads : 0;
        // The blocks first: they are the longest tasks.
        pool.forEach(blocks + summaries.taskCount(), [&](int task) {
            if (task < blocks)
                project(next, task);
            else
                summaries.runTask(task - blocks, summarising);
        });
        if (options.progress)
            options.progress(std::min(options.samples, next), options.samples);
    }
    return true;
}

} // namespace

std::string_view toString(BottleneckKind kind) { return detail::nameOf(kBottleneckKindNames, kind); }
std::optional<BottleneckKind> bottleneckKindFromString(std::string_view text)
{
    return detail::valueOf(kBottleneckKindNames, text);
}

bool Bottleneck::operator==(const Bottleneck& other) const
{
    return subject == other.subject && kind == other.kind && message == other.message && value == other.value &&
           threshold == other.threshold && medianFirstMonth == other.medianFirstMonth && occurrence == other.occurrence &&
           probabilityByMonth.size() == other.probabilityByMonth.size() &&
           (probabilityByMonth == other.probabilityByMonth).all();
}

std::string ComponentResult::instanceTypeAt(double step) const
{
    if (!(step >= -0.5 && step < double(instanceTypes.size()) - 0.5))
        return {};
    return instanceTypes[std::size_t(std::lround(step))];
}

std::vector<std::string> Results::monthLabels() const
{
    std::vector<std::string> labels;
    labels.reserve(static_cast<std::size_t>(months));
    for (int t = 0; t < months; ++t)
        labels.push_back(start.plusMonths(t).toString());
    return labels;
}

RunOutcome run(const Model& base, const RunOptions& options)
{
    clearUpperVectorState();
    RunOutcome outcome;
    outcome.problems = validate(base);
    std::optional<Model> scenarioModel;
    if (outcome.problems.empty() && !options.scenario.empty()) {
        ScenarioModel applied = applyScenario(base, options.scenario);
        outcome.problems = std::move(applied.problems);
        scenarioModel = std::move(applied.model);
    }
    const Model& model = scenarioModel ? *scenarioModel : base;
    if (options.samples < 1 || options.samples > kMaxSamples)
        outcome.problems.push_back({"samples", "must be between 1 and " + std::to_string(kMaxSamples) + "; got " +
                                                   std::to_string(options.samples)});
    if (!outcome.problems.empty())
        return outcome;

    const int months = model.horizonMonths;
    const Sampler sampler(model);
    Results r;
    r.engineVersion = kVersion;
    r.seed = options.seed;
    r.samples = options.samples;
    r.start = model.start;
    r.months = months;
    if (!sampler.hasUncertainty() || options.samples == 1) {
        // The estimates: every sample would be this one, or one was asked for.
        writeOne(r, model, projectSample(model));
    } else if (options.samples <= kKeptSamples) {
        if (!projectIntoTable(model, sampler, options, r)) {
            outcome.cancelled = true;
            return outcome;
        }
    } else {
        Summaries summaries(model, months);
        if (!projectAndSummarise(model, sampler, options, summaries)) {
            outcome.cancelled = true;
            return outcome;
        }
        summaries.writeTo(r, model);
        r.bottlenecks = summaries.scalars().bottlenecks(model);
        r.sensitivity = summaries.scalars().sensitivity(sampler.inputIds());
    }
    outcome.results = std::move(r);
    return outcome;
}

} // namespace headroom::engine
