#pragma once

#include "ChartSpec.h"
#include "engine/Results.h"

#include <QString>

namespace headroom::engine {
struct Model;
}

// How results read in the views and the report: money, months, units, and names of subjects,
// bottleneck kinds and inputs. One formatter per kind of figure, so the views and the report
// say the same thing the same way.
namespace headroom::report {

// "$1,234" (decimals as asked); the catalog's prices are in dollars.
QString money(double amount, int decimals = 0);
// An amount per unit (a month's cost per user, a difference of it): cents, and below ten cents
// two significant digits: "$1.19", "$0.18", "$0.083", "$0.0041", at most six decimals.
QString moneyPerUnit(double amount);
// "$17.6M", "$97k", "$1.21": for headlines and axes.
QString moneyCompact(double amount);
// "1.2M", "650k", "24".
QString compact(double value);
// An axis tick in its unit, with the decimals its axis's `step` between ticks needs, so that no two
// ticks read alike: "$12.5k" where moneyCompact() says "$13k" (step 2,500), "102.5k" (step 2,500).
// A step of 0 (a log axis's ticks) gives moneyCompact() or compact().
QString tickLabel(double tick, double step, Unit unit);
// A value in its unit, for the hover text and tables: "70%", "$1.21", "4.2 h", "≥ 60 s (saturated)".
QString formatValue(double value, Unit unit);

// Month t of results that start at `start`: "March 2028" (long) or "Mar 2028".
QString monthName(const engine::YearMonth& start, int month, bool longForm = true);
// The x key of month t: the first day of the month, seconds since the epoch, UTC.
double monthKey(const engine::YearMonth& start, int month);
QVector<double> monthKeys(const engine::Results& results);

// The name of the part `id` among `parts` (a model's or a run's components, classes, roles…: items
// with `id` and `name`), its id where it has no name, `id` itself where no part has it.
template <typename Parts>
QString nameIn(const Parts& parts, const QString& id)
{
    for (const auto& part : parts)
        if (QString::fromStdString(part.id) == id)
            return QString::fromStdString(part.name.empty() ? part.id : part.name);
    return id;
}

// A component's, request class's or area's name for a bottleneck subject ("db" → "PostgreSQL primary").
QString subjectName(const engine::Model& model, const std::string& subject);
// "working set beyond memory".
QString kindName(engine::BottleneckKind kind);
// An uncertain input's path in words: "components[db].scaling.capacity_per_vcpu" →
// "PostgreSQL primary: capacity per vCPU".
QString inputName(const engine::Model& model, const std::string& path);
// "1 month", "36 months", "1,000 samples": English plurals without a translation loaded.
QString counted(long long n, const QString& one, const QString& many);
// The ISO 639 code of the language the window is shown in: "en", or the loaded catalogue's ("de").
QString uiLanguage();
// A label inside a sentence ("Change %1"): its first letter lower-cased as English writes it, but
// kept in an acronym ("SLO p95") and in a language whose nouns keep their capital (German).
QString inSentence(const QString& label);
// "94%"; "<1%" for a small but real chance.
QString probability(double p);

} // namespace headroom::report
