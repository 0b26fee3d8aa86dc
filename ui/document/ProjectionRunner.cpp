#include "document/ProjectionRunner.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QPointer>
#include <QThread>
#include <QTimer>
#include <algorithm>
#include <utility>

#if defined(Q_OS_LINUX)
#include <sys/resource.h>
#endif

namespace headroom::ui {

namespace {

// The scenarios run while the window draws the base model's results: they give way to it. On Linux
// the nice value is a thread's own, and the threads a run starts inherit it; elsewhere Qt's
// priorities do the same.
void giveWayToTheWindow()
{
#if defined(Q_OS_LINUX)
    setpriority(PRIO_PROCESS, 0, 10); // 0: the calling thread
#else
    QThread::currentThread()->setPriority(QThread::LowestPriority);
#endif
}

// Progress is reported at most this often: a queued signal per block would flood the event loop.
constexpr int kProgressStepPercent = 2;
// And only once a run has taken this long. The window shows progress only for a run that takes
// longer than 300 ms; before that, each report would wake the GUI thread for nothing, on a machine
// whose cores the run's threads are using (fifty of them in a run of 90 ms).
constexpr int kQuietMs = 200;
} // namespace

struct ProjectionRunner::Job
{
    engine::Model model;
    int samples = 1;
    std::atomic<bool> cancel{false};
    RunBundle bundle;
    QThread* thread = nullptr;
};

ProjectionRunner::ProjectionRunner(QObject* parent) : QObject(parent)
{
    qRegisterMetaType<headroom::engine::RunOutcome>();
}

ProjectionRunner::~ProjectionRunner()
{
    for (const auto& job : m_jobs) {
        job->cancel = true;
        job->thread->wait();
        delete job->thread;
    }
}

void ProjectionRunner::cancel()
{
    if (m_current)
        m_current->cancel = true;
    m_current.reset();
}

void ProjectionRunner::start(engine::Model model, int samples)
{
    cancel();
    auto job = std::make_shared<Job>();
    job->model = std::move(model);
    job->samples = samples;
    m_current = job;

    QPointer<ProjectionRunner> self(this);
    job->thread = QThread::create([job, self] {
        const int runs = 1 + int(job->model.scenarios.size());
        const int total = runs * job->samples;
        int lastPercent = -kProgressStepPercent;
        QElapsedTimer clock;
        clock.start();
        auto runOne = [&](const std::string& scenario, int index) {
            engine::RunOptions options;
            options.scenario = scenario;
            options.samples = job->samples;
            options.cancel = &job->cancel;
            options.progress = [&, index](int done, int) {
                const int overall = index * job->samples + done;
                const int percent = int(100LL * overall / std::max(total, 1));
                if (percent < lastPercent + kProgressStepPercent || clock.elapsed() < kQuietMs)
                    return;
                lastPercent = percent;
                QMetaObject::invokeMethod(
                    self, [self, job, overall, total] {
                        if (self && self->m_current == job)
                            Q_EMIT self->progress(overall, total);
                    },
                    Qt::QueuedConnection);
            };
            return engine::run(job->model, options);
        };

        job->bundle.base = runOne({}, 0);
        if (!job->cancel && !job->model.scenarios.empty()) {
            QMetaObject::invokeMethod(
                self, [self, job, base = job->bundle.base] {
                    if (self && self->m_current == job && !job->cancel)
                        Q_EMIT self->baseFinished(base);
                },
                Qt::QueuedConnection);
        }
        if (job->bundle.base.ok()) {
            giveWayToTheWindow();
            job->bundle.scenarios.push_back({QStringLiteral("base"), QCoreApplication::translate("Headroom", "Base"),
                                             *job->bundle.base.results});
            for (int i = 0; i < int(job->model.scenarios.size()) && !job->cancel; ++i) {
                const engine::Scenario& scenario = job->model.scenarios[std::size_t(i)];
                engine::RunOutcome outcome = runOne(scenario.id, i + 1);
                if (outcome.ok())
                    job->bundle.scenarios.push_back({QString::fromStdString(scenario.id),
                                                     QString::fromStdString(scenario.name),
                                                     std::move(*outcome.results)});
            }
        }
        QMetaObject::invokeMethod(
            self, [self, job] {
                if (self)
                    self->report(job);
            },
            Qt::QueuedConnection);
    });
    m_jobs.push_back(job);
    job->thread->start(QThread::LowPriority);
    Q_EMIT started();
}

void ProjectionRunner::report(const std::shared_ptr<Job>& job)
{
    job->thread->wait();
    delete job->thread;
    job->thread = nullptr;
    m_jobs.erase(std::remove(m_jobs.begin(), m_jobs.end(), job), m_jobs.end());
    if (job != m_current || job->cancel)
        return;
    m_current.reset();
    m_finished = std::move(job->bundle);
    Q_EMIT finished();
}

RunBundle ProjectionRunner::takeFinished()
{
    return std::exchange(m_finished, RunBundle{});
}

bool ProjectionRunner::waitForFinished(int timeoutMs)
{
    if (!m_current)
        return true;
    QEventLoop loop;
    connect(this, &ProjectionRunner::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    loop.exec();
    return !m_current;
}

} // namespace headroom::ui
