#pragma once

// How a chart's axes label their ticks: in the chart's unit, at 1-2-5 steps on a narrow log axis,
// and category labels wrapped to leave the plot its width. For Chart.cpp only (qcustomplot.h costs
// about 15 s of compilation in each file that includes it).

#include "ChartSpec.h"
#include "Format.h"

#include <qcustomplot.h>

#include <QFontMetrics>
#include <QLocale>
#include <QString>
#include <QStringList>

#include <cmath>
#include <type_traits>

namespace headroom::report {

// Tick labels in the chart's unit: "$1.2M", "70%", "650k", with the decimals the step between
// ticks needs on a linear axis ("$12.5k" beside "$10.0k", not "$13k").
template <typename Base>
class UnitTicker : public Base
{
public:
    explicit UnitTicker(Unit unit) : m_unit(unit) {}

protected:
    QVector<double> createTickVector(double tickStep, const QCPRange& range) override
    {
        m_step = std::is_same_v<Base, QCPAxisTicker> ? tickStep : 0.0; // a log axis's step is no step
        return Base::createTickVector(tickStep, range);
    }

    QString getTickLabel(double tick, const QLocale&, QChar, int) override
    {
        if (std::abs(tick) < 1e-12)
            tick = 0.0;
        switch (m_unit) {
        case Unit::Percent: return compact(tick) + QLatin1Char('%');
        case Unit::Correlation: return QLocale().toString(tick, 'f', 1);
        case Unit::Money: return tickLabel(tick, m_step, Unit::Money);
        default: return tickLabel(tick, m_step, Unit::Count);
        }
    }

private:
    Unit m_unit;
    double m_step = 0.0;
};

// Log ticks for any range. QCPAxisTickerLog falls back to evenly spaced ticks where the range spans
// less than 1.6 decades (latencies from 5 to 128 ms: 25, 50, 75, 100 and 125, crowded at the top
// of a log axis, nothing where the lines are); there, ticks at 1, 2 and 5 times the powers of ten.
class LogTicker : public UnitTicker<QCPAxisTickerLog>
{
public:
    using UnitTicker::UnitTicker;

protected:
    QVector<double> createTickVector(double tickStep, const QCPRange& range) override
    {
        constexpr double kFewestDecades = 1.6; // QCPAxisTickerLog's own threshold
        if (range.lower > 0.0 && range.upper > range.lower && std::log10(range.upper / range.lower) < kFewestDecades) {
            QVector<double> ticks;
            for (double decade = std::pow(10.0, std::floor(std::log10(range.lower))); decade <= range.upper;
                 decade *= 10.0)
                for (const double multiple : {1.0, 2.0, 5.0})
                    if (const double tick = multiple * decade; tick >= range.lower && tick <= range.upper)
                        ticks << tick;
            if (ticks.size() >= 2)
                return ticks;
        }
        return UnitTicker::createTickVector(tickStep, range);
    }
};

// At most this share of a chart's width for its category labels (a tornado's inputs, a timeline's
// bottlenecks): a long input's name ("Calls API service → PostgreSQL primary: calls per operation")
// would otherwise take the plot's width from its bars.
inline constexpr double kCategoryLabelShare = 0.45;

// `text` in at most two lines of at most `widthPx` each, broken between words, each elided if still
// too long. Two lines fit a category's row.
inline QString wrappedLabel(const QString& text, const QFontMetrics& metrics, int widthPx)
{
    if (metrics.horizontalAdvance(text) <= widthPx)
        return text;
    const QStringList words = text.split(QLatin1Char(' '));
    QString first;
    qsizetype next = 0;
    for (; next < words.size(); ++next) {
        const QString longer = first.isEmpty() ? words[next] : first + QLatin1Char(' ') + words[next];
        if (!first.isEmpty() && metrics.horizontalAdvance(longer) > widthPx)
            break;
        first = longer;
    }
    const QString rest = words.mid(next).join(QLatin1Char(' '));
    QString out = metrics.elidedText(first, Qt::ElideRight, widthPx);
    if (!rest.isEmpty())
        out += QLatin1Char('\n') + metrics.elidedText(rest, Qt::ElideRight, widthPx);
    return out;
}

} // namespace headroom::report
