#pragma once

#include <QtGlobal>

#include <string>
#include <vector>

// CSV read as a spreadsheet reads it (RFC 4180), for the tests of what Headroom writes as CSV.
namespace headroom::test {

using CsvRecord = std::vector<std::string>;

// Fields separated by commas, records by LF; a quoted field may hold commas, line breaks and
// doubled quotes. Any other quote, or a last line without its LF, is malformed: qFatal().
inline std::vector<CsvRecord> parseCsv(const std::string& text)
{
    std::vector<CsvRecord> records;
    CsvRecord record;
    std::string field;
    bool quoted = false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (quoted) {
            if (c != '"')
                field += c;
            else if (i + 1 < text.size() && text[i + 1] == '"')
                field += text[++i];
            else
                quoted = false;
        } else if (c == '"') {
            if (!field.empty())
                qFatal("a quote inside an unquoted field at offset %zu", i);
            quoted = true;
        } else if (c == ',' || c == '\n') {
            record.push_back(std::move(field));
            field.clear();
            if (c == '\n') {
                records.push_back(std::move(record));
                record.clear();
            }
        } else {
            field += c;
        }
    }
    if (quoted || !field.empty() || !record.empty())
        qFatal("the CSV does not end with a complete line");
    return records;
}

} // namespace headroom::test
