#include "CliSupport.h"
#include "Commands.h"
#include "calibration/GrowthFit.h"
#include "calibration/UslFit.h"
#include "engine/NumberText.h"
#include "project/ModelJson.h"

#include <cmath>
#include <cstdio>
#include <iostream>
#include <nlohmann/json.hpp>
#include <sstream>

// headroom-cli fit growth|usl FILE.csv: calibration from measurements (docs/calibration.md).
namespace headroom::cli {

namespace {

using nlohmann::ordered_json;
using namespace calibration;

struct FitOptions
{
    std::string what; // "growth" or "usl"
    std::string file;
    std::string format = "text";
    std::string out;
    int months = 12; // growth: the forecast past the history
};

std::optional<FitOptions> parse(const std::vector<std::string>& args, std::string& error)
{
    FitOptions o;
    if (args.empty() || (args[0] != "growth" && args[0] != "usl")) {
        error = "fit takes growth or usl, then a FILE";
        return std::nullopt;
    }
    o.what = args[0];
    for (std::size_t i = 1; i < args.size(); ++i) {
        const std::string& a = args[i];
        // --ahead N: months forecast past the last value. --months is its older name, kept for the
        // scripts that use it (compare's --months takes calendar months, YYYY-MM).
        const bool ahead = (a == "--ahead" || a == "--months") && o.what == "growth";
        const bool takesValue = a == "--format" || a == "--out" || ahead;
        if (takesValue && i + 1 >= args.size()) {
            error = a + " needs a value";
            return std::nullopt;
        }
        if (a == "--format") {
            o.format = args[++i];
        } else if (a == "--out") {
            o.out = args[++i];
        } else if (ahead) {
            if (!parseWhole(args[++i], o.months) || o.months < 0 || o.months > engine::kMaxHorizonMonths)
                error = a + " takes a whole number of months from 0 to 240; got \"" + args[i] + "\"";
        } else if (!fileArgument(a, o.file, error)) {
            return std::nullopt;
        }
        if (!error.empty())
            return std::nullopt;
    }
    if (o.file.empty())
        error = "fit " + o.what + " needs a FILE (a CSV of measurements)";
    else if (o.format != "text" && o.format != "json")
        error = "--format must be text or json; got \"" + o.format + "\"";
    if (!error.empty())
        return std::nullopt;
    return o;
}

// The file as `read` imports it, or nothing after saying on standard error why it cannot be read:
// the file itself, or the line and column of the first row that cannot.
template <typename Import> std::optional<Import> importCsv(const std::string& path, Import (*read)(std::string_view))
{
    std::string error;
    const auto text = readTextFile(path, error);
    if (!text) {
        std::cerr << "headroom-cli: " << error << '\n';
        return std::nullopt;
    }
    Import imported = read(*text);
    if (imported.error) {
        std::cerr << "headroom-cli: " << path << ": " << imported.error->toString() << '\n';
        return std::nullopt;
    }
    return imported;
}

ordered_json orNull(const std::optional<double>& v)
{
    return v ? ordered_json(*v) : ordered_json(nullptr);
}

// A curve in the project file's form (docs/file-format.md), ready to paste into a model.
ordered_json curveJson(const engine::Curve& curve)
{
    engine::Model m;
    m.users = curve;
    return project::modelToJson(m)["users"];
}

// "10.9% (10.7% to 11.1%) a month": the estimate and its 90% interval, times `scale`.
std::string quantityText(const engine::Quantity& q, double scale = 1.0, const char* unit = "", const char* per = "")
{
    std::string out = engine::formatNumber(q.estimate * scale) + unit;
    if (q.interval90)
        out += " (" + engine::formatNumber(q.interval90->lo * scale) + unit + " to " +
               engine::formatNumber(q.interval90->hi * scale) + unit + ")";
    return out + per;
}

std::string parametersText(const engine::Curve& c)
{
    const std::string v0 = "v0 = " + quantityText(c.initial);
    switch (c.kind) {
    case engine::CurveKind::Linear:
        return v0 + ", a = " + quantityText(c.slopePerMonth, 1.0, "", " a month");
    case engine::CurveKind::Exponential:
        return v0 + ", g = " + quantityText(c.monthlyGrowth, 100.0, "%", " a month");
    default:
        return v0 + ", K = " + quantityText(c.ceiling) + ", r = " + quantityText(c.ratePerMonth, 1.0, "", " a month");
    }
}

std::string growthText(const GrowthFits& fits, const std::optional<GrowthForecast>& band, const FitOptions& o)
{
    std::ostringstream out;
    const engine::YearMonth last = fits.firstMonth.plusMonths(int(std::floor(fits.lastMonth)));
    out << o.file << ": " << fits.fits.front().points << " values, " << fits.firstMonth.toString() << " to "
        << last.toString() << " (90% intervals in brackets)\n\n";
    for (const GrowthFit& f : fits.fits) {
        out << toString(f.model) << (fits.best == f.model ? " (chosen)" : "") << '\n';
        if (!f.ok) {
            out << "  not fitted: " << f.reason << "\n";
            continue;
        }
        out << "  " << parametersText(f.curve) << "\n  RMSE " << engine::formatNumber(f.rmse) << ", R² "
            << engine::formatNumber(f.rSquared) << ", AICc " << engine::formatNumber(f.aicc) << ", Akaike weight "
            << engine::formatNumber(f.akaikeWeight) << '\n';
    }
    if (!band)
        return out.str();
    out << "\nForecast (" << toString(band->model) << "), with its 90% prediction band:\n"
        << "month            fit            lo            hi\n";
    for (Eigen::Index t = 0; t < band->month.size(); ++t) {
        char row[96];
        std::snprintf(row, sizeof row, "%s  %12.6g  %12.6g  %12.6g\n",
                      band->firstMonth.plusMonths(int(t)).toString().c_str(), band->fit[t], band->lo[t], band->hi[t]);
        out << row;
    }
    return out.str();
}

ordered_json growthJson(const GrowthFits& fits, const std::optional<GrowthForecast>& band, const FitOptions& o)
{
    ordered_json models = ordered_json::array();
    for (const GrowthFit& f : fits.fits) {
        ordered_json m{{"model", std::string(toString(f.model))}, {"fitted", f.ok}};
        m["reason"] = f.ok ? ordered_json(nullptr) : ordered_json(f.reason);
        if (f.ok) {
            m["curve"] = curveJson(f.curve);
            m["rss"] = f.rss;
            m["rmse"] = f.rmse;
            m["residual_standard_error"] = f.residualStandardError;
            m["r2"] = f.rSquared;
            m["aicc"] = f.aicc;
            m["akaike_weight"] = f.akaikeWeight;
        }
        models.push_back(std::move(m));
    }
    ordered_json forecastJson = nullptr;
    if (band) {
        ordered_json months = ordered_json::array();
        for (Eigen::Index t = 0; t < band->month.size(); ++t)
            months.push_back(band->firstMonth.plusMonths(int(t)).toString());
        const auto series = [](const Series& s) {
            return std::vector<double>(s.data(), s.data() + s.size());
        };
        forecastJson = {{"model", std::string(toString(band->model))},
                        {"months", months},
                        {"fit", series(band->fit)},
                        {"lo", series(band->lo)},
                        {"hi", series(band->hi)}};
    }
    return {{"file", o.file},
            {"values", fits.fits.front().points},
            {"first_month", fits.firstMonth.toString()},
            {"models", models},
            {"chosen", fits.best ? ordered_json(std::string(toString(*fits.best))) : ordered_json(nullptr)},
            {"forecast", forecastJson}};
}

int fitGrowthFile(const FitOptions& o)
{
    const auto history = importCsv(o.file, readHistoryCsv);
    if (!history)
        return kCannotRead;
    const GrowthFits fits = fitGrowth(*history->history);
    const auto band = fits.best ? forecast(fits, *fits.best, o.months) : std::nullopt;
    const std::string out = o.format == "json" ? growthJson(fits, band, o).dump(2) + "\n" : growthText(fits, band, o);
    if (!writeOutput(o.out, out))
        return kCannotRead;
    if (fits.best)
        return kDone;
    std::cerr << "headroom-cli: no growth curve could be fitted to " << o.file << '\n';
    return kCannotFit;
}

std::string coefficientText(const char* name, const UslCoefficient& c)
{
    std::string out = std::string("  ") + name + engine::formatNumber(c.estimate);
    if (!c.fitted)
        return out + " (set to 0)\n";
    return out + " (90% interval " + engine::formatNumber(c.lo) + " to " + engine::formatNumber(c.hi) +
           ", standard error " + engine::formatNumber(c.standardError) + ")\n";
}

std::string uslText(const UslFit& fit, std::size_t points, const FitOptions& o)
{
    const UslEstimate& e = *fit.estimate;
    std::ostringstream out;
    out << o.file << ": " << points << " measurements; X(N) = λN / (1 + σ(N − 1) + κN(N − 1))\n\n"
        << coefficientText("lambda (X(1))      ", e.lambda) << coefficientText("sigma (contention) ", e.sigma)
        << coefficientText("kappa (coherency)  ", e.kappa);
    if (e.peakConcurrency)
        out << "  n_max              " << engine::formatNumber(*e.peakConcurrency) << " (throughput peaks here)\n"
            << "  x_max              " << engine::formatNumber(e.peakThroughput) << '\n';
    else
        out << "  n_max              none: κ = 0, throughput never peaks\n"
            << "  x_max              " << engine::formatNumber(e.peakThroughput)
            << " (λ/σ, approached but never reached)\n";
    out << "  R²                 " << engine::formatNumber(e.rSquared) << ", residual standard error "
        << engine::formatNumber(e.residualStandardError) << '\n';
    for (const std::string& note : fit.notes)
        out << "Note: " << note << '\n';
    return out.str();
}

ordered_json uslJson(const UslFit& fit, std::size_t points, const FitOptions& o)
{
    ordered_json out{{"file", o.file}, {"points", points}, {"trusted", fit.trusted}};
    out["reason"] = fit.trusted ? ordered_json(nullptr) : ordered_json(fit.reason);
    const UslEstimate* e = fit.estimate ? &*fit.estimate : nullptr;
    const auto value = [&](auto get) {
        return e ? ordered_json(get(*e)) : ordered_json(nullptr);
    };
    out["lambda"] = value([](const UslEstimate& u) { return u.lambda.estimate; });
    out["sigma"] = value([](const UslEstimate& u) { return u.sigma.estimate; });
    out["kappa"] = value([](const UslEstimate& u) { return u.kappa.estimate; });
    out["n_max"] = e ? orNull(e->peakConcurrency) : ordered_json(nullptr);
    out["x_max"] = value([](const UslEstimate& u) { return u.peakThroughput; });
    out["r2"] = value([](const UslEstimate& u) { return u.rSquared; });
    out["residual_standard_error"] = value([](const UslEstimate& u) { return u.residualStandardError; });
    const auto coefficient = [](const UslCoefficient& c) {
        return ordered_json{{"standard_error", c.standardError}, {"lo", c.lo}, {"hi", c.hi}, {"fitted", c.fitted}};
    };
    out["uncertainty"] = e ? ordered_json{{"lambda", coefficient(e->lambda)},
                                          {"sigma", coefficient(e->sigma)},
                                          {"kappa", coefficient(e->kappa)}}
                           : ordered_json(nullptr);
    out["fitted"] = value([](const UslEstimate& u) { return u.fitted; });
    out["residuals"] = value([](const UslEstimate& u) { return u.residuals; });
    out["notes"] = fit.notes;
    return out;
}

int fitUslFile(const FitOptions& o)
{
    const auto test = importCsv(o.file, readLoadTestCsv);
    if (!test)
        return kCannotRead;
    const UslFit fit = fitUsl(*test->points);
    const std::size_t points = test->points->size();
    if (o.format == "json" && !writeOutput(o.out, uslJson(fit, points, o).dump(2) + "\n"))
        return kCannotRead;
    if (!fit.trusted) {
        std::cerr << "headroom-cli: the USL fit to " << o.file << " cannot be trusted: " << fit.reason << '\n';
        return kCannotFit;
    }
    if (o.format == "text" && !writeOutput(o.out, uslText(fit, points, o)))
        return kCannotRead;
    return kDone;
}

} // namespace

int fit(const std::vector<std::string>& args)
{
    std::string error;
    const auto options = parse(args, error);
    if (!options)
        return usageError(error);
    return options->what == "growth" ? fitGrowthFile(*options) : fitUslFile(*options);
}

} // namespace headroom::cli
