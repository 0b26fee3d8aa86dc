#include "Report.h"

#include "Chart.h"
#include "Format.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QFile>
#include <QFileInfo>
#include <QFont>
#include <QFontMetricsF>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QPicture>
#include <QRegularExpression>
#include <QSaveFile>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextObjectInterface>
#include <algorithm>
#include <cmath>
#include <vector>

namespace headroom::report {

namespace {

constexpr int kHtmlChartWidth = 900; // CSS pixels; drawn at twice that for sharp screens
constexpr double kHtmlChartScale = 2.0;
constexpr double kPageMarginMm = 16.0;
constexpr double kFooterPx = 26.0;
constexpr int kChartObjectType = QTextFormat::UserObject + 1;
constexpr int kChartIndexProperty = QTextFormat::UserProperty + 1;

// Charts in a report are printed: a light palette, whatever the screen's.
QPalette printPalette()
{
    QPalette p;
    p.setColor(QPalette::Base, Qt::white);
    p.setColor(QPalette::Window, Qt::white);
    p.setColor(QPalette::WindowText, QColor(34, 34, 34));
    p.setColor(QPalette::Text, QColor(34, 34, 34));
    p.setColor(QPalette::Mid, QColor(160, 160, 160));
    p.setColor(QPalette::Highlight, QColor(0, 114, 178));
    p.setColor(QPalette::Disabled, QPalette::WindowText, QColor(160, 160, 160));
    return p;
}

QString escaped(const QString& text)
{
    return text.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>"));
}

// Every column's width, in percent of the table. Each is at least its longest word, in the font
// the PDF sets tables in: left to itself QTextDocument gives a column less than that and breaks
// the word ("Componen t", "cache.r7g.la rge"). What is left is shared by the square root of each
// column's mean length, over the rows printed: a column of sentences ("What happens") gets the
// room, and one of short names or figures is not squeezed. The PDF lays the table out across an
// A4 page between its margins; a browser takes the widths as a guide and never breaks a word.
QList<int> columnPercents(const TableSpec& table)
{
    const auto columns = std::size_t(table.header.size());
    if (columns == 0)
        return {};
    QFont cellFont(QStringLiteral("DejaVu Sans")); // as writePdf() sets the page; 8.5 pt in tables (style())
    cellFont.setPointSizeF(8.5);
    QFont headerFont = cellFont;
    headerFont.setBold(true);
    const QFontMetricsF cellMetrics(cellFont);
    const QFontMetricsF headerMetrics(headerFont);
    const auto longestWord = [](const QFontMetricsF& metrics, const QString& text) {
        double widest = 0.0;
        for (const QString& word : text.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts))
            widest = std::max(widest, metrics.horizontalAdvance(word));
        return widest;
    };
    // Cellpadding on either side, a border's share, and room for QTextDocument's own rounding.
    constexpr double kCellPaddingPx = 2 * 4 + 8;
    const double page = (210.0 - 2 * kPageMarginMm) / 25.4 * QPicture().logicalDpiX();
    const std::size_t printed =
        table.reportRows >= 0 ? std::min(table.rows.size(), std::size_t(table.reportRows)) : table.rows.size();
    std::vector<double> least(columns, 0.0);
    std::vector<double> mean(columns, 0.0);
    for (std::size_t c = 0; c < columns; ++c)
        least[c] = longestWord(headerMetrics, table.header[int(c)]);
    for (std::size_t r = 0; r < printed; ++r)
        for (std::size_t c = 0; c < columns && c < table.rows[r].size(); ++c) {
            least[c] = std::max(least[c], longestWord(cellMetrics, table.rows[r][c].text));
            mean[c] += double(table.rows[r][c].text.size()) / double(printed);
        }
    double needed = 0.0;
    double weights = 0.0;
    for (std::size_t c = 0; c < columns; ++c) {
        least[c] = 1.05 * least[c] + kCellPaddingPx;
        needed += least[c];
        weights += std::sqrt(std::max(mean[c], 1.0));
    }
    const double spare = std::max(0.0, page - needed);
    std::vector<double> widths(columns);
    double total = 0.0;
    for (std::size_t c = 0; c < columns; ++c) {
        widths[c] = least[c] + spare * std::sqrt(std::max(mean[c], 1.0)) / weights;
        total += widths[c];
    }
    // Whole percents that add up to 100: each rounded down, the rest to the widest.
    QList<int> percents;
    int sum = 0;
    for (const double w : widths) {
        percents << int(std::floor(100.0 * w / total));
        sum += percents.back();
    }
    const auto widest = std::max_element(widths.begin(), widths.end()) - widths.begin();
    percents[int(widest)] += 100 - sum;
    return percents;
}

QString tableMarkup(const TableSpec& table)
{
    // The title is the table's first header row: a paragraph before a table that starts a new
    // page is lost by QTextDocument's pagination, and a header row repeats on every page.
    QString html = QStringLiteral("<table class=\"data\" width=\"100%\" cellspacing=\"0\" cellpadding=\"4\"><thead>"
                                  "<tr><th class=\"title\" colspan=\"%1\">%2</th></tr><tr>")
                       .arg(table.header.size())
                       .arg(escaped(table.title));
    // A column of numbers has its heading over them, on the right.
    const QList<int> widths = columnPercents(table);
    for (int c = 0; c < table.header.size(); ++c) {
        const bool numbers = !table.rows.empty() && c < int(table.rows.front().size()) &&
                             table.rows.front()[std::size_t(c)].hasNumber();
        html += QStringLiteral("<th%1%2>%3</th>")
                    .arg(widths.value(c) > 0 ? QStringLiteral(" width=\"%1%\"").arg(widths.value(c)) : QString(),
                         numbers ? QStringLiteral(" align=\"right\"") : QString(), escaped(table.header[c]));
    }
    html += QStringLiteral("</tr></thead><tbody>\n");
    const bool cut = table.reportRows >= 0 && std::size_t(table.reportRows) < table.rows.size();
    const std::size_t shown = cut ? std::size_t(table.reportRows) : table.rows.size();
    for (std::size_t r = 0; r < shown; ++r) {
        html += QStringLiteral("<tr>");
        for (const TableCell& cell : table.rows[r])
            html += cell.hasNumber() ? QStringLiteral("<td class=\"num\" align=\"right\">%1</td>").arg(escaped(cell.text))
                                     : QStringLiteral("<td>%1</td>").arg(escaped(cell.text));
        html += QStringLiteral("</tr>\n");
    }
    if (cut)
        html += QStringLiteral("<tr><td colspan=\"%1\"><i>%2</i></td></tr>\n")
                    .arg(table.header.size())
                    .arg(escaped(table.reportRest));
    return html + QStringLiteral("</tbody></table>\n");
}

// The headline figures side by side, as the overview's tiles.
QString tilesMarkup(const std::vector<Headline>& headlines)
{
    QString html;
    html += QStringLiteral("<table class=\"tiles\" width=\"100%\" cellspacing=\"6\" cellpadding=\"8\"><tr>");
    for (const Headline& h : headlines)
        html += QStringLiteral("<td width=\"25%\"><span class=\"caption\">%1</span><br><span class=\"value\">%2</span>"
                               "<br><span class=\"detail\">%3</span></td>")
                    .arg(escaped(h.caption), escaped(h.value), escaped(h.detail));
    html += QStringLiteral("</tr></table>\n");
    return html;
}

// The style sheet: what QTextDocument (the PDF) understands, plus a little more for browsers.
QString styleSheet()
{
    return QStringLiteral(
        "body { font-family: 'DejaVu Sans', 'Segoe UI', Helvetica, Arial, sans-serif; color: #222; }\n"
        "h1 { font-size: 20pt; margin-bottom: 2px; }\n"
        "h2 { font-size: 15pt; color: #0b4f7a; margin-top: 18px; border-bottom: 1px solid #ccd; }\n"
        "table.data th.title { background-color: #ffffff; font-size: 10pt; border-bottom: 0px; padding-top: 10px; }\n"
        "p { font-size: 10pt; margin-top: 4px; margin-bottom: 4px; }\n"
        ".meta { color: #555; font-size: 9pt; }\n"
        ".warning { color: #b00; font-weight: bold; }\n"
        "table.data { border-collapse: collapse; font-size: 8.5pt; margin-bottom: 10px; }\n"
        "table.data th { background-color: #eef2f6; text-align: left; border-bottom: 1px solid #99a; }\n"
        "table.data td { border-bottom: 1px solid #dde; vertical-align: top; }\n"
        "table.tiles td { background-color: #f3f6f9; border: 1px solid #d5dbe3; vertical-align: top; }\n"
        ".caption { color: #555; font-size: 8.5pt; }\n"
        ".value { font-size: 15pt; font-weight: bold; }\n"
        ".detail { color: #444; font-size: 8.5pt; }\n");
}

// Draws a chart of the report where the PDF's layout put it, as vectors.
class ChartObject : public QObject, public QTextObjectInterface
{
    Q_OBJECT
    Q_INTERFACES(QTextObjectInterface)

public:
    ChartObject(const std::vector<const ChartSpec*>& specs, int width) : m_specs(specs), m_width(width)
    {
        m_chart.setPalette(printPalette());
        for (const ChartSpec* spec : m_specs) { // a long legend makes a chart taller
            m_chart.setSpec(*spec);
            m_heights.push_back(m_chart.heightFor(m_width));
        }
    }

