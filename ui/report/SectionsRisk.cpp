#include "BottleneckSentence.h"
#include "SectionSupport.h"

#include "engine/Headlines.h"
#include "engine/Model.h"

#include <algorithm>
#include <cmath>
#include <functional>

namespace headroom::report {

using namespace detail;
namespace keys = engine::keys;

namespace {

constexpr int kTornadoRows = 10;           // the strongest inputs; the rest hardly move the output
constexpr double kTimingLow = 0.1;         // the timeline's range: from 10% likely…
constexpr double kTimingHigh = 0.9;        // …to 90% likely
constexpr double kReportedLikelihood = 0.1; // the report lists bottlenecks at least this likely…
constexpr int kLeftOutAtLeast = 10;         // …when it leaves out at least this many

QString eventTitle(const engine::Model& model, const engine::Bottleneck& b)
{
    return subjectName(model, b.subject) + QStringLiteral(": ") + kindName(b.kind);
}

// The bottleneck timeline: each event at its median first month, with the months from 10% to
// 90% likely drawn across it, the larger the likelier.
ChartSpec timelineChart(const ResultsContext& context)
{
    const engine::Results& r = *context.results;
    ChartSpec chart = monthChart(r, QStringLiteral("timelinePlot"), QObject::tr("Bottlenecks by median first month"),
                                 QString(), Unit::Count);
    const QString horizon = monthName(r.start, r.months - 1, false);
    for (const engine::Bottleneck& b : r.bottlenecks) {
        if (!b.medianFirstMonth)
            continue;
        const int row = int(chart.categories.size());
        chart.categories << eventTitle(*context.model, b);
        const double p = b.probabilityByHorizon();
        const auto from = firstMonthAbove(b.probabilityByMonth, kTimingLow, true);
        const auto to = firstMonthAbove(b.probabilityByMonth, kTimingHigh, true);
        ChartSeries event;
        event.kind = ChartSeries::Kind::Markers;
        event.name = chart.categories.back();
        event.inLegend = false;
        event.color = p >= kTimingHigh ? kAlarmColor : 1;
        event.markerSize = 7.0 + 7.0 * p;
        event.keys << chart.months[*b.medianFirstMonth];
        event.values << row;
        event.keysLow << chart.months[from.value_or(*b.medianFirstMonth)];
        event.keysHigh << chart.months[to.value_or(r.months - 1)];
        event.notes << probability(p);
        event.subjects << QString::fromStdString(b.subject);
        event.labels << QObject::tr("%1\nMedian first month %2; %3 likely by %4\n%5\n(Click to show it in the model.)")
                            .arg(event.name, monthName(r.start, *b.medianFirstMonth), probability(p), horizon,
                                 bottleneckSentence(r, b));
        chart.series.push_back(std::move(event));
    }
    chart.yMin.reset();
    return chart;
}

TableSpec bottleneckTable(const ResultsContext& context)
{
    const engine::Results& r = *context.results;
    TableSpec table{QStringLiteral("bottleneckTable"), QObject::tr("Every bottleneck, earliest first"),
                    {QObject::tr("Median month"), QObject::tr("Where"), QObject::tr("What"),
                     QObject::tr("Likely by %1").arg(monthName(r.start, r.months - 1, false)),
                     QObject::tr("What happens")},
                    {}, {}};
    // On paper, those at the median and those at least 10% likely as the table rounds it (the rows
    // come in that order: BottleneckTally::summarise() in the engine): a model of 30 components can
    // have 70 less likely ones, six pages of them. Only a long tail is left out.
    int reported = 0;
    for (const engine::Bottleneck& b : r.bottlenecks) {
        const double p = b.probabilityByHorizon();
        table.rows.push_back({monthCell(r, b.medianFirstMonth, QObject::tr("not at the median")),
                              subjectName(*context.model, b.subject), kindName(b.kind), {probability(p), p},
                              bottleneckSentence(r, b)});
        table.rowSubjects << QString::fromStdString(b.subject);
        if (b.medianFirstMonth || qRound(100.0 * p) >= qRound(100.0 * kReportedLikelihood))
            ++reported;
    }
    const int rest = int(r.bottlenecks.size()) - reported;
    if (rest >= kLeftOutAtLeast) {
        table.reportRows = reported;
        table.reportRest = QObject::tr("%n more, each under %1 likely by %2: in the application's Bottlenecks view "
                                       "and its CSV export.", "", rest)
                               .arg(probability(kReportedLikelihood), monthName(r.start, r.months - 1));
    }
    return table;
}

ChartSpec tornado(const ResultsContext& context, const char* output, const QString& id, const QString& title)
{
    ChartSpec chart;
    chart.id = id;
    chart.title = title;
    chart.unit = Unit::Correlation;
    chart.xLabel = QObject::tr("rank correlation (Spearman's ρ)");
    chart.xMin = -1.0;
    chart.xMax = 1.0;
    ChartSeries raises;
    raises.kind = ChartSeries::Kind::Bars;
    raises.name = raises.group = QObject::tr("raises it");
    raises.color = kAlarmColor;
    ChartSeries lowers = raises;
    lowers.name = lowers.group = QObject::tr("lowers it");
    lowers.color = 0;
    for (const engine::Sensitivity& s : context.results->sensitivity) {
        if (s.output != output || chart.categories.size() >= kTornadoRows)
            continue;
        chart.categories << inputName(*context.model, s.input);
        raises.values << std::max(0.0, s.rankCorrelation);
        lowers.values << std::min(0.0, s.rankCorrelation);
    }
    chart.series = {raises, lowers};
    return chart;
}

TableSpec sensitivityTable(const ResultsContext& context)
{
    TableSpec table{QStringLiteral("sensitivityTable"), QObject::tr("Rank correlation of each uncertain input"),
                    {QObject::tr("Input"), QObject::tr("Cost per user, last month"),
                     QObject::tr("Month of the first bottleneck")},
                    {}, {}};
    std::vector<std::string> inputs;
    for (const engine::Sensitivity& s : context.results->sensitivity)
        if (std::find(inputs.begin(), inputs.end(), s.input) == inputs.end())
            inputs.push_back(s.input);
    for (const std::string& input : inputs) {
        std::vector<TableCell> row{inputName(*context.model, input), TableCell("—"), TableCell("—")};
        for (const engine::Sensitivity& s : context.results->sensitivity)
            if (s.input == input)
                row[s.output == engine::kSensitivityCostPerUser ? 1 : 2] =
                    valueCell(s.rankCorrelation, Unit::Correlation);
        table.rows.push_back(std::move(row));
    }
    return table;
}

// The figures compared across scenarios: each reads one number (or text) off a run's headlines.
struct Figure
{
    QString name;
    std::function<double(const engine::Headlines&)> value;
    Unit unit;
};

TableSpec scenarioTable(const ResultsContext& context)
{
    // Columns headed by the scenarios' ids, short enough for a header; their names, which run long
    // ("PostgreSQL sharded by customer, up to 500 GB …"), in the first row, where they wrap.
    TableSpec table{QStringLiteral("scenarioTable"), QObject::tr("Headline figures, with the difference from the base"),
                    {QObject::tr("Figure")}, {}, {}};
    std::vector<engine::Headlines> columns;
    std::vector<TableCell> names{QObject::tr("Scenario")};
    for (const ScenarioRun& run : context.scenarios) {
        table.header << run.id;
        names.emplace_back(run.name);
        columns.push_back(engine::headlines(*run.results));
    }
    table.rows.push_back(std::move(names));
    // The first bottleneck, and in a scenario how many months later (or earlier) than the base's.
    const auto firstMonth = [&](std::size_t i) -> std::optional<int> {
        const auto& b = columns[i].firstBottleneck;
        return b ? b->medianFirstMonth : std::nullopt;
    };
    std::vector<TableCell> first{QObject::tr("First bottleneck")};
    for (std::size_t i = 0; i < columns.size(); ++i) {
        const auto& b = columns[i].firstBottleneck;
        if (!b) {
            first.emplace_back(QObject::tr("none"));
            continue;
        }
        QString when = monthName(context.scenarios[i].results->start, *b->medianFirstMonth, false);
        if (const std::optional<int> base = firstMonth(0); i > 0 && base) {
            const int later = *b->medianFirstMonth - *base;
            const QString months = std::abs(later) == 1 ? QObject::tr("%1 month").arg(std::abs(later))
                                                        : QObject::tr("%1 months").arg(std::abs(later));
            when += QStringLiteral(" (%1%2)").arg(later < 0 ? QStringLiteral("−") : QStringLiteral("+"), months);
        }
        first.emplace_back(when + QStringLiteral(", ") + eventTitle(*context.model, *b));
    }
    table.rows.push_back(std::move(first));
    const std::vector<Figure> figures{
        {QObject::tr("Cost per user, first month"), [](const auto& h) { return h.costPerUserStart; }, Unit::Money},
        {QObject::tr("Cost per user, last month"), [](const auto& h) { return h.costPerUserHorizon; }, Unit::Money},
        {QObject::tr("Total spend"), [](const auto& h) { return h.totalSpend; }, Unit::Money},
        {QObject::tr("Peak instances"), [](const auto& h) { return h.peakInstances; }, Unit::Count},
        {QObject::tr("Peak headcount"), [](const auto& h) { return std::ceil(h.peakHeadcount - 1e-9); }, Unit::Count},
    };
    for (const Figure& f : figures) {
        std::vector<TableCell> row{f.name};
        const double base = f.value(columns.front());
        for (std::size_t i = 0; i < columns.size(); ++i) {
            const double v = f.value(columns[i]);
            QString text = formatValue(v, f.unit);
            if (i > 0) {
                const double d = v - base;
                const QString diff = formatValue(std::abs(d), f.unit);
                text += QStringLiteral(" (%1%2)").arg(d < 0 ? QStringLiteral("−") : QStringLiteral("+"), diff);
            }
            row.push_back({text, v});
        }
        table.rows.push_back(std::move(row));
    }
    return table;
}

// One line per scenario of a series read off each run.
template <typename Read>
ChartSpec overlay(const ResultsContext& context, const QString& id, const QString& title, const QString& yLabel,
                  Unit unit, Read read)
{
    ChartSpec chart = monthChart(*context.results, id, title, yLabel, unit);
    for (std::size_t i = 0; i < context.scenarios.size(); ++i) {
        const ScenarioRun& run = context.scenarios[i];
        const std::optional<Series> values = read(*run.results);
        if (!values || values->size() != chart.months.size())
            continue;
        ChartSeries line;
        line.name = run.name;
        line.group = run.id;
        line.color = int(i);
        line.lineWidth = i == 0 ? 4.0 : 2.0; // the base underneath, still visible where a scenario follows it
        line.values = toVector(*values);
        chart.series.push_back(std::move(line));
    }
    return chart;
}

std::optional<Series> medianOf(const engine::Results& r, const char* key)
{
    if (const engine::SeriesSummary* s = total(r, key))
        return s->p50;
    return std::nullopt;
}

} // namespace

Section bottlenecksSection(const ResultsContext& context)
{
    const engine::Results& r = *context.results;
    Section s{sectionKey(SectionId::Bottlenecks), sectionTitle(SectionId::Bottlenecks), {}, {}, {}};
    ChartSpec timeline = timelineChart(context);
    const int happening = int(timeline.categories.size());
    s.paragraphs << QObject::tr("Each bottleneck is placed at the median month it first happens, among the samples "
                                "where it does: the bar runs from the month it is 10% likely to the month it is 90% "
                                "likely, and the figure says how likely it is by %1.")
                        .arg(monthName(r.start, r.months - 1));
    if (r.bottlenecks.empty())
        s.paragraphs << QObject::tr("No bottleneck happens in any sample within the horizon.");
    else
        s.paragraphs << QObject::tr("%1 at the median; %2 more in some samples only.")
                            .arg(counted(happening, QObject::tr("bottleneck happens"), QObject::tr("bottlenecks happen")))
                            .arg(qsizetype(r.bottlenecks.size()) - happening);
    if (happening > 0)
        s.charts.push_back(std::move(timeline));
    s.tables.push_back(bottleneckTable(context));
    return s;
}

Section sensitivitySection(const ResultsContext& context)
{
    const engine::Results& r = *context.results;
    Section s{sectionKey(SectionId::Sensitivity), sectionTitle(SectionId::Sensitivity), {}, {}, {}};
    if (r.sensitivity.empty()) {
        s.paragraphs << QObject::tr("Sensitivity needs a Monte Carlo run of a model with uncertain inputs (ranges).");
        return s;
    }
    s.paragraphs << QObject::tr("Which uncertain inputs move the results: Spearman's rank correlation between each "
                                "input's draws and the output across the %1. A bar to the right means more "
                                "of the input raises the output; to the left, lowers it.")
                            .arg(counted(r.samples, QObject::tr("sample"), QObject::tr("samples")));
    s.charts.push_back(tornado(context, engine::kSensitivityCostPerUser, QStringLiteral("tornadoCostPlot"),
                               QObject::tr("What drives cost per user in %1").arg(monthName(r.start, r.months - 1))));
    s.charts.push_back(tornado(context, engine::kSensitivityFirstBottleneck, QStringLiteral("tornadoBottleneckPlot"),
                               QObject::tr("What drives the month of the first bottleneck")));
    s.tables.push_back(sensitivityTable(context));
    return s;
}

Section scenariosSection(const ResultsContext& context)
{
    Section s{sectionKey(SectionId::Scenarios), sectionTitle(SectionId::Scenarios), {}, {}, {}};
    if (context.scenarios.size() < 2) {
        s.paragraphs << QObject::tr("The model has no scenarios. Add one (a component's policy, a growth rate, a "
                                    "price) to compare it with the base here.");
        return s;
    }
    s.paragraphs << QObject::tr("The base model and its scenarios, run with the same seed and the same draws (common "
                                "random numbers), so the differences come from the scenarios' changes, not from chance. "
                                "Lines are medians.");
    s.tablesFirst = true;
    // What each scenario costs or saves against the base, month by month: the lines above are
    // often too close together to tell apart.
    const std::optional<Series> baseSpend = medianOf(*context.scenarios.front().results, keys::kCumulativeCost);
    ChartSpec difference = overlay(context, QStringLiteral("scenarioSpendDifferencePlot"),
                                   QObject::tr("Cumulative spend against the base"), QObject::tr("$ more than the base"),
                                   Unit::Money, [&baseSpend](const engine::Results& r) -> std::optional<Series> {
                                       const std::optional<Series> spend = medianOf(r, keys::kCumulativeCost);
                                       if (!spend || !baseSpend || spend->size() != baseSpend->size())
                                           return std::nullopt;
                                       return Series(*spend - *baseSpend);
                                   });
    difference.yMin.reset();
    s.charts.push_back(std::move(difference));
    s.charts.push_back(overlay(context, QStringLiteral("scenarioCostPerUserPlot"), QObject::tr("Cost per active user"),
                               QObject::tr("$ per user"), Unit::Money,
                               [](const engine::Results& r) { return medianOf(r, keys::kCostPerUser); }));
    s.charts.push_back(overlay(context, QStringLiteral("scenarioCumulativePlot"), QObject::tr("Cumulative spend"),
                               QObject::tr("$"), Unit::Money,
                               [](const engine::Results& r) { return medianOf(r, keys::kCumulativeCost); }));
    s.charts.push_back(overlay(context, QStringLiteral("scenarioInstancesPlot"), QObject::tr("Instances, all components"),
                               QObject::tr("instances"), Unit::Count, [](const engine::Results& r) {
                                   Series sum = Series::Zero(r.months);
                                   for (const engine::ComponentResult& c : r.components)
                                       if (const engine::SeriesSummary* n = series(c, keys::kInstances))
                                           sum += n->p50;
                                   return std::optional<Series>(sum);
                               }));
    ChartSpec people = overlay(context, QStringLiteral("scenarioHeadcountPlot"), QObject::tr("Headcount"),
                               QObject::tr("people"), Unit::Count,
                               [](const engine::Results& r) { return medianOf(r, keys::kHeadcount); });
    if (!people.series.empty())
        s.charts.push_back(std::move(people));
    s.tables.push_back(scenarioTable(context));
    return s;
}

} // namespace headroom::report
