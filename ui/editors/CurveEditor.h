#pragma once

#include "editors/FieldForm.h"

#include <QWidget>

#include <string>

class QCustomPlot;
class QCPGraph;
class QMouseEvent;

namespace headroom::ui {

class Document;
class TableEditor;

// A growth curve (a driver: users, a role's headcount, a price trend): its kind and parameters
// with their uncertainty, points (piecewise: dragged on the plot or typed in a table), monthly
// values (explicit), seasonality and events. The plot shows the curve over the horizon with its
// 90% band, redrawn on every change.
class CurveEditor : public QWidget
{
    Q_OBJECT

public:
    // `curve` finds the curve in a model; `path` names it in messages ("users"); `unit` is what
    // its values count ("users", "people", "×") and `level` how they are shown.
    CurveEditor(Document* document, const QString& name, Field<engine::Curve> curve, const QString& path,
                const QString& unit, const Display& level, QWidget* parent = nullptr);

    QCustomPlot* plot() const { return m_plot; }
    FieldForm* form() const { return m_form; }

    // Re-aims the editor at another curve (a role's headcount when another role is selected).
    void setPathPrefix(const QString& path);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    void replot();
    std::string itemsPath(const QString& list) const;
    void restyle();
    bool pressOnPlot(QMouseEvent* event);
    void dragTo(QMouseEvent* event);
    void addPointAt(QMouseEvent* event);

    Document* m_document;
    bool m_behind = false; // the model changed while the plot was out of sight: replot when shown
    Field<engine::Curve> m_curve;
    QString m_path;
    FieldForm* m_form;
    QCustomPlot* m_plot;
    QCPGraph* m_median = nullptr;
    QCPGraph* m_low = nullptr;
    QCPGraph* m_high = nullptr;
    QCPGraph* m_points = nullptr;
    TableEditor* m_pointsTable = nullptr;
    TableEditor* m_valuesTable = nullptr;
    TableEditor* m_seasonTable = nullptr;
    TableEditor* m_eventsTable = nullptr;
    int m_dragged = -1; // the point being dragged, or -1
};

} // namespace headroom::ui
