#include "engine/WorkerPool.h"

#include <algorithm>

namespace headroom::engine {

WorkerPool::WorkerPool(int threads)
{
    for (int k = 1; k < std::max(threads, 1); ++k)
        m_workers.emplace_back([this] { work(); });
}

WorkerPool::~WorkerPool()
{
    {
        const std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_wake.notify_all();
    for (std::thread& w : m_workers)
        w.join();
}

void WorkerPool::forEach(int count, const std::function<void(int)>& task)
{
    if (m_workers.empty() || count <= 1) {
        for (int i = 0; i < count; ++i)
            task(i);
        return;
    }
    {
        const std::lock_guard lock(m_mutex);
        m_task = &task;
        m_count = count;
        m_next.store(0);
        m_busy = int(m_workers.size());
        ++m_batch;
    }
    m_wake.notify_all();
    drain(task, count);
    std::unique_lock lock(m_mutex);
    m_finished.wait(lock, [this] { return m_busy == 0; });
    m_task = nullptr;
}

void WorkerPool::work()
{
    std::uint64_t done = 0;
    for (;;) {
        const std::function<void(int)>* task = nullptr;
        int count = 0;
        {
            std::unique_lock lock(m_mutex);
            m_wake.wait(lock, [&] { return m_stopping || m_batch != done; });
            if (m_stopping)
                return;
            done = m_batch;
            task = m_task;
            count = m_count;
        }
        drain(*task, count);
        const std::lock_guard lock(m_mutex);
        if (--m_busy == 0)
            m_finished.notify_one();
    }
}

void WorkerPool::drain(const std::function<void(int)>& task, int count)
{
    for (int i = m_next.fetch_add(1); i < count; i = m_next.fetch_add(1))
        task(i);
}

} // namespace headroom::engine
