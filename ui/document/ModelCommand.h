#pragma once

#include "document/Document.h"

#include <QElapsedTimer>
#include <QUndoCommand>

#include <functional>
#include <utility>

namespace headroom::ui {

// Merge ids for commands that fold into one step while a value is being dragged or spun.
enum MergeId : int
{
    kMergeNone = -1,
    kMergeModelEdit = 1,
};

// Successive edits of one field within this time fold into one undo step: a spin box held
// down, a point dragged. An edit of the same field a while later is a step of its own.
inline constexpr qint64 kMergeWindowMs = 1500;

// One edit of the document's model, the undoable unit of every editor: `change` applied to the
// model, undone by restoring the model as it was. Models are small values, so the command keeps
// the whole model before and after; structural edits (a component deleted with its calls, an id
// renamed with every reference to it) are then as simple to undo as a number. Edits with the
// same non-empty `key` made in quick succession merge into one step.
class EditModel : public QUndoCommand
{
public:
    EditModel(Document* document, const QString& text, QString key, const std::function<void(engine::Model&)>& change)
        : QUndoCommand(text), m_document(document), m_key(std::move(key)), m_before(document->model()),
          m_after(document->model())
    {
        change(m_after);
        m_clock.start();
    }

    void redo() override { m_document->replaceModel(m_after); }
    void undo() override { m_document->replaceModel(m_before); }
    int id() const override { return m_key.isEmpty() ? kMergeNone : kMergeModelEdit; }

    bool mergeWith(const QUndoCommand* other) override
    {
        const auto* next = dynamic_cast<const EditModel*>(other);
        if (!next || next->m_key != m_key || m_clock.elapsed() > kMergeWindowMs)
            return false;
        m_after = next->m_after;
        m_clock.restart();
        setObsolete(m_after == m_before); // dragged back where it started: nothing to undo
        return true;
    }

    // True when the edit changes nothing; the document does not push such commands.
    bool isNoOp() const { return m_after == m_before; }

private:
    Document* m_document;
    QString m_key;
    engine::Model m_before;
    engine::Model m_after;
    QElapsedTimer m_clock;
};

// Pushes an edit onto the document's undo stack unless it changes nothing.
inline void edit(Document* document, const QString& text, const QString& key,
                 const std::function<void(engine::Model&)>& change)
{
    auto* command = new EditModel(document, text, key, change);
    if (command->isNoOp()) {
        delete command;
        return;
    }
    document->undoStack()->push(command);
}

} // namespace headroom::ui
