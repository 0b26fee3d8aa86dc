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
// call has returned: whatever task(i) wrote is then visible to the caller. A batch waits for its
// tasks, not for its threads: a thread that wakes after the tasks are all taken (on a busy machine)
// holds nothing up. Which thread runs which index, and in what order, is not specified: the result
// of a batch must not depend on it. Tasks must not throw. One batch at a time: forEach is not itself
// thread-safe.
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
    // Runs the tasks of `batch` that no thread has taken yet, one at a time. `task` is only followed
    // once an index is taken: that keeps the batch, and so the function, alive until it returns.
    void drain(std::uint32_t batch, const std::function<void(int)>* task, int count);

    std::vector<std::thread> m_workers;
    std::mutex m_mutex;
    std::condition_variable m_wake;     // a new batch, or the end
    std::condition_variable m_finished; // the batch's last task has returned
    const std::function<void(int)>* m_task = nullptr;
    int m_count = 0;
    std::uint32_t m_batch = 0; // the current batch's number
    bool m_stopping = false;
    // The next index to take, tagged with its batch's number in the high 32 bits, so that a thread
    // still leaving one batch can never take an index of the next (it would run the wrong task).
    std::atomic<std::uint64_t> m_next{0};
    std::atomic<int> m_done{0}; // tasks of the current batch that have returned
};

} // namespace headroom::engine
