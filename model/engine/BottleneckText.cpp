#include "engine/Model.h"
#include "engine/Projection.h"

#include <cstdio>
#include <string>

// The words of a bottleneck: its subject's id and a sentence a manager understands, written once
// per bottleneck from the first sample's event (Projection.h).
namespace headroom::engine {

namespace {

// One number in a printf pattern: "%.0f%%" gives "71%", "%.1f h" gives "4.2 h".
std::string formatted(const char* pattern, double value)
{
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, pattern, value);
    return buffer;
}

std::string percent(double fraction) { return formatted("%.0f%%", fraction * 100.0); }
std::string instances(int n) { return std::to_string(n) + (n == 1 ? " instance" : " instances"); }
std::string months(int n) { return std::to_string(n) + (n == 1 ? " month" : " months"); }
std::string rate(double perSecond) { return formatted("%.0f operations/s", perSecond); }
std::string hours(double h) { return formatted("%.1f h", h); }
std::string multiple(double m) { return formatted("%.2f×", m); }
std::string milliseconds(double ms) { return formatted("%.0f ms", ms); }
// A cost per user: "$79.60", and to the hundredth of a cent below $10, where cents hide a rise
// ("$0.3812", "$1.6950").
std::string dollars(double amount) { return formatted(amount >= 10.0 ? "$%.2f" : "$%.4f", amount); }

} // namespace

std::string bottleneckSubject(const Model& model, const BottleneckEvent& e)
{
    switch (e.subjectKind) {
    case SubjectKind::Component:
        return model.components.at(std::size_t(e.subject)).id;
    case SubjectKind::RequestClass:
        return model.requestClasses.at(std::size_t(e.subject)).id;
    case SubjectKind::Cost:
        return "cost";
    case SubjectKind::Team:
        break;
    }
    return "team";
}

std::string bottleneckMessage(const Model& model, const BottleneckEvent& e)
{
    const std::string when = model.start.plusMonths(e.month).toString();
    if (e.subjectKind == SubjectKind::Team) {
        if (e.kind == BottleneckKind::OnCallUndersized)
            return "On-call is undersized in " + when + ": " + formatted("%.2f", e.value) +
                   " people in place can take call, the rotations need " + formatted("%.0f", e.threshold) +
                   " (hiring is behind).";
        return "Hiring outruns recruiting in " + when + ": the plan needs " + formatted("%.1f", e.value) +
               " hires that month, recruiting closes " + formatted("%.1f", e.threshold) + ".";
    }
    if (e.subjectKind == SubjectKind::Cost) {
        if (e.kind == BottleneckKind::UnitCostRising)
            return "Cost per active user rises " + months(e.instances) + " in a row to " + dollars(e.value) + " in " +
                   when + " (from " + dollars(e.threshold) + "): costs are growing faster than users.";
        return "Cost per active user reaches " + dollars(e.value) + " in " + when + ", above the " +
               dollars(e.threshold) + " target.";
    }
    if (e.subjectKind == SubjectKind::RequestClass) {
        const std::string name = model.requestClasses.at(std::size_t(e.subject)).name;
        const char* which = e.percentile ? "p95" : "mean";
        if (e.value >= kLatencyCeilingMs)
            return name + " misses its " + which + " latency objective in " + when +
                   ": a component on its path is saturated, so requests queue without bound.";
        return name + " misses its " + which + " latency objective in " + when + ": " + milliseconds(e.value) +
               " end to end against " + milliseconds(e.threshold) + ".";
    }
    const std::string name = model.components.at(std::size_t(e.subject)).name;
    switch (e.kind) {
    case BottleneckKind::OverTargetUtilization:
        return name + " runs at " + percent(e.value) + " utilization in " + when + ", above its " +
               percent(e.threshold) + " target.";
    case BottleneckKind::Saturated:
        return name + " is saturated in " + when + ": peak demand is " + percent(e.value) + " of what " +
               instances(e.instances) + " can serve, so requests queue without bound.";
    case BottleneckKind::MaxInstancesReached:
        return name + " reaches its maximum of " + instances(e.instances) + " in " + when + ".";
    case BottleneckKind::ScalabilityCeiling:
        return name + " hits its scalability ceiling in " + when + ": past " + instances(e.instances) +
               ", adding more would lower its throughput.";
    case BottleneckKind::VerticalCeiling: {
        const std::vector<std::string>& ladder = model.components.at(std::size_t(e.subject)).scaling.ladder;
        const std::string top = e.step >= 0 && std::size_t(e.step) < ladder.size() ? ladder[std::size_t(e.step)] : "";
        const std::string pastPeak = e.step >= 0 && std::size_t(e.step) + 1 < ladder.size()
                                         ? " (larger types would serve less: past its scalability peak)"
                                         : "";
        return name + " outgrows its instance types in " + when + ": peak demand of " + rate(e.value) +
               " is more than the best of them, " + top + pastPeak + ", serves at its target: " +
               rate(e.threshold) + ".";
    }
    case BottleneckKind::BackupWindowExceeded:
        return name + "'s full backup takes " + hours(e.value) + " in " + when + ", longer than its " +
               hours(e.threshold) + " window.";
    case BottleneckKind::RestoreOverRto:
        return name + "'s full restore takes " + hours(e.value) + " in " + when + ", longer than its " +
               hours(e.threshold) + " recovery time objective.";
    case BottleneckKind::WorkingSetBeyondMemory:
        return name + "'s hot data outgrows its memory in " + when + ": operations served from disk make it " +
               multiple(e.value) + " slower.";
    case BottleneckKind::QueueBacklogLag:
        return name + " falls behind its queue in " + when + ": the day's peak backlog takes " +
               formatted("%.0f", e.value) + " minutes to drain, longer than the " + formatted("%.0f", e.threshold) +
               " minutes it may lag.";
    case BottleneckKind::LatencySloBreached:
    case BottleneckKind::CostPerUserOverTarget:
    case BottleneckKind::UnitCostRising:
    case BottleneckKind::OnCallUndersized:
    case BottleneckKind::HiringBeyondCapacity:
        break;
    }
    return name + " has a bottleneck in " + when + ".";
}

} // namespace headroom::engine