    QSizeF intrinsicSize(QTextDocument*, int, const QTextFormat& format) override { return sizeOf(format); }

    void drawObject(QPainter* painter, const QRectF& rect, QTextDocument*, int, const QTextFormat& format) override
    {
        const int index = format.intProperty(kChartIndexProperty);
        if (index < 0 || index >= int(m_specs.size()))
            return;
        // A chart is never split across pages; drawing the page before it would spill past that
        // page's clip, which the chart's own clipping replaces.
        if (painter->hasClipping() && !painter->clipBoundingRect().adjusted(-1, -1, 1, 1).contains(rect))
            return;
        m_chart.setSpec(*m_specs[std::size_t(index)]);
        m_chart.render(painter, rect, sizeOf(format));
    }

private:
    QSize sizeOf(const QTextFormat& format) const
    {
        const int index = format.intProperty(kChartIndexProperty);
        if (index < 0 || index >= int(m_specs.size()))
            return {m_width, 1};
        return {m_width, m_heights[std::size_t(index)]};
    }

    std::vector<const ChartSpec*> m_specs;
    int m_width;
    std::vector<int> m_heights; // each chart's, at m_width
    Chart m_chart;
};

// The PDF's markup has <img src="chart:N">; each becomes a chart object of the same place.
void replaceChartImages(QTextDocument& doc)
{
    struct Found
    {
        int position;
        int index;
    };
    std::vector<Found> found;
    for (QTextBlock block = doc.begin(); block.isValid(); block = block.next())
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextCharFormat format = it.fragment().charFormat();
            if (!format.isImageFormat())
                continue;
            const QString name = format.toImageFormat().name();
            if (name.startsWith(QLatin1String("chart:")))
                found.push_back({it.fragment().position(), name.mid(6).toInt()});
        }
    QTextCursor cursor(&doc);
    for (const Found& f : found) {
        cursor.setPosition(f.position);
        cursor.setPosition(f.position + 1, QTextCursor::KeepAnchor);
        QTextCharFormat object;
        object.setObjectType(kChartObjectType);
        object.setProperty(kChartIndexProperty, f.index);
        cursor.insertText(QString(QChar::ObjectReplacementCharacter), object);
    }
}

