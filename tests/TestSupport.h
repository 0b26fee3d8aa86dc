#pragma once

#include <QtTest>

#include <cmath>

// Fuzzy comparison with a named relative tolerance, for values worked by hand or taken from a
// published table: |actual − expected| ≤ relative·|expected| (or ≤ relative near zero).
#define HEADROOM_COMPARE_REL(actual, expected, relative)                                                              \
    do {                                                                                                               \
        const double a_ = (actual);                                                                                    \
        const double e_ = (expected);                                                                                  \
        const double bound_ = (relative) * std::max(1.0, std::abs(e_));                                                \
        if (!(std::abs(a_ - e_) <= bound_))                                                                            \
            QFAIL(qPrintable(QStringLiteral("%1 = %2, expected %3 within relative %4")                                 \
                                 .arg(QLatin1String(#actual))                                                          \
                                 .arg(a_, 0, 'g', 12)                                                                  \
                                 .arg(e_, 0, 'g', 12)                                                                  \
                                 .arg(relative)));                                                                     \
    } while (false)

namespace headroom::test {

// Tolerances, named by what they cover.
inline constexpr double kExactArithmetic = 1e-12; // a closed form evaluated directly
inline constexpr double kHandWorked = 1e-6;       // values worked by hand to 7 significant digits

} // namespace headroom::test
