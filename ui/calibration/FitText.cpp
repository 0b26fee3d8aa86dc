#include "calibration/FitText.h"

#include <QDate>
#include <QLocale>
#include <algorithm>
#include <cmath>

namespace headroom::ui {

namespace {
// Below this magnitude fixed notation needs too many zeros to read.
constexpr double kSmallestFixed = 1e-4;
constexpr int kMostDecimals = 8;
// A share smaller than this is shown as "< 0.1%": its digits would say nothing.
constexpr double kLeastShare = 0.001;
} // namespace

QString FitText::number(double value, int digits)
{
    const double magnitude = std::abs(value);
    if (magnitude == 0.0 || !std::isfinite(value))
        return QLocale().toString(value, 'f', 0);
    if (magnitude < kSmallestFixed)
        return QLocale().toString(value, 'e', std::max(0, digits - 1));
    const int leading = int(std::floor(std::log10(magnitude)));
    const int decimals = std::clamp(digits - 1 - leading, 0, kMostDecimals);
    QString text = QLocale().toString(value, 'f', decimals);
    // 520, not 520.0: the digits kept are significant ones, not padding.
    const QString point = QLocale().decimalPoint();
    if (decimals > 0) {
        while (text.endsWith(QLatin1Char('0')))
            text.chop(1);
        if (text.endsWith(point))
            text.chop(point.size());
    }
    return text;
}

QString FitText::percent(double fraction, int digits)
{
    return number(fraction * 100.0, digits) + QLatin1Char('%');
}

QString FitText::share(double fraction)
{
    if (fraction < kLeastShare)
        return tr("< %1").arg(percent(kLeastShare, 1));
    return percent(fraction, 3);
}

QString FitText::quantity(const engine::Quantity& q, QString (*format)(double, int), int digits)
{
    const QString estimate = format(q.estimate, digits);
    if (!q.interval90)
        return estimate;
    return tr("%1 (%2 to %3)").arg(estimate, format(q.interval90->lo, digits), format(q.interval90->hi, digits));
}

QString FitText::month(engine::YearMonth month)
{
    return QLocale().toString(QDate(month.year, month.month, 1), QStringLiteral("MMM yyyy"));
}

int FitText::monthsBetween(engine::YearMonth from, engine::YearMonth to)
{
    return (to.year - from.year) * 12 + (to.month - from.month);
}

QString FitText::curveParameters(const engine::Curve& curve)
{
    const QString initial = tr("v0 = %1").arg(quantity(curve.initial));
    switch (curve.kind) {
    case engine::CurveKind::Linear:
        return tr("%1; a = %2 a month").arg(initial, quantity(curve.slopePerMonth));
    case engine::CurveKind::Exponential:
        return tr("%1; g = %2 a month").arg(initial, quantity(curve.monthlyGrowth, percent, 3));
    case engine::CurveKind::Logistic:
        return tr("%1; K = %2; r = %3 a month").arg(initial, quantity(curve.ceiling), quantity(curve.ratePerMonth));
    default:
        return initial;
    }
}

} // namespace headroom::ui
