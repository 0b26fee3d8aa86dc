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
