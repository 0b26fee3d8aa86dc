#include "editors/EditorPane.h"

#include "editors/ComponentEditor.h"
#include "editors/ProjectEditors.h"
#include "editors/ScenarioEditor.h"
#include "editors/TeamCostEditors.h"

#include <QLabel>
#include <QScrollBar>
#include <QStackedWidget>

namespace headroom::ui {

EditorPane::EditorPane(Document* document, QWidget* parent)
    : QScrollArea(parent), m_stack(new QStackedWidget), m_placeholder(new QLabel)
{
    setObjectName(QStringLiteral("editorPane"));
    setWidgetResizable(true);
    setFrameShape(QFrame::NoFrame);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_placeholder->setObjectName(QStringLiteral("editorPlaceholder"));
    m_placeholder->setWordWrap(true);
    m_placeholder->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_placeholder->setMargin(12);
    m_stack->addWidget(m_placeholder);

    addEditor(Section::Project, new ProjectEditor(document));
    addEditor(Section::Growth, new GrowthEditor(document));
    addEditor(Section::RequestClasses, new RequestClassEditor(document), true);
    addEditor(Section::Components, new ComponentEditor(document), true);
    addEditor(Section::CallGraph, new CallGraphEditor(document));
    addEditor(Section::Catalog, new CatalogEditor(document));
    addEditor(Section::Team, new TeamEditor(document));
    addEditor(Section::Team, new RoleEditor(document), true);
    addEditor(Section::Costs, new CostEditor(document));
    addEditor(Section::Scenarios, new ScenarioEditor(document), true);
    setWidget(m_stack);

    // A stack is as tall as its tallest page; only the page shown should count.
    connect(m_stack, &QStackedWidget::currentChanged, this, [this](int current) {
        for (int i = 0; i < m_stack->count(); ++i)
            m_stack->widget(i)->setSizePolicy(i == current ? QSizePolicy::Preferred : QSizePolicy::Ignored,
                                              i == current ? QSizePolicy::Preferred : QSizePolicy::Ignored);
        m_stack->adjustSize();
    });
}

void EditorPane::addEditor(Section section, PartEditor* editor, bool forParts)
{
    (forParts ? m_partEditors : m_editors)[int(section)] = editor;
    m_stack->addWidget(editor);
    connect(editor, &PartEditor::partRenamed, this, [this, section](const QString& id) {
        Q_EMIT partRenamed({section, id});
    });
}

void EditorPane::show(const TreeNode& node)
{
    PartEditor* editor = node.id.isEmpty() ? m_editors[int(node.section)] : m_partEditors[int(node.section)];
    if (!editor) {
        m_placeholder->setText(tr("<h3>%1</h3><p>Select one in the tree to edit it, or add one with the Add button "
                                  "under the tree.</p>")
                                   .arg(ProjectTreeModel::title(node.section)));
        m_stack->setCurrentWidget(m_placeholder);
        return;
    }
    editor->setPart(node.id);
    m_stack->setCurrentWidget(editor);
    verticalScrollBar()->setValue(0);
}

PartEditor* EditorPane::currentEditor() const
{
    return qobject_cast<PartEditor*>(m_stack->currentWidget());
}

} // namespace headroom::ui
