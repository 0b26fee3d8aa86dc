#include "BottleneckSentence.h"
#include "SectionSupport.h"

#include "engine/Headlines.h"
#include "engine/Model.h"

#include <QLocale>

#include <cmath>

namespace headroom::report {

using namespace detail;

namespace {

QString likelihood(const engine::Results& r, const engine::Bottleneck& b)
{
    const QString when = monthName(r.start, r.months - 1);
    if (r.samples <= 1 || b.probabilityByHorizon() >= 1.0)
        return QObject::tr("certain by %1").arg(when);
    return QObject::tr("%1 likely by %2").arg(probability(b.probabilityByHorizon()), when);
}

// The horizon as a count: "60 months".
QString monthsOf(const engine::Results& r)
{
    return counted(r.months, QObject::tr("month"), QObject::tr("months"));
}

// Spend on the infrastructure alone: everything but the team and its recruiting.
double infrastructureSpend(const engine::Results& r, double totalSpend)
{
    double people = 0.0;
    for (const char* key : {engine::keys::kTeamCost, engine::keys::kRecruitingCost})
        if (const engine::SeriesSummary* s = total(r, key))
            people += s->mean.sum();
    return totalSpend - people;
}

} // namespace

std::vector<Headline> headlineFigures(const ResultsContext& context)
{
    const engine::Results& r = *context.results;
    const engine::Headlines h = engine::headlines(r);
    std::vector<Headline> out;
    if (r.months <= 0)
        return out;
    const int last = r.months - 1;

    Headline first{QStringLiteral("firstBottleneck"), QObject::tr("First bottleneck"), QObject::tr("None"),
                   QObject::tr("within %1").arg(monthsOf(r))};
    if (h.firstBottleneck) {
        const engine::Bottleneck& b = *h.firstBottleneck;
        first.value = monthName(r.start, *b.medianFirstMonth);
        first.detail = QObject::tr("%1: %2, %3")
                           .arg(subjectName(*context.model, b.subject), kindName(b.kind), likelihood(r, b));
    } else if (h.likeliestBottleneck) {
        const engine::Bottleneck& b = *h.likeliestBottleneck;
        first.detail = QObject::tr("at the median within %1; likeliest: %2: %3, %4")
                           .arg(monthsOf(r),
                                subjectName(*context.model, b.subject), kindName(b.kind), likelihood(r, b));
    }
    out.push_back(first);

    QString band;
    if (const engine::SeriesSummary* cpu = total(r, engine::keys::kCostPerUser); cpu && r.samples > 1)
        band = QObject::tr(" (P10–P90 %1–%2)").arg(moneyPerUnit(cpu->p10[last]), moneyPerUnit(cpu->p90[last]));
    out.push_back({QStringLiteral("costPerUser"), QObject::tr("Cost per active user, a month"),
                   QStringLiteral("%1 → %2").arg(moneyPerUnit(h.costPerUserStart), moneyPerUnit(h.costPerUserHorizon)),
                   QObject::tr("%1 to %2%3")
                       .arg(monthName(r.start, 0, false), monthName(r.start, last, false), band)});

    out.push_back({QStringLiteral("totalSpend"), QObject::tr("Total spend"), moneyCompact(h.totalSpend),
                   QObject::tr("over %1, %2 of it infrastructure")
                       .arg(monthsOf(r),
                            moneyCompact(infrastructureSpend(r, h.totalSpend)))});

    Headline people{QStringLiteral("peakHeadcount"), QObject::tr("Peak headcount"), QObject::tr("—"),
                    QObject::tr("no team modelled")};
    if (const engine::SeriesSummary* headcount = total(r, engine::keys::kHeadcount)) {
        Eigen::Index peakMonth = 0;
        headcount->p50.maxCoeff(&peakMonth);
        people.value = QString::number(int(std::ceil(h.peakHeadcount - 1e-9)));
        people.detail = QObject::tr("people in %1, from %2 at the start")
                            .arg(monthName(r.start, int(peakMonth), false))
                            .arg(int(std::ceil(headcount->p50[0] - 1e-9)));
    }
    out.push_back(people);
    return out;
}

Section overviewSection(const ResultsContext& context)
{
    const engine::Results& r = *context.results;
    Section s{sectionKey(SectionId::Overview), sectionTitle(SectionId::Overview), {}, {}, {}};
    if (r.months <= 0)
        return s;
    const int last = r.months - 1;
    const engine::Headlines h = engine::headlines(r);
    if (h.firstBottleneck) {
        const engine::Bottleneck& b = *h.firstBottleneck;
        s.paragraphs << QObject::tr("<b>First bottleneck: %1</b> (%2). %3")
                            .arg(monthName(r.start, *b.medianFirstMonth), likelihood(r, b).toHtmlEscaped(),
                                 bottleneckSentence(r, b).toHtmlEscaped());
    } else if (h.likeliestBottleneck) { // none in most samples: the one most samples reach
        const engine::Bottleneck& b = *h.likeliestBottleneck;
        s.paragraphs << QObject::tr("<b>No bottleneck</b> within %1 at the median. The likeliest (%2): %3")
                            .arg(monthsOf(r),
                                 likelihood(r, b).toHtmlEscaped(), bottleneckSentence(r, b).toHtmlEscaped());
    } else {
        s.paragraphs << QObject::tr("<b>No bottleneck</b> within %1 at the median.")
                            .arg(monthsOf(r));
    }
    if (const engine::SeriesSummary* cpu = total(r, engine::keys::kCostPerUser)) {
        QString band;
        if (r.samples > 1)
            band = QObject::tr(" (P10–P90 %1 to %2)").arg(moneyPerUnit(cpu->p10[last]), moneyPerUnit(cpu->p90[last]));
        s.paragraphs << QObject::tr("Cost per active user, everything included: <b>%1</b> a month in %2, <b>%3</b> in "
                                    "%4%5.")
                            .arg(moneyPerUnit(h.costPerUserStart), monthName(r.start, 0), moneyPerUnit(h.costPerUserHorizon),
                                 monthName(r.start, last), band);
    }
    s.paragraphs << QObject::tr("Spend over the horizon: <b>%1</b>, of which %2 is infrastructure.")
                        .arg(moneyCompact(h.totalSpend), moneyCompact(infrastructureSpend(r, h.totalSpend)));
    if (const engine::SeriesSummary* users = total(r, engine::keys::kUsers)) {
        QString band;
        if (r.samples > 1)
            band = QObject::tr(" (P10–P90 %1 to %2)").arg(compact(users->p10[last]), compact(users->p90[last]));
        s.paragraphs << QObject::tr("Active users grow from %1 to <b>%2</b> at the median%3.")
                            .arg(compact(users->p50[0]), compact(users->p50[last]), band);
        ChartSpec chart = monthChart(r, QStringLiteral("usersPlot"), QObject::tr("Active users"), QObject::tr("users"),
                                     Unit::Count);
        addMedian(chart, QObject::tr("Active users (median)"), *users, 0, QStringLiteral("users"));
        s.charts.push_back(std::move(chart));
    }
    if (h.peakHeadcount > 0)
        s.paragraphs << QObject::tr("The team peaks at <b>%1</b> people.").arg(int(std::ceil(h.peakHeadcount - 1e-9)));
    const std::size_t more = r.bottlenecks.size() - (h.firstBottleneck || h.likeliestBottleneck ? 1 : 0);
    const QString count = QLocale().toString(qulonglong(more));
    if (more > 0 && h.firstBottleneck)
        s.paragraphs << (more == 1 ? QObject::tr("One more bottleneck follows: see Bottlenecks.")
                                   : QObject::tr("%1 more bottlenecks follow: see Bottlenecks.").arg(count));
    else if (more > 0)
        s.paragraphs << (more == 1 ? QObject::tr("One more bottleneck happens in some samples: see Bottlenecks.")
                                   : QObject::tr("%1 more bottlenecks happen in some samples: see Bottlenecks.").arg(count));
    return s;
}

QString sectionKey(SectionId id)
{
    switch (id) {
    case SectionId::Overview: return QStringLiteral("overview");
    case SectionId::Capacity: return QStringLiteral("capacity");
    case SectionId::Latency: return QStringLiteral("latency");
    case SectionId::Data: return QStringLiteral("data");
    case SectionId::Team: return QStringLiteral("team");
    case SectionId::Cost: return QStringLiteral("cost");
    case SectionId::Bottlenecks: return QStringLiteral("timeline");
    case SectionId::Sensitivity: return QStringLiteral("sensitivity");
    case SectionId::Scenarios: return QStringLiteral("scenarios");
    }
    return {};
}

QString sectionTitle(SectionId id)
{
    switch (id) {
    case SectionId::Overview: return QObject::tr("Overview");
    case SectionId::Capacity: return QObject::tr("Capacity");
    case SectionId::Latency: return QObject::tr("Latency");
    case SectionId::Data: return QObject::tr("Data and backups");
    case SectionId::Team: return QObject::tr("Team and hiring");
    case SectionId::Cost: return QObject::tr("Cost");
    case SectionId::Bottlenecks: return QObject::tr("Bottlenecks");
    case SectionId::Sensitivity: return QObject::tr("Sensitivity");
    case SectionId::Scenarios: return QObject::tr("Scenarios");
    }
    return {};
}

Section buildSection(SectionId id, const ResultsContext& context)
{
    if (!context.results || !context.model)
        return {sectionKey(id), sectionTitle(id), {}, {}, {}};
    switch (id) {
    case SectionId::Overview: return overviewSection(context);
    case SectionId::Capacity: return capacitySection(context);
    case SectionId::Latency: return latencySection(context);
    case SectionId::Data: return dataSection(context);
    case SectionId::Team: return teamSection(context);
    case SectionId::Cost: return costSection(context);
    case SectionId::Bottlenecks: return bottlenecksSection(context);
    case SectionId::Sensitivity: return sensitivitySection(context);
    case SectionId::Scenarios: return scenariosSection(context);
    }
    return {};
}

} // namespace headroom::report
