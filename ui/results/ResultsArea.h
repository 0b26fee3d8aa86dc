#pragma once

#include "report/Sections.h"

#include <QElapsedTimer>
#include <QTabWidget>
#include <QTimer>

#include <vector>

class QLabel;

namespace headroom::ui {

class Document;
class SectionView;

// The results beside the editors: one tab per question (overview, capacity, latency, data, team,
// cost, bottlenecks, sensitivity, scenarios), each a SectionView, and a label of the run's state
// for the window to place (its status bar: in the tabs' corner it hid two of the nine tabs at
// 1280 pixels). Every finished run rebuilds the tab in front; the others are rebuilt when they are shown
// (or asked for their section), so a run costs the building and drawing of the tab in front. Clicking a bottleneck (or a row about a component)
// asks the document to show that part of the model. Also writes the whole report.
class ResultsArea : public QTabWidget
{
    Q_OBJECT

public:
    explicit ResultsArea(Document* document, QWidget* parent = nullptr);

    SectionView* view(report::SectionId id) const;
    // "1,000 samples, seed 1", a long run's progress, or that the results are stale; hidden until
    // the window places it.
    QLabel* runStateLabel() const { return m_state; }
    const std::vector<SectionView*>& views() const { return m_views; }

    // Writes the report of the latest results as .html or .pdf (by extension). False, with why, on failure.
    bool exportReport(const QString& path, QString* error = nullptr) const;
    // Asks where (File ▸ Export report…), then writes it.
    void exportReportWithDialog();

Q_SIGNALS:
    void refreshed(); // every view shows the latest results from now on (built when shown)

private:
    void refresh();
    void showProgress();
    void showRunState(const QString& text);

    Document* m_document;
    std::vector<SectionView*> m_views;
    QLabel* m_state = nullptr;
    QTimer m_progressDelay;          // a run's progress shows once it has lasted this long
    QElapsedTimer m_progressShownAt; // invalid while it does not show
    int m_percent = 0;               // of the run in progress
};

} // namespace headroom::ui
