#include "tree/ProjectTree.h"

#include "document/Document.h"
#include "document/ModelCommand.h"
#include "engine/ModelEdit.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QMenu>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace headroom::ui {

using engine::Model;
using engine::PartKind;

namespace {

std::optional<PartKind> partKind(Section section)
{
    switch (section) {
    case Section::RequestClasses:
        return PartKind::RequestClass;
    case Section::Components:
        return PartKind::Component;
    case Section::Team:
        return PartKind::Role;
    case Section::Scenarios:
        return PartKind::Scenario;
    default:
        return std::nullopt;
    }
}

QString singular(Section section)
{
    switch (section) {
    case Section::RequestClasses:
        return QObject::tr("request class");
    case Section::Components:
        return QObject::tr("component");
    case Section::Team:
        return QObject::tr("role");
    case Section::Scenarios:
        return QObject::tr("scenario");
    default:
        return {};
    }
}

// A new part with plausible defaults, under a free id; returns the id.
std::string addNew(Model& m, Section section)
{
    switch (section) {
    case Section::RequestClasses: {
        engine::RequestClass rc;
        rc.id = engine::uniqueId(m, PartKind::RequestClass, "requests");
        rc.name = "New requests";
        if (!m.components.empty())
            rc.entryComponent = m.components.front().id;
        m.requestClasses.push_back(rc);
        return rc.id;
    }
    case Section::Components: {
        engine::Component c;
        c.id = engine::uniqueId(m, PartKind::Component, "service");
        c.name = "New service";
        if (!m.catalog.empty()) {
            c.scaling.instanceType = m.catalog.front().id;
            c.scaling.ladder = {m.catalog.front().id};
        }
        m.components.push_back(c);
        return c.id;
    }
    case Section::Team: {
        engine::Role r;
        r.id = engine::uniqueId(m, PartKind::Role, "engineer");
        r.name = "Engineer";
        r.headcount.initial = 1.0;
        m.team.roles.push_back(r);
        return r.id;
    }
    case Section::Scenarios: {
        engine::Scenario s;
        s.id = engine::uniqueId(m, PartKind::Scenario, "scenario");
        s.name = "New scenario";
        m.scenarios.push_back(s);
        return s.id;
    }
    default:
        return {};
    }
}

QToolButton* toolButton(const QString& name, const QString& text, const QString& tip, QWidget* parent)
{
    auto* button = new QToolButton(parent);
    button->setObjectName(name);
    button->setText(text);
    button->setToolTip(tip);
    button->setAutoRaise(true);
    return button;
}

} // namespace

