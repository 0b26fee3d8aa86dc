#include "Format.h"

#include "engine/Model.h"

#include <QDate>
#include <QDateTime>
#include <QCoreApplication>
#include <QLocale>
#include <QObject>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>
#include <cstring>

namespace headroom::report {

namespace {
QString trimmed(double value, int significant)
{
    return QLocale().toString(value, 'g', significant);
}

// A curve's list item in words: "points[2]" → "point 3", "events[0]" → "event 1",
// "seasonality[11]" → "seasonality in December". Empty for any other segment.
QString curveItemWords(const QString& segment)
{
    static const QRegularExpression kItem(QStringLiteral(R"(^(points|events|seasonality)\[(\d+)\]$)"));
    const QRegularExpressionMatch m = kItem.match(segment);
    if (!m.hasMatch())
        return {};
    const int index = m.captured(2).toInt();
    if (m.captured(1) == QLatin1String("points"))
        return QObject::tr("point %1").arg(index + 1);
    if (m.captured(1) == QLatin1String("events"))
        return QObject::tr("event %1").arg(index + 1);
    return index < 12 ? QObject::tr("seasonality in %1").arg(QLocale().standaloneMonthName(index + 1))
                      : QObject::tr("seasonality");
}

// An input's field in words, in the window's language: "scaling.capacity_per_vcpu" → "capacity per
// vCPU", "requests_trend.monthly_growth" → "use over time: monthly growth". Whole paths first (a
// field whose words are not its segments'), then segment by segment; a segment not listed (a field
// added later) is its key with spaces.
QString fieldWords(const QString& field)
{
    static const std::pair<const char*, const char*> kPaths[] = {
        {"scaling.usl.sigma", QT_TRANSLATE_NOOP("QObject", "contention (USL σ)")},
        {"scaling.usl.kappa", QT_TRANSLATE_NOOP("QObject", "coherency (USL κ)")},
        {"scaling.sigma", QT_TRANSLATE_NOOP("QObject", "contention across the role (USL σ)")},
        {"scaling.kappa", QT_TRANSLATE_NOOP("QObject", "coherency within a team (USL κ)")},
        {"scaling.capacity_per_vcpu", QT_TRANSLATE_NOOP("QObject", "capacity per vCPU")},
        {"scaling.capacity_per_instance", QT_TRANSLATE_NOOP("QObject", "capacity per instance")},
        {"scaling.target_utilization", QT_TRANSLATE_NOOP("QObject", "target utilization")},
        {"data.storage_price_per_gb_month", QT_TRANSLATE_NOOP("QObject", "storage price per GB-month")},
        {"data.gb_per_user", QT_TRANSLATE_NOOP("QObject", "data per user")},
        {"data.ingest_gb_per_user_per_month", QT_TRANSLATE_NOOP("QObject", "new data per user a month")},
        {"data.replication_factor", QT_TRANSLATE_NOOP("QObject", "replication")},
        {"data.compression_ratio", QT_TRANSLATE_NOOP("QObject", "compression")},
        {"data.backup_throughput_gb_per_hour", QT_TRANSLATE_NOOP("QObject", "backup speed")},
        {"data.restore_throughput_gb_per_hour", QT_TRANSLATE_NOOP("QObject", "restore speed")},
        {"data.backup_window_hours", QT_TRANSLATE_NOOP("QObject", "backup window")},
        {"data.rto_hours", QT_TRANSLATE_NOOP("QObject", "recovery time objective")},
        {"data.working_set_fraction", QT_TRANSLATE_NOOP("QObject", "working set")},
        {"data.miss_penalty", QT_TRANSLATE_NOOP("QObject", "miss penalty")},
        {"data.max_gb_per_shard", QT_TRANSLATE_NOOP("QObject", "max data per shard")},
        {"data.max_writes_per_second_per_shard", QT_TRANSLATE_NOOP("QObject", "max writes per shard")},
        {"data.write_share", QT_TRANSLATE_NOOP("QObject", "write share")},
        {"costs.egress_gb_per_user_per_month", QT_TRANSLATE_NOOP("QObject", "costs: egress per user")},
        {"costs.egress_price_per_gb", QT_TRANSLATE_NOOP("QObject", "costs: egress price per GB")},
        {"costs.revenue_per_user_per_month", QT_TRANSLATE_NOOP("QObject", "costs: revenue per user")},
        {"team.recruiting_capacity_per_month", QT_TRANSLATE_NOOP("QObject", "team: recruiting capacity a month")},
        {"team.lead_time_months", QT_TRANSLATE_NOOP("QObject", "team: hiring lead time")},
        {"data.ingest_trend", QT_TRANSLATE_NOOP("QObject", "ingest over time")},
    };
    static const std::pair<const char*, const char*> kSegments[] = {
        {"users", QT_TRANSLATE_NOOP("QObject", "active users")},
        {"costs", QT_TRANSLATE_NOOP("QObject", "costs")},
        {"headcount", QT_TRANSLATE_NOOP("QObject", "headcount")},
        {"requests_trend", QT_TRANSLATE_NOOP("QObject", "use over time")},
        {"compute_price_trend", QT_TRANSLATE_NOOP("QObject", "instance price trend")},
        {"storage_price_trend", QT_TRANSLATE_NOOP("QObject", "storage price trend")},
        {"egress_price_trend", QT_TRANSLATE_NOOP("QObject", "egress price trend")},
        {"licence_price_trend", QT_TRANSLATE_NOOP("QObject", "licence price trend")},
        {"initial", QT_TRANSLATE_NOOP("QObject", "at start")},
        {"slope_per_month", QT_TRANSLATE_NOOP("QObject", "slope per month")},
        {"monthly_growth", QT_TRANSLATE_NOOP("QObject", "monthly growth")},
        {"ceiling", QT_TRANSLATE_NOOP("QObject", "ceiling")},
        {"rate_per_month", QT_TRANSLATE_NOOP("QObject", "growth rate per month")},
        {"requests_per_user_per_day", QT_TRANSLATE_NOOP("QObject", "requests per user a day")},
        {"peak_to_average", QT_TRANSLATE_NOOP("QObject", "peak over average")},
        {"cache_hit_ratio", QT_TRANSLATE_NOOP("QObject", "cache hit ratio")},
        {"price_per_hour", QT_TRANSLATE_NOOP("QObject", "price per hour")},
        {"price_per_month", QT_TRANSLATE_NOOP("QObject", "price per month")},
        {"loaded_cost_per_month", QT_TRANSLATE_NOOP("QObject", "cost per person a month")},
        {"attrition_per_year", QT_TRANSLATE_NOOP("QObject", "attrition a year")},
        {"cost_per_hire", QT_TRANSLATE_NOOP("QObject", "cost per hire")},
        {"calls_per_operation", QT_TRANSLATE_NOOP("QObject", "calls per operation")},
        {"reserved_share", QT_TRANSLATE_NOOP("QObject", "reserved share")},
        {"value", QT_TRANSLATE_NOOP("QObject", "value")},
        {"multiplier", QT_TRANSLATE_NOOP("QObject", "multiplier")},
        {"reserved_discount", QT_TRANSLATE_NOOP("QObject", "reserved discount")},
        {"engineers_per_group", QT_TRANSLATE_NOOP("QObject", "people per component group")},
        {"instances_per_sre", QT_TRANSLATE_NOOP("QObject", "instances per SRE")},
        {"users_per_support_person", QT_TRANSLATE_NOOP("QObject", "users per support person")},
        {"peak_hours", QT_TRANSLATE_NOOP("QObject", "length of the daily peak")},
    };
    QStringList words;
    QString rest = field;
    while (!rest.isEmpty()) {
        bool found = false;
        for (const auto& [path, text] : kPaths)
            if (rest == QLatin1String(path) || rest.startsWith(QLatin1String(path) + QLatin1Char('.'))) {
                words << QObject::tr(text);
                rest = rest.mid(qsizetype(std::strlen(path)) + 1);
                found = true;
                break;
            }
        if (found)
            continue;
        const qsizetype dot = rest.indexOf(QLatin1Char('.'));
        const QString segment = dot < 0 ? rest : rest.left(dot);
        rest = dot < 0 ? QString() : rest.mid(dot + 1);
        if (const QString item = curveItemWords(segment); !item.isEmpty()) {
            words << item;
            continue;
        }
        QString said = QString(segment).replace(QLatin1Char('_'), QLatin1Char(' '));
        for (const auto& [key, text] : kSegments)
            if (segment == QLatin1String(key))
                said = QObject::tr(text);
        words << said;
    }
    return words.join(QStringLiteral(": "));
}

} // namespace

QString money(double amount, int decimals)
{
    const QString digits = QLocale().toString(std::abs(amount), 'f', decimals);
    return (amount < 0 ? QStringLiteral("-$") : QStringLiteral("$")) + digits;
}

QString moneyPerUnit(double amount)
{
    constexpr int kMostDecimals = 6;
    const double magnitude = std::abs(amount);
    if (magnitude < 0.5 * std::pow(10.0, -kMostDecimals))
        return money(0.0, 2); // nothing that six decimals show
    int decimals = 2;
    if (magnitude < 0.1) {
        decimals = std::clamp(int(std::ceil(-std::log10(magnitude))) + 1, 2, kMostDecimals);
        // Rounding that reaches the next power of ten (0.0999 to 0.100) needs one decimal fewer.
        if (decimals > 2 && std::round(magnitude * std::pow(10.0, decimals)) >= 100.0)
            --decimals;
    }
    return money(amount, decimals);
}

QString moneyCompact(double amount)
{
    const double magnitude = std::abs(amount);
    const QString sign = amount < 0 ? QStringLiteral("-$") : QStringLiteral("$");
    if (magnitude >= 1e9)
        return sign + QLocale().toString(magnitude / 1e9, 'f', 2) + QLatin1Char('B');
    if (magnitude >= 1e6)
        return sign + QLocale().toString(magnitude / 1e6, 'f', 1) + QLatin1Char('M');
    if (magnitude >= 1e4)
        return sign + QLocale().toString(magnitude / 1e3, 'f', 0) + QLatin1Char('k');
    if (magnitude >= 100)
        return sign + QLocale().toString(magnitude, 'f', 0);
    return sign + QLocale().toString(magnitude, 'f', 2);
}

QString compact(double value)
{
    const double magnitude = std::abs(value);
    if (magnitude >= 1e9)
        return trimmed(value / 1e9, 3) + QLatin1Char('G');
    if (magnitude >= 1e6)
        return trimmed(value / 1e6, 3) + QLatin1Char('M');
    if (magnitude >= 1e4)
        return trimmed(value / 1e3, 3) + QLatin1Char('k');
    return trimmed(value, magnitude >= 100 ? 4 : 3);
}

namespace {

// The fewest decimals (at least `least`, at most 3) that write `step`, in units of `scale`, exactly.
// A sub-cent cost per user ($0.0083) is drawn on an axis with steps of $0.0005: enough decimals
// that no two ticks read alike.
constexpr int kMostTickDecimals = 6;

int decimalsOfStep(double step, double scale, int least)
{
    if (!(step > 0.0))
        return least;
    for (int decimals = least; decimals < kMostTickDecimals; ++decimals) {
        const double scaled = step / scale * std::pow(10.0, decimals);
        if (std::abs(scaled - std::round(scaled)) <= 1e-6 * std::max(1.0, scaled))
            return decimals;
    }
    return kMostTickDecimals;
}

} // namespace

QString tickLabel(double tick, double step, Unit unit)
{
    if (!(step > 0.0) || (unit != Unit::Money && unit != Unit::Count))
        return unit == Unit::Money ? moneyCompact(tick) : formatValue(tick, unit);
    const double magnitude = std::abs(tick);
    if (unit == Unit::Count && magnitude < 1e4) // as compact(): no suffix, nothing rounded away
        return compact(tick);
    // The suffixes of moneyCompact() and compact(), and the decimals moneyCompact() gives at least.
    struct Scale
    {
        double from;
        double scale;
        const char* moneySuffix;
        const char* countSuffix;
        int moneyDecimals;
    };
    static constexpr Scale kScales[] = {
        {1e9, 1e9, "B", "G", 2}, {1e6, 1e6, "M", "M", 1}, {1e4, 1e3, "k", "k", 0}, {0.0, 1.0, "", "", 0}};
    const Scale& s = *std::find_if(std::begin(kScales), std::end(kScales),
                                   [magnitude](const Scale& scale) { return magnitude >= scale.from; });
    int decimals = decimalsOfStep(step, s.scale, unit == Unit::Money ? s.moneyDecimals : 0);
    if (unit == Unit::Money && s.scale == 1.0 && decimals > 0) // dollars and cents, never tenths
        decimals = std::max(decimals, 2);
    const QString digits = QLocale().toString(magnitude / s.scale, 'f', decimals) +
                           QLatin1String(unit == Unit::Money ? s.moneySuffix : s.countSuffix);
    if (unit == Unit::Count)
        return tick < 0 ? QLatin1Char('-') + digits : digits;
    return (tick < 0 ? QStringLiteral("-$") : QStringLiteral("$")) + digits;
}

QString formatValue(double value, Unit unit)
{
    switch (unit) {
    case Unit::Count:
        return compact(value);
    case Unit::Percent:
        return QLocale().toString(value, 'f', std::abs(value) < 10 ? 1 : 0) + QLatin1Char('%');
    case Unit::Money:
        return std::abs(value) >= 100 ? moneyCompact(value) : moneyPerUnit(value);
    case Unit::Hours:
        return trimmed(value, 3) + QStringLiteral(" h");
    case Unit::Minutes:
        return trimmed(value, 3) + QStringLiteral(" min");
    case Unit::Milliseconds:
        if (value >= engine::kLatencyCeilingMs)
            return QObject::tr("no finite latency (saturated)");
        return value >= 1000 ? trimmed(value / 1000, 3) + QStringLiteral(" s") : trimmed(value, 3) + QStringLiteral(" ms");
    case Unit::Gigabytes:
        return compact(value) + QStringLiteral(" GB");
    case Unit::Terabytes:
        return trimmed(value, 3) + QStringLiteral(" TB");
    case Unit::Correlation:
        return QLocale().toString(value, 'f', 2);
    }
    return compact(value);
}

QString monthName(const engine::YearMonth& start, int month, bool longForm)
{
    const engine::YearMonth ym = start.plusMonths(month);
    return QLocale().toString(QDate(ym.year, ym.month, 1), longForm ? QStringLiteral("MMMM yyyy") : QStringLiteral("MMM yyyy"));
}

double monthKey(const engine::YearMonth& start, int month)
{
    const engine::YearMonth ym = start.plusMonths(month);
    return double(QDateTime(QDate(ym.year, ym.month, 1), QTime(0, 0), Qt::UTC).toSecsSinceEpoch());
}

QVector<double> monthKeys(const engine::Results& results)
{
    QVector<double> keys;
    keys.reserve(results.months);
    for (int t = 0; t < results.months; ++t)
        keys.push_back(monthKey(results.start, t));
    return keys;
}

QString subjectName(const engine::Model& model, const std::string& subject)
{
    if (const engine::Component* c = model.findComponent(subject))
        return QString::fromStdString(c->name.empty() ? c->id : c->name);
    for (const engine::RequestClass& rc : model.requestClasses)
        if (rc.id == subject)
            return QString::fromStdString(rc.name.empty() ? rc.id : rc.name);
    if (subject == "team")
        return QObject::tr("Team");
    if (subject == "cost")
        return QObject::tr("Unit cost");
    return QString::fromStdString(subject);
}

QString kindName(engine::BottleneckKind kind)
{
    using K = engine::BottleneckKind;
    switch (kind) {
    case K::OverTargetUtilization: return QObject::tr("over its target utilization");
    case K::Saturated: return QObject::tr("saturated");
    case K::MaxInstancesReached: return QObject::tr("at its maximum instances");
    case K::ScalabilityCeiling: return QObject::tr("past its scalability peak");
    case K::LatencySloBreached: return QObject::tr("latency objective missed");
    case K::VerticalCeiling: return QObject::tr("out of larger instance types");
    case K::BackupWindowExceeded: return QObject::tr("backup longer than its window");
    case K::RestoreOverRto: return QObject::tr("restore longer than the RTO");
    case K::WorkingSetBeyondMemory: return QObject::tr("hot data beyond memory");
    case K::CostPerUserOverTarget: return QObject::tr("cost per user over target");
    case K::UnitCostRising: return QObject::tr("cost per user rising");
    case K::OnCallUndersized: return QObject::tr("on-call rotation too small");
    case K::HiringBeyondCapacity: return QObject::tr("hiring beyond recruiting capacity");
    case K::QueueBacklogLag: return QObject::tr("queue backlog drains too slowly");
    }
    return QString::fromLatin1(engine::toString(kind)).replace(QLatin1Char('_'), QLatin1Char(' '));
}

QString inputName(const engine::Model& model, const std::string& path)
{
    // A part of a list, by its id (a call by its index); a curve's own lists are words of the field.
    static const QRegularExpression kListed(QStringLiteral(
        R"(^(components|request_classes|catalog|team\.roles|costs\.licences|calls)\[([^\]]*)\]\.(.+)$)"));
    const QString text = QString::fromStdString(path);
    const QRegularExpressionMatch m = kListed.match(text);
    if (!m.hasMatch()) {
        // "users.monthly_growth" → "Active users: monthly growth"
        QString words = fieldWords(text);
        if (!words.isEmpty())
            words[0] = words[0].toUpper();
        return words;
    }
    const QString list = m.captured(1);
    const QString id = m.captured(2);
    QString owner = id;
    if (list == QLatin1String("components"))
        owner = nameIn(model.components, id);
    else if (list == QLatin1String("request_classes"))
        owner = nameIn(model.requestClasses, id);
    else if (list == QLatin1String("catalog"))
        owner = nameIn(model.catalog, id);
    else if (list == QLatin1String("team.roles"))
        owner = nameIn(model.team.roles, id);
    else if (list == QLatin1String("costs.licences"))
        owner = nameIn(model.costs.licences, id);
    else if (list == QLatin1String("calls")) {
        const std::size_t index = id.toULong();
        if (index < model.calls.size())
            owner = QObject::tr("Calls %1 → %2")
                        .arg(subjectName(model, model.calls[index].from), subjectName(model, model.calls[index].to));
    }
    return owner + QStringLiteral(": ") + fieldWords(m.captured(3));
}

QString counted(long long n, const QString& one, const QString& many)
{
    return QLocale().toString(n) + QLatin1Char(' ') + (n == 1 ? one : many);
}

QString uiLanguage()
{
    // Translated by each catalogue to its own language's code, as Qt does with QT_LAYOUT_DIRECTION.
    return QCoreApplication::translate("headroom", "en", "ISO 639 code of the language of this translation");
}

QString inSentence(const QString& label)
{
    static const bool capitalNouns = uiLanguage() == QLatin1String("de");
    if (capitalNouns || label.isEmpty() || (label.size() > 1 && label[1].isUpper()))
        return label;
    return label.left(1).toLower() + label.mid(1);
}

QString probability(double p)
{
    if (p > 0.0 && p < 0.01)
        return QStringLiteral("<1%");
    return QString::number(qRound(p * 100.0)) + QLatin1Char('%');
}

} // namespace headroom::report
