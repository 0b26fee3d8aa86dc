#include "editors/PartEditor.h"

#include <QVBoxLayout>

namespace headroom::ui {

PartEditor::PartEditor(Document* document, const QString& name, QWidget* parent)
    : QWidget(parent), m_document(document), m_form(new FieldForm(document, this))
{
    setObjectName(name);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_form);
    layout->addStretch(1);
}

void PartEditor::setPart(const QString& id)
{
    m_part = id;
    m_form->setPathPrefix(pathPrefixFor(id));
    m_form->refresh();
}

void PartEditor::addIdField(engine::PartKind kind)
{
    m_form->addId(QStringLiteral("partId"), kind, [this] { return m_part; },
                  [this](const QString& id) {
                      m_part = id;
                      m_form->setPathPrefix(pathPrefixFor(id));
                      Q_EMIT partRenamed(id);
                  });
}

} // namespace headroom::ui
