#pragma once

#include "report/Sections.h"

#include <QTabWidget>

#include <vector>

class QLabel;

namespace headroom::ui {

class Document;
class SectionView;

// The results beside the editors: one tab per question (overview, capacity, latency, data, team,
// cost, bottlenecks, sensitivity, scenarios), each a SectionView, and the run's state in the
// corner. Every finished run refreshes every view; a chart replots only once it is on screen, so
// a run costs the drawing of the tab in front. Clicking a bottleneck (or a row about a component)
// asks the document to show that part of the model. Also writes the whole report.
class ResultsArea : public QTabWidget
{
    Q_OBJECT

public:
    explicit ResultsArea(Document* document, QWidget* parent = nullptr);

    SectionView* view(report::SectionId id) const;
    const std::vector<SectionView*>& views() const { return m_views; }

    // Writes the report of the latest results as .html or .pdf (by extension). False, with why, on failure.
    bool exportReport(const QString& path, QString* error = nullptr) const;
    // Asks where (File ▸ Export report…), then writes it.
    void exportReportWithDialog();

Q_SIGNALS:
    void refreshed(); // every view holds the latest results (their charts replot when shown)

private:
    void refresh();
    void showRunState(const QString& text);

    Document* m_document;
    std::vector<SectionView*> m_views;
    QLabel* m_state = nullptr;
};

} // namespace headroom::ui
