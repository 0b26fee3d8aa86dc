#pragma once

#include <QWidget>

class QComboBox;
class QDoubleSpinBox;
class QFormLayout;
class QSpinBox;

namespace headroom::ui {

class Document;

// Edits the active-users growth curve and the projection horizon. Every change is a command on
// the document's undo stack; the editor follows the model when it changes (undo, open).
class GrowthEditor : public QWidget
{
    Q_OBJECT

public:
    explicit GrowthEditor(Document* document, QWidget* parent = nullptr);

private:
    void refresh();
    void updateVisibleRows();
    QDoubleSpinBox* addQuantityRow(const QString& objectName, const QString& label, const QString& toolTip);

    Document* m_document;
    QFormLayout* m_form = nullptr;
    QSpinBox* m_horizon = nullptr;
    QComboBox* m_kind = nullptr;
    QDoubleSpinBox* m_initial = nullptr;
    QDoubleSpinBox* m_growthPercent = nullptr;
    QDoubleSpinBox* m_slope = nullptr;
    QDoubleSpinBox* m_ceiling = nullptr;
    QDoubleSpinBox* m_rate = nullptr;
};

} // namespace headroom::ui
