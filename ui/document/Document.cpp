#include "document/Document.h"

#include "project/InputsHash.h"
#include "project/ProjectFile.h"

#include "engine/Validation.h"

namespace headroom::ui {

namespace {
// The first change after a pause runs at once; changes that follow a run's start closer than this
// (a burst of keystrokes, a drag) fold into one run, this long after the last of them.
constexpr int kRunDebounceMs = 30;
// The Monte Carlo samples behind every plot: enough for a steady P10–P90 band.
constexpr int kGuiSamples = 1000;
} // namespace

Document::Document(QObject* parent) : QObject(parent), m_samples(kGuiSamples)
{
    m_runTimer.setSingleShot(true);
    m_runTimer.setInterval(kRunDebounceMs);
    connect(&m_runTimer, &QTimer::timeout, this, &Document::runNow);
    connect(&m_runner, &ProjectionRunner::started, this, &Document::runStarted);
    connect(&m_runner, &ProjectionRunner::progress, this, &Document::runProgress);
    // The base model's results show at once; the scenarios' follow when they are done.
    connect(&m_runner, &ProjectionRunner::baseFinished, this, [this](const engine::RunOutcome& base) {
        setOutcome(base);
        Q_EMIT resultsChanged();
    });
    connect(&m_runner, &ProjectionRunner::finished, this, &Document::takeResults);
}

Document::~Document()
{
    // ~QUndoStack emits cleanChanged(); its receivers may already be half destroyed.
    m_undoStack.blockSignals(true);
    m_runner.blockSignals(true);
}

const engine::Results* Document::lastResults() const
{
    if (m_outcome.ok())
        return &*m_outcome.results;
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
    m_runner.cancel();
    m_project = std::move(*loaded.project);
    m_filePath = path;
    m_unsaved = false;
    m_undoStack.clear();
    m_lastGood.reset();
    m_scenarioResults.clear();
    m_outcome = {};
    m_resultsHash.clear();
    // Results saved with the file show at once if they still match the model.
    const std::string hash = project::inputsHash(m_project.model);
    if (m_project.lastRun && m_project.lastRun->inputsHash == hash) {
        m_outcome.results = m_project.lastRun->results;
        m_resultsHash = hash;
    }
    Q_EMIT filePathChanged(m_filePath);
    modelReplaced();
    // Always, results or not: the last project's are gone, and what was built from them must go too.
    Q_EMIT resultsChanged();
    runNow();
    return true;
}

void Document::reset(engine::Model model, const QString& path)
{
    m_runner.cancel();
    m_project = {};
    m_project.model = std::move(model);
    m_filePath = path;
    m_unsaved = false;
    m_undoStack.clear();
    m_lastGood.reset();
    m_scenarioResults.clear();
    m_outcome = {};
    m_resultsHash.clear();
    Q_EMIT filePathChanged(m_filePath);
    modelReplaced();
    Q_EMIT resultsChanged();
    runNow();
}

bool Document::saveAs(const QString& path, QString* error)
{
    project::Project toSave = m_project;
    // Results go with the file only with the hash of the model they came from: a run still going
    // leaves the previous results in, known to be stale when the file is opened again.
    if (m_outcome.ok())
        toSave.lastRun = project::StoredRun{*m_outcome.results, m_resultsHash, project::utcTimestampNow()};
    const project::SaveOutcome saved = project::saveProject(path.toStdString(), toSave);
    if (!saved.ok()) {
        if (error)
            *error = QString::fromStdString(saved.message);
        return false;
    }
    m_project.lastRun = std::move(toSave.lastRun);
    m_unsaved = false;
    m_undoStack.setClean();
    if (path != m_filePath) {
        m_filePath = path;
        Q_EMIT filePathChanged(m_filePath);
    }
    return true;
}

void Document::markUnsaved()
{
    m_unsaved = true;
    Q_EMIT modelChanged();
}

void Document::replaceModel(engine::Model model)
{
    m_project.model = std::move(model);
    m_runner.cancel(); // at once: nothing a run of the old model reports from now on is shown
    // The run starts before the window follows the change, so that the two overlap.
    if (!m_runTimer.isActive() && (!m_lastRunStart.isValid() || m_lastRunStart.hasExpired(kRunDebounceMs)))
        runNow();
    else
        m_runTimer.start();
    modelReplaced();
}

void Document::modelReplaced()
{
    std::vector<engine::Problem> problems = engine::validate(m_project.model);
    const bool changed = problems != m_problems;
    m_problems = std::move(problems);
    Q_EMIT modelChanged();
    if (changed)
        Q_EMIT problemsChanged();
}

void Document::runNow()
{
    m_runTimer.stop();
    m_lastRunStart.start();
    m_runner.start(m_project.model, m_samples);
    m_runningHash = project::inputsHash(m_project.model); // while the run goes on
}

bool Document::waitForResults(int timeoutMs)
{
    if (m_runTimer.isActive())
        runNow();
    return m_runner.waitForFinished(timeoutMs);
}

void Document::setOutcome(engine::RunOutcome base)
{
    // Results are moved, not copied (a few milliseconds each, on the thread that draws them): the
    // last good ones are set aside only when an outcome without results replaces them.
    if (!base.ok() && m_outcome.ok())
        m_lastGood = std::move(m_outcome.results);
    else if (base.ok())
        m_lastGood.reset();
    m_outcome = std::move(base);
    m_resultsHash = m_runningHash;
}

void Document::takeResults()
{
    RunBundle bundle = m_runner.takeFinished();
    setOutcome(std::move(bundle.base));
    if (m_outcome.ok())
        m_scenarioResults = std::move(bundle.scenarios);
    Q_EMIT resultsChanged();
}

} // namespace headroom::ui
