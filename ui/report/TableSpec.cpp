#include "TableSpec.h"

#include <QLocale>

namespace headroom::report {

namespace {
QString csvField(const QString& text)
{
    if (!text.contains(QLatin1Char(',')) && !text.contains(QLatin1Char('"')) && !text.contains(QLatin1Char('\n')))
        return text;
    QString quoted = text;
    quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}
} // namespace

QString TableSpec::toCsv() const
{
    QStringList lines;
    QStringList fields;
    for (const QString& h : header)
        fields << csvField(h);
    lines << fields.join(QLatin1Char(','));
    for (const auto& row : rows) {
        fields.clear();
        for (const TableCell& cell : row)
            fields << (cell.hasNumber() ? QLocale::c().toString(cell.number, 'g', 12) : csvField(cell.text));
        lines << fields.join(QLatin1Char(','));
    }
    return lines.join(QStringLiteral("\r\n")) + QStringLiteral("\r\n");
}

} // namespace headroom::report
