#pragma once

#include "engine/EigenTypes.h"
#include "engine/Quantity.h"
#include "engine/YearMonth.h"
#include "project/ModelJson.h"
#include "project/Sqlite.h"

#include <cmath>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

// Moving values between the engine's types and SQLite rows: quantities as three columns, series
// as blobs, and reading that refuses anything out of bounds (BadValue: the file is damaged).
namespace headroom::project::store {

using engine::Quantity;
using sqlite::Database;
using sqlite::Statement;

// Binds a quantity to three consecutive parameters: estimate, lo, hi.
inline void bindQuantity(Statement& s, int first, const Quantity& q)
{
    s.bind(first, q.estimate);
    s.bind(first + 1, q.interval90 ? std::optional(q.interval90->lo) : std::nullopt);
    s.bind(first + 2, q.interval90 ? std::optional(q.interval90->hi) : std::nullopt);
}

inline void bindSeries(Statement& s, int index, const Series& series)
{
    s.bindBlob(index, series.data(), static_cast<int>(series.size() * static_cast<Eigen::Index>(sizeof(double))));
}

// Thrown when a value read from the file is out of bounds: the file is treated as damaged.
struct BadValue
{
    std::string what;
};

// A model's number: the file holds none that is infinite (SQLite stores NaN as NULL), and the JSON
// form could not carry one.
inline double finiteReal(const Statement& s, int column)
{
    const double v = s.real(column);
    if (!std::isfinite(v))
        throw BadValue{s.columnName(column) + " is not a finite number"};
    return v;
}

inline Quantity readQuantity(const Statement& s, int first)
{
    Quantity q(finiteReal(s, first));
    if (s.columnType(first + 1) != SQLITE_NULL && s.columnType(first + 2) != SQLITE_NULL)
        q.interval90 = engine::Interval{finiteReal(s, first + 1), finiteReal(s, first + 2)};
    return q;
}

inline std::optional<double> optionalReal(const Statement& s, int column)
{
    return s.columnType(column) == SQLITE_NULL ? std::nullopt : std::optional(finiteReal(s, column));
}

// Well-formed UTF-8 as RFC 3629 defines it: no overlong forms, no surrogates, nothing past U+10FFFF.
// SQLite stores whatever bytes it is given as text; the JSON writer refuses anything else.
inline bool isUtf8(std::string_view text)
{
    std::size_t i = 0;
    while (i < text.size()) {
        const auto byte = [&](std::size_t k) { return static_cast<unsigned char>(text[k]); };
        const unsigned char lead = byte(i);
        const auto continuation = [&](std::size_t k, unsigned char lo = 0x80, unsigned char hi = 0xbf) {
            return k < text.size() && byte(k) >= lo && byte(k) <= hi;
        };
        std::size_t length = 0;
        if (lead < 0x80)
            length = 1;
        else if (lead >= 0xc2 && lead <= 0xdf)
            length = continuation(i + 1) ? 2 : 0;
        else if (lead >= 0xe0 && lead <= 0xef)
            length = continuation(i + 1, lead == 0xe0 ? 0xa0 : 0x80, lead == 0xed ? 0x9f : 0xbf) && continuation(i + 2)
                         ? 3
                         : 0;
        else if (lead >= 0xf0 && lead <= 0xf4)
            length = continuation(i + 1, lead == 0xf0 ? 0x90 : 0x80, lead == 0xf4 ? 0x8f : 0xbf) &&
                             continuation(i + 2) && continuation(i + 3)
                         ? 4
                         : 0;
        if (length == 0)
            return false;
        i += length;
    }
    return true;
}

inline std::string boundedText(const Statement& s, int column)
{
    std::string t = s.text(column);
    if (t.size() > kMaxTextLength)
        throw BadValue{"a text value is longer than " + std::to_string(kMaxTextLength) + " characters"};
    if (!isUtf8(t))
        throw BadValue{s.columnName(column) + " is not valid UTF-8 text"};
    return t;
}

inline int boundedInt(const Statement& s, int column)
{
    const std::int64_t v = s.integer(column);
    if (v < INT32_MIN || v > INT32_MAX)
        throw BadValue{"a whole number is out of range"};
    return static_cast<int>(v);
}

template <typename Enum, typename Parse>
Enum enumValue(const std::string& text, Parse parse)
{
    if (const auto v = parse(text))
        return *v;
    throw BadValue{"unknown value \"" + text + "\""};
}

inline engine::YearMonth monthValue(const std::string& text)
{
    if (const auto v = engine::YearMonth::parse(text))
        return *v;
    throw BadValue{"a month is not written as YYYY-MM"};
}

// Reads every row of a list table, refusing more rows than any model could hold.
template <typename Row>
inline void forEachRow(Database& db, const char* sql, Row row)
{
    Statement s = db.prepare(sql);
    std::size_t count = 0;
    while (s.step()) {
        if (++count > kMaxListLength)
            throw BadValue{"a list has more entries than allowed"};
        row(s);
    }
}

inline Series seriesValue(const Statement& s, int column, int months)
{
    const std::vector<double> values = s.doubles(column);
    if (static_cast<int>(values.size()) != months)
        throw BadValue{"a result series does not have one value per month"};
    return Eigen::Map<const Series>(values.data(), months);
}

} // namespace headroom::project::store
