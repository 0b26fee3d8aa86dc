#pragma once

#include <QWidget>

#include <vector>

namespace headroom::engine {
struct Model;
}

namespace headroom::ui {

class Document;

// The call graph drawn: components in columns by how far they are from where requests enter,
// ordered down each column to cross few arrows, an arrow per call labelled with its calls per
// operation, dashed through a queue. Its least width gives every box room for a dozen characters
// of its name: put it in a scroll area. Clicking a component asks the window to select it
// (Document::requestFocus); hovering one shows its whole name. Follows the model (hidden, once
// it is shown again).
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
    bool event(QEvent* event) override;

private:
    void layout();
    void layOutIfStale(bool notify = true);
    std::vector<std::vector<int>> orderedColumns(const engine::Model& model) const;

    struct Node
    {
        QString id;
        QString name;
        int column = 0;
        QRectF box;
    };
    const Node* node(const QString& id) const;     // the component's, or null
    const Node* nodeAt(const QPointF& point) const; // the box under the point, or null
    Document* m_document;
    std::vector<Node> m_nodes;
    int m_columns = 1;
    bool m_stale = false; // the model changed while the graph was hidden
};

} // namespace headroom::ui
