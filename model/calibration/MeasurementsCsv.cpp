#include "calibration/MeasurementsCsv.h"

#include <algorithm>
#include <cctype>
#include <functional>

namespace headroom::calibration {

namespace {

bool isLeapYear(int year)
{
    return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
}

int daysInMonth(const engine::YearMonth& m)
{
    constexpr int kDays[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return m.month == 2 && isLeapYear(m.year) ? 29 : kDays[m.month - 1];
}

int monthIndex(const engine::YearMonth& m)
{
    return m.year * 12 + (m.month - 1);
}

std::string quoted(std::string_view text)
{
    std::string out(1, '"'); // appended, not "\"" + text: GCC 12 warns falsely (-Wrestrict) on that
    out.append(text);
    out += '"';
    return out;
}

// The data rows of a two-column table: the header (if any) skipped, every row checked for its
// column count. `readRow` converts one row, or returns the error at its line and column.
using RowReader = std::function<std::optional<CsvError>(const CsvRecord&, char delimiter)>;

std::optional<CsvError> readRows(std::string_view text, const char* what, const RowReader& readRow)
{
    const CsvTable table = parseCsv(text);
    if (table.error)
        return table.error;
    if (table.records.empty())
        return CsvError{1, 1, std::string("the file holds no ") + what + ": it is empty"};
    std::size_t first = 0;
    const std::string& lead = table.records.front().fields.front();
    if (!lead.empty() && std::isalpha(static_cast<unsigned char>(lead.front())))
        first = 1; // a header
    if (first == table.records.size())
        return CsvError{table.records.front().line + 1, 1,
                        std::string("the file has a header but no ") + what + " after it"};
    for (std::size_t i = first; i < table.records.size(); ++i) {
        const CsvRecord& r = table.records[i];
        const int count = static_cast<int>(r.fields.size());
        if (count < 2)
            return CsvError{r.line, 2,
                            "the row has one column; expected two (separated by \"" + std::string(1, table.delimiter) +
                                "\")"};
        if (count > 2)
            return CsvError{r.line, 3, "the row has " + std::to_string(count) + " columns; expected two"};
        if (auto error = readRow(r, table.delimiter))
            return error;
    }
    return std::nullopt;
}

std::optional<CsvError> numberError(const CsvRecord& r, int column, const char* name)
{
    return CsvError{r.line, column, quoted(r.fields[std::size_t(column - 1)]) + " is not a number (the " + name + ")"};
}

} // namespace

std::optional<CalendarDate> parseDate(std::string_view text, std::string& error)
{
    const bool withDay = text.size() == 10 && text[7] == '-';
    error = quoted(text) + " is not a date: expected YYYY-MM-DD or YYYY-MM";
    if (text.size() != 7 && !withDay)
        return std::nullopt;
    const auto month = engine::YearMonth::parse(text.substr(0, 7));
    if (!month || month->year > 2200)
        return std::nullopt;
    CalendarDate date{*month, 0};
    if (withDay) {
        const char d1 = text[8];
        const char d2 = text[9];
        if (!std::isdigit(static_cast<unsigned char>(d1)) || !std::isdigit(static_cast<unsigned char>(d2)))
            return std::nullopt;
        date.day = (d1 - '0') * 10 + (d2 - '0');
        if (date.day < 1 || date.day > daysInMonth(*month)) {
            error = quoted(text) + " is not a day of the calendar: " + month->toString() + " has " +
                    std::to_string(daysInMonth(*month)) + " days";
            return std::nullopt;
        }
    }
    error.clear();
    return date;
}

HistoryImport readHistoryCsv(std::string_view text)
{
    History history;
    std::vector<std::pair<int, double>> dayOfMonth; // month index, fraction of the month elapsed
    HistoryImport out;
    out.error = readRows(text, "dated values", [&](const CsvRecord& r, char delimiter) -> std::optional<CsvError> {
        std::string error;
        const auto date = parseDate(r.fields[0], error);
        if (!date)
            return CsvError{r.line, 1, error};
        const auto value = parseNumber(r.fields[1], delimiter);
        if (!value)
            return numberError(r, 2, "value");
        if (*value < 0.0)
            return CsvError{r.line, 2, "the value " + r.fields[1] + " is negative"};
        const double elapsed = date->day == 0 ? 0.0 : (date->day - 1.0) / daysInMonth(date->month);
        dayOfMonth.emplace_back(monthIndex(date->month), elapsed);
        history.points.push_back({0.0, *value, r.fields[0], r.line});
        return std::nullopt;
    });
    if (out.error)
        return out;
    const auto first = std::min_element(dayOfMonth.begin(), dayOfMonth.end());
    history.firstMonth = engine::YearMonth{first->first / 12, first->first % 12 + 1};
    for (std::size_t i = 0; i < history.points.size(); ++i)
        history.points[i].month = (dayOfMonth[i].first - first->first) + dayOfMonth[i].second;
    std::stable_sort(history.points.begin(), history.points.end(),
                     [](const HistoryPoint& a, const HistoryPoint& b) { return a.month < b.month; });
    for (std::size_t i = 1; i < history.points.size(); ++i) {
        const HistoryPoint& a = history.points[i - 1];
        const HistoryPoint& b = history.points[i];
        if (a.month == b.month) {
            const HistoryPoint& later = a.line > b.line ? a : b;
            const HistoryPoint& earlier = a.line > b.line ? b : a;
            out.error = CsvError{later.line, 1,
                                 quoted(later.date) + " is the same date as " + quoted(earlier.date) + " on line " +
                                     std::to_string(earlier.line)};
            return out;
        }
    }
    out.history = std::move(history);
    return out;
}

LoadTestImport readLoadTestCsv(std::string_view text)
{
    std::vector<LoadPoint> points;
    LoadTestImport out;
    out.error = readRows(text, "measurements", [&](const CsvRecord& r, char delimiter) -> std::optional<CsvError> {
        const auto concurrency = parseNumber(r.fields[0], delimiter);
        if (!concurrency)
            return numberError(r, 1, "concurrency");
        if (*concurrency <= 0.0)
            return CsvError{r.line, 1, "the concurrency " + r.fields[0] + " is not above zero"};
        const auto throughput = parseNumber(r.fields[1], delimiter);
        if (!throughput)
            return numberError(r, 2, "throughput");
        if (*throughput < 0.0)
            return CsvError{r.line, 2, "the throughput " + r.fields[1] + " is negative"};
        if (*throughput == 0.0)
            return CsvError{r.line, 2, "the throughput is zero: a run that served nothing says nothing about scaling"};
        points.push_back({*concurrency, *throughput, r.line});
        return std::nullopt;
    });
    if (!out.error)
        out.points = std::move(points);
    return out;
}

} // namespace headroom::calibration
