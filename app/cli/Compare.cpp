#include "CliSupport.h"
#include "Commands.h"

#include "engine/Engine.h"
#include "engine/Headlines.h"
#include "engine/Model.h"

#include <nlohmann/json.hpp>

#include <cmath>
#include <cstdio>
#include <iostream>
#include <sstream>

namespace headroom::cli {

namespace {

struct CompareOptions
{
    std::string file;
    std::vector<std::string> scenarios; // "" is the base model
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
        out.push_back(item == "base" ? std::string() : item);
    return out;
}

std::optional<CompareOptions> parse(const std::vector<std::string>& args, std::string& error)
{
    CompareOptions o;
    bool listed = false;
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string& a = args[i];
        const bool takesValue = a == "--scenarios" || a == "--format" || a == "--out" || a == "--samples" ||
                                a == "--seed";
        if (takesValue && i + 1 >= args.size()) {
            error = a + " needs a value";
            return std::nullopt;
        }
        if (a == "--scenarios") {
            o.scenarios = splitList(args[++i]);
            listed = true;
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

struct Column
{
    std::string id;   // "" for the base model
    std::string name;
    engine::Headlines headlines;
    std::string firstMonth; // "YYYY-MM", or "none"
};

std::string money(double v, int decimals)
{
    char buffer[48];
    std::snprintf(buffer, sizeof buffer, "$%.*f", decimals, v);
    return buffer;
}

std::string signedMoney(double v, int decimals)
{
    char buffer[48];
    std::snprintf(buffer, sizeof buffer, "%s$%.*f", v < 0 ? "-" : "+", decimals, std::abs(v));
    return buffer;
}

std::string bottleneckText(const Column& c)
{
    if (!c.headlines.firstBottleneck)
        return "none";
    const engine::Bottleneck& b = *c.headlines.firstBottleneck;
    return b.subject + " " + std::string(engine::toString(b.kind)) + " " + c.firstMonth;
}

std::string table(const std::vector<Column>& columns)
{
    std::vector<std::vector<std::string>> rows;
    std::vector<std::string> header{""};
    for (const Column& c : columns)
        header.push_back(c.id.empty() ? "base" : c.id);
    rows.push_back(header);
    const auto addRow = [&](const std::string& label, auto value) {
        std::vector<std::string> row{label};
        for (const Column& c : columns)
            row.push_back(value(c));
        rows.push_back(row);
    };
    const engine::Headlines& ref = columns.front().headlines;
    addRow("first bottleneck", [](const Column& c) { return bottleneckText(c); });
    addRow("cost per user, first month", [](const Column& c) { return money(c.headlines.costPerUserStart, 4); });
    addRow("cost per user, horizon", [](const Column& c) { return money(c.headlines.costPerUserHorizon, 4); });
    addRow("  vs first column", [&](const Column& c) {
        return signedMoney(c.headlines.costPerUserHorizon - ref.costPerUserHorizon, 4);
    });
    addRow("total spend", [](const Column& c) { return money(c.headlines.totalSpend, 0); });
    addRow("  vs first column", [&](const Column& c) { return signedMoney(c.headlines.totalSpend - ref.totalSpend, 0); });
    addRow("peak instances", [](const Column& c) { return std::to_string(int(c.headlines.peakInstances)); });
    addRow("peak headcount", [](const Column& c) { return std::to_string(int(std::ceil(c.headlines.peakHeadcount))); });

    std::vector<std::size_t> widths(rows.front().size(), 0);
    for (const auto& row : rows)
        for (std::size_t i = 0; i < row.size(); ++i)
            widths[i] = std::max(widths[i], row[i].size());
    std::ostringstream out;
    for (const auto& row : rows) {
        for (std::size_t i = 0; i < row.size(); ++i) {
            out << row[i] << std::string(widths[i] - row[i].size() + 2, ' ');
        }
        out << '\n';
    }
    return out.str();
}

std::string jsonOf(const std::vector<Column>& columns, std::uint64_t seed, int samples)
{
    nlohmann::ordered_json list = nlohmann::ordered_json::array();
    for (const Column& c : columns) {
        nlohmann::ordered_json first = nullptr;
        if (c.headlines.firstBottleneck)
            first = {{"subject", c.headlines.firstBottleneck->subject},
                     {"kind", std::string(engine::toString(c.headlines.firstBottleneck->kind))},
                     {"median_first_month", c.firstMonth},
                     {"message", c.headlines.firstBottleneck->message}};
        const engine::Headlines& h = c.headlines;
        const engine::Headlines& ref = columns.front().headlines;
        list.push_back({{"scenario", c.id.empty() ? nlohmann::ordered_json(nullptr) : nlohmann::ordered_json(c.id)},
                        {"name", c.name},
                        {"first_bottleneck", first},
                        {"cost_per_user_start", h.costPerUserStart},
                        {"cost_per_user_horizon", h.costPerUserHorizon},
                        {"total_spend", h.totalSpend},
                        {"peak_instances", h.peakInstances},
                        {"peak_headcount", h.peakHeadcount},
                        {"difference", {{"cost_per_user_horizon", h.costPerUserHorizon - ref.costPerUserHorizon},
                                        {"total_spend", h.totalSpend - ref.totalSpend}}}});
    }
    return nlohmann::ordered_json{{"seed", seed}, {"samples", samples}, {"scenarios", list}}.dump(2) + "\n";
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
        c.firstMonth = c.headlines.firstBottleneck
                           ? model.start.plusMonths(*c.headlines.firstBottleneck->medianFirstMonth).toString()
                           : "none";
        columns.push_back(std::move(c));
    }
    const std::string text =
        options->format == "json" ? jsonOf(columns, options->seed, options->samples) : table(columns);
    return writeOutput(options->out, text) ? kDone : kCannotRead;
}

} // namespace headroom::cli
