#pragma once

#include <QWidget>

class QCustomPlot;

namespace headroom::engine {
struct Results;
}

namespace headroom::ui {

class Document;

// The projection over time: active users, utilization per component against its target, and
// instances per component. The only place besides the tests that includes qcustomplot.h.
class ProjectionPlots : public QWidget
{
    Q_OBJECT

public:
    explicit ProjectionPlots(Document* document, QWidget* parent = nullptr);

protected:
    void changeEvent(QEvent* event) override;

private:
    void refresh();
    void restyle();
    QCustomPlot* addPlot(const QString& objectName, const QString& title, const QString& yLabel);

    Document* m_document;
    QCustomPlot* m_users = nullptr;
    QCustomPlot* m_utilization = nullptr;
    QCustomPlot* m_instances = nullptr;
};

} // namespace headroom::ui
