#pragma once

#include <QWidget>

class QLabel;

namespace headroom::ui {

class Document;

// The headline figures of the latest run: the first bottleneck and its month, cost per user now
// and at the horizon, total spend; or, while the model is invalid, its problems.
class OverviewPanel : public QWidget
{
    Q_OBJECT

public:
    explicit OverviewPanel(Document* document, QWidget* parent = nullptr);

private:
    void refresh();

    Document* m_document;
    QLabel* m_text = nullptr;
};

} // namespace headroom::ui
