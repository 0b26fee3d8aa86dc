#include "MainWindow.h"

#include "calibration/GrowthImportDialog.h"
#include "calibration/UslImportDialog.h"
#include "document/Autosaver.h"
#include "document/Document.h"
#include "document/ModelCommand.h"
#include "editors/EditorPane.h"
#include "engine/Starter.h"
#include "engine/VectorState.h"
#include "Theme.h"
#include "results/ResultsArea.h"
#include "tree/ProjectTree.h"

#include <QAbstractEventDispatcher>
#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDate>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressBar>
#include <QPushButton>
#include <QDateTime>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QTimer>
#include <QUndoStack>
#include <QVBoxLayout>

namespace headroom::ui {

namespace {
// A function, not a constant: translated when asked, after the translator is installed.
QString fileFilters()
{
    return MainWindow::tr("Headroom projects (*.headroom);;Headroom JSON (*.headroom.json *.json)");
}
constexpr int kMaxRecentFiles = 8;
// A run shorter than this shows no progress bar: it would only flicker.
constexpr int kProgressDelayMs = 300;
const QString kRecentKey = QStringLiteral("recentFiles");

bool isProjectPath(const QString& path)
{
    return path.endsWith(QLatin1String(".headroom")) || path.endsWith(QLatin1String(".json"));
}

} // namespace

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent), m_document(new Document(this)),
      m_autosaver(new Autosaver(m_document, Autosaver::defaultDirectory(), this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setAcceptDrops(true);
    createActions();
    createViewMenu();
    createCalibrationActions();
    createCentralArea();
    createStatusBar();
    connect(m_document, &Document::filePathChanged, this, &MainWindow::updateTitle);
    connect(m_document, &Document::modelChanged, this, &MainWindow::updateTitle);
    connect(m_document->undoStack(), &QUndoStack::cleanChanged, this, &MainWindow::updateTitle);
    connect(m_document, &Document::resultsChanged, this, &MainWindow::updateStatus);
    connect(m_document, &Document::problemsChanged, this, &MainWindow::updateStatus);
    restoreWindowState();
    updateTitle();
    // Some library code the window runs (drawing, fonts) leaves the AVX registers' upper halves
    // dirty, which slows every SSE instruction after it on this thread, Qt's and Headroom's alike
    // (engine/VectorState.h); clearing them each time the event loop wakes costs a cycle.
    if (auto* dispatcher = QAbstractEventDispatcher::instance())
        connect(dispatcher, &QAbstractEventDispatcher::awake, this, [] { engine::clearUpperVectorState(); });
}

void MainWindow::createActions()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    // Named in English, whatever the language shown: other code finds them by name (actionQuit).
    const auto add = [this](QMenu* menu, const QString& text, const char* name, auto slot,
                            QKeySequence::StandardKey key) {
        QAction* action = menu->addAction(text, this, slot);
        action->setShortcut(key);
        action->setObjectName(QLatin1String(name));
        return action;
    };
    add(file, tr("&New"), "actionNew", [this] { newProject(); }, QKeySequence::New);
    add(file, tr("&Open…"), "actionOpen", &MainWindow::openWithDialog, QKeySequence::Open);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    m_recentMenu->setObjectName(QStringLiteral("menuRecent"));
    updateRecentMenu();
    file->addSeparator();
    add(file, tr("&Save"), "actionSave", &MainWindow::save, QKeySequence::Save);
    add(file, tr("Save &As…"), "actionSaveAs", &MainWindow::saveAs, QKeySequence::SaveAs);
    file->addSeparator();
    add(file, tr("&Quit"), "actionQuit", &QWidget::close, QKeySequence::Quit);

    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    QAction* undo = m_document->undoStack()->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    undo->setObjectName(QStringLiteral("actionUndo"));
    QAction* redo = m_document->undoStack()->createRedoAction(this, tr("&Redo"));
    redo->setShortcut(QKeySequence::Redo);
    redo->setObjectName(QStringLiteral("actionRedo"));
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    QAction* addPart = edit->addAction(tr("&Add Part"), this, [this] { m_tree->addPart(); });
    addPart->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    addPart->setObjectName(QStringLiteral("actionAddPart"));
    QAction* duplicate = edit->addAction(tr("D&uplicate Part"), this, [this] { m_tree->duplicatePart(); });
    duplicate->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    duplicate->setObjectName(QStringLiteral("actionDuplicatePart"));
}

