#pragma once

#include "MainWindow.h"
#include "document/Autosaver.h"
#include "document/Document.h"
#include "editors/TableEditor.h"

#include <QString>
#include <QTest>
#include <QUndoStack>

#include <memory>

// The window the editors' tests drive: shown, on a project, running few samples.
namespace headroom::test {

// A shown main window on `file`, or null if it cannot be shown or the file opened. It runs 20
// samples: the editors are under test, not the engine.
inline std::unique_ptr<ui::MainWindow> editorWindow(const QString& file)
{
    auto window = std::make_unique<ui::MainWindow>();
    window->document()->setSamples(20);
    window->show();
    if (!QTest::qWaitForWindowExposed(window.get()) || !window->openFile(file, true))
        return nullptr;
    return window;
}

// Closes it as a close would: no recovery files left behind, and no undo stack to replay.
inline void closeEditorWindow(std::unique_ptr<ui::MainWindow>& window)
{
    if (!window)
        return;
    window->autosaver()->discard();
    window->document()->undoStack()->clear();
    window.reset();
}

// The last `steps` edits of `window`'s document undo to `original`, the model as opened (the window
// unmodified again), and redo to the model as it is.
inline void checkUndoRedo(const ui::MainWindow& window, const engine::Model& original, int steps)
{
    QUndoStack* stack = window.document()->undoStack();
    const engine::Model edited = window.document()->model();
    QCOMPARE(stack->index(), steps);
    while (stack->canUndo())
        stack->undo();
    QVERIFY(window.document()->model() == original);
    QVERIFY(!window.isWindowModified());
    while (stack->canRedo())
        stack->redo();
    QVERIFY(window.document()->model() == edited);
}

// The column of a table headed `header`, or -1.
inline int columnOf(const ui::PartTableModel* table, const QString& header)
{
    for (int c = 0; c < table->columnCount(); ++c)
        if (table->headerData(c, Qt::Horizontal, Qt::DisplayRole).toString() == header)
            return c;
    return -1;
}

} // namespace headroom::test
