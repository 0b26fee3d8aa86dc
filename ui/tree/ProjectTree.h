#pragma once

#include "tree/ProjectTreeModel.h"

#include <QWidget>

#include <optional>

class QTreeView;
class QToolButton;

namespace headroom::ui {

class Document;

// The project's parts in a tree, with Add, Duplicate and Delete for the parts in lists (also on
// the context menu and the Delete key). Selecting a node asks for its editor; edits are undoable.
class ProjectTree : public QWidget
{
    Q_OBJECT

public:
    explicit ProjectTree(Document* document, QWidget* parent = nullptr);

    TreeNode current() const;
    void select(const TreeNode& node);
    // Selects whatever part `subject` names: a component, a request class, a role, a scenario,
    // or an area ("team", "cost").
    void selectSubject(const QString& subject);
    QTreeView* view() const { return m_view; }
    ProjectTreeModel* treeModel() const { return m_model; }

    // A part is about to be renamed: once the tree has followed the model, select it by its new id.
    void expectRename(const TreeNode& renamed) { m_pending = renamed; }

    void addPart();
    void duplicatePart();
    void deletePart();

Q_SIGNALS:
    void nodeSelected(const headroom::ui::TreeNode& node);

private:
    void updateActions();

    Document* m_document;
    ProjectTreeModel* m_model;
    QTreeView* m_view;
    QToolButton* m_add;
    QToolButton* m_duplicate;
    QToolButton* m_delete;
    TreeNode m_remembered; // the selection across a reset of the tree
    std::optional<TreeNode> m_pending; // what to select after the next reset instead
};

} // namespace headroom::ui
