#include "engine/YearMonth.h"

#include <cstdio>

namespace headroom::engine {

std::optional<YearMonth> YearMonth::parse(std::string_view text)
{
    if (text.size() != 7 || text[4] != '-')
        return std::nullopt;
    int digits[6];
    const int positions[6] = {0, 1, 2, 3, 5, 6};
    for (int i = 0; i < 6; ++i) {
        const char c = text[static_cast<std::size_t>(positions[i])];
        if (c < '0' || c > '9')
            return std::nullopt;
        digits[i] = c - '0';
    }
    YearMonth ym;
    ym.year = digits[0] * 1000 + digits[1] * 100 + digits[2] * 10 + digits[3];
    ym.month = digits[4] * 10 + digits[5];
    if (ym.year < 1900 || ym.month < 1 || ym.month > 12)
        return std::nullopt;
    return ym;
}

std::string YearMonth::toString() const
{
    char buffer[16];
    std::snprintf(buffer, sizeof buffer, "%04d-%02d", year, month);
    return buffer;
}

YearMonth YearMonth::plusMonths(int months) const
{
    const int index = year * 12 + (month - 1) + months;
    return YearMonth{index / 12, index % 12 + 1};
}

} // namespace headroom::engine
