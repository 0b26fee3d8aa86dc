#pragma once

#include "engine/Curve.h"
#include "engine/YearMonth.h"

#include <QCoreApplication>
#include <QString>

namespace headroom::ui {

// Numbers, quantities and months as the calibration dialogs show them: to a few significant
// digits in the user's locale, an estimate with its 90% interval, a month as "Jan 2027".
class FitText
{
    Q_DECLARE_TR_FUNCTIONS(FitText)

public:
    // `value` to `digits` significant digits without trailing zeros, in fixed notation down to
    // 1e-4 ("18254", "520", "0.0299", "0.000358"), in scientific notation below.
    static QString number(double value, int digits = 4);
    // "10.9%" for 0.109.
    static QString percent(double fraction, int digits = 3);
    // A share of a whole, as a percentage: "99.7%", or "< 0.1%" for a sliver.
    static QString share(double fraction);
    // "18870 (17900 to 19800)": the estimate and, when it has one, its 90% interval, each number
    // written by `format`.
    static QString quantity(const engine::Quantity& q, QString (*format)(double, int) = number, int digits = 4);
    // "Jan 2027".
    static QString month(engine::YearMonth month);
    // Whole months from `from` to `to` (negative when `to` is earlier).
    static int monthsBetween(engine::YearMonth from, engine::YearMonth to);
    // A fitted growth curve's parameters on one line: "v0 = 1667 (1609 to 1728); g = 10.9% (…) a month".
    static QString curveParameters(const engine::Curve& curve);
};

} // namespace headroom::ui
