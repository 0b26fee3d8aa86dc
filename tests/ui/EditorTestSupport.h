#pragma once

#include "MainWindow.h"
#include "document/Autosaver.h"
#include "document/Document.h"
#include "editors/TableEditor.h"

#include <QLocale>
#include <QStandardPaths>
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

// What every editor test case starts from: the C locale (numbers read as "1500.5"), and settings
// kept apart from the person's (QStandardPaths' test mode). Call from initTestCase().
inline void initEditorTests()
{
    QLocale::setDefault(QLocale::c());
    QStandardPaths::setTestModeEnabled(true);
}

// What the test classes of the editors share, beside QObject: a window opened afresh on a project
// for each test (open() from init(), close() from cleanup()), the model it opened with, and the
// editors' widgets by name.
class EditorFixture
{
protected:
    // False if the window cannot be shown or the file opened.
    bool open(const QString& file)
    {
        m_window = editorWindow(file);
        if (m_window)
            m_original = model();
        return bool(m_window);
    }
    void close() { closeEditorWindow(m_window); }

    const engine::Model& model() const { return m_window->document()->model(); }
    // The last `steps` edits undo to the model as opened and redo (test::checkUndoRedo).
    void checkUndoRedo(int steps) const { test::checkUndoRedo(*m_window, m_original, steps); }

    // A widget of the editor `editor` (so that forms with fields of the same names do not mix).
    template <typename W>
    W* field(const char* editor, const char* name) const
    {
        auto* scope = m_window->findChild<QWidget*>(QLatin1String(editor));
        W* widget = scope ? scope->findChild<W*>(QLatin1String(name)) : nullptr;
        if (!widget)
            qFatal("no %s in %s", name, editor);
        return widget;
    }

    std::unique_ptr<ui::MainWindow> m_window;
    engine::Model m_original;
};

} // namespace headroom::test
