#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

// Splitting CSV text into records, tolerant of what spreadsheets and scripts write: a UTF-8 byte
// order mark, CRLF or LF line ends, comma, semicolon or tab as the delimiter (whichever the first
// record uses), fields in double quotes ("" inside them is one quote), spaces around fields.
// Blank lines and lines starting with '#' are skipped. A quoted field may not span lines.
namespace headroom::calibration {

// Where something could not be read: a 1-based line of the file and a 1-based column (the
// field's position in its record; 0 when the problem is the line as a whole).
struct CsvError
{
    int line = 0;
    int column = 0;
    std::string message;

    std::string toString() const; // "line 4, column 2: ..."
};

// One record: its fields (quotes removed, unquoted fields trimmed) and the line it starts on.
struct CsvRecord
{
    int line = 0;
    std::vector<std::string> fields;
};

struct CsvTable
{
    char delimiter = ',';
    std::vector<CsvRecord> records;
    std::optional<CsvError> error; // set when the text could not be split; records are then incomplete
};

CsvTable parseCsv(std::string_view text);

// A number as a person would type it in either kind of file: optional sign, digits, an optional
// decimal point and exponent ("1234.5", "-2", "1.2e3"); with a semicolon delimiter a decimal
// comma is also accepted ("1234,5"). Not NaN, not infinite, no thousands separators.
std::optional<double> parseNumber(std::string_view text, char delimiter);

// Reads a whole file, refusing anything larger than maxBytes. Without a value, `error` says why.
inline constexpr std::size_t kMaxCsvBytes = 16u << 20;
std::optional<std::string> readTextFile(const std::string& path, std::string& error,
                                        std::size_t maxBytes = kMaxCsvBytes);

} // namespace headroom::calibration