// Each section after the summary starts a page. Set on the blocks rather than by CSS: after a
// table, QTextDocument's HTML import loses a heading that carries page-break-before.
void breakPagesBeforeSections(QTextDocument& doc)
{
    QTextCursor cursor(&doc);
    bool first = true;
    for (QTextBlock block = doc.begin(); block.isValid(); block = block.next()) {
        if (block.blockFormat().headingLevel() != 2)
            continue;
        if (first) {
            first = false;
            continue;
        }
        QTextBlockFormat format;
        format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
        cursor.setPosition(block.position());
        cursor.mergeBlockFormat(format);
    }
}

} // namespace

Report::Report(const ResultsContext& context, ReportInfo info) : m_context(context), m_info(std::move(info))
{
    m_headlines = headlineFigures(m_context);
    for (const SectionId id : kAllSections)
        m_sections.push_back(buildSection(id, m_context));
}

QString Report::markup(Target target, const std::function<QString(const ChartSpec&, int)>& chart) const
{
    const engine::Results& r = *m_context.results;
    QString html = QStringLiteral("<!DOCTYPE html>\n<html lang=\"%3\"><head><meta charset=\"utf-8\">\n<title>%1</title>\n"
                                  "<style>\n%2")
                       .arg(escaped(QObject::tr("Headroom report: %1").arg(m_info.projectName)), styleSheet(),
                            uiLanguage());
    if (target == Target::Browser)
        html += QStringLiteral("body { max-width: 960px; margin: 2em auto; padding: 0 1em; line-height: 1.45; }\n"
                               "img.chart { width: 100%; height: auto; margin: 6px 0 10px 0; }\n"
                               "table.tiles { border-collapse: separate; border-spacing: 8px; }\n");
    html += QStringLiteral("</style></head><body>\n");
    html += QStringLiteral("<h1>%1</h1>\n").arg(escaped(QObject::tr("Capacity, cost and team projection")));
    html += QStringLiteral("<p><b>%1</b></p>\n").arg(escaped(m_info.projectName));
    QString meta = QObject::tr("Generated %1 by Headroom")
                       .arg(QLocale().toString(m_info.generated, QStringLiteral("d MMMM yyyy, HH:mm")));
    if (!m_info.sourceFile.isEmpty())
        meta += QObject::tr(" from %1").arg(QFileInfo(m_info.sourceFile).fileName());
    meta += QObject::tr(". Engine %1, seed %2, %3; %4 to %5.")
                .arg(QString::fromStdString(r.engineVersion))
                .arg(r.seed)
                .arg(counted(r.samples, QObject::tr("Monte Carlo sample"), QObject::tr("Monte Carlo samples")),
                     monthName(r.start, 0), monthName(r.start, r.months - 1));
    html += QStringLiteral("<p class=\"meta\">%1</p>\n").arg(escaped(meta));
    if (!m_info.warning.isEmpty())
        html += QStringLiteral("<p class=\"warning\">%1</p>\n").arg(escaped(m_info.warning));



    int chartIndex = 0;
    for (const Section& s : m_sections) {
        const bool summary = s.id == sectionKey(SectionId::Overview);
        const QString title = summary ? QObject::tr("Executive summary") : s.title;
        html += QStringLiteral("<h2 id=\"%1\">%2</h2>\n").arg(s.id, escaped(title));
        if (summary)
            html += tilesMarkup(m_headlines);
        for (const QString& p : s.paragraphs)
            html += QStringLiteral("<p>%1</p>\n").arg(p); // the sections' paragraphs are rich text already
        QString charts, tables;
        for (const ChartSpec& c : s.charts)
            charts += chart(c, chartIndex++);
        for (const TableSpec& t : s.tables)
            tables += tableMarkup(t);
        html += s.tablesFirst ? tables + charts : charts + tables;
    }
    return html + QStringLiteral("</body></html>\n");
}

