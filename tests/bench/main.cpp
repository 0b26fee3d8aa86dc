// headroom-bench: measures the engine against the performance budget of DESIGN.md on the
// reference model (ReferenceModel.h). It reports; it asserts nothing about speed. The one
// failure it exits on, besides bad usage and an invalid model, is a Monte Carlo result that
// differs between thread counts: that is a bug, not a slow machine.
#include "ReferenceModel.h"
#include "ResultsDump.h"
#include "engine/Engine.h"
#include "engine/Model.h"
#include "engine/Validation.h"
#include "engine/Version.h"

#include <algorithm>
#include <charconv>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <sys/resource.h>
#include <thread>
#include <vector>

using namespace headroom;

namespace {

constexpr int kExitInvalidModel = 1;
constexpr int kExitUsage = 2;
constexpr int kExitThreadMismatch = 3;

// The budget (DESIGN.md, "Performance budget").
constexpr double kDeterministicBudgetSeconds = 1e-3;
constexpr double kMonteCarloBudgetSeconds = 1.0; // for 10,000 samples, on both cores
constexpr double kGuiBudgetSeconds = 0.1;        // edit to plots redrawn, 1,000 samples
constexpr double kMemoryBudgetMb = 500.0;
constexpr int kBudgetSamples = 10'000;
constexpr int kGuiSamples = 1'000;              // what ui/document/Document.cpp runs
constexpr int kDeterministicRunsPerRepeat = 40; // 200 for the default 5 repeats

struct Options
{
    int samples = kBudgetSamples;
    int repeat = 5;
    bool quick = false;
    bool json = false;
    std::string dumpPath; // --dump: write the reference runs' results there instead of timing
};

void printUsage(std::FILE* to)
{
    std::fprintf(to, "usage: headroom-bench [--samples N] [--repeat N] [--quick] [--json] [--dump PATH] [--help]\n"
                     "  --samples N  Monte Carlo samples of the main measurement (default 10000)\n"
                     "  --repeat N   repetitions of each Monte Carlo measurement (default 5, 1 with --quick);\n"
                     "               the deterministic projection runs 40 times as often\n"
                     "  --quick      one repetition of each: a smoke run\n"
                     "  --json       one JSON object on standard output instead of the table\n"
                     "  --dump PATH  time nothing: write every number of a set of runs of the reference model\n"
                     "               to PATH in hexadecimal floats, to compare builds bit for bit (with --quick:\n"
                     "               without the 10000-sample run)\n");
}

bool parseCount(std::string_view text, int& out)
{
    const char* end = text.data() + text.size();
    const auto [next, error] = std::from_chars(text.data(), end, out);
    return error == std::errc() && next == end && out >= 1;
}

std::optional<Options> parseOptions(int argc, char** argv)
{
    Options o;
    std::optional<int> repeat;
    for (int i = 1; i < argc; ++i) {
        const std::string_view a = argv[i];
        const bool hasValue = i + 1 < argc;
        if (a == "--help" || a == "-h") {
            printUsage(stdout);
            std::exit(0);
        } else if (a == "--quick") {
            o.quick = true;
        } else if (a == "--json") {
            o.json = true;
        } else if (a == "--dump" && hasValue) {
            o.dumpPath = argv[++i];
        } else if (a == "--samples" && hasValue && parseCount(argv[i + 1], o.samples) &&
                   o.samples <= engine::kMaxSamples) {
            ++i;
        } else if (a == "--repeat" && hasValue && parseCount(argv[i + 1], repeat.emplace())) {
            ++i;
        } else {
            std::fprintf(stderr, "headroom-bench: bad argument \"%s\"\n", argv[i]);
            return std::nullopt;
        }
    }
    o.repeat = repeat.value_or(o.quick ? 1 : 5);
    return o;
}

double medianOf(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    const std::size_t n = values.size();
    return n % 2 == 1 ? values[n / 2] : 0.5 * (values[n / 2 - 1] + values[n / 2]);
}

// Wall-clock times of repeated runs of one measurement, in seconds, and the CPU time the process
// spent in each (user and system, every thread): on a machine shared with other work the CPU time
// varies far less than the wall clock, which waits for cores.
struct Timing
{
    std::vector<double> seconds;
    std::vector<double> cpuSeconds;

