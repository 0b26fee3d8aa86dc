#pragma once

#include "editors/PartEditor.h"

namespace headroom::ui {

// A component: what it is, how it scales (ScalingRows.h), what it caches, stores and may lag.
class ComponentEditor : public PartEditor
{
    Q_OBJECT

public:
    explicit ComponentEditor(Document* document, QWidget* parent = nullptr);

protected:
    QString pathPrefixFor(const QString& id) const override { return QStringLiteral("components[%1]").arg(id); }

private:
    engine::Component* component(engine::Model& m) const { return findById(m.components, partId()); }
};

} // namespace headroom::ui
