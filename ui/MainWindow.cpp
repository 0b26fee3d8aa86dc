#include "MainWindow.h"

#include "document/Document.h"
#include "editors/GrowthEditor.h"
#include "results/OverviewPanel.h"
#include "results/ResultsArea.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenuBar>
#include <QMessageBox>
#include <QScrollArea>
#include <QSplitter>
#include <QStatusBar>
#include <QUndoStack>
#include <QVBoxLayout>

namespace headroom::ui {

namespace {
const QString kFileFilters = QObject::tr("Headroom projects (*.headroom);;Headroom JSON (*.headroom.json *.json)");
}

MainWindow::MainWindow(QWidget* parent) : QMainWindow(parent), m_document(new Document(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    createActions();
    createCentralArea();
    connect(m_document, &Document::filePathChanged, this, &MainWindow::updateTitle);
    connect(m_document, &Document::modelChanged, this, &MainWindow::updateTitle);
    connect(m_document->undoStack(), &QUndoStack::cleanChanged, this, &MainWindow::updateTitle);
    connect(m_document, &Document::resultsChanged, this, &MainWindow::updateStatus);
    resize(1280, 800);
    updateTitle();
}

void MainWindow::createActions()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* open = file->addAction(tr("&Open…"), this, &MainWindow::openWithDialog);
    open->setShortcut(QKeySequence::Open);
    QAction* saveAction = file->addAction(tr("&Save"), this, &MainWindow::save);
    saveAction->setShortcut(QKeySequence::Save);
    QAction* saveAsAction = file->addAction(tr("Save &As…"), this, &MainWindow::saveAs);
    saveAsAction->setShortcut(QKeySequence::SaveAs);
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    for (QAction* a : {open, saveAction, saveAsAction, quit})
        a->setObjectName(QStringLiteral("action") + a->text().remove(QLatin1Char('&')).remove(QChar(0x2026)).remove(
                                                        QLatin1Char(' ')));

    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    QAction* undo = m_document->undoStack()->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    undo->setObjectName(QStringLiteral("actionUndo"));
    QAction* redo = m_document->undoStack()->createRedoAction(this, tr("&Redo"));
    redo->setShortcut(QKeySequence::Redo);
    redo->setObjectName(QStringLiteral("actionRedo"));
    edit->addAction(undo);
    edit->addAction(redo);
}

void MainWindow::createCentralArea()
{
    auto* splitter = new QSplitter(Qt::Horizontal, this);
    auto* left = new QWidget(splitter);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->addWidget(new GrowthEditor(m_document, left));
    leftLayout->addWidget(new OverviewPanel(m_document, left), 1);
    auto* scroll = new QScrollArea(splitter);
    scroll->setWidget(left);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    splitter->addWidget(scroll);
    auto* results = new ResultsArea(m_document, splitter);
    splitter->addWidget(results);
    createReportAction(results);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({380, 900});
    setCentralWidget(splitter);
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
    if (m_document->open(path, &error))
        return true;
    if (!quiet)
        QMessageBox::warning(this, tr("Cannot open project"), error);
    statusBar()->showMessage(error.section(QLatin1Char('\n'), 0, 0));
    return false;
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
    statusBar()->showMessage(tr("Saved %1").arg(QFileInfo(m_document->filePath()).fileName()), 4000);
    return true;
}

bool MainWindow::saveAs()
{
    QString path = QFileDialog::getSaveFileName(this, tr("Save project as"), dialogDirectory(), kFileFilters);
    if (path.isEmpty())
        return false;
    if (!path.endsWith(QLatin1String(".json")) && !path.endsWith(QLatin1String(".headroom")))
        path += QLatin1String(".headroom");
    QString error;
    if (!m_document->saveAs(path, &error)) {
        QMessageBox::critical(this, tr("Cannot save project"), error);
        return false;
    }
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
    return answer == QMessageBox::Discard;
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    if (maybeSave())
        event->accept();
    else
        event->ignore();
}

void MainWindow::updateTitle()
{
    const QString file = m_document->filePath().isEmpty() ? tr("Untitled") : QFileInfo(m_document->filePath()).fileName();
    setWindowTitle(tr("%1 — %2[*] — Headroom").arg(QString::fromStdString(m_document->model().name), file));
    setWindowModified(m_document->isModified());
}

void MainWindow::updateStatus()
{
    const engine::RunOutcome& outcome = m_document->lastOutcome();
    if (outcome.ok())
        statusBar()->showMessage(tr("Projected %n month(s)", nullptr, outcome.results->months));
    else
        statusBar()->showMessage(tr("The model has %n problem(s): results are stale", nullptr,
                                    int(outcome.problems.size())));
}

} // namespace headroom::ui
