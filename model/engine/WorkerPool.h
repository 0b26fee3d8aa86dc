#pragma once

#include <atomic>
#include <condition_variable>
#include <cstdint>
#include <functional>
#include <mutex>
#include <thread>
#include <vector>

namespace headroom::engine {

// A fixed set of threads that run batches of tasks, started once and reused for every batch:
// a Monte Carlo run hands it one batch per round instead of starting threads each time.
//
// forEach(count, task) calls task(i) exactly once for every i in [0, count), on the pool's
// threads and the caller's, each taking the next index as it becomes free, and returns when every
// call has returned: whatever task(i) wrote is then visible to the caller. Which thread runs which
// index, and in what order, is not specified: the result of a batch must not depend on it. Tasks
// must not throw. One batch at a time: forEach is not itself thread-safe.
class WorkerPool
{
public:
    // threads ≥ 1, the caller included: threads − 1 threads are started.
    explicit WorkerPool(int threads);
    ~WorkerPool();
    WorkerPool(const WorkerPool&) = delete;
    WorkerPool& operator=(const WorkerPool&) = delete;

    int threads() const { return static_cast<int>(m_workers.size()) + 1; }

    void forEach(int count, const std::function<void(int)>& task);

private:
    void work();
    void drain(const std::function<void(int)>& task, int count);

    std::vector<std::thread> m_workers;
    std::mutex m_mutex;
    std::condition_variable m_wake;     // a new batch, or the end
    std::condition_variable m_finished; // the last worker has left the batch
    const std::function<void(int)>* m_task = nullptr;
    int m_count = 0;
    std::uint64_t m_batch = 0; // counts batches, so that a worker runs each once
    int m_busy = 0;            // workers that have not yet left the current batch
    bool m_stopping = false;
    std::atomic<int> m_next{0}; // the next index to run in the current batch
};

} // namespace headroom::engine
