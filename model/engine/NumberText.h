#pragma once

#include <cstdio>
#include <string>

// Numbers in the engine's messages ("must be greater than 0; got -3"), with snprintf rather than
// streams or std::to_string: GCC 12's -Wrestrict misreads a chain of string concatenations that
// begins with a literal, and to_string gives six decimals where people want significant digits.
namespace headroom::engine {

// `value` to `significant` digits, trailing zeros dropped: 0.12, 1500, 3.75.
inline std::string formatNumber(double value, int significant = 6)
{
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.*g", significant, value);
    return buffer;
}

// A 90% interval as the files write it: "[0.1, 0.22]".
inline std::string formatInterval(double lo, double hi)
{
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, "[%.6g, %.6g]", lo, hi);
    return buffer;
}

} // namespace headroom::engine
