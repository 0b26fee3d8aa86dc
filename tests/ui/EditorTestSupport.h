#pragma once

#include "MainWindow.h"
#include "document/Autosaver.h"
#include "document/Document.h"

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

} // namespace headroom::test
