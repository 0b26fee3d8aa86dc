#include "BottleneckSentence.h"

#include "Format.h"

#include "engine/Results.h"

#include <QLocale>
#include <QObject>

#include <cstdio>
#include <cstdlib>

namespace headroom::report {

namespace {

using engine::BottleneckKind;

// A figure with `decimals` decimals in the window's locale: "74", "1.24", "12,500", in German "1,24".
// Rounded as the engine's printf rounds it (an exact half to even, where Qt would round it up), so
// that the digits are the engine's; then written with the locale's separators.
QString fixed(double value, int decimals)
{
    // The C library's, as the engine's (QString::asprintf rounds halves up). DBL_MAX in full, with the
    // decimals a sentence asks for (at most 4), fits.
    char digits[400];
    std::snprintf(digits, sizeof digits, "%.*f", decimals, value);
    return QLocale().toString(std::strtod(digits, nullptr), 'f', decimals);
}

QString percent(double fraction)
{
    return QObject::tr("%1%", "a percentage in a bottleneck's sentence").arg(fixed(fraction * 100.0, 0));
}

QString rate(double perSecond)
{
    return QObject::tr("%1 operations/s").arg(fixed(perSecond, 0));
}

QString hours(double h)
{
    return QObject::tr("%1 h", "hours").arg(fixed(h, 1));
}

QString milliseconds(double ms)
{
    return QObject::tr("%1 ms").arg(fixed(ms, 0));
}

// As the engine writes a cost per user: "$79.60", "$0.3812" (below $10, to the hundredth of a cent).
QString dollars(double amount)
{
    return QStringLiteral("$") + fixed(amount, amount >= 10.0 ? 2 : 4);
}

QString teamSentence(const engine::Bottleneck& b, const QString& when)
{
    if (b.kind == BottleneckKind::OnCallUndersized)
        return QObject::tr("On-call is undersized in %1: %2 people in place can take call, the rotations need %3 "
                           "(hiring is behind).")
            .arg(when, fixed(b.value, 2), fixed(b.threshold, 0));
    return QObject::tr("Hiring outruns recruiting in %1: the plan needs %2 hires that month, recruiting closes %3.")
        .arg(when, fixed(b.value, 1), fixed(b.threshold, 1));
}

QString costSentence(const engine::Bottleneck& b, const engine::BottleneckOccurrence& o, const QString& when)
{
    if (b.kind == BottleneckKind::UnitCostRising && o.instances == 1)
        return QObject::tr("Cost per active user rises 1 month in a row to %1 in %2 (from %3): costs are growing "
                           "faster than users.")
            .arg(dollars(b.value), when, dollars(b.threshold));
    if (b.kind == BottleneckKind::UnitCostRising)
        return QObject::tr("Cost per active user rises %1 months in a row to %2 in %3 (from %4): costs are growing "
                           "faster than users.")
            .arg(QString::number(o.instances), dollars(b.value), when, dollars(b.threshold));
    return QObject::tr("Cost per active user reaches %1 in %2, above the %3 target.")
        .arg(dollars(b.value), when, dollars(b.threshold));
}

QString classSentence(const engine::Bottleneck& b, const engine::BottleneckOccurrence& o, const QString& name,
                      const QString& when)
{
    if (b.value >= engine::kLatencyCeilingMs)
        return (o.percentile ? QObject::tr("%1 misses its p95 latency objective in %2: a component on its path is "
                                           "saturated, so requests queue without bound.")
                             : QObject::tr("%1 misses its mean latency objective in %2: a component on its path is "
                                           "saturated, so requests queue without bound."))
            .arg(name, when);
    return (o.percentile ? QObject::tr("%1 misses its p95 latency objective in %2: %3 end to end against %4.")
                         : QObject::tr("%1 misses its mean latency objective in %2: %3 end to end against %4."))
        .arg(name, when, milliseconds(b.value), milliseconds(b.threshold));
}

QString componentSentence(const engine::Results& r, const engine::Bottleneck& b, const engine::BottleneckOccurrence& o,
                          const QString& name, const QString& when)
{
    const bool one = o.instances == 1;
    const QString n = QString::number(o.instances);
    switch (b.kind) {
    case BottleneckKind::OverTargetUtilization:
        return QObject::tr("%1 runs at %2 utilization in %3, above its %4 target.")
            .arg(name, percent(b.value), when, percent(b.threshold));
    case BottleneckKind::Saturated:
        if (one)
            return QObject::tr("%1 is saturated in %2: peak demand is %3 of what 1 instance can serve, so requests "
                               "queue without bound.")
                .arg(name, when, percent(b.value));
        return QObject::tr("%1 is saturated in %2: peak demand is %3 of what %4 instances can serve, so requests "
                           "queue without bound.")
            .arg(name, when, percent(b.value), n);
    case BottleneckKind::MaxInstancesReached:
        if (one)
            return QObject::tr("%1 reaches its maximum of 1 instance in %2.").arg(name, when);
        return QObject::tr("%1 reaches its maximum of %2 instances in %3.").arg(name, n, when);
    case BottleneckKind::ScalabilityCeiling:
        if (one)
            return QObject::tr("%1 hits its scalability ceiling in %2: past 1 instance, adding more would lower its "
                               "throughput.")
                .arg(name, when);
        return QObject::tr("%1 hits its scalability ceiling in %2: past %3 instances, adding more would lower its "
                           "throughput.")
            .arg(name, when, n);
    case BottleneckKind::VerticalCeiling: {
        QString top;
        bool pastPeak = false;
        for (const engine::ComponentResult& c : r.components)
            if (c.id == b.subject && o.step >= 0 && std::size_t(o.step) < c.instanceTypes.size()) {
                top = QString::fromStdString(c.instanceTypes[std::size_t(o.step)]);
                pastPeak = std::size_t(o.step) + 1 < c.instanceTypes.size();
            }
        return (pastPeak ? QObject::tr("%1 outgrows its instance types in %2: peak demand of %3 is more than the "
                                       "best of them, %4 (larger types would serve less: past its scalability "
                                       "peak), serves at its target: %5.")
                         : QObject::tr("%1 outgrows its instance types in %2: peak demand of %3 is more than the "
                                       "best of them, %4, serves at its target: %5."))
            .arg(name, when, rate(b.value), top, rate(b.threshold));
    }
    case BottleneckKind::BackupWindowExceeded:
        return QObject::tr("%1's full backup takes %2 in %3, longer than its %4 window.")
            .arg(name, hours(b.value), when, hours(b.threshold));
    case BottleneckKind::RestoreOverRto:
        return QObject::tr("%1's full restore takes %2 in %3, longer than its %4 recovery time objective.")
            .arg(name, hours(b.value), when, hours(b.threshold));
    case BottleneckKind::WorkingSetBeyondMemory:
        return QObject::tr("%1's hot data outgrows its memory in %2: operations served from disk make it %3× slower.")
            .arg(name, when, fixed(b.value, 2));
    case BottleneckKind::QueueBacklogLag:
        return QObject::tr("%1 falls behind its queue in %2: the day's peak backlog takes %3 minutes to drain, "
                           "longer than the %4 minutes it may lag.")
            .arg(name, when, fixed(b.value, 0), fixed(b.threshold, 0));
    case BottleneckKind::LatencySloBreached:
    case BottleneckKind::CostPerUserOverTarget:
    case BottleneckKind::UnitCostRising:
    case BottleneckKind::OnCallUndersized:
    case BottleneckKind::HiringBeyondCapacity:
        break;
    }
    return QObject::tr("%1 has a bottleneck in %2.").arg(name, when);
}

} // namespace

QString bottleneckSentence(const engine::Results& results, const engine::Bottleneck& b)
{
    if (!b.occurrence || b.occurrence->month < 0 || b.occurrence->month >= results.months)
        return QString::fromStdString(b.message);
    const engine::BottleneckOccurrence& o = *b.occurrence;
    const QString when = monthName(results.start, o.month);
    switch (b.kind) {
    case BottleneckKind::OnCallUndersized:
    case BottleneckKind::HiringBeyondCapacity:
        return teamSentence(b, when);
    case BottleneckKind::CostPerUserOverTarget:
    case BottleneckKind::UnitCostRising:
        return costSentence(b, o, when);
    case BottleneckKind::LatencySloBreached:
        return classSentence(b, o, nameIn(results.requestClasses, QString::fromStdString(b.subject)), when);
    default:
        return componentSentence(results, b, o, nameIn(results.components, QString::fromStdString(b.subject)), when);
    }
}

} // namespace headroom::report
