#include "engine/WorkerPool.h"

#include "engine/VectorState.h"

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
    clearUpperVectorState(); // the caller's thread runs tasks too
    if (m_workers.empty() || count <= 1) {
        for (int i = 0; i < count; ++i)
            task(i);
        return;
    }
    std::uint32_t batch = 0;
    {
        const std::lock_guard lock(m_mutex);
        batch = ++m_batch;
        m_task = &task;
        m_count = count;
        m_done.store(0);
        m_next.store(std::uint64_t(batch) << 32);
    }
    m_wake.notify_all();
    drain(batch, &task, count);
    std::unique_lock lock(m_mutex);
    m_finished.wait(lock, [&] { return m_done.load() == count; });
    m_task = nullptr;
}

void WorkerPool::work()
{
    clearUpperVectorState(); // a thread starts with the state of the one that started it
    std::uint32_t seen = 0;
    for (;;) {
        const std::function<void(int)>* task = nullptr;
        int count = 0;
        {
            std::unique_lock lock(m_mutex);
            m_wake.wait(lock, [&] { return m_stopping || m_batch != seen; });
            if (m_stopping)
                return;
            seen = m_batch;
            task = m_task;
            count = m_count;
        }
        // The batch may be over already (and `task` gone): then no index is left to take.
        drain(seen, task, count);
    }
}

void WorkerPool::drain(std::uint32_t batch, const std::function<void(int)>* task, int count)
{
    const std::uint64_t tag = std::uint64_t(batch) << 32;
    std::uint64_t next = m_next.load();
    for (;;) {
        const int index = int(next & 0xffffffffU);
        if ((next & ~std::uint64_t(0xffffffffU)) != tag || index >= count)
            return; // another batch, or every index taken
        if (!m_next.compare_exchange_weak(next, next + 1))
            continue; // `next` now holds the current value
        (*task)(index);
        if (m_done.fetch_add(1) + 1 == count) {
            const std::lock_guard lock(m_mutex);
            m_finished.notify_one();
        }
        next = m_next.load();
    }
}

} // namespace headroom::engine
