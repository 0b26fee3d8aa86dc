#pragma once

#include "editors/PartEditor.h"

namespace headroom::ui {

class CurveEditor;

// A component: what it is, how it scales (ScalingRows.h), what it caches, stores and may lag.
class ComponentEditor : public PartEditor
{
    Q_OBJECT

public:
    explicit ComponentEditor(Document* document, QWidget* parent = nullptr);
    void setPart(const QString& id) override;

protected:
    QString pathPrefixFor(const QString& id) const override { return QStringLiteral("components[%1]").arg(id); }

private:
    engine::Component* component(engine::Model& m) const { return findById(m.components, partId()); }

    CurveEditor* m_ingestTrend;
};

} // namespace headroom::ui
