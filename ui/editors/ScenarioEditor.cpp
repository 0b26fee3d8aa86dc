#include "editors/ScenarioEditor.h"

#include "document/Document.h"
#include "editors/ScalingRows.h"
#include "editors/TableEditor.h"
#include "engine/QuantityFields.h"
#include "report/Format.h"

#include <QItemSelectionModel>
#include <QTableView>

namespace headroom::ui {

using engine::Model;
using engine::Scenario;

QStringList quantityPaths(const Model& model)
{
    QStringList paths;
    engine::forEachQuantity(model, [&](const engine::FieldPath& path, const engine::Quantity&,
                                       const engine::ValidRange&, bool used) {
        if (used)
            paths << QString::fromStdString(path.toString());
    });
    return paths;
}

namespace {
// The base model's value at a path, for a new override to start from.
std::optional<engine::Quantity> baseValue(const Model& model, const std::string& wanted)
{
    std::optional<engine::Quantity> found;
    engine::forEachQuantity(model, [&](const engine::FieldPath& path, const engine::Quantity& q,
                                       const engine::ValidRange&, bool) {
        if (!found && path.toString() == wanted)
            found = q;
    });
    return found;
}
} // namespace

ScenarioEditor::ScenarioEditor(Document* document, QWidget* parent)
    : PartEditor(document, QStringLiteral("scenarioEditor"), parent)
{
    FieldForm* f = form();
    f->addHeading(tr("Scenario"));
    addIdField(engine::PartKind::Scenario);
    f->addText(QStringLiteral("scenarioName"), tr("Name"), tr("What the alternative is, in a few words."),
               [this](Model& m) -> std::string* {
                   Scenario* s = scenario(m);
                   return s ? &s->name : nullptr;
               },
               QStringLiteral("name"));
    f->addNote(tr("A scenario is the base model with changes. It runs with the same random draws as the base, so "
                  "the differences you see come from the changes alone."));

    const auto quantities = [this](Model& m) -> std::vector<engine::QuantityOverride>* {
        Scenario* s = scenario(m);
        return s ? &s->quantities : nullptr;
    };
    TableSpec<engine::QuantityOverride> spec(quantities);
    spec.choice(tr("Input"), tr("The input this scenario changes."),
                [](engine::QuantityOverride& o) -> std::string& { return o.path; }, quantityPaths, QStringLiteral("path"))
        .quantity(tr("Value"), tr("Its value in this scenario."),
                  [](engine::QuantityOverride& o) -> engine::Quantity& { return o.value; }, display::decimal(4, -1e12, 1e12),
                  QStringLiteral("value"));
    std::vector<Column> columns = spec.columns();
    // Inputs by their names, as the sensitivity view says them ("Active users: monthly growth").
    columns[0].optionLabel = [](const Model& m, const QString& path) {
        return report::inputName(m, path.toStdString());
    };
    // Choosing an input starts its value from the base model's.
    columns[0].set = [quantities](Model& m, int row, const QVariant& v) {
        auto* list = quantities(m);
        if (!list || row >= int(list->size()))
            return;
        const std::string path = v.toString().toStdString();
        engine::QuantityOverride& o = (*list)[std::size_t(row)];
        if (o.path == path)
            return;
        o.path = path;
        if (const auto base = baseValue(m, path))
            o.value = *base;
    };
    auto* overrides = new TableEditor(
        document, QStringLiteral("quantityOverrides"), tr("change"), spec.count(), columns,
        [this](Model&, int row) { return QStringLiteral("scenarios[%1].quantities[%2]").arg(part()).arg(row); },
        [quantities](Model& m) {
            auto* list = quantities(m);
            if (!list)
                return;
            const QStringList paths = quantityPaths(m);
            engine::QuantityOverride o;
            o.path = paths.isEmpty() ? std::string("users.initial") : paths.first().toStdString();
            if (const auto base = baseValue(m, o.path))
                o.value = *base;
            list->push_back(o);
        },
        [quantities](Model& m, int row) {
            if (auto* list = quantities(m); list && row < int(list->size()))
                list->erase(list->begin() + row);
        });
    overrides->view()->setMinimumHeight(150);
    f->addHeading(tr("Changed inputs"));
    f->addWidget(overrides, {}, QStringLiteral("quantities"));

    const auto scalings = [this](Model& m) -> std::vector<engine::ScalingOverride>* {
        Scenario* s = scenario(m);
        return s ? &s->scalings : nullptr;
    };
    TableSpec<engine::ScalingOverride> scalingSpec(scalings);
    scalingSpec.choice(tr("Component"), tr("The component whose scaling this scenario replaces."),
                       [](engine::ScalingOverride& o) -> std::string& { return o.component; }, componentIds,
                       QStringLiteral("component"));
    std::vector<Column> scalingColumns = scalingSpec.columns();
    // Choosing a component starts from its base policy.
    scalingColumns[0].set = [scalings](Model& m, int row, const QVariant& v) {
        auto* list = scalings(m);
        if (!list || row >= int(list->size()))
            return;
        const std::string id = v.toString().toStdString();
        (*list)[std::size_t(row)].component = id;
        if (const engine::Component* c = m.findComponent(id))
            (*list)[std::size_t(row)].scaling = c->scaling;
    };
    Column policy;
    policy.header = tr("Policy");
    policy.get = [scalings](Model& m, int row) {
        auto* list = scalings(m);
        return list && row < int(list->size())
                   ? QVariant(QString::fromUtf8(engine::toString((*list)[std::size_t(row)].scaling.kind).data()))
                   : QVariant();
    };
    scalingColumns.push_back(policy);
    m_scalings = new TableEditor(
        document, QStringLiteral("scalingOverrides"), tr("scaling change"), scalingSpec.count(), scalingColumns,
        [this](Model&, int row) { return QStringLiteral("scenarios[%1].scalings[%2]").arg(part()).arg(row); },
        [scalings](Model& m) {
            auto* list = scalings(m);
            if (!list || m.components.empty())
                return;
            engine::ScalingOverride o;
            o.component = m.components.front().id;
            o.scaling = m.components.front().scaling;
            list->push_back(o);
        },
        [scalings](Model& m, int row) {
            if (auto* list = scalings(m); list && row < int(list->size()))
                list->erase(list->begin() + row);
        });
    m_scalings->view()->setMinimumHeight(110);
    f->addHeading(tr("Changed scaling"));
    f->addNote(tr("Select a row to edit the policy the component gets in this scenario."));
    f->addWidget(m_scalings, {}, QStringLiteral("scalings"));

    m_policy = new FieldForm(document, this);
    m_policy->setObjectName(QStringLiteral("overridePolicy"));
    addScalingRows(m_policy,
                   [this, scalings](Model& m) -> engine::ScalingPolicy* {
                       auto* list = scalings(m);
                       if (!list)
                           return nullptr;
                       for (engine::ScalingOverride& o : *list)
                           if (QString::fromStdString(o.component) == m_overrideComponent)
                               return &o.scaling;
                       return nullptr;
                   },
                   QStringLiteral("scaling"));
    f->addWidget(m_policy);
    m_policy->hide();
    connect(m_scalings->view()->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) { selectOverride(current.isValid() ? current.row() : -1); });
}

void ScenarioEditor::setPart(const QString& id)
{
    PartEditor::setPart(id);
    selectOverride(-1);
}

void ScenarioEditor::selectOverride(int row)
{
    const Scenario* s = findById(const_cast<Model&>(document()->model()).scenarios, partId());
    m_overrideComponent.clear();
    if (s && row >= 0 && row < int(s->scalings.size()))
        m_overrideComponent = QString::fromStdString(s->scalings[std::size_t(row)].component);
    m_policy->setVisible(!m_overrideComponent.isEmpty());
    m_policy->setPathPrefix(QStringLiteral("scenarios[%1].scalings[%2]").arg(part()).arg(row));
    m_policy->refresh();
}

} // namespace headroom::ui
