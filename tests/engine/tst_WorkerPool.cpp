#include "TestSupport.h"
#include "engine/VectorState.h"
#include "engine/WorkerPool.h"

#include <atomic>
#if defined(__x86_64__)
#include <cpuid.h>
#endif
#include <chrono>
#include <thread>
#include <vector>

using namespace headroom;
using namespace headroom::engine;

namespace {
// How long a task waits for another to run beside it before the test gives up on it.
constexpr auto kPatience = std::chrono::seconds(20);

#if defined(__x86_64__) && (defined(__GNUC__) || defined(__clang__))
// Whether XGETBV with ECX = 1 reports which register states are in use (CPUID.(EAX=0DH, ECX=1):EAX[2]).
bool canReadStateInUse()
{
    if (!__builtin_cpu_supports("avx"))
        return false;
    unsigned eax = 0, ebx = 0, ecx = 0, edx = 0;
    __cpuid_count(0xD, 1, eax, ebx, ecx, edx);
    return (eax & 0x4) != 0;
}

// The upper halves of YMM0–15 (bit 2) or of ZMM0–15 (bit 6) hold something: SSE code pays for it.
bool upperVectorStateDirty()
{
    unsigned lo = 0, hi = 0;
    __asm__ volatile("xgetbv" : "=a"(lo), "=d"(hi) : "c"(1));
    return (lo & ((1u << 2) | (1u << 6))) != 0;
}

// What a 256-bit instruction without VZEROUPPER after it leaves behind.
void dirtyUpperVectorState()
{
    __asm__ volatile("vpcmpeqd %%ymm1, %%ymm1, %%ymm1" ::: "xmm1");
}
#else
bool canReadStateInUse() { return false; }
bool upperVectorStateDirty() { return false; }
void dirtyUpperVectorState() {}
#endif

} // namespace

// The threads of a Monte Carlo run: every task of a batch runs once, the batch is over when
// forEach returns, and the pool is reused batch after batch.
class TestWorkerPool : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyTaskRunsExactlyOnce_data()
    {
        QTest::addColumn<int>("threads");
        QTest::addColumn<int>("tasks");
        for (int threads : {1, 2, 3, 8})
            for (int tasks : {0, 1, 2, 7, 1000})
                QTest::addRow("%d threads, %d tasks", threads, tasks) << threads << tasks;
    }

    // Batch after batch on the same pool: each index once, and its result there on return.
    void everyTaskRunsExactlyOnce()
    {
        QFETCH(int, threads);
        QFETCH(int, tasks);
        WorkerPool pool(threads);
        QCOMPARE(pool.threads(), threads);
        for (int batch = 0; batch < 50; ++batch) {
            std::vector<int> runs(std::size_t(tasks), 0); // plain ints: forEach's return publishes them
            pool.forEach(tasks, [&](int i) { runs[std::size_t(i)] += 1 + batch; });
            for (int i = 0; i < tasks; ++i)
                QCOMPARE(runs[std::size_t(i)], 1 + batch);
        }
    }

    // Many short batches back to back, as the rounds of a run: a thread still leaving one batch
    // when the next starts must not take, or run twice, a task of the new one.
    void shortBatchesBackToBackStayExact()
    {
        for (int threads : {2, 4}) {
            WorkerPool pool(threads);
            std::vector<std::atomic<int>> runs(3);
            for (int batch = 0; batch < 20'000; ++batch) {
                pool.forEach(3, [&](int i) { runs[std::size_t(i)].fetch_add(1); });
                for (std::atomic<int>& r : runs)
                    QCOMPARE(r.exchange(0), 1);
            }
        }
    }

    // Two tasks that each wait for the other finish only if two threads run them at once.
    void tasksRunInParallel()
    {
        WorkerPool pool(2);
        for (int batch = 0; batch < 20; ++batch) {
            std::atomic<int> arrived{0};
            std::atomic<int> metTheOther{0};
            pool.forEach(2, [&](int) {
                arrived.fetch_add(1);
                const auto deadline = std::chrono::steady_clock::now() + kPatience;
                while (arrived.load() < 2 && std::chrono::steady_clock::now() < deadline)
                    std::this_thread::yield();
                if (arrived.load() == 2)
                    metTheOther.fetch_add(1);
            });
            QCOMPARE(metTheOther.load(), 2);
        }
    }

    void oneThreadRunsEverythingOnTheCaller()
    {
        WorkerPool pool(1);
        const std::thread::id caller = std::this_thread::get_id();
        bool elsewhere = false;
        pool.forEach(100, [&](int) { elsewhere = elsewhere || std::this_thread::get_id() != caller; });
        QVERIFY(!elsewhere);
        QCOMPARE(WorkerPool(0).threads(), 1); // fewer than one is one
    }

    void anIdlePoolStopsCleanly()
    {
        for (int threads : {1, 2, 16})
            WorkerPool pool(threads);
    }

    // A pool started by a thread whose AVX state is dirty (as the GUI's thread can be after drawing)
    // runs its tasks clean, on its own threads and on the caller's (engine/VectorState.h).
    void tasksRunWithCleanVectorState()
    {
        if (!canReadStateInUse())
            QSKIP("this processor cannot report its AVX state (XGETBV 1): nothing to check");
        dirtyUpperVectorState();
        QVERIFY(upperVectorStateDirty()); // the check can fail
        clearUpperVectorState();
        QVERIFY(!upperVectorStateDirty());

        dirtyUpperVectorState();
        WorkerPool pool(3);
        std::atomic<int> dirty{0};
        std::atomic<int> ran{0};
        for (int batch = 0; batch < 20; ++batch) {
            dirtyUpperVectorState();
            pool.forEach(12, [&](int) {
                dirty += upperVectorStateDirty() ? 1 : 0;
                ++ran;
            });
        }
        QCOMPARE(ran.load(), 240);
        QCOMPARE(dirty.load(), 0);
    }
};

QTEST_APPLESS_MAIN(TestWorkerPool)
#include "tst_WorkerPool.moc"
