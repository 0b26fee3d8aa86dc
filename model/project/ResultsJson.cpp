#include "project/ResultsJson.h"

#include <cmath>

namespace headroom::project {

using nlohmann::json;

namespace {

json seriesToJson(const Series& s)
{
    json out = json::array();
    for (const double v : s)
        out.push_back(std::isfinite(v) ? json(v) : json(nullptr)); // JSON has no NaN; the engine emits none
    return out;
}

json summaryToJson(const engine::SeriesSummary& s)
{
    return json{{"mean", seriesToJson(s.mean)},
                {"p10", seriesToJson(s.p10)},
                {"p50", seriesToJson(s.p50)},
                {"p90", seriesToJson(s.p90)}};
}

json namedToJson(const std::vector<engine::NamedSeries>& series)
{
    json out = json::object();
    for (const engine::NamedSeries& s : series)
        out[s.key] = summaryToJson(s.summary);
    return out;
}

// The type running in each month at the median step: "db.r6g.2xlarge" from the month it is P50.
json medianTypes(const engine::ComponentResult& c)
{
    json out = json::array();
    for (const engine::NamedSeries& s : c.series)
        if (s.key == engine::keys::kInstanceTypeStep)
            for (const double step : s.summary.p50) {
                const std::string type = c.instanceTypeAt(step);
                out.push_back(type.empty() ? json(nullptr) : json(type));
            }
    return out;
}

// What the message says, as numbers (engine::BottleneckOccurrence), or null for results saved
// before file format 4.
json occurrenceToJson(const engine::Bottleneck& b, const std::vector<std::string>& monthLabels)
{
    if (!b.occurrence)
        return nullptr;
    const engine::BottleneckOccurrence& o = *b.occurrence;
    return {{"month", monthLabels.at(static_cast<std::size_t>(o.month))},
            {"month_index", o.month},
            {"instances", o.instances},
            {"percentile", o.percentile},
            {"step", o.step}};
}

} // namespace

json resultsToJson(const engine::Results& r)
{
    json components = json::array();
    for (const engine::ComponentResult& c : r.components)
        components.push_back({{"id", c.id},
                              {"name", c.name},
                              {"instance_types", c.instanceTypes},
                              {"instance_type_p50", medianTypes(c)},
                              {"series", namedToJson(c.series)}});

    json classes = json::array();
    for (const engine::ClassResult& c : r.requestClasses)
        classes.push_back({{"id", c.id}, {"name", c.name}, {"series", namedToJson(c.series)}});

    json roles = json::array();
    for (const engine::RoleResult& role : r.roles)
        roles.push_back({{"id", role.id}, {"name", role.name}, {"series", namedToJson(role.series)}});

    json bottlenecks = json::array();
    const std::vector<std::string> labels = r.monthLabels();
    for (const engine::Bottleneck& b : r.bottlenecks) {
        json first = nullptr;
        json firstLabel = nullptr;
        if (b.medianFirstMonth) {
            first = *b.medianFirstMonth;
            firstLabel = labels.at(static_cast<std::size_t>(*b.medianFirstMonth));
        }
        bottlenecks.push_back({{"subject", b.subject},
                               {"kind", std::string(engine::toString(b.kind))},
                               {"message", b.message},
                               {"value", b.value},
                               {"threshold", b.threshold},
                               {"median_first_month", firstLabel},
                               {"median_first_month_index", first},
                               {"occurrence", occurrenceToJson(b, labels)},
                               {"probability_by_month", seriesToJson(b.probabilityByMonth)}});
    }
    json sensitivity = json::array();
    for (const engine::Sensitivity& s : r.sensitivity)
        sensitivity.push_back({{"input", s.input}, {"output", s.output}, {"rank_correlation", s.rankCorrelation}});
    return json{{"engine", {{"version", r.engineVersion}, {"seed", r.seed}, {"samples", r.samples}}},
                {"sensitivity", std::move(sensitivity)},
                {"months", labels},
                {"components", std::move(components)},
                {"request_classes", std::move(classes)},
                {"totals", namedToJson(r.totals)},
                {"roles", std::move(roles)},
                {"bottlenecks", std::move(bottlenecks)}};
}

} // namespace headroom::project
