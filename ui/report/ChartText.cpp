#include "Chart.h"

#include "Format.h"

#include <QDateTime>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>

#include <algorithm>
#include <limits>
#include <vector>

// What a chart says in words, and its menu: the hover text of a month, the context menu, the
// export dialog. Apart from Chart.cpp so that it compiles without qcustomplot.h.
namespace headroom::report {

namespace {

constexpr int kMostHoverEntries = 12; // series listed in a hover text

// The month index nearest to a key, or -1 outside the months.
int nearestMonth(const QVector<double>& months, double key)
{
    if (months.isEmpty())
        return -1;
    const double halfMonth = 15.5 * 86400.0;
    if (key < months.front() - halfMonth || key > months.back() + halfMonth)
        return -1;
    const auto it = std::lower_bound(months.begin(), months.end(), key);
    if (it == months.end())
        return int(months.size()) - 1;
    const int i = int(it - months.begin());
    return i > 0 && key - months[i - 1] < months[i] - key ? i - 1 : i;
}

} // namespace

QString Chart::valuesAt(double key) const
{
    const int t = nearestMonth(m_spec.months, key);
    if (t < 0)
        return {};
    // One entry per series shown, a band's range under its line; ranked by the month's value.
    struct Entry
    {
        QString text;
        double rank;
        bool limit; // a dashed target or objective
    };
    std::vector<Entry> entries;
    constexpr double kFirst = std::numeric_limits<double>::infinity(); // markers: saturation, events
    for (int i = 0; i < int(m_spec.series.size()); ++i) {
        const ChartSeries& s = m_spec.series[std::size_t(i)];
        if (m_hidden.value(i))
            continue;
        switch (s.kind) {
        case ChartSeries::Kind::Band:
            if (!entries.empty())
                entries.back().text += QStringLiteral("\n    P10–P90: %1 – %2")
                                           .arg(formatValue(s.lower.value(t), m_spec.unit),
                                                formatValue(s.values.value(t), m_spec.unit));
            break;
        case ChartSeries::Kind::Markers: {
            const int k = int(s.keys.indexOf(m_spec.months[t]));
            if (k >= 0)
                entries.push_back({s.labels.value(k).isEmpty()
                                       ? QStringLiteral("%1: %2").arg(s.name, formatValue(s.values.value(k), m_spec.unit))
                                       : s.labels.value(k),
                                   kFirst, false});
            break;
        }
        case ChartSeries::Kind::Bars: break;
        default:
            if (t < s.values.size())
                entries.push_back(
                    {QStringLiteral("%1: %2").arg(s.name, formatValue(s.values[t], m_spec.unit)), s.values[t], s.dashed});
        }
    }
    // Many series (a model of 30 components) would make a tooltip taller than the screen: past
    // twelve, the highest values of the month, without the limits, and how many more there are.
    int more = 0;
    const auto series = std::count_if(entries.begin(), entries.end(), [](const Entry& e) { return !e.limit; });
    if (series > kMostHoverEntries) {
        std::erase_if(entries, [](const Entry& e) { return e.limit; });
        std::stable_sort(entries.begin(), entries.end(), [](const Entry& a, const Entry& b) { return a.rank > b.rank; });
        more = std::max(0, int(entries.size()) - kMostHoverEntries);
        entries.resize(std::min(entries.size(), std::size_t(kMostHoverEntries)));
    }
    if (entries.empty())
        return {};
    QStringList lines;
    for (const Entry& e : entries)
        lines << e.text;
    if (more > 0)
        lines << tr("…and %n more, lower this month (hide series in the legend to see them)", "", more);
    const QDate date = QDateTime::fromSecsSinceEpoch(qint64(m_spec.months[t]), Qt::UTC).date();
    return QLocale().toString(date, QStringLiteral("MMMM yyyy")) + QLatin1Char('\n') + lines.join(QLatin1Char('\n'));
}

void Chart::showContextMenu(const QPoint& pos)
{
    QMenu menu(this);
    menu.addAction(tr("Reset zoom"), this, &Chart::resetZoom);
    menu.addAction(tr("Export…"), this, &Chart::exportWithDialog);
    menu.exec(mapToGlobal(pos)); // the plot fills the chart: the same coordinates
}

void Chart::exportWithDialog()
{
    const QString png = tr("PNG image (*.png)");
    const QString pdf = tr("PDF document (*.pdf)");
    const QString svg = tr("SVG drawing (*.svg)");
    QString filter = png;
    QString path = QFileDialog::getSaveFileName(this, tr("Export chart"), m_spec.id + QStringLiteral(".png"),
                                                QStringList{png, pdf, svg}.join(QStringLiteral(";;")), &filter);
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += filter == pdf ? QStringLiteral(".pdf") : filter == svg ? QStringLiteral(".svg") : QStringLiteral(".png");
    QString error;
    if (!exportTo(path, {}, &error))
        QMessageBox::warning(this, tr("Cannot export the chart"), error);
}

} // namespace headroom::report
