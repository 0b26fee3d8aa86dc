#pragma once

#include <qcustomplot.h>

namespace headroom::ui {

// Tick labels as 600k, 1.2M: a plot of users or requests reads at a glance.
class CompactTicker : public QCPAxisTicker
{
protected:
    QString getTickLabel(double tick, const QLocale& locale, QChar, int) override
    {
        const double magnitude = std::abs(tick);
        if (magnitude >= 1e9)
            return locale.toString(tick / 1e9, 'g', 3) + QLatin1Char('G');
        if (magnitude >= 1e6)
            return locale.toString(tick / 1e6, 'g', 3) + QLatin1Char('M');
        if (magnitude >= 1e4)
            return locale.toString(tick / 1e3, 'g', 3) + QLatin1Char('k');
        return locale.toString(tick, 'g', 4);
    }
};

} // namespace headroom::ui