QString Report::html() const
{
    Chart chart;
    chart.setPalette(printPalette());
    chart.resize(kHtmlChartWidth, kHtmlChartWidth / 2);
    return markup(Target::Browser, [&chart](const ChartSpec& spec, int) {
        chart.setSpec(spec);
        const QSize size(kHtmlChartWidth, chart.heightFor(kHtmlChartWidth));
        QByteArray png;
        QBuffer buffer(&png);
        buffer.open(QIODevice::WriteOnly);
        chart.toImage(size, kHtmlChartScale).save(&buffer, "PNG");
        return QStringLiteral("<p><img class=\"chart\" alt=\"%1\" width=\"%2\" src=\"data:image/png;base64,%3\"></p>\n")
            .arg(escaped(spec.title))
            .arg(size.width())
            .arg(QString::fromLatin1(png.toBase64()));
    });
}

bool Report::write(const QString& path, QString* error) const
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("pdf"))
        return writePdf(path, error);
    if (suffix == QLatin1String("html") || suffix == QLatin1String("htm"))
        return writeHtml(path, error);
    if (error)
        *error = QObject::tr("A report is written as .html or .pdf; %1 is neither.").arg(QFileInfo(path).fileName());
    return false;
}

bool Report::writeHtml(const QString& path, QString* error) const
{
    QSaveFile file(path);
    if (file.open(QIODevice::WriteOnly)) {
        file.write(html().toUtf8());
        if (file.commit())
            return true;
    }
    if (error)
        *error = QObject::tr("Cannot write %1: %2").arg(path, file.errorString());
    return false;
}

