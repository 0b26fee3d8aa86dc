#pragma once

#include <QWidget>

namespace headroom::ui {

class Document;

// The call graph drawn: components in columns by how far they are from where requests enter,
// an arrow per call labelled with its calls per operation, dashed through a queue. Clicking a
// component asks the window to select it (Document::requestFocus). Follows the model.
class CallGraphView : public QWidget
{
    Q_OBJECT

public:
    explicit CallGraphView(Document* document, QWidget* parent = nullptr);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override { return {200, 160}; }

    // Where a component is drawn (for tests): its box, or an empty rectangle.
    QRectF boxOf(const QString& component) const;

protected:
    void paintEvent(QPaintEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    void layout();

    struct Node
    {
        QString id;
        QString name;
        int column = 0;
        QRectF box;
    };
    Document* m_document;
    std::vector<Node> m_nodes;
    int m_columns = 1;
};

} // namespace headroom::ui