    double median() const { return medianOf(seconds); }
    double min() const { return *std::min_element(seconds.begin(), seconds.end()); }
    double cpuMedian() const { return medianOf(cpuSeconds); }
};

double processCpuSeconds()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    const auto seconds = [](const timeval& t) {
        return double(t.tv_sec) + 1e-6 * double(t.tv_usec);
    };
    return seconds(usage.ru_utime) + seconds(usage.ru_stime);
}

Timing timeRepeatedly(int repetitions, const std::function<void()>& work)
{
    Timing t;
    for (int i = 0; i < repetitions; ++i) {
        const double cpuStart = processCpuSeconds();
        const auto start = std::chrono::steady_clock::now();
        work();
        t.seconds.push_back(std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count());
        t.cpuSeconds.push_back(processCpuSeconds() - cpuStart);
    }
    return t;
}

// A run that must succeed: the model was validated before any measurement.
engine::Results runOrDie(const engine::Model& model, int samples, int threads)
{
    engine::RunOptions options;
    options.samples = samples;
    options.threads = threads;
    engine::RunOutcome out = engine::run(model, options);
    if (!out.ok()) {
        std::fprintf(stderr, "headroom-bench: the engine refused the model\n");
        for (const engine::Problem& p : out.problems)
            std::fprintf(stderr, "  %s\n", p.toString().c_str());
        std::exit(kExitInvalidModel);
    }
    return std::move(*out.results);
}

// Peak resident set size of this process, in MB (ru_maxrss is in KiB on Linux).
double peakResidentMb()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_maxrss) / 1024.0;
}

// One line of the report.
struct Row
{
    std::string key;   // for --json
    std::string label; // for the table
    int repetitions = 0;
    Timing timing;
    std::optional<double> budgetSeconds; // none: for information
};

std::string formatDuration(double seconds)
{
    char buffer[32];
    if (seconds < 1e-3)
        std::snprintf(buffer, sizeof buffer, "%.1f us", seconds * 1e6);
    else if (seconds < 1.0)
        std::snprintf(buffer, sizeof buffer, "%.2f ms", seconds * 1e3);
    else
        std::snprintf(buffer, sizeof buffer, "%.3f s", seconds);
    return buffer;
}

// A budget as it is written in DESIGN.md: "< 1 ms", "< 100 ms", "< 1 s".
std::string formatBudget(double seconds)
{
    char buffer[32];
    if (seconds < 1.0)
        std::snprintf(buffer, sizeof buffer, "< %g ms", seconds * 1e3);
    else
        std::snprintf(buffer, sizeof buffer, "< %g s", seconds);
    return buffer;
}

const char* verdict(bool met)
{
    return met ? "met" : "MISSED";
}

struct Report
{
    int components = 0;
    int classes = 0;
    int edges = 0;
    int months = 0;
    int uncertainInputs = 0;
    int samples = 0;
    unsigned hardwareThreads = 0;
    std::vector<Row> rows;
    double speedup = 0.0; // 1-thread median over 2-thread median
    bool threadsAgree = false;
    std::size_t bottlenecks = 0;
    std::string firstBottleneck;             // its message, to show the model is doing something real
    double firstBottleneckProbability = 0.0; // that it has happened by the horizon
    double peakMb = 0.0;
};

