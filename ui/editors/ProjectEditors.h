#pragma once

#include "editors/PartEditor.h"

namespace headroom::ui {

class CurveEditor;
class TableEditor;

// The project's settings: its name, start month, horizon and daily peak.
class ProjectEditor : public PartEditor
{
    Q_OBJECT
public:
    explicit ProjectEditor(Document* document, QWidget* parent = nullptr);
};

// The active-users curve, the driver of everything else.
class GrowthEditor : public PartEditor
{
    Q_OBJECT
public:
    explicit GrowthEditor(Document* document, QWidget* parent = nullptr);
    CurveEditor* curveEditor() const { return m_curve; }

private:
    CurveEditor* m_curve;
};

// A kind of request users make: how often, how peaky, where it enters, its latency objectives.
class RequestClassEditor : public PartEditor
{
    Q_OBJECT
public:
    explicit RequestClassEditor(Document* document, QWidget* parent = nullptr);
    void setPart(const QString& id) override;

protected:
    QString pathPrefixFor(const QString& id) const override { return QStringLiteral("request_classes[%1]").arg(id); }

private:
    CurveEditor* m_trend;
};

// The instance types components run on, as a table.
class CatalogEditor : public PartEditor
{
    Q_OBJECT
public:
    explicit CatalogEditor(Document* document, QWidget* parent = nullptr);
};

// The calls between components, as a table.
class CallGraphEditor : public PartEditor
{
    Q_OBJECT
public:
    explicit CallGraphEditor(Document* document, QWidget* parent = nullptr);
};

} // namespace headroom::ui
