#pragma once

#include "tree/ProjectTreeModel.h"

#include <QScrollArea>

class QLabel;
class QStackedWidget;

namespace headroom::ui {

class Document;
class PartEditor;

// The editor of the part selected in the tree, in a scroll area: one editor per kind of part,
// re-aimed at the selected part. A list section without a part selected says what to do.
class EditorPane : public QScrollArea
{
    Q_OBJECT

public:
    explicit EditorPane(Document* document, QWidget* parent = nullptr);

    void show(const TreeNode& node);
    PartEditor* currentEditor() const;

Q_SIGNALS:
    // An editor renamed its part: the tree selects it under its new id.
    void partRenamed(const headroom::ui::TreeNode& node);

private:
    void addEditor(Section section, PartEditor* editor, bool forParts = false);

    QStackedWidget* m_stack;
    QLabel* m_placeholder;
    PartEditor* m_editors[kSectionCount] = {};      // the section's own editor
    PartEditor* m_partEditors[kSectionCount] = {};  // the editor of a part in the section
};

} // namespace headroom::ui
