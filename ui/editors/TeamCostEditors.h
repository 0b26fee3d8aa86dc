#pragma once

#include "editors/PartEditor.h"

namespace headroom::ui {

class CurveEditor;

// The team as a whole: on-call, recruiting, component groups; and its roles in a table.
class TeamEditor : public PartEditor
{
    Q_OBJECT
public:
    explicit TeamEditor(Document* document, QWidget* parent = nullptr);
};

// One role: its cost, attrition, and how its headcount follows the product.
class RoleEditor : public PartEditor
{
    Q_OBJECT
public:
    explicit RoleEditor(Document* document, QWidget* parent = nullptr);
    void setPart(const QString& id) override;

protected:
    QString pathPrefixFor(const QString& id) const override { return QStringLiteral("team.roles[%1]").arg(id); }

private:
    // The role's optional scaling: whether it is given, its σ and κ (quantities) and largest team.
    void addThroughputRows();

    CurveEditor* m_headcount;
};

// Costs beyond compute: reservations, egress, licences, revenue, targets, price trends.
class CostEditor : public PartEditor
{
    Q_OBJECT
public:
    explicit CostEditor(Document* document, QWidget* parent = nullptr);
};

} // namespace headroom::ui
