#pragma once

#include "report/Format.h"

#include <qcustomplot.h>

namespace headroom::ui {

// Tick labels as 600k, 1.2M, as the results' charts write them (report::compact).
class CompactTicker : public QCPAxisTicker
{
protected:
    QString getTickLabel(double tick, const QLocale&, QChar, int) override { return report::compact(tick); }
};

} // namespace headroom::ui
