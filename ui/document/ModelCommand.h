#pragma once

#include "document/Document.h"

#include <QUndoCommand>

#include <functional>
#include <utility>

namespace headroom::ui {

// Merge ids for commands that fold into one step while a value is being dragged or spun.
enum MergeId : int
{
    kMergeNone = -1,
    kMergeModelField = 1,
};

// Sets one field of the document's model; the undoable unit of every editor. `field` returns a
// reference to the field inside a model, and identifies it (with `key`) for merging: successive
// edits of the same field (a spin box held down, a point dragged) become one undo step.
template <typename Value>
class SetModelField : public QUndoCommand
{
public:
    using Accessor = std::function<Value&(engine::Model&)>;

    SetModelField(Document* document, const QString& text, QString key, Accessor field, Value value)
        : QUndoCommand(text), m_document(document), m_key(std::move(key)), m_field(std::move(field)),
          m_newValue(std::move(value))
    {
        engine::Model current = m_document->model();
        m_oldValue = m_field(current);
    }

    void redo() override { apply(m_newValue); }
    void undo() override { apply(m_oldValue); }
    int id() const override { return kMergeModelField; }

    bool mergeWith(const QUndoCommand* other) override
    {
        const auto* next = dynamic_cast<const SetModelField*>(other);
        if (!next || next->m_key != m_key)
            return false;
        m_newValue = next->m_newValue;
        return true;
    }

private:
    void apply(const Value& value)
    {
        engine::Model model = m_document->model();
        m_field(model) = value;
        m_document->replaceModel(std::move(model));
    }

    Document* m_document;
    QString m_key;
    Accessor m_field;
    Value m_oldValue{};
    Value m_newValue;
};

} // namespace headroom::ui
