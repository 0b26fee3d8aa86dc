#include "tree/ProjectTreeModel.h"

#include "document/Document.h"

#include <QApplication>
#include <QStyle>

namespace headroom::ui {

namespace {
// Top-level rows have internal id 0; a part's internal id is its section's row + 1.
constexpr quintptr kTopLevel = 0;

// The prefix of a node's fields in validation messages.
QString pathOf(const TreeNode& node)
{
    switch (node.section) {
    case Section::Project:
        return QStringLiteral("horizon_months|peak_hours|start|name");
    case Section::Growth:
        return QStringLiteral("users");
    case Section::RequestClasses:
        return node.id.isEmpty() ? QStringLiteral("request_classes") : QStringLiteral("request_classes[%1]").arg(node.id);
    case Section::Components:
        return node.id.isEmpty() ? QStringLiteral("components") : QStringLiteral("components[%1]").arg(node.id);
    case Section::CallGraph:
        return QStringLiteral("calls");
    case Section::Catalog:
        return QStringLiteral("catalog");
    case Section::Team:
        return node.id.isEmpty() ? QStringLiteral("team") : QStringLiteral("team.roles[%1]").arg(node.id);
    case Section::Costs:
        return QStringLiteral("costs");
    case Section::Scenarios:
        return node.id.isEmpty() ? QStringLiteral("scenarios") : QStringLiteral("scenarios[%1]").arg(node.id);
    }
    return {};
}
} // namespace

ProjectTreeModel::ProjectTreeModel(Document* document, QObject* parent)
    : QAbstractItemModel(parent), m_document(document), m_parts(snapshot())
{
    connect(document, &Document::modelChanged, this, &ProjectTreeModel::followModel);
    connect(document, &Document::problemsChanged, this, &ProjectTreeModel::followModel);
}

bool ProjectTreeModel::hasChildren(Section section)
{
    return section == Section::RequestClasses || section == Section::Components || section == Section::Team ||
           section == Section::Scenarios;
}

QString ProjectTreeModel::title(Section section)
{
    switch (section) {
    case Section::Project:
        return tr("Project");
    case Section::Growth:
        return tr("Active users");
    case Section::RequestClasses:
        return tr("Request classes");
    case Section::Components:
        return tr("Components");
    case Section::CallGraph:
        return tr("Call graph");
    case Section::Catalog:
        return tr("Instance catalog");
    case Section::Team:
        return tr("Team");
    case Section::Costs:
        return tr("Costs");
    case Section::Scenarios:
        return tr("Scenarios");
    }
    return {};
}

ProjectTreeModel::Snapshot ProjectTreeModel::snapshot() const
{
    const engine::Model& m = m_document->model();
    Snapshot s;
    const auto add = [&](Section section, const auto& parts) {
        for (const auto& p : parts)
            s[std::size_t(section)].push_back(
                {QString::fromStdString(p.id), QString::fromStdString(p.name.empty() ? p.id : p.name)});
    };
    add(Section::RequestClasses, m.requestClasses);
    add(Section::Components, m.components);
    add(Section::Team, m.team.roles);
    add(Section::Scenarios, m.scenarios);
    return s;
}

void ProjectTreeModel::followModel()
{
    Snapshot next = snapshot();
    bool sameShape = true;
    for (int s = 0; s < kSectionCount && sameShape; ++s) {
        const auto& a = m_parts[std::size_t(s)];
        const auto& b = next[std::size_t(s)];
        sameShape = a.size() == b.size() &&
                    std::equal(a.begin(), a.end(), b.begin(), [](const Part& x, const Part& y) { return x.id == y.id; });
    }
    if (!sameShape) {
        beginResetModel();
        m_parts = std::move(next);
        endResetModel();
        return;
    }
    m_parts = std::move(next);
    Q_EMIT dataChanged(index(0, 0), index(kSectionCount - 1, 0));
    for (int s = 0; s < kSectionCount; ++s) {
        const int rows = int(m_parts[std::size_t(s)].size());
        if (rows > 0) {
            const QModelIndex parent = index(s, 0);
            Q_EMIT dataChanged(index(0, 0, parent), index(rows - 1, 0, parent));
        }
    }
}

QModelIndex ProjectTreeModel::index(int row, int column, const QModelIndex& parent) const
{
    if (column != 0 || row < 0)
        return {};
    if (!parent.isValid())
        return row < kSectionCount ? createIndex(row, 0, kTopLevel) : QModelIndex();
    if (parent.internalId() != kTopLevel || row >= rowCount(parent))
        return {};
    return createIndex(row, 0, quintptr(parent.row() + 1));
}

QModelIndex ProjectTreeModel::parent(const QModelIndex& child) const
{
    if (!child.isValid() || child.internalId() == kTopLevel)
        return {};
    return createIndex(int(child.internalId() - 1), 0, kTopLevel);
}

int ProjectTreeModel::rowCount(const QModelIndex& parent) const
{
    if (!parent.isValid())
        return kSectionCount;
    if (parent.column() != 0 || parent.internalId() != kTopLevel)
        return 0;
    return int(m_parts[std::size_t(parent.row())].size());
}

int ProjectTreeModel::columnCount(const QModelIndex&) const
{
    return 1;
}

TreeNode ProjectTreeModel::node(const QModelIndex& index) const
{
    if (!index.isValid())
        return {};
    if (index.internalId() == kTopLevel)
        return {Section(index.row()), {}};
    const int section = int(index.internalId() - 1);
    return {Section(section), m_parts[std::size_t(section)][std::size_t(index.row())].id};
}

QModelIndex ProjectTreeModel::indexOf(const TreeNode& node) const
{
    const QModelIndex section = index(int(node.section), 0);
    if (node.id.isEmpty())
        return section;
    const auto& parts = m_parts[std::size_t(node.section)];
    for (int row = 0; row < int(parts.size()); ++row)
        if (parts[std::size_t(row)].id == node.id)
            return index(row, 0, section);
    return section;
}

QString ProjectTreeModel::problemsOf(const TreeNode& node) const
{
    const QStringList prefixes = pathOf(node).split(QLatin1Char('|'));
    QStringList messages;
    for (const engine::Problem& p : m_document->problems()) {
        const QString field = QString::fromStdString(p.field);
        for (const QString& prefix : prefixes)
            if (field == prefix || field.startsWith(prefix + QLatin1Char('.')) ||
                field.startsWith(prefix + QLatin1Char('['))) {
                messages << QString::fromStdString(p.toString());
                break;
            }
    }
    return messages.join(QLatin1Char('\n'));
}

QVariant ProjectTreeModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid())
        return {};
    const TreeNode n = node(index);
    switch (role) {
    case Qt::DisplayRole:
        if (n.id.isEmpty())
            return title(n.section);
        return m_parts[std::size_t(n.section)][std::size_t(index.row())].name;
    case Qt::ToolTipRole: {
        const QString problems = problemsOf(n);
        if (!problems.isEmpty())
            return problems;
        return n.id.isEmpty() ? QVariant() : QVariant(tr("Id: %1").arg(n.id));
    }
    case Qt::DecorationRole:
        if (!problemsOf(n).isEmpty())
            return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
        return {};
    case Qt::AccessibleTextRole:
        return data(index, Qt::DisplayRole);
    default:
        return {};
    }
}

Qt::ItemFlags ProjectTreeModel::flags(const QModelIndex& index) const
{
    return index.isValid() ? Qt::ItemIsEnabled | Qt::ItemIsSelectable : Qt::NoItemFlags;
}

} // namespace headroom::ui
