#include "editors/Field.h"

#include <algorithm>
#include <cmath>

namespace headroom::ui {

namespace {

// The ids of a list of parts, in its order.
template <typename Parts> QStringList idsOf(const Parts& parts)
{
    QStringList ids;
    for (const auto& part : parts)
        ids << QString::fromStdString(part.id);
    return ids;
}

} // namespace

QStringList componentIds(const engine::Model& model)
{
    return idsOf(model.components);
}

QStringList instanceTypeIds(const engine::Model& model)
{
    return idsOf(model.catalog);
}

QStringList roleIds(const engine::Model& model)
{
    return idsOf(model.team.roles);
}

QStringList splitIds(const QString& text)
{
    QStringList ids;
    for (const QString& id : text.split(QLatin1Char(','), Qt::SkipEmptyParts))
        if (const QString trimmed = id.trimmed(); !trimmed.isEmpty())
            ids << trimmed;
    return ids;
}

QString joinIds(const QStringList& ids)
{
    return ids.join(QStringLiteral(", "));
}

engine::Interval shownOutward(const engine::Interval& interval, const Display& shown)
{
    const double steps = shown.scale * std::pow(10.0, shown.decimals); // shown steps per unit of the model
    // Products such as 0.7 × 0.8 × 100 = 55.99999999999999 are taken as the step they miss by a rounding.
    const auto slack = [](double x) { return 1e-9 * std::max(1.0, std::abs(x)); };
    const double lo = interval.lo * steps;
    const double hi = interval.hi * steps;
    return {std::floor(lo + slack(lo)) / steps, std::ceil(hi - slack(hi)) / steps};
}

engine::Quantity withShownEstimate(const engine::Quantity& q, double estimate, const Display& shown)
{
    engine::Quantity out = engine::withEstimate(q, estimate);
    if (out.interval90 && out.interval90 != q.interval90)
        out.interval90 = shownOutward(*out.interval90, shown);
    return out;
}

namespace display {
Display percent(double maximum, int decimals)
{
    return {100.0, decimals, 0.0, maximum, 1.0, QStringLiteral(" %")};
}
Display count(double maximum)
{
    return {1.0, 0, 0.0, maximum, 1.0, {}};
}
Display money(int decimals)
{
    return {1.0, decimals, 0.0, 1e12, 1.0, {}};
}
Display decimal(int decimals, double minimum, double maximum, const QString& suffix)
{
    return {1.0, decimals, minimum, maximum, std::pow(10.0, -std::min(decimals, 2)), suffix};
}
} // namespace display

} // namespace headroom::ui
