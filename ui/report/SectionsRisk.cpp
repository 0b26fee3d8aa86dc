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

// Whether the report prints a bottleneck, and the timeline draws it: it happens at the median, or
// it is at least 10% likely by the horizon as the table rounds it.
bool likelyEnough(const engine::Bottleneck& b)
{
    return b.medianFirstMonth || qRound(100.0 * b.probabilityByHorizon()) >= qRound(100.0 * kReportedLikelihood);
}

// The bottleneck timeline: each event at its median first month, with the months from 10% to
// 90% likely drawn across it, the larger the likelier. An event in half the samples or fewer
// (the engine gives it no median month) but at least 10% likely is a ring, the same among the
// samples where it happens: at the month more than half of them have it by (where the engine takes
// its example), its bar from the month 10% of them have it by to the month 90% do. The shares are
// of counts: p·share would round above the count it stands for (0.1·0.1 > 10/1000), hence the slack.
ChartSpec timelineChart(const ResultsContext& context)
{
    const engine::Results& r = *context.results;
    ChartSpec chart = monthChart(r, QStringLiteral("timelinePlot"), QObject::tr("Bottlenecks by median first month"),
                                 QString(), Unit::Count);
    const QString horizon = monthName(r.start, r.months - 1, false);
    for (const engine::Bottleneck& b : r.bottlenecks) {
        if (!likelyEnough(b))
            continue;
        const double p = b.probabilityByHorizon();
        const double among = b.medianFirstMonth ? 1.0 : p * (1.0 - 1e-9); // a ring's shares: of where it happens
        const std::optional<int> month =
            b.medianFirstMonth ? b.medianFirstMonth : firstMonthAbove(b.probabilityByMonth, 0.5 * p);
        if (!month)
            continue; // not reached: a bottleneck at least 10% likely has happened by the horizon
        const int row = int(chart.categories.size());
        chart.categories << eventTitle(*context.model, b);
        const auto from = firstMonthAbove(b.probabilityByMonth, kTimingLow * among, true);
        const auto to = firstMonthAbove(b.probabilityByMonth, kTimingHigh * among, true);
        ChartSeries event;
        event.kind = ChartSeries::Kind::Markers;
        event.name = chart.categories.back();
        event.inLegend = false;
        event.color = p >= kTimingHigh ? kAlarmColor : 1;
        event.markerSize = 7.0 + 7.0 * p;
        event.hollow = !b.medianFirstMonth;
        event.keys << chart.months[*month];
        event.values << row;
        event.keysLow << chart.months[from.value_or(*month)];
        event.keysHigh << chart.months[to.value_or(r.months - 1)];
        event.notes << probability(p);
        event.subjects << QString::fromStdString(b.subject);
        const QString when = b.medianFirstMonth
                                 ? QObject::tr("Median first month %1; %2 likely by %3")
                                       .arg(monthName(r.start, *month), probability(p), horizon)
                                 : QObject::tr("%1 likely by %2; where it happens, by %3 in half the samples")
                                       .arg(probability(p), horizon, monthName(r.start, *month));
        event.labels << QObject::tr("%1\n%2\n%3\n(Click to show it in the model.)")
                            .arg(event.name, when, bottleneckSentence(r, b));
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
        if (likelyEnough(b))
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
    const auto happening = std::count_if(r.bottlenecks.begin(), r.bottlenecks.end(),
                                         [](const engine::Bottleneck& b) { return b.medianFirstMonth.has_value(); });
    s.paragraphs << QObject::tr(
                        "Each bottleneck that happens at the median is a disc at its median first month: the "
                        "bar runs from the month it is 10% likely to the month it is 90% likely, and the figure "
                        "says how likely it is by %1. One that happens in half the samples or fewer, but in at "
                        "least 10%, is a ring: the same among the samples where it happens, at the month half "
                        "of them have it by, the bar from 10% of them to 90%.")
                        .arg(monthName(r.start, r.months - 1));
    if (r.bottlenecks.empty())
        s.paragraphs << QObject::tr("No bottleneck happens in any sample within the horizon.");
    else
        s.paragraphs << QObject::tr("%1 at the median; %2 more in some samples only.")
                            .arg(counted(int(happening), QObject::tr("bottleneck happens"),
                                         QObject::tr("bottlenecks happen")))
                            .arg(qsizetype(r.bottlenecks.size()) - happening);
    if (!timeline.categories.isEmpty())
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
