#include "CliSupport.h"
#include "Commands.h"
#include "engine/Engine.h"
#include "engine/Headlines.h"
#include "engine/Model.h"

#include <cmath>
#include <cstdio>
#include <iostream>
#include <nlohmann/json.hpp>
#include <sstream>

namespace headroom::cli {

namespace {

struct CompareOptions
{
    std::string file;
    std::vector<std::string> scenarios;    // "" is the base model
    std::vector<engine::YearMonth> months; // cost per user compared at these; empty: first and last
    std::string format = "text";
    std::string out;
    int samples = 1000;
    std::uint64_t seed = 1;
};

std::vector<std::string> splitList(const std::string& text)
{
    std::vector<std::string> out;
    std::stringstream in(text);
    for (std::string item; std::getline(in, item, ',');)
        out.push_back(item);
    return out;
}

// --months YYYY-MM,YYYY-MM…: false (with the error) for anything else.
bool parseMonths(const std::string& text, std::vector<engine::YearMonth>& months, std::string& error)
{
    months.clear();
    for (const std::string& item : splitList(text)) {
        const auto month = engine::YearMonth::parse(item);
        if (!month) {
            error = "--months takes months as YYYY-MM, separated by commas; got \"" + item + "\"";
            return false;
        }
        months.push_back(*month);
    }
    if (months.empty())
        error = "--months takes one or more months as YYYY-MM, separated by commas";
    return !months.empty();
}

std::optional<CompareOptions> parse(const std::vector<std::string>& args, std::string& error)
{
    CompareOptions o;
    bool listed = false;
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string& a = args[i];
        const bool takesValue = a == "--scenarios" || a == "--months" || a == "--format" || a == "--out" ||
                                a == "--samples" || a == "--seed";
        if (takesValue && i + 1 >= args.size()) {
            error = a + " needs a value";
            return std::nullopt;
        }
        if (a == "--scenarios") {
            o.scenarios.clear();
            for (const std::string& id : splitList(args[++i]))
                o.scenarios.push_back(id == "base" ? std::string() : id);
            listed = true;
        } else if (a == "--months") {
            if (!parseMonths(args[++i], o.months, error))
                return std::nullopt;
        } else if (a == "--format") {
            o.format = args[++i];
        } else if (a == "--out") {
            o.out = args[++i];
        } else if ((a == "--samples" || a == "--seed") && runOption(a, args[++i], o.samples, o.seed, error)) {
            if (!error.empty())
                return std::nullopt;
        } else if (!fileArgument(a, o.file, error)) {
            return std::nullopt;
        }
    }
    if (o.file.empty())
        error = "compare needs a FILE";
    else if (o.format != "text" && o.format != "json")
        error = "--format must be text or json; got \"" + o.format + "\"";
    else if (listed && o.scenarios.size() < 2)
        error = "--scenarios takes two or more names, separated by commas (\"base\" is the base model)";
    if (!error.empty())
        return std::nullopt;
    return o;
}

// Months from the model's start (0 the first) of the months asked for, or of the first and the last;
// nothing (with the error) when one is outside the projection.
std::optional<std::vector<int>> monthIndices(const engine::Model& model, const std::vector<engine::YearMonth>& asked,
                                             std::string& error)
{
    if (asked.empty())
        return std::vector<int>{0, model.horizonMonths - 1};
    std::vector<int> indices;
    const int start = model.start.year * 12 + model.start.month - 1;
    for (const engine::YearMonth& m : asked) {
        const int index = m.year * 12 + m.month - 1 - start;
        if (index < 0 || index >= model.horizonMonths) {
            error = "--months: " + m.toString() + " is outside the projection, " + model.start.toString() + " to " +
                    model.start.plusMonths(model.horizonMonths - 1).toString();
            return std::nullopt;
        }
        indices.push_back(index);
    }
    return indices;
}

struct Column
{
    std::string id; // "" for the base model
    std::string name;
    engine::Headlines headlines;
    std::vector<double> costPerUser; // P50, at each of the compared months
    std::string firstMonth;          // the first bottleneck's median first month, "YYYY-MM", or "none"

