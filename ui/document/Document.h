#pragma once

#include "engine/Engine.h"
#include "project/Project.h"

#include <QObject>
#include <QString>
#include <QTimer>
#include <QUndoStack>

namespace headroom::ui {

// The open project: owns the model, its undo stack, the file it came from and the latest run.
// Widgets never change the model directly: they push commands (ModelCommand.h) onto undoStack(),
// and every change re-runs the projection, debounced, then emits resultsChanged().
class Document : public QObject
{
    Q_OBJECT

public:
    explicit Document(QObject* parent = nullptr);
    ~Document() override;

    const engine::Model& model() const { return m_project.model; }
    QUndoStack* undoStack() { return &m_undoStack; }
    QString filePath() const { return m_filePath; }
    bool isModified() const { return !m_undoStack.isClean(); }

    // The latest run: problems if the model is invalid, results otherwise. While the model is
    // invalid, lastResults() keeps the last good results (stale) so plots do not go blank.
    const engine::RunOutcome& lastOutcome() const { return m_outcome; }
    const engine::Results* lastResults() const;
    bool resultsAreStale() const { return !m_outcome.ok(); }

    // File operations. On failure they return false with a message for the user, and change nothing.
    bool open(const QString& path, QString* error);
    bool save(QString* error) { return saveAs(m_filePath, error); }
    bool saveAs(const QString& path, QString* error);

    // Replaces the model and schedules a run. For undo commands; editors push commands instead.
    void replaceModel(engine::Model model);

    // Runs the engine now, instead of after the debounce delay.
    void runNow();

Q_SIGNALS:
    void modelChanged();
    void resultsChanged();
    void filePathChanged(const QString& path);

private:
    project::Project m_project;
    QString m_filePath;
    QUndoStack m_undoStack;
    QTimer m_runTimer;
    engine::RunOutcome m_outcome;
    std::optional<engine::Results> m_lastGood;
};

} // namespace headroom::ui