bool Report::writePdf(const QString& path, QString* error) const
{
    QPdfWriter writer(path);
    // The device's resolution is the one pictures are recorded at, so a chart played back on the
    // page keeps the sizes of its text (QPicture scales fonts between resolutions).
    const int dpi = QPicture().logicalDpiX();
    writer.setResolution(dpi);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(kPageMarginMm, kPageMarginMm, kPageMarginMm, kPageMarginMm),
                          QPageLayout::Millimeter);
    writer.setTitle(QObject::tr("Headroom report: %1").arg(m_info.projectName));
    writer.setCreator(QStringLiteral("Headroom"));
    const QRectF page = writer.pageLayout().paintRectPixels(dpi);
    const QSizeF body(page.width(), page.height() - kFooterPx);

    QTextDocument doc;
    doc.documentLayout()->setPaintDevice(&writer);
    doc.setPageSize(body);
    doc.setDocumentMargin(0);
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPointSizeF(10);
    doc.setDefaultFont(font);

    std::vector<const ChartSpec*> specs;
    for (const Section& s : m_sections)
        for (const ChartSpec& c : s.charts)
            specs.push_back(&c);
    ChartObject charts(specs, int(body.width()));
    doc.documentLayout()->registerHandler(kChartObjectType, &charts);
    doc.setHtml(markup(Target::Pdf, [](const ChartSpec&, int index) {
        return QStringLiteral("<p><img src=\"chart:%1\"></p>\n").arg(index);
    }));
    replaceChartImages(doc);
    breakPagesBeforeSections(doc);

    QPainter painter;
    if (!painter.begin(&writer)) {
        if (error)
            *error = QObject::tr("Cannot write %1.").arg(path);
        return false;
    }
    const int pages = doc.pageCount();
    const QString footer = QObject::tr("%1: Headroom report").arg(m_info.projectName);
    QFont small = font;
    small.setPointSizeF(8);
    for (int p = 0; p < pages; ++p) {
        if (p > 0)
            writer.newPage();
        painter.save();
        painter.translate(0, -p * body.height());
        doc.drawContents(&painter, QRectF(0, p * body.height(), body.width(), body.height()));
        painter.restore();
        painter.setFont(small);
        painter.setPen(QColor(110, 110, 110));
        const QRectF line(0, body.height() + 6, body.width(), kFooterPx - 6);
        painter.drawText(line, Qt::AlignLeft | Qt::AlignVCenter, footer);
        painter.drawText(line, Qt::AlignRight | Qt::AlignVCenter, QObject::tr("page %1 of %2").arg(p + 1).arg(pages));
    }
    return painter.end();
}

} // namespace headroom::report

#include "Report.moc"
