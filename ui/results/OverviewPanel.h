#pragma once

#include <QList>
#include <QWidget>

class QGridLayout;
class QLabel;

namespace headroom::ui {

class Document;

// The headline figures of the latest run as tiles (first bottleneck with its month and
// probability, cost per user now and at the horizon, total spend, peak headcount), and under
// them what the overview says in sentences; or, while the model is invalid, its problems.
class OverviewPanel : public QWidget
{
    Q_OBJECT

public:
    explicit OverviewPanel(Document* document, QWidget* parent = nullptr);

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    void refresh();
    void arrangeTiles();

    Document* m_document;
    QGridLayout* m_tileGrid = nullptr;
    QList<QWidget*> m_tiles;
    QLabel* m_text = nullptr;
    int m_columns = 0;
};

} // namespace headroom::ui
