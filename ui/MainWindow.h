#pragma once

#include <QMainWindow>
#include <QStringList>

class QLabel;
class QMenu;
class QProgressBar;
class QSplitter;

namespace headroom::project {
struct RecoveryEntry;
}

namespace headroom::ui {

class Autosaver;
class Document;
class EditorPane;
class ProjectTree;
class ResultsArea;

// The main window: the project's parts in a tree and the selected part's editor on the left,
// the results on the right, the File and Edit menus. Built from small pieces; each part of it
// lives in its own class, and each step of building it in its own function.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget* parent = nullptr);

    Document* document() const { return m_document; }
    ProjectTree* tree() const { return m_tree; }
    EditorPane* editorPane() const { return m_editors; }

    // Opens a project; on failure shows why (unless `quiet`) and keeps the current project.
    bool openFile(const QString& path, bool quiet = false);
    // Starts a new project from the starter model (asks to save unsaved changes first).
    bool newProject();

    // The files opened most recently, newest first (kept between runs).
    static QStringList recentFiles();

    Autosaver* autosaver() const { return m_autosaver; }
    // Offers, one by one, the unsaved work that sessions which ended without saving left behind.
    // True if the user took one back (it is then the open document).
    bool offerRecovery();
    // Takes a recovery file's project as the document: its file, if it has one and it still
    // opens, with the recovered changes on top (one undoable step), marked unsaved either way.
    bool recover(const project::RecoveryEntry& entry, QString* error = nullptr);

protected:
    void closeEvent(QCloseEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void createActions();
    void createViewMenu();
    void createCalibrationActions();
    void createCentralArea();
    void createStatusBar();
    void restoreWindowState();
    void saveWindowState() const;
    void rememberRecent(const QString& path);
    void updateRecentMenu();
    void createReportAction(ResultsArea* results);
    void updateTitle();
    void updateStatus();
    bool maybeSave();
    bool save();
    bool saveAs();
    void openWithDialog();
    QString dialogDirectory() const;

    Document* m_document;
    Autosaver* m_autosaver;
    ProjectTree* m_tree = nullptr;
    EditorPane* m_editors = nullptr;
    QSplitter* m_mainSplitter = nullptr;
    QSplitter* m_leftSplitter = nullptr;
    QMenu* m_recentMenu = nullptr;
    QProgressBar* m_progress = nullptr;
    QLabel* m_problems = nullptr;
};

} // namespace headroom::ui
