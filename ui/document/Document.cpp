#include "document/Document.h"

#include "project/InputsHash.h"
#include "project/ProjectFile.h"

namespace headroom::ui {

namespace {
// Long enough to fold a burst of keystrokes into one run, short enough to feel immediate.
constexpr int kRunDebounceMs = 30;
// The Monte Carlo samples behind every plot: enough for a steady P10–P90 band.
constexpr int kGuiSamples = 1000;
} // namespace

Document::Document(QObject* parent) : QObject(parent)
{
    m_runTimer.setSingleShot(true);
    m_runTimer.setInterval(kRunDebounceMs);
    connect(&m_runTimer, &QTimer::timeout, this, &Document::runNow);
}

Document::~Document()
{
    // ~QUndoStack emits cleanChanged(); its receivers may already be half destroyed.
    m_undoStack.blockSignals(true);
}

const engine::Results* Document::lastResults() const
{
    return m_lastGood ? &*m_lastGood : nullptr;
}

bool Document::open(const QString& path, QString* error)
{
    project::LoadOutcome loaded = project::loadProject(path.toStdString());
    if (!loaded.ok()) {
        QString message = QString::fromStdString(loaded.message);
        for (const engine::Problem& p : loaded.problems)
            message += QStringLiteral("\n• ") + QString::fromStdString(p.toString());
        if (error)
            *error = message;
        return false;
    }
    m_project = std::move(*loaded.project);
    m_filePath = path;
    m_undoStack.clear();
    m_lastGood.reset();
    // Results saved with the file show at once if they still match the model.
    if (m_project.lastRun && m_project.lastRun->inputsHash == project::inputsHash(m_project.model))
        m_lastGood = m_project.lastRun->results;
    Q_EMIT filePathChanged(m_filePath);
    Q_EMIT modelChanged();
    runNow();
    return true;
}

bool Document::saveAs(const QString& path, QString* error)
{
    project::Project toSave = m_project;
    if (m_outcome.ok())
        toSave.lastRun = project::StoredRun{*m_outcome.results, project::inputsHash(m_project.model),
                                            project::utcTimestampNow()};
    const project::SaveOutcome saved = project::saveProject(path.toStdString(), toSave);
    if (!saved.ok()) {
        if (error)
            *error = QString::fromStdString(saved.message);
        return false;
    }
    m_project.lastRun = std::move(toSave.lastRun);
    m_undoStack.setClean();
    if (path != m_filePath) {
        m_filePath = path;
        Q_EMIT filePathChanged(m_filePath);
    }
    return true;
}

void Document::replaceModel(engine::Model model)
{
    m_project.model = std::move(model);
    Q_EMIT modelChanged();
    m_runTimer.start();
}

void Document::runNow()
{
    m_runTimer.stop();
    engine::RunOptions options;
    options.samples = kGuiSamples;
    m_outcome = engine::run(m_project.model, options);
    if (m_outcome.ok())
        m_lastGood = *m_outcome.results;
    Q_EMIT resultsChanged();
}

} // namespace headroom::ui
