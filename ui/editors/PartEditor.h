#pragma once

#include "editors/FieldForm.h"

#include <QString>
#include <QWidget>

namespace headroom::ui {

class Document;

// The editor of one part of the model: the project's settings, a component, a role… It is a
// form (FieldForm) and whatever else the part needs. Editors of parts in a list are re-aimed
// at another part with setPart(id); their fields find the part by id in the model each time,
// so an edit, an undo or a rename never leaves them holding a stale pointer.
class PartEditor : public QWidget
{
    Q_OBJECT

public:
    PartEditor(Document* document, const QString& name, QWidget* parent = nullptr);

    QString part() const { return m_part; }
    virtual void setPart(const QString& id);

Q_SIGNALS:
    // The part's id changed here (a rename): the tree follows it.
    void partRenamed(const QString& id);

protected:
    Document* document() const { return m_document; }
    FieldForm* form() const { return m_form; }
    std::string partId() const { return m_part.toStdString(); }
    // An id field that renames the part with every reference to it.
    void addIdField(engine::PartKind kind);
    // The prefix of the part's paths in messages ("components[db]"), set on each setPart.
    virtual QString pathPrefixFor(const QString& id) const { Q_UNUSED(id) return {}; }

private:
    Document* m_document;
    FieldForm* m_form;
    QString m_part;
};

// Finds a part by id in a list, or null.
template <typename T>
T* findById(std::vector<T>& parts, const std::string& id)
{
    for (T& p : parts)
        if (p.id == id)
            return &p;
    return nullptr;
}

} // namespace headroom::ui
