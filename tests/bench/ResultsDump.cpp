#include "ResultsDump.h"

#include "ReferenceModel.h"
#include "engine/Engine.h"

#include <string>

namespace headroom::bench {

using namespace engine;

namespace {

void writeSeries(std::FILE* out, const char* name, const Series& s)
{
    std::fprintf(out, "  %s:", name);
    for (Eigen::Index t = 0; t < s.size(); ++t)
        std::fprintf(out, " %a", s[t]);
    std::fprintf(out, "\n");
}

void writeNamed(std::FILE* out, const std::vector<NamedSeries>& series)
{
    for (const NamedSeries& n : series) {
        std::fprintf(out, " %s\n", n.key.c_str());
        writeSeries(out, "mean", n.summary.mean);
        writeSeries(out, "p10", n.summary.p10);
        writeSeries(out, "p50", n.summary.p50);
        writeSeries(out, "p90", n.summary.p90);
    }
}

void writeRun(std::FILE* out, const Model& model, int samples, std::uint64_t seed, int threads)
{
    RunOptions options;
    options.samples = samples;
    options.seed = seed;
    options.threads = threads;
    const RunOutcome outcome = run(model, options);
    std::fprintf(out, "=== samples %d seed %llu threads %d\n", samples, static_cast<unsigned long long>(seed), threads);
    if (!outcome.ok()) {
        for (const Problem& p : outcome.problems)
            std::fprintf(out, "problem %s\n", p.toString().c_str());
        return;
    }
    const Results& r = *outcome.results;
    std::fprintf(out, "months %d samples %d\ntotals\n", r.months, r.samples);
    writeNamed(out, r.totals);
    for (const ComponentResult& c : r.components) {
        std::fprintf(out, "component %s\n", c.id.c_str());
        writeNamed(out, c.series);
    }
    for (const ClassResult& c : r.requestClasses) {
        std::fprintf(out, "class %s\n", c.id.c_str());
        writeNamed(out, c.series);
    }
    for (const Bottleneck& b : r.bottlenecks) {
        std::fprintf(out, "bottleneck %s %s value %a threshold %a median %d: %s\n", b.subject.c_str(),
                     std::string(toString(b.kind)).c_str(), b.value, b.threshold, b.medianFirstMonth.value_or(-1),
                     b.message.c_str());
        writeSeries(out, "probability", b.probabilityByMonth);
    }
    for (const Sensitivity& s : r.sensitivity)
        std::fprintf(out, "sensitivity %s %s %a\n", s.input.c_str(), s.output.c_str(), s.rankCorrelation);
}

} // namespace

void dumpResults(std::FILE* out, const Model& model, bool heavy)
{
    writeRun(out, withoutUncertainty(model), 1, 1, 1);
    writeRun(out, model, 1, 1, 2);
    writeRun(out, model, 1000, 1, 2);
    writeRun(out, model, 1000, 1, 1);
    writeRun(out, model, 333, 3, 1);
    writeRun(out, model, 7, 5, 2);
    writeRun(out, model, 70, 5, 3);
    if (heavy)
        writeRun(out, model, 10'000, 1, 2);
}

} // namespace headroom::bench