void printTable(const Report& r)
{
    std::printf("headroom-bench: engine %s, hardware_concurrency %u\n", engine::kVersion, r.hardwareThreads);
    std::printf("reference model: %d components, %d request classes, %d calls, %d months, %d uncertain inputs\n\n",
                r.components, r.classes, r.edges, r.months, r.uncertainInputs);
    std::printf("%-40s %5s %12s %12s %12s %10s  %s\n", "measurement", "reps", "median", "min", "cpu median", "budget",
                "verdict");
    for (const Row& row : r.rows) {
        const std::string budget = row.budgetSeconds ? formatBudget(*row.budgetSeconds) : "-";
        const char* met = row.budgetSeconds ? verdict(row.timing.median() < *row.budgetSeconds) : "";
        std::printf("%-40s %5d %12s %12s %12s %10s  %s\n", row.label.c_str(), row.repetitions,
                    formatDuration(row.timing.median()).c_str(), formatDuration(row.timing.min()).c_str(),
                    formatDuration(row.timing.cpuMedian()).c_str(), budget.c_str(), met);
    }
    std::printf("\nspeed-up on 2 threads (1-thread / 2-thread median): %.2fx\n", r.speedup);
    if (r.threadsAgree)
        std::printf("results on 1 and 2 threads: identical\n");
    else
        std::printf("\n*** BUG: results on 1 and 2 threads DIFFER (same seed, same model) ***\n\n");
    std::printf("bottlenecks found in the %d-sample run: %zu\n", r.samples, r.bottlenecks);
    if (!r.firstBottleneck.empty())
        std::printf("  the first: %s (P = %.0f%% by the horizon)\n", r.firstBottleneck.c_str(),
                    100.0 * r.firstBottleneckProbability);
    std::printf("peak resident memory: %.1f MB (budget < %.0f MB: %s)\n", r.peakMb, kMemoryBudgetMb,
                verdict(r.peakMb < kMemoryBudgetMb));
    if (r.samples != kBudgetSamples)
        std::printf("note: the budget is stated for %d samples; this run used %d\n", kBudgetSamples, r.samples);
}

void printJson(const Report& r)
{
    std::printf("{\n  \"engine_version\": \"%s\",\n  \"hardware_concurrency\": %u,\n", engine::kVersion,
                r.hardwareThreads);
    std::printf("  \"model\": {\"components\": %d, \"request_classes\": %d, \"calls\": %d, \"months\": %d, "
                "\"uncertain_inputs\": %d},\n",
                r.components, r.classes, r.edges, r.months, r.uncertainInputs);
    std::printf("  \"samples\": %d,\n  \"measurements\": [\n", r.samples);
    for (std::size_t i = 0; i < r.rows.size(); ++i) {
        const Row& row = r.rows[i];
        std::printf("    {\"name\": \"%s\", \"repetitions\": %d, \"median_seconds\": %.9g, \"min_seconds\": %.9g, "
                    "\"median_cpu_seconds\": %.9g",
                    row.key.c_str(), row.repetitions, row.timing.median(), row.timing.min(), row.timing.cpuMedian());
        if (row.budgetSeconds)
            std::printf(", \"budget_seconds\": %g, \"met\": %s", *row.budgetSeconds,
                        row.timing.median() < *row.budgetSeconds ? "true" : "false");
        std::printf("}%s\n", i + 1 < r.rows.size() ? "," : "");
    }
    std::printf("  ],\n  \"speedup_2_threads\": %.4g,\n  \"threads_identical\": %s,\n  \"bottlenecks\": %zu,\n",
                r.speedup, r.threadsAgree ? "true" : "false", r.bottlenecks);
    std::printf("  \"peak_rss_mb\": %.2f,\n  \"memory_budget_mb\": %g,\n  \"memory_met\": %s\n}\n", r.peakMb,
                kMemoryBudgetMb, r.peakMb < kMemoryBudgetMb ? "true" : "false");
}

std::string samplesLabel(int samples, const char* threads)
{
    return std::to_string(samples) + " samples, " + threads;
}

