#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace headroom::engine {

// A calendar month, the unit of the projection's time axis. Month t of a projection is
// start.plusMonths(t).
struct YearMonth
{
    int year = 2027;
    int month = 1; // 1..12

    static std::optional<YearMonth> parse(std::string_view text); // "YYYY-MM", nothing else
    std::string toString() const;                                  // "YYYY-MM"
    YearMonth plusMonths(int months) const;
    bool operator==(const YearMonth&) const = default;
};

} // namespace headroom::engine