void MainWindow::createViewMenu()
{
    QMenu* view = menuBar()->addMenu(tr("&View"));
    QMenu* theme = view->addMenu(tr("&Theme"));
    auto* group = new QActionGroup(this);
    const Theme current = savedTheme();
    for (const auto& [choice, text] : {std::pair{Theme::System, tr("&System")}, std::pair{Theme::Light, tr("&Light")},
                                       std::pair{Theme::Dark, tr("&Dark")}}) {
        QAction* action = theme->addAction(text);
        action->setCheckable(true);
        action->setChecked(choice == current);
        action->setObjectName(QStringLiteral("actionTheme") + themeName(choice));
        group->addAction(action);
        connect(action, &QAction::triggered, this, [choice] {
            applyTheme(choice);
            saveTheme(choice);
        });
    }
}

// Tools ▸ calibration from measurements (docs/calibration.md): each opens its dialog, which makes
// its change as one undoable step; the fit of a load test goes to the selected component if any.
void MainWindow::createCalibrationActions()
{
    QMenu* tools = menuBar()->addMenu(tr("&Tools"));
    tools->setObjectName(QStringLiteral("menuTools"));
    QAction* growth = tools->addAction(tr("Fit &Growth from History…"), this, [this] {
        auto* dialog = new GrowthImportDialog(m_document, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    growth->setObjectName(QStringLiteral("actionFitGrowth"));
    QAction* usl = tools->addAction(tr("Fit &Scalability from a Load Test…"), this, [this] {
        auto* dialog = new UslImportDialog(m_document, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        if (m_tree->current().section == Section::Components)
            dialog->setComponent(m_tree->current().id);
        dialog->open();
    });
    usl->setObjectName(QStringLiteral("actionFitScalability"));
}

void MainWindow::createCentralArea()
{
    m_mainSplitter = new QSplitter(Qt::Horizontal, this);
    m_mainSplitter->setObjectName(QStringLiteral("mainSplitter"));
    m_leftSplitter = new QSplitter(Qt::Vertical, m_mainSplitter);
    m_leftSplitter->setObjectName(QStringLiteral("leftSplitter"));
    m_tree = new ProjectTree(m_document, m_leftSplitter);
    m_editors = new EditorPane(m_document, m_leftSplitter);
    m_leftSplitter->addWidget(m_tree);
    m_leftSplitter->addWidget(m_editors);
    m_leftSplitter->setStretchFactor(0, 0);
    m_leftSplitter->setStretchFactor(1, 1);
    m_leftSplitter->setSizes({230, 570});

    auto* results = new ResultsArea(m_document, m_mainSplitter);
    createReportAction(results);

    m_mainSplitter->addWidget(m_leftSplitter);
    m_mainSplitter->addWidget(results);
    m_mainSplitter->setStretchFactor(0, 0);
    m_mainSplitter->setStretchFactor(1, 1);
    m_mainSplitter->setSizes({470, 810});
    setCentralWidget(m_mainSplitter);

    connect(m_tree, &ProjectTree::nodeSelected, m_editors, &EditorPane::show);
    connect(m_editors, &EditorPane::partRenamed, m_tree, &ProjectTree::expectRename);
    connect(m_document, &Document::focusRequested, m_tree, &ProjectTree::selectSubject);
    m_editors->show(m_tree->current());
}

void MainWindow::createStatusBar()
{
    m_problems = new QLabel(this);
    m_problems->setObjectName(QStringLiteral("problemCount"));
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("runProgress"));
    m_progress->setMaximumWidth(180);
    m_progress->setTextVisible(false);
    m_progress->hide();
    statusBar()->addPermanentWidget(m_problems);
    statusBar()->addPermanentWidget(m_progress);
    // The run's state, at the right: in the results' tab corner it took the room of two tabs.
    if (auto* results = findChild<ResultsArea*>()) {
        statusBar()->addPermanentWidget(results->runStateLabel());
        results->runStateLabel()->show();
    }
    auto* shown = new QTimer(this);
    shown->setSingleShot(true);
    shown->setInterval(kProgressDelayMs);
    connect(m_document, &Document::runStarted, shown, qOverload<>(&QTimer::start));
    connect(shown, &QTimer::timeout, this, [this] {
        if (m_document->isRunning())
            m_progress->show();
    });
    connect(m_document, &Document::runProgress, this, [this](int done, int total) {
        m_progress->setRange(0, total);
        m_progress->setValue(done);
    });
    connect(m_document, &Document::resultsChanged, this, [this, shown] {
        shown->stop();
        m_progress->hide();
    });
}

void MainWindow::restoreWindowState()
{
    const QSettings settings;
    resize(1280, 800);
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    m_mainSplitter->restoreState(settings.value(QStringLiteral("window/mainSplitter")).toByteArray());
    m_leftSplitter->restoreState(settings.value(QStringLiteral("window/leftSplitter")).toByteArray());
}

void MainWindow::saveWindowState() const
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    settings.setValue(QStringLiteral("window/mainSplitter"), m_mainSplitter->saveState());
    settings.setValue(QStringLiteral("window/leftSplitter"), m_leftSplitter->saveState());
}

QStringList MainWindow::recentFiles()
{
    return QSettings().value(kRecentKey).toStringList();
}

void MainWindow::rememberRecent(const QString& path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList files = recentFiles();
    files.removeAll(absolute);
    files.prepend(absolute);
    while (files.size() > kMaxRecentFiles)
        files.removeLast();
    QSettings().setValue(kRecentKey, files);
    updateRecentMenu();
}

void MainWindow::updateRecentMenu()
{
    m_recentMenu->clear();
    const QStringList files = recentFiles();
    for (int i = 0; i < files.size(); ++i) {
        const QString path = files[i];
        QAction* action = m_recentMenu->addAction(
            QStringLiteral("&%1 %2").arg(i + 1).arg(QFileInfo(path).fileName()), this, [this, path] {
                if (maybeSave())
                    openFile(path);
            });
        action->setToolTip(path);
        action->setStatusTip(path);
    }
    if (!files.isEmpty()) {
        m_recentMenu->addSeparator();
        m_recentMenu->addAction(tr("Clear the list"), this, [this] {
            QSettings().remove(kRecentKey);
            updateRecentMenu();
        });
    }
    m_recentMenu->setEnabled(!files.isEmpty());
}

// File ▸ Export report…, before Quit: the results area writes the report of what it shows.
void MainWindow::createReportAction(ResultsArea* results)
{
    QMenu* file = menuBar()->actions().constFirst()->menu();
    QAction* quit = findChild<QAction*>(QStringLiteral("actionQuit"));
    auto* report = new QAction(tr("Export &report…"), this);
    report->setObjectName(QStringLiteral("actionExportReport"));
    report->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    connect(report, &QAction::triggered, results, &ResultsArea::exportReportWithDialog);
    file->insertAction(quit, report);
    file->insertSeparator(quit);
}

bool MainWindow::openFile(const QString& path, bool quiet)
{
    QString error;
    if (m_document->open(path, &error)) {
        rememberRecent(path);
        m_tree->select({Section::Growth, {}});
        return true;
    }
    if (!quiet)
        QMessageBox::warning(this, tr("Cannot open project"), error);
    statusBar()->showMessage(error.section(QLatin1Char('\n'), 0, 0));
    return false;
}

bool MainWindow::newProject()
{
    if (!maybeSave())
        return false;
    const QDate today = QDate::currentDate();
    m_document->reset(engine::starterModel({today.year(), today.month()}));
    m_tree->select({Section::Project, {}});
    return true;
}

void MainWindow::openWithDialog()
{
    if (!maybeSave())
        return;
    const QString path = QFileDialog::getOpenFileName(this, tr("Open project"), dialogDirectory(),
                                                      tr("Headroom projects (*.headroom *.json)"));
    if (!path.isEmpty())
        openFile(path);
}

bool MainWindow::save()
{
    if (m_document->filePath().isEmpty())
        return saveAs();
    QString error;
    if (!m_document->save(&error)) {
        QMessageBox::critical(this, tr("Cannot save project"), error);
        return false;
    }
    rememberRecent(m_document->filePath());
    statusBar()->showMessage(tr("Saved %1").arg(QFileInfo(m_document->filePath()).fileName()), 4000);
    return true;
}

bool MainWindow::saveAs()
{
    QString path = QFileDialog::getSaveFileName(this, tr("Save project as"), dialogDirectory(), fileFilters());
    if (path.isEmpty())
        return false;
    if (!isProjectPath(path))
        path += QLatin1String(".headroom");
    QString error;
    if (!m_document->saveAs(path, &error)) {
        QMessageBox::critical(this, tr("Cannot save project"), error);
        return false;
    }
    rememberRecent(path);
    statusBar()->showMessage(tr("Saved %1").arg(QFileInfo(path).fileName()), 4000);
    return true;
}

QString MainWindow::dialogDirectory() const
{
    return m_document->filePath().isEmpty() ? QString() : QFileInfo(m_document->filePath()).absolutePath();
}

bool MainWindow::maybeSave()
{
    if (!m_document->isModified())
        return true;
    const auto answer =
        QMessageBox::warning(this, tr("Unsaved changes"), tr("The project has unsaved changes. Save them?"),
                             QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Save)
        return save();
    if (answer != QMessageBox::Discard)
        return false;
    m_autosaver->discard();
    return true;
}

bool MainWindow::offerRecovery()
{
    for (const project::RecoveryEntry& entry : m_autosaver->leftBehind()) {
        const QString what = entry.document.path.empty()
                                 ? tr("an untitled project")
                                 : QFileInfo(QString::fromStdString(entry.document.path)).fileName();
        const QDateTime when = QDateTime::fromString(QString::fromStdString(entry.savedAtUtc), Qt::ISODate);
        QMessageBox box(QMessageBox::Question, tr("Recover unsaved changes?"),
                        tr("Headroom ended without saving the changes to %1. They were autosaved %2.")
                            .arg(what, QLocale().toString(when.toLocalTime(), QLocale::LongFormat)),
                        QMessageBox::NoButton, this);
        box.setInformativeText(tr("Recover them to look at them and save them, or discard them for good."));
        QPushButton* recoverButton = box.addButton(tr("Recover"), QMessageBox::AcceptRole);
        QPushButton* discardButton = box.addButton(tr("Discard"), QMessageBox::DestructiveRole);
        box.addButton(tr("Not now"), QMessageBox::RejectRole);
        box.setDefaultButton(recoverButton);
        box.exec();
        if (box.clickedButton() == discardButton) {
            m_autosaver->forget(entry);
        } else if (box.clickedButton() == recoverButton) {
            QString error;
            if (recover(entry, &error))
                return true; // one document at a time: the others are offered at the next start
            QMessageBox::warning(this, tr("Cannot recover"), error);
        }
    }
    return false;
}

bool MainWindow::recover(const project::RecoveryEntry& entry, QString* error)
{
    project::LoadOutcome loaded = m_autosaver->load(entry);
    if (!loaded.ok()) {
        if (error)
            *error = QString::fromStdString(loaded.message);
        return false;
    }
    const engine::Model recovered = loaded.project->model;
    const QString path = QString::fromStdString(entry.document.path);
    if (!path.isEmpty() && m_document->open(path, nullptr)) {
        // On top of the file as saved: undo shows what the recovered changes were.
        edit(m_document, tr("Recover unsaved changes"), {}, [&](engine::Model& m) { m = recovered; });
    } else {
        m_document->reset(recovered, path);
    }
    m_document->markUnsaved();
    m_autosaver->forget(entry);
    m_autosaver->autosaveNow(); // under this session now, so a second crash loses nothing either
    statusBar()->showMessage(tr("Recovered the unsaved changes to %1").arg(QFileInfo(path).fileName()), 8000);
    return true;
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    if (!maybeSave()) {
        event->ignore();
        return;
    }
    m_autosaver->discard(); // saved, or knowingly discarded
    saveWindowState();
    event->accept();
}

void MainWindow::dragEnterEvent(QDragEnterEvent* event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (urls.size() == 1 && urls.first().isLocalFile() && isProjectPath(urls.first().toLocalFile()))
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent* event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (urls.size() != 1 || !urls.first().isLocalFile())
        return;
    event->acceptProposedAction();
    const QString path = urls.first().toLocalFile();
    // Open after the drop has finished: a dialog inside the drop would block the drag source.
    QTimer::singleShot(0, this, [this, path] {
        if (maybeSave())
            openFile(path);
    });
}

void MainWindow::updateTitle()
{
    const QString file =
        m_document->filePath().isEmpty() ? tr("Untitled") : QFileInfo(m_document->filePath()).fileName();
    setWindowTitle(tr("%1 — %2[*] — Headroom").arg(QString::fromStdString(m_document->model().name), file));
    setWindowModified(m_document->isModified());
}

void MainWindow::updateStatus()
{
    const int problems = int(m_document->problems().size());
    m_problems->setText(problems == 0 ? QString()
                        : problems == 1 ? tr("1 problem: results are stale")
                                        : tr("%1 problems: results are stale").arg(QLocale().toString(problems)));
    m_problems->setStyleSheet(problems == 0 ? QString() : QStringLiteral("color: #d04437;"));
    const engine::RunOutcome& outcome = m_document->lastOutcome();
    if (outcome.ok())
        statusBar()->showMessage(outcome.results->months == 1
                                     ? tr("Projected 1 month")
                                     : tr("Projected %1 months").arg(QLocale().toString(outcome.results->months)),
                                 5000);
}

} // namespace headroom::ui