    std::string label() const { return id.empty() ? "base" : id; }
    std::optional<int> firstBottleneckMonth() const
    {
        return headlines.firstBottleneck ? headlines.firstBottleneck->medianFirstMonth : std::nullopt;
    }
};

// Months by which c's first bottleneck comes after ref's; none unless both have one.
std::optional<int> firstBottleneckMonthsLater(const Column& c, const Column& ref)
{
    const auto mine = c.firstBottleneckMonth();
    const auto theirs = ref.firstBottleneckMonth();
    if (!mine || !theirs)
        return std::nullopt;
    return *mine - *theirs;
}

std::string money(double v, int decimals)
{
    char buffer[48];
    std::snprintf(buffer, sizeof buffer, "$%.*f", decimals, v);
    return buffer;
}

// "+$0.0070", "-$3314"; a difference that rounds to nothing is "+$0.0000", never "-$0.0000".
std::string signedMoney(double v, int decimals)
{
    const double scale = std::pow(10.0, decimals);
    const bool negative = std::round(v * scale) < 0.0;
    char buffer[48];
    std::snprintf(buffer, sizeof buffer, "%s$%.*f", negative ? "-" : "+", decimals, std::abs(v));
    return buffer;
}

std::string signedWhole(long long v)
{
    return (v < 0 ? "" : "+") + std::to_string(v);
}

std::string bottleneckText(const Column& c)
{
    if (!c.headlines.firstBottleneck)
        return "none";
    const engine::Bottleneck& b = *c.headlines.firstBottleneck;
    return b.subject + " " + std::string(engine::toString(b.kind)) + " " + c.firstMonth;
}

// "+5 months", "-1 month", "+0 months"; "none in base" when a column has no first bottleneck.
std::string monthsLaterText(const Column& c, const Column& ref)
{
    if (const auto months = firstBottleneckMonthsLater(c, ref))
        return signedWhole(*months) + (std::abs(*months) == 1 ? " month" : " months");
    return "none in " + (ref.firstBottleneckMonth() ? c.label() : ref.label());
}

long long wholeInstances(const Column& c)
{
    return static_cast<long long>(c.headlines.peakInstances);
}
long long wholeHeadcount(const Column& c)
{
    return static_cast<long long>(std::ceil(c.headlines.peakHeadcount));
}

// Lays out rows of cells in columns two spaces apart.
std::string aligned(const std::vector<std::vector<std::string>>& rows)
{
    std::vector<std::size_t> widths(rows.front().size(), 0);
    for (const auto& row : rows)
        for (std::size_t i = 0; i < row.size(); ++i)
            widths[i] = std::max(widths[i], row[i].size());
    std::ostringstream out;
    for (const auto& row : rows) {
        for (std::size_t i = 0; i < row.size(); ++i)
            out << row[i] << std::string(widths[i] - row[i].size() + 2, ' ');
        out << '\n';
    }
    return out.str();
}

// Each figure, then its difference from the first column's (whole numbers as shown: the rows add up).
std::string table(const std::vector<Column>& columns, const std::vector<std::string>& months)
{
    const Column& ref = columns.front();
    const std::string vs = "  vs " + ref.label();
    std::vector<std::vector<std::string>> rows;
    std::vector<std::string> header{""};
    for (const Column& c : columns)
        header.push_back(c.label());
    rows.push_back(header);
    const auto addRow = [&](const std::string& label, auto value) {
        std::vector<std::string> row{label};
        for (const Column& c : columns)
            row.push_back(value(c));
        rows.push_back(row);
    };
    addRow("first bottleneck", [](const Column& c) { return bottleneckText(c); });
    addRow("  its month vs " + ref.label(), [&](const Column& c) { return monthsLaterText(c, ref); });
    for (std::size_t m = 0; m < months.size(); ++m) {
        addRow("cost per user, " + months[m], [m](const Column& c) { return money(c.costPerUser[m], 4); });
        addRow(vs, [&, m](const Column& c) { return signedMoney(c.costPerUser[m] - ref.costPerUser[m], 4); });
    }
    addRow("total spend", [](const Column& c) { return money(c.headlines.totalSpend, 0); });
    addRow(vs, [&](const Column& c) { return signedMoney(c.headlines.totalSpend - ref.headlines.totalSpend, 0); });
    addRow("peak instances", [](const Column& c) { return std::to_string(wholeInstances(c)); });
    addRow(vs, [&](const Column& c) { return signedWhole(wholeInstances(c) - wholeInstances(ref)); });
    addRow("peak headcount", [](const Column& c) { return std::to_string(wholeHeadcount(c)); });
    addRow(vs, [&](const Column& c) { return signedWhole(wholeHeadcount(c) - wholeHeadcount(ref)); });
    return aligned(rows);
}

nlohmann::ordered_json costPerUserByMonth(const std::vector<double>& values, const std::vector<std::string>& months)
{
    nlohmann::ordered_json out = nlohmann::ordered_json::object();
    for (std::size_t m = 0; m < months.size(); ++m)
        out[months[m]] = values[m];
    return out;
}

nlohmann::ordered_json differenceJson(const Column& c, const Column& ref, const std::vector<std::string>& months)
{
    std::vector<double> costPerUser;
    for (std::size_t m = 0; m < months.size(); ++m)
        costPerUser.push_back(c.costPerUser[m] - ref.costPerUser[m]);
    const engine::Headlines& h = c.headlines;
    const engine::Headlines& r = ref.headlines;
    const auto later = firstBottleneckMonthsLater(c, ref);
    return {{"first_bottleneck_months", later ? nlohmann::ordered_json(*later) : nlohmann::ordered_json(nullptr)},
            {"cost_per_user", costPerUserByMonth(costPerUser, months)},
            {"cost_per_user_start", h.costPerUserStart - r.costPerUserStart},
            {"cost_per_user_horizon", h.costPerUserHorizon - r.costPerUserHorizon},
            {"total_spend", h.totalSpend - r.totalSpend},
            {"peak_instances", h.peakInstances - r.peakInstances},
            {"peak_headcount", h.peakHeadcount - r.peakHeadcount}};
}

std::string jsonOf(const std::vector<Column>& columns, const std::vector<std::string>& months, std::uint64_t seed,
                   int samples)
{
    nlohmann::ordered_json list = nlohmann::ordered_json::array();
    for (const Column& c : columns) {
        nlohmann::ordered_json first = nullptr;
        if (const auto& b = c.headlines.firstBottleneck)
            first = {{"subject", b->subject},
                     {"kind", std::string(engine::toString(b->kind))},
                     {"median_first_month", c.firstMonth},
                     {"median_first_month_index", *b->medianFirstMonth},
                     {"message", b->message}};
        const engine::Headlines& h = c.headlines;
        list.push_back({{"scenario", c.id.empty() ? nlohmann::ordered_json(nullptr) : nlohmann::ordered_json(c.id)},
                        {"name", c.name},
                        {"first_bottleneck", first},
                        {"cost_per_user", costPerUserByMonth(c.costPerUser, months)},
                        {"cost_per_user_start", h.costPerUserStart},
                        {"cost_per_user_horizon", h.costPerUserHorizon},
                        {"total_spend", h.totalSpend},
                        {"peak_instances", h.peakInstances},
                        {"peak_headcount", h.peakHeadcount},
                        {"difference", differenceJson(c, columns.front(), months)}});
    }
    return nlohmann::ordered_json{{"seed", seed}, {"samples", samples}, {"months", months}, {"scenarios", list}}.dump(
               2) +
           "\n";
}

} // namespace