ProjectTree::ProjectTree(Document* document, QWidget* parent)
    : QWidget(parent), m_document(document), m_model(new ProjectTreeModel(document, this)), m_view(new QTreeView(this)),
      m_add(toolButton(QStringLiteral("addPart"), tr("Add"), tr("Add a part to the selected list (Ctrl+Shift+N)"), this)),
      m_duplicate(toolButton(QStringLiteral("duplicatePart"), tr("Duplicate"), tr("Duplicate the selected part"), this)),
      m_delete(toolButton(QStringLiteral("deletePart"), tr("Delete"), tr("Delete the selected part (Del)"), this))
{
    setObjectName(QStringLiteral("projectTree"));
    m_view->setObjectName(QStringLiteral("projectTreeView"));
    m_view->setModel(m_model);
    m_view->setHeaderHidden(true);
    m_view->setUniformRowHeights(true);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->expandAll();

    auto* buttons = new QHBoxLayout;
    buttons->setContentsMargins(0, 0, 0, 0);
    buttons->addWidget(m_add);
    buttons->addWidget(m_duplicate);
    buttons->addWidget(m_delete);
    buttons->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_view, 1);
    layout->addLayout(buttons);

    auto* deleteAction = new QAction(tr("Delete"), this);
    deleteAction->setShortcut(QKeySequence::Delete);
    deleteAction->setShortcutContext(Qt::WidgetShortcut);
    m_view->addAction(deleteAction);
    connect(deleteAction, &QAction::triggered, this, &ProjectTree::deletePart);

    connect(m_add, &QToolButton::clicked, this, &ProjectTree::addPart);
    connect(m_duplicate, &QToolButton::clicked, this, &ProjectTree::duplicatePart);
    connect(m_delete, &QToolButton::clicked, this, &ProjectTree::deletePart);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, [this] {
        updateActions();
        Q_EMIT nodeSelected(current());
    });
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this, [this] {
        m_remembered = m_pending.value_or(current());
        m_pending.reset();
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        m_view->expandAll();
        select(m_remembered);
    });
    connect(m_view, &QWidget::customContextMenuRequested, this, [this](const QPoint& at) {
        const QModelIndex index = m_view->indexAt(at);
        if (index.isValid())
            m_view->setCurrentIndex(index);
        QMenu menu(this);
        const TreeNode n = current();
        if (partKind(n.section)) {
            menu.addAction(tr("Add %1").arg(singular(n.section)), this, &ProjectTree::addPart);
            if (!n.id.isEmpty()) {
                menu.addAction(tr("Duplicate"), this, &ProjectTree::duplicatePart);
                menu.addAction(tr("Delete"), this, &ProjectTree::deletePart);
            }
        }
        if (!menu.isEmpty())
            menu.exec(m_view->viewport()->mapToGlobal(at));
    });
    select({Section::Growth, {}});
    updateActions();
}

TreeNode ProjectTree::current() const
{
    return m_model->node(m_view->currentIndex());
}

void ProjectTree::select(const TreeNode& node)
{
    const QModelIndex index = m_model->indexOf(node);
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index);
    Q_EMIT nodeSelected(current()); // even if it did not change: the editor may need re-aiming
}

void ProjectTree::selectSubject(const QString& subject)
{
    const engine::Model& m = m_document->model();
    const std::string id = subject.toStdString();
    if (m.findComponent(id))
        select({Section::Components, subject});
    else if (engine::hasId(m, PartKind::RequestClass, id))
        select({Section::RequestClasses, subject});
    else if (engine::hasId(m, PartKind::Role, id))
        select({Section::Team, subject});
    else if (subject.startsWith(QLatin1String("team")))
        select({Section::Team, {}});
    else if (subject.startsWith(QLatin1String("cost")))
        select({Section::Costs, {}});
}

void ProjectTree::updateActions()
{
    const TreeNode n = current();
    const bool list = partKind(n.section).has_value();
    m_add->setEnabled(list);
    m_add->setText(list ? tr("Add %1").arg(singular(n.section)) : tr("Add"));
    m_duplicate->setEnabled(list && !n.id.isEmpty());
    m_delete->setEnabled(list && !n.id.isEmpty());
}

void ProjectTree::addPart()
{
    const Section section = current().section;
    if (!partKind(section))
        return;
    std::string id;
    edit(m_document, tr("Add %1").arg(singular(section)), {}, [&](Model& m) { id = addNew(m, section); });
    select({section, QString::fromStdString(id)});
}

void ProjectTree::duplicatePart()
{
    const TreeNode n = current();
    const auto kind = partKind(n.section);
    if (!kind || n.id.isEmpty())
        return;
    std::string id;
    edit(m_document, tr("Duplicate %1").arg(n.id), {},
         [&](Model& m) { id = engine::duplicatePart(m, *kind, n.id.toStdString()); });
    select({n.section, QString::fromStdString(id)});
}

void ProjectTree::deletePart()
{
    const TreeNode n = current();
    const auto kind = partKind(n.section);
    if (!kind || n.id.isEmpty())
        return;
    edit(m_document, tr("Delete %1").arg(n.id), {},
         [&](Model& m) { engine::removePart(m, *kind, n.id.toStdString()); });
    select({n.section, {}});
}

} // namespace headroom::ui
