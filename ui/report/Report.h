#pragma once

#include "Sections.h"

#include <QDateTime>
#include <QString>

#include <functional>
#include <vector>

namespace headroom::report {

// Who the report is about and where it came from: its title block.
struct ReportInfo
{
    QString projectName;
    QString sourceFile;      // the project file, as the reader knows it
    QDateTime generated = QDateTime::currentDateTime();
    QString warning;         // said at the top when set (results from an earlier, valid model)
};

// The whole results as a document to send on: a title block (project, date, engine version,
// seed, samples), an executive summary of the headline figures, then every section with its
// charts and tables. HTML is one self-contained file (charts as embedded PNG); PDF is A4 with
// the charts as vectors and numbered pages.
class Report
{
public:
    Report(const ResultsContext& context, ReportInfo info);

    const std::vector<Section>& sections() const { return m_sections; }

    QString html() const;
    // Writes HTML or PDF by the path's extension (.html, .htm, .pdf). False, with the reason, on failure.
    bool write(const QString& path, QString* error) const;
    bool writeHtml(const QString& path, QString* error) const;
    bool writePdf(const QString& path, QString* error) const;

private:
    enum class Target
    {
        Browser,
        Pdf,
    };
    // The document; `chart(i)` gives the markup of chart i of the sections, counted in order.
    QString markup(Target target, const std::function<QString(const ChartSpec&, int)>& chart) const;

    ResultsContext m_context;
    ReportInfo m_info;
    std::vector<Headline> m_headlines;
    std::vector<Section> m_sections;
};

} // namespace headroom::report
