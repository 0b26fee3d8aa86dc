#pragma once

#include "engine/Engine.h"
#include "engine/Model.h"

#include <QObject>
#include <QString>

#include <atomic>
#include <memory>
#include <vector>

namespace headroom::ui {

// One scenario's (or the base model's) results in a run.
struct ScenarioResults
{
    QString id;   // "base" for the base model, else the scenario's id
    QString name; // as the user named it
    engine::Results results;
};

// What one background run produced: the base model's outcome and, when it is valid, the results
// of every scenario, run with the same seed so that their differences are the overrides' alone.
struct RunBundle
{
    engine::RunOutcome base;
    std::vector<ScenarioResults> scenarios; // the base first, then each scenario in model order
};

// Runs the engine off the GUI thread. start() cancels the run in flight (it stops at its next
// block of samples) and starts another on a copy of the model; only the newest run reports.
class ProjectionRunner : public QObject
{
    Q_OBJECT

public:
    explicit ProjectionRunner(QObject* parent = nullptr);
    ~ProjectionRunner() override; // cancels and waits for every run still going

    void start(engine::Model model, int samples);
    void cancel();
    bool isRunning() const { return m_current != nullptr; }

    // Blocks until the newest run has finished and reported (for tests and Save). False on timeout.
    bool waitForFinished(int timeoutMs = 30'000);
    // What the last run to report finished() produced, handed over (moved: a copy of its results
    // takes milliseconds); empty once taken.
    RunBundle takeFinished();

Q_SIGNALS:
    void started();
    // Samples done over the run's total, scenarios included: from 200 ms into a run, every 2%.
    void progress(int done, int total);
    // The base model's outcome, as soon as it is known: the plots need not wait for the scenarios.
    void baseFinished(const headroom::engine::RunOutcome& base);
    // The newest run is done: takeFinished() has what it produced.
    void finished();

private:
    struct Job;
    void report(const std::shared_ptr<Job>& job);

    std::shared_ptr<Job> m_current;          // the run whose results we want, or null
    std::vector<std::shared_ptr<Job>> m_jobs; // every thread still going (cancelled ones included)
    RunBundle m_finished;                     // the last run to report, until taken
};

} // namespace headroom::ui
