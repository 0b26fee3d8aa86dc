#pragma once

#include "calibration/Csv.h"
#include "engine/YearMonth.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

// The two kinds of measurements calibration reads, each a two-column CSV (docs/calibration.md):
//  - a history: a date and a value per row ("2025-01-31,18250" or "2025-01;18250"), dates as
//    ISO YYYY-MM-DD or YYYY-MM, values ≥ 0, each date once, in any order;
//  - a load test: a concurrency and the throughput measured at it, both > 0, concurrency repeated
//    as often as runs were repeated.
// The first row is a header when its first field begins with a letter. Anything that cannot be
// read is reported with its line and column, and nothing is returned.
namespace headroom::calibration {

// One dated value. `month` counts months from the first day of the history's first month:
// 2025-03 is 2.0 after 2025-01, and 2025-03-16 is 2.0 + 15/31.
struct HistoryPoint
{
    double month = 0.0;
    double value = 0.0;
    std::string date; // as written, for messages and tables
    int line = 0;
};

struct History
{
    engine::YearMonth firstMonth;     // month 0
    std::vector<HistoryPoint> points; // by date
};

struct HistoryImport
{
    std::optional<History> history;
    std::optional<CsvError> error;
};
HistoryImport readHistoryCsv(std::string_view text);

// Throughput in operations per second at a concurrency: virtual users, threads, nodes or cores.
struct LoadPoint
{
    double concurrency = 0.0;
    double throughput = 0.0;
    int line = 0;
};

struct LoadTestImport
{
    std::optional<std::vector<LoadPoint>> points; // in the file's order
    std::optional<CsvError> error;
};
LoadTestImport readLoadTestCsv(std::string_view text);

// A day of the calendar: ISO "YYYY-MM-DD", or "YYYY-MM" for a whole month (day 0). Years 1900–2200.
struct CalendarDate
{
    engine::YearMonth month;
    int day = 0; // 1..31, or 0 when only the month is given
};
// Without a value, `error` says what is wrong with the text.
std::optional<CalendarDate> parseDate(std::string_view text, std::string& error);

} // namespace headroom::calibration
