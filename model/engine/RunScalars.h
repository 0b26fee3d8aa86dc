#pragma once

#include "engine/Projection.h"
#include "engine/Results.h"
#include "engine/Sensitivity.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <tuple>
#include <vector>

// Internal to run() (Engine.cpp): what a Monte Carlo run reports besides its series, gathered from
// every sample in sample order. Not the engine's interface.
namespace headroom::engine {

struct Model;

namespace detail {

// For each bottleneck, how many samples first showed it in each month, and one example event per
// month for its message.
class BottleneckTally
{
public:
    explicit BottleneckTally(int months) : m_months(months) {}

    void add(const std::vector<BottleneckEvent>& events)
    {
        for (const BottleneckEvent& e : events) {
            Entry& entry = m_entries[{int(e.subjectKind), e.subject, int(e.kind)}];
            if (entry.firstMonthCounts.empty()) {
                entry.firstMonthCounts.assign(std::size_t(m_months), 0);
                entry.examples.resize(std::size_t(m_months));
            }
            ++entry.firstMonthCounts[std::size_t(e.month)];
            if (!entry.examples[std::size_t(e.month)])
                entry.examples[std::size_t(e.month)] = e;
        }
    }

    std::vector<Bottleneck> summarise(const Model& model, std::int64_t samples) const
    {
        std::vector<Bottleneck> out;
        for (const auto& [key, entry] : m_entries) {
            Bottleneck b;
            b.kind = BottleneckKind(std::get<2>(key));
            b.probabilityByMonth = Series(m_months);
            std::int64_t cumulative = 0;
            for (int t = 0; t < m_months; ++t) {
                cumulative += entry.firstMonthCounts[std::size_t(t)];
                b.probabilityByMonth[t] = double(cumulative) / double(samples);
                // The median of the first months, "never" counting as later than any month: the
                // sorted value at index ⌊S/2⌋, so one that happens in only half the samples has none.
                if (!b.medianFirstMonth && cumulative > samples / 2)
                    b.medianFirstMonth = t;
            }
            const int exampleMonth = b.medianFirstMonth ? *b.medianFirstMonth : conditionalMedian(entry);
            const BottleneckEvent& example = *entry.examples[std::size_t(exampleMonth)];
            b.subject = bottleneckSubject(model, example);
            b.message = bottleneckMessage(model, example);
            b.value = example.value;
            b.threshold = example.threshold;
            b.occurrence = BottleneckOccurrence{example.month, example.instances, example.percentile, example.step};
            out.push_back(std::move(b));
        }
        std::stable_sort(out.begin(), out.end(), [](const Bottleneck& a, const Bottleneck& b) {
            const int ma = a.medianFirstMonth.value_or(INT32_MAX);
            const int mb = b.medianFirstMonth.value_or(INT32_MAX);
            if (ma != mb)
                return ma < mb;
            return a.probabilityByHorizon() > b.probabilityByHorizon();
        });
        return out;
    }

private:
    struct Entry
    {
        std::vector<std::int64_t> firstMonthCounts;
        std::vector<std::optional<BottleneckEvent>> examples;
    };
    // The median first month among the samples where it happened at all: the example to describe
    // a bottleneck that happens in only some samples.
    static int conditionalMedian(const Entry& e)
    {
        std::int64_t happened = 0;
        for (const std::int64_t n : e.firstMonthCounts)
            happened += n;
        std::int64_t cumulative = 0;
        for (std::size_t t = 0; t < e.firstMonthCounts.size(); ++t) {
            cumulative += e.firstMonthCounts[t];
            if (cumulative > happened / 2 && e.examples[t])
                return int(t);
        }
        return 0;
    }

    int m_months;
    std::map<std::tuple<int, int, int>, Entry> m_entries; // (subject kind, subject, kind): a deterministic order
};

// What a run reports besides its series, from every sample in sample order: its bottlenecks, and
// for the sensitivity, each sample's draws and two of its outputs.
class RunScalars
{
public:
    explicit RunScalars(int months) : m_months(months), m_bottlenecks(months) {}

    void add(const SampleProjection& p) { add(p.events, p.inputs, p.totals[2][p.totals[2].size() - 1]); }
    // A sample's bottleneck events, its draws of the inputs, and its cost per user at the horizon.
    void add(const std::vector<BottleneckEvent>& events, const std::vector<double>& inputs, double costPerUser)
    {
        m_bottlenecks.add(events);
        if (!inputs.empty()) {
            if (m_inputs.empty())
                m_inputs.resize(inputs.size());
            for (std::size_t i = 0; i < inputs.size(); ++i)
                m_inputs[i].push_back(inputs[i]);
            m_costPerUser.push_back(costPerUser);
            int first = m_months; // censored at the horizon: after every month
            for (const BottleneckEvent& e : events)
                first = std::min(first, e.month);
            m_firstBottleneck.push_back(first);
        }
        ++m_count;
    }

    // Spearman's ρ of each input with each output, strongest first within an output.
    std::vector<Sensitivity> sensitivity(const std::vector<std::string>& inputIds) const
    {
        std::vector<Sensitivity> out;
        for (const auto& [name, output] : {std::pair{kSensitivityCostPerUser, &m_costPerUser},
                                           std::pair{kSensitivityFirstBottleneck, &m_firstBottleneck}}) {
            std::vector<Sensitivity> block;
            for (std::size_t i = 0; i < m_inputs.size() && i < inputIds.size(); ++i)
                block.push_back({inputIds[i], name, spearman(m_inputs[i], *output)});
            std::stable_sort(block.begin(), block.end(), [](const Sensitivity& a, const Sensitivity& b) {
                return std::abs(a.rankCorrelation) > std::abs(b.rankCorrelation);
            });
            out.insert(out.end(), block.begin(), block.end());
        }
        return out;
    }

    std::vector<Bottleneck> bottlenecks(const Model& model) const { return m_bottlenecks.summarise(model, m_count); }

private:
    int m_months;
    BottleneckTally m_bottlenecks;
    std::int64_t m_count = 0;
    // For sensitivity, per sample: the inputs' draws and two outputs. A few numbers per sample,
    // not the series: 10 000 samples of 20 inputs is 1.8 MB.
    std::vector<std::vector<double>> m_inputs;
    std::vector<double> m_costPerUser;
    std::vector<double> m_firstBottleneck;
};

} // namespace detail

} // namespace headroom::engine
