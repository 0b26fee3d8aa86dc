#pragma once

#include <QString>
#include <QStringList>

#include <cmath>
#include <limits>
#include <utility>
#include <vector>

namespace headroom::report {

// A cell as shown ("$1.21", "Mar 2028") and, where it is a quantity, the number behind it: CSV
// exports carry the number, so a spreadsheet can add them up.
struct TableCell
{
    QString text;
    double number = std::numeric_limits<double>::quiet_NaN();

    TableCell(QString t = {}) : text(std::move(t)) {}
    TableCell(QString t, double n) : text(std::move(t)), number(n) {}
    TableCell(const char* t) : text(QString::fromUtf8(t)) {}
    bool hasNumber() const { return std::isfinite(number); }
};

// A table of a section: the view shows it, CSV exports it, the report prints it.
struct TableSpec
{
    TableSpec() = default;
    TableSpec(QString id, QString title, QStringList header, std::vector<std::vector<TableCell>> rows = {},
              QStringList rowSubjects = {})
        : id(std::move(id)), title(std::move(title)), header(std::move(header)), rows(std::move(rows)),
          rowSubjects(std::move(rowSubjects))
    {
    }

    QString id; // objectName of the view's table ("bottleneckTable")
    QString title;
    QStringList header;
    std::vector<std::vector<TableCell>> rows;
    QStringList rowSubjects; // per row, what double-clicking it asks to show; may be empty
    // The report prints the first `reportRows` rows (all when negative) and `reportRest` after
    // them, when there are more; the view and the CSV export keep every row.
    int reportRows = -1;
    QString reportRest;

    // RFC 4180: a header line, then one line per row; quantities as plain numbers (C locale).
    QString toCsv() const;
};

} // namespace headroom::report
