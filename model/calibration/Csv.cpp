#include "calibration/Csv.h"

#include <charconv>
#include <cmath>
#include <fstream>

namespace headroom::calibration {

namespace {

constexpr std::string_view kByteOrderMark = "\xEF\xBB\xBF";

bool isBlank(char c)
{
    return c == ' ' || c == '\t';
}

std::string_view trim(std::string_view s)
{
    while (!s.empty() && isBlank(s.front()))
        s.remove_prefix(1);
    while (!s.empty() && isBlank(s.back()))
        s.remove_suffix(1);
    return s;
}

// The delimiter of the first record: a semicolon or a tab if it has one outside quotes, a comma otherwise.
char detectDelimiter(std::string_view line)
{
    bool quoted = false;
    bool tab = false;
    for (char c : line) {
        if (c == '"')
            quoted = !quoted;
        else if (!quoted && c == ';')
            return ';';
        else if (!quoted && c == '\t')
            tab = true;
    }
    return tab ? '\t' : ',';
}

// Splits one line into fields; on failure says which field could not be read.
std::optional<CsvError> splitLine(std::string_view line, int lineNumber, char delimiter, CsvRecord& out)
{
    out.line = lineNumber;
    std::size_t i = 0;
    for (int column = 1;; ++column) {
        std::size_t end = i;
        if (delimiter != '\t')
            while (end < line.size() && isBlank(line[end]))
                ++end;
        if (end < line.size() && line[end] == '"') {
            std::string field;
            std::size_t j = end + 1;
            for (;; ++j) {
                if (j >= line.size())
                    return CsvError{lineNumber, column, "the quote that opens this field is not closed on this line"};
                if (line[j] == '"') {
                    if (j + 1 < line.size() && line[j + 1] == '"') {
                        field += '"';
                        ++j;
                        continue;
                    }
                    break;
                }
                field += line[j];
            }
            ++j;
            while (j < line.size() && line[j] != delimiter && isBlank(line[j]))
                ++j;
            if (j < line.size() && line[j] != delimiter)
                return CsvError{lineNumber, column, "unexpected text after the closing quote"};
            out.fields.push_back(std::move(field));
            i = j;
        } else {
            end = line.find(delimiter, i);
            out.fields.emplace_back(trim(line.substr(i, end == std::string_view::npos ? line.size() - i : end - i)));
            i = end == std::string_view::npos ? line.size() : end;
        }
        if (i >= line.size())
            return std::nullopt;
        ++i; // past the delimiter: another field follows, even an empty one
    }
}

} // namespace

std::string CsvError::toString() const
{
    std::string where = "line " + std::to_string(line);
    if (column > 0)
        where += ", column " + std::to_string(column);
    return where + ": " + message;
}

CsvTable parseCsv(std::string_view text)
{
    CsvTable table;
    if (text.substr(0, kByteOrderMark.size()) == kByteOrderMark)
        text.remove_prefix(kByteOrderMark.size());
    bool delimiterKnown = false;
    int lineNumber = 0;
    while (!text.empty()) {
        ++lineNumber;
        const std::size_t newline = text.find('\n');
        std::string_view line = text.substr(0, newline);
        text.remove_prefix(newline == std::string_view::npos ? text.size() : newline + 1);
        if (!line.empty() && line.back() == '\r')
            line.remove_suffix(1);
        if (line.find('\0') != std::string_view::npos) {
            table.error = CsvError{lineNumber, 0, "not text: the line holds a NUL byte"};
            return table;
        }
        const std::string_view content = trim(line);
        if (content.empty() || content.front() == '#')
            continue;
        if (!delimiterKnown) {
            table.delimiter = detectDelimiter(line);
            delimiterKnown = true;
        }
        CsvRecord record;
        if (auto error = splitLine(line, lineNumber, table.delimiter, record)) {
            table.error = std::move(error);
            return table;
        }
        table.records.push_back(std::move(record));
    }
    return table;
}

std::optional<double> parseNumber(std::string_view text, char delimiter)
{
    std::string s(text);
    if (!s.empty() && s.front() == '+')
        s.erase(0, 1);
    if (delimiter == ';' && s.find('.') == std::string::npos) {
        const std::size_t comma = s.find(',');
        if (comma != std::string::npos && s.find(',', comma + 1) == std::string::npos)
            s[comma] = '.';
    }
    // from_chars would read "nan" and "inf"; a measurement is a plain decimal number.
    if (s.empty() || s.find_first_not_of("0123456789.eE-+") != std::string::npos)
        return std::nullopt;
    double value = 0.0;
    const auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), value);
    if (ec != std::errc() || end != s.data() + s.size() || !std::isfinite(value))
        return std::nullopt;
    return value;
}

std::optional<std::string> readTextFile(const std::string& path, std::string& error, std::size_t maxBytes)
{
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        error = "cannot open " + path;
        return std::nullopt;
    }
    std::string text;
    char buffer[65536];
    while (in.read(buffer, sizeof buffer) || in.gcount() > 0) {
        text.append(buffer, static_cast<std::size_t>(in.gcount()));
        if (text.size() > maxBytes) {
            error = path + " is larger than " + std::to_string(maxBytes >> 20) + " MB: not a table of measurements";
            return std::nullopt;
        }
    }
    if (in.bad()) {
        error = "cannot read " + path;
        return std::nullopt;
    }
    return text;
}

} // namespace headroom::calibration
