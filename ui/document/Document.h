#pragma once

#include "document/ProjectionRunner.h"
#include "engine/Engine.h"
#include "project/Project.h"

#include <QElapsedTimer>
#include <QObject>
#include <QString>
#include <QTimer>
#include <QUndoStack>

#include <optional>
#include <vector>

namespace headroom::ui {

// The open project: owns the model, its undo stack, the file it came from and the latest run.
// Widgets never change the model directly: they push commands (ModelCommand.h) onto undoStack(),
// and every change re-runs the projection in the background: at once after a pause, debounced in a
// burst of changes; a run still going when the model changes again is cancelled. resultsChanged() follows each finished run.
class Document : public QObject
{
    Q_OBJECT

public:
    explicit Document(QObject* parent = nullptr);
    ~Document() override;

    const engine::Model& model() const { return m_project.model; }
    QUndoStack* undoStack() { return &m_undoStack; }
    QString filePath() const { return m_filePath; }
    bool isModified() const { return m_unsaved || !m_undoStack.isClean(); }
    // The whole project as it would be saved: the model, and the last run's results.
    const project::Project& project() const { return m_project; }
    // Marks the document as having changes that are not on disk, with nothing to undo (a project
    // recovered after a crash); the next save clears it.
    void markUnsaved();

    // The latest finished run: problems if the model is invalid, results otherwise. While the
    // model is invalid, lastResults() keeps the last good results (stale) so plots do not go blank.
    const engine::RunOutcome& lastOutcome() const { return m_outcome; }
    const engine::Results* lastResults() const;
    bool resultsAreStale() const { return !m_outcome.ok() || m_runner.isRunning(); }
    // The base model's and every scenario's results from the last good run, base first.
    const std::vector<ScenarioResults>& scenarioResults() const { return m_scenarioResults; }
    bool isRunning() const { return m_runner.isRunning(); }
    // What is wrong with the model as it is now, checked on every change (the run checks again).
    const std::vector<engine::Problem>& problems() const { return m_problems; }

    // File operations. On failure they return false with a message for the user, and change nothing.
    bool open(const QString& path, QString* error);
    bool save(QString* error) { return saveAs(m_filePath, error); }
    bool saveAs(const QString& path, QString* error);
    // Starts an untitled project from `model` (File ▸ New, or a recovered file); `path` is kept
    // as the file to save to when the model came from a recovery file of a named project.
    void reset(engine::Model model, const QString& path = {});

    // Replaces the model and schedules a run. For undo commands; editors push commands instead.
    void replaceModel(engine::Model model);

    // Starts a run now, instead of after the debounce delay; waitForResults() blocks until the
    // newest run has reported (tests, scripts). False on timeout.
    void runNow();
    bool waitForResults(int timeoutMs = 30'000);

    // Asks the window to show a part of the model (a component, a request class…) by id: a
    // results view calls it when a bottleneck is clicked, and the project tree selects it.
    void requestFocus(const QString& subject) { Q_EMIT focusRequested(subject); }

    // Monte Carlo samples per run (1 000 by default).
    void setSamples(int samples) { m_samples = samples; }
    int samples() const { return m_samples; }

Q_SIGNALS:
    void modelChanged();
    void problemsChanged();
    void resultsChanged();
    void runStarted();
    void runProgress(int done, int total);
    void filePathChanged(const QString& path);
    void focusRequested(const QString& subject);

private:
    void takeResults();
    void setOutcome(engine::RunOutcome base); // with the hash of the model it came from
    void modelReplaced();

    project::Project m_project;
    QString m_filePath;
    QUndoStack m_undoStack;
    QTimer m_runTimer;
    QElapsedTimer m_lastRunStart;
    ProjectionRunner m_runner;
    int m_samples;
    std::string m_runningHash; // inputsHash of the model the run in flight projects
    std::string m_resultsHash; // inputsHash of the model m_outcome came from
    std::vector<engine::Problem> m_problems;
    engine::RunOutcome m_outcome;
    std::optional<engine::Results> m_lastGood; // while m_outcome has none: the last results it had
    std::vector<ScenarioResults> m_scenarioResults;
    bool m_unsaved = false;
};

} // namespace headroom::ui