int compare(const std::vector<std::string>& args)
{
    std::string error;
    auto options = parse(args, error);
    if (!options)
        return usageError(error);
    int exitCode = kDone;
    const auto project = load(options->file, exitCode);
    if (!project)
        return exitCode;
    const engine::Model& model = project->model;
    const auto indices = monthIndices(model, options->months, error);
    if (!indices)
        return usageError(error);
    std::vector<std::string> months;
    for (const int index : *indices)
        months.push_back(model.start.plusMonths(index).toString());
    if (options->scenarios.empty()) {
        options->scenarios.push_back("");
        for (const engine::Scenario& s : model.scenarios)
            options->scenarios.push_back(s.id);
    }
    std::vector<Column> columns;
    for (const std::string& id : options->scenarios) {
        // The same seed for every column: common random numbers.
        const std::optional<engine::Results> results = runOrExplain(model, id, options->samples, options->seed);
        if (!results)
            return kInvalidModel;
        Column c;
        c.id = id;
        const engine::Scenario* scenario = model.findScenario(id);
        c.name = scenario ? scenario->name : model.name;
        c.headlines = engine::headlines(*results);
        for (const int index : *indices)
            c.costPerUser.push_back(engine::costPerUserAt(*results, index).value_or(0.0));
        c.firstMonth = c.firstBottleneckMonth() ? model.start.plusMonths(*c.firstBottleneckMonth()).toString() : "none";
        columns.push_back(std::move(c));
    }
    const std::string text =
        options->format == "json" ? jsonOf(columns, months, options->seed, options->samples) : table(columns, months);
    return writeOutput(options->out, text) ? kDone : kCannotRead;
}

} // namespace headroom::cli
