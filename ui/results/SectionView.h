#pragma once

#include "report/Sections.h"

#include <functional>

#include <QList>
#include <QScrollArea>

class QLabel;
class QStandardItemModel;
class QTableView;
class QTimer;
class QVBoxLayout;

namespace headroom::report {
class Chart;
}

namespace headroom::ui {

// One section of the results on screen (report/Sections.h): its sentences, its charts one under
// another and its tables, scrolling together. Charts are kept from one run to the next and only
// their data changes, so a new run redraws without rebuilding widgets; so do tables, whose cells
// change in place, fitted to their text when they are in sight. Tables export to CSV from
// their context menu; double-clicking a row, or clicking a point with a subject on a chart, asks
// to show that part of the model.
class SectionView : public QScrollArea
{
    Q_OBJECT

public:
    explicit SectionView(report::SectionId id, QWidget* parent = nullptr);

    report::SectionId sectionId() const { return m_id; }
    // The section shown (built first if it was left for later).
    const report::Section& section();
    void setSection(report::Section section);
    // The section `build` makes, built now if the view is on screen, else when it is shown or
    // asked for: a new run then costs the building of the tab in front only.
    void setSectionLater(std::function<report::Section()> build);

    // A widget shown above the section (the overview's headline figures); the view owns it.
    void setHeader(QWidget* header, bool replacesParagraphs);

    QList<report::Chart*> charts();
    QList<QTableView*> tables();
    bool exportTable(int index, const QString& path, QString* error = nullptr);

protected:
    void showEvent(QShowEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void scrollContentsBy(int dx, int dy) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

Q_SIGNALS:
    void focusRequested(const QString& subject);

private:
    void buildPending();
    void syncCharts();
    void syncTables();
    static bool fillModel(QStandardItemModel* model, const report::TableSpec& spec);
    void fitTable(int index);
    void fitTablesInSight();
    void showTableMenu(int index, const QPoint& pos);

    report::SectionId m_id;
    report::Section m_section;
    std::function<report::Section()> m_pending; // the section to build when needed, if any
    QVBoxLayout* m_layout = nullptr;
    QLabel* m_text = nullptr;
    QWidget* m_chartBox = nullptr;
    QWidget* m_tableBox = nullptr;
    bool m_showParagraphs = true;
    QList<report::Chart*> m_charts;
    QList<QLabel*> m_tableTitles;
    QList<QTableView*> m_tables;
    QList<QTimer*> m_fitRows; // per table: its rows fitted to their text, once per layout
    QList<QStandardItemModel*> m_models;
    QList<bool> m_fitPending;       // per table: its text changed since it was last fitted to it
    QTimer* m_sightCheck = nullptr; // looks for tables come into sight, once the layout is done
};

} // namespace headroom::ui