// Every measurement of the report, in the order printed.
void measure(const engine::Model& model, const Options& o, Report& report)
{
    const engine::Model deterministic = bench::withoutUncertainty(model);
    const int deterministicRuns = o.repeat * kDeterministicRunsPerRepeat;
    runOrDie(deterministic, 1, 1); // warm-up: first-touch allocations are not what is measured
    report.rows.push_back({"validate", "validate() alone", deterministicRuns,
                           timeRepeatedly(deterministicRuns, [&] { (void)engine::validate(model); }), std::nullopt});
    report.rows.push_back({"deterministic", "deterministic projection (samples = 1)", deterministicRuns,
                           timeRepeatedly(deterministicRuns, [&] { runOrDie(deterministic, 1, 1); }),
                           kDeterministicBudgetSeconds});

    const std::optional<double> mcBudget =
        o.samples == kBudgetSamples ? std::optional(kMonteCarloBudgetSeconds) : std::nullopt;
    engine::Results oneThread, twoThreads;
    const Timing single = timeRepeatedly(o.repeat, [&] { oneThread = runOrDie(model, o.samples, 1); });
    const Timing dual = timeRepeatedly(o.repeat, [&] { twoThreads = runOrDie(model, o.samples, 2); });
    report.rows.push_back(
        {"monte_carlo_1_thread", samplesLabel(o.samples, "1 thread"), o.repeat, single, std::nullopt});
    report.rows.push_back({"monte_carlo_2_threads", samplesLabel(o.samples, "2 threads"), o.repeat, dual, mcBudget});
    report.rows.push_back({"gui_1000_samples", samplesLabel(kGuiSamples, "all threads (GUI)"), o.repeat,
                           timeRepeatedly(o.repeat, [&] { runOrDie(model, kGuiSamples, 0); }), kGuiBudgetSeconds});

    report.speedup = single.median() / dual.median();
    report.threadsAgree = oneThread == twoThreads;
    report.bottlenecks = twoThreads.bottlenecks.size();
    if (!twoThreads.bottlenecks.empty()) {
        const engine::Bottleneck& first = twoThreads.bottlenecks.front();
        report.firstBottleneck = first.message;
        report.firstBottleneckProbability = first.probabilityByMonth[first.probabilityByMonth.size() - 1];
    }
}

} // namespace

int main(int argc, char** argv)
{
    const std::optional<Options> options = parseOptions(argc, argv);
    if (!options) {
        printUsage(stderr);
        return kExitUsage;
    }

    const engine::Model model = bench::referenceModel();
    if (const std::vector<engine::Problem> problems = engine::validate(model); !problems.empty()) {
        std::fprintf(stderr, "headroom-bench: the reference model is invalid (%zu problems):\n", problems.size());
        for (const engine::Problem& p : problems)
            std::fprintf(stderr, "  %s\n", p.toString().c_str());
        return kExitInvalidModel;
    }

    if (!options->dumpPath.empty()) {
        std::FILE* out = std::fopen(options->dumpPath.c_str(), "w");
        if (!out) {
            std::fprintf(stderr, "headroom-bench: cannot write %s\n", options->dumpPath.c_str());
            return kExitUsage;
        }
        bench::dumpResults(out, model, !options->quick);
        return std::fclose(out) == 0 ? 0 : kExitUsage;
    }

    Report report;
    report.components = int(model.components.size());
    report.classes = int(model.requestClasses.size());
    report.edges = int(model.calls.size());
    report.months = model.horizonMonths;
    report.uncertainInputs = bench::uncertainInputCount(model);
    report.samples = options->samples;
    report.hardwareThreads = std::thread::hardware_concurrency();
    measure(model, *options, report);
    report.peakMb = peakResidentMb();

    if (options->json)
        printJson(report);
    else
        printTable(report);
    if (!report.threadsAgree) {
        std::fprintf(stderr, "headroom-bench: BUG: Monte Carlo results differ between 1 and 2 threads\n");
        return kExitThreadMismatch;
    }
    return 0;
}
