#pragma once

#include <QAbstractItemModel>
#include <QStringList>

#include <array>
#include <vector>

namespace headroom::engine {
struct Model;
}

namespace headroom::ui {

class Document;

// The parts of a project, as the tree shows them.
enum class Section
{
    Project,
    Growth,
    RequestClasses,
    Components,
    CallGraph,
    Catalog,
    Team,
    Costs,
    Scenarios,
};
inline constexpr int kSectionCount = 9;

// A place in the tree: a section, or a part in it (a component's id, a role's…).
struct TreeNode
{
    Section section = Section::Project;
    QString id; // empty: the section itself
    bool operator==(const TreeNode&) const = default;
};

// The project's parts in a tree: the sections, and under those that are lists (request classes,
// components, team roles, scenarios) one row per part. It follows the document's model: a
// rename or a change of name updates rows in place; a part added or removed resets the tree,
// and the view restores its selection by node. Parts with a validation problem show a warning.
class ProjectTreeModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    explicit ProjectTreeModel(Document* document, QObject* parent = nullptr);

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

    TreeNode node(const QModelIndex& index) const;
    QModelIndex indexOf(const TreeNode& node) const;
    static bool hasChildren(Section section);
    static QString title(Section section);

private:
    struct Part
    {
        QString id;
        QString name;
    };
    using Snapshot = std::array<std::vector<Part>, kSectionCount>;
    Snapshot snapshot() const;
    void followModel();
    QString problemsOf(const TreeNode& node) const;

    Document* m_document;
    Snapshot m_parts;
};

} // namespace headroom::ui
