#pragma once

#include "editors/PartEditor.h"

namespace headroom::ui {

class FieldForm;
class TableEditor;

// A scenario: its name, the inputs it changes (each a path and a value) and the components
// whose scaling policy it replaces (shard the database, scale it vertically…).
class ScenarioEditor : public PartEditor
{
    Q_OBJECT
public:
    explicit ScenarioEditor(Document* document, QWidget* parent = nullptr);
    void setPart(const QString& id) override;

protected:
    QString pathPrefixFor(const QString& id) const override { return QStringLiteral("scenarios[%1]").arg(id); }

private:
    engine::Scenario* scenario(engine::Model& m) const { return findById(m.scenarios, partId()); }
    void selectOverride(int row);

    TableEditor* m_scalings;
    FieldForm* m_policy;
    QString m_overrideComponent; // the scaling override shown in m_policy
};

// Every numeric input's path in the model ("users.monthly_growth"), for scenario overrides.
QStringList quantityPaths(const engine::Model& model);

} // namespace headroom::ui
