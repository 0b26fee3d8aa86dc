#include "engine/SampleTable.h"

#include <algorithm>
#include <array>
#include <cassert>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <limits>
#include <mutex>
#include <new>
#include <stdexcept>
#include <string>
#include <vector>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif
#if defined(__linux__)
#include <sys/mman.h>
#endif

namespace headroom::engine {

namespace {

constexpr std::size_t kLineBytes = 64;
constexpr std::size_t kLineDoubles = kLineBytes / sizeof(double);
static_assert(SampleTable::kGroupSamples == kLineDoubles);
// Columns are made in chunks of this many bytes, on huge pages where the system gives them: a
// group's writes go to thousands of columns at once, and on 4 KiB pages each would miss the TLB.
constexpr std::size_t kHugePageBytes = std::size_t(2) << 20;
constexpr std::size_t kChunkBytes = 2 * kHugePageBytes;
// The chunks a table leaves when it goes, kept for the next (up to this many: 128 MiB, a run of
// 1,000 samples of a model 1.7 times the reference model's size, whose 9,600 varying months take
// 19 chunks): their pages stay mapped, so that the next run neither faults them in again nor has
// the system clear them. The process keeps them until it ends.
constexpr std::size_t kPooledChunks = 32;

// Where a chunk's values were not written by the table that holds it, they are what the last table
// left, or what the system gave: never read, as the table's bits see to. Builds that check (debug,
// and the sanitizers') fill every chunk they hand out with NaN, so that a value read without
// having been written shows in the statistics rather than passing for a result.
#if !defined(NDEBUG) || defined(__SANITIZE_ADDRESS__)
constexpr bool kPoisonChunks = true;
#else
constexpr bool kPoisonChunks = false;
#endif

class ChunkPool
{
public:
    // Never destroyed: a table may outlive the statics (a run's thread still going at exit).
    static ChunkPool& instance()
    {
        static auto* pool = new ChunkPool;
        return *pool;
    }

    double* take()
    {
        double* chunk = takeFree();
        if (!chunk) {
            // Aligned to a huge page (and so to a cache line: a group of samples writes a line no
            // other group writes). Not zeroed: a table's bits say what has been written.
            chunk = static_cast<double*>(std::aligned_alloc(kHugePageBytes, kChunkBytes));
            if (!chunk)
                throw std::bad_alloc();
#if defined(__linux__) && defined(MADV_HUGEPAGE)
            madvise(chunk, kChunkBytes, MADV_HUGEPAGE); // a hint: without it, 4 KiB pages
#endif
        }
        if (kPoisonChunks)
            std::fill(chunk, chunk + kChunkBytes / sizeof(double), std::numeric_limits<double>::quiet_NaN());
        return chunk;
    }

    void give(double* chunk) noexcept
    {
        {
            const std::lock_guard lock(m_mutex);
            if (m_free.size() < kPooledChunks) {
                m_free.push_back(chunk); // within the capacity reserved: does not throw
                return;
            }
        }
        std::free(chunk);
    }

private:
    ChunkPool()
    {
        m_free.reserve(kPooledChunks);
    }

    double* takeFree()
    {
        const std::lock_guard lock(m_mutex);
        if (m_free.empty())
            return nullptr;
        double* chunk = m_free.back();
        m_free.pop_back();
        return chunk;
    }

    std::mutex m_mutex;
    std::vector<double*> m_free;
};

// The chunk pool's idea of the most bytes a column takes.
static_assert(kChunkBytes / sizeof(double) >=
              ((SampleTable::kMaxTableSamples + kLineDoubles - 1) / kLineDoubles | 1) * kLineDoubles);

// Writes values[0 .. kLineDoubles) to the whole cache line at `line` (aligned) without reading
// it first: the table's columns are far larger than the caches, and are read only at the end. The
// writes are ordered with the thread's other writes by a fence (fenceLineWrites()) before another
// thread may touch the line.
inline void writeLine(double* line, const double* values)
{
#if defined(__SSE2__)
    for (std::size_t i = 0; i < kLineDoubles; i += 2)
        _mm_stream_pd(line + i, _mm_loadu_pd(values + i));
#else
    std::copy(values, values + kLineDoubles, line);
#endif
}

// Sums four columns' values, sample by sample, into sums[0 .. 4): what ValueSums::add() makes of
// each column alone, bit for bit (each lane does its column's operations in its order).
void sumFour(const std::array<const double*, 4>& columns, std::int64_t count, std::array<ValueSums, 4>& sums)
{
#if defined(__SSE2__)
    // Two lanes a vector, a column a lane: the same additions, comparisons and selections as
    // addCompensated(), std::min() and std::max(), done for two columns at once.
    const __m128d signBit = _mm_set1_pd(-0.0);
    __m128d sum[2], compensation[2], lowest[2], highest[2]; // NOLINT: arrays of vectors
    for (std::size_t h = 0; h < 2; ++h) {
        sum[h] = _mm_setzero_pd();
        compensation[h] = _mm_setzero_pd();
        lowest[h] = _mm_set1_pd(std::numeric_limits<double>::infinity());
        highest[h] = _mm_set1_pd(-std::numeric_limits<double>::infinity());
    }
    for (std::int64_t s = 0; s < count; ++s)
        for (std::size_t h = 0; h < 2; ++h) {
            const __m128d x = _mm_set_pd(columns[2 * h + 1][s], columns[2 * h][s]); // lane 0: column 2h
            const __m128d total = _mm_add_pd(sum[h], x);
            // |sum| >= |x| ? (sum − total) + x : (x − total) + sum; false for a NaN, as the scalar
            const __m128d larger = _mm_cmpge_pd(_mm_andnot_pd(signBit, sum[h]), _mm_andnot_pd(signBit, x));
            const __m128d ifLarger = _mm_add_pd(_mm_sub_pd(sum[h], total), x);
            const __m128d ifSmaller = _mm_add_pd(_mm_sub_pd(x, total), sum[h]);
            compensation[h] =
                _mm_add_pd(compensation[h], _mm_or_pd(_mm_and_pd(larger, ifLarger), _mm_andnot_pd(larger, ifSmaller)));
            sum[h] = total;
            lowest[h] = _mm_min_pd(x, lowest[h]);   // x < lowest ? x : lowest, as std::min(lowest, x)
            highest[h] = _mm_max_pd(x, highest[h]); // x > highest ? x : highest, as std::max(highest, x)
        }
    for (std::size_t h = 0; h < 2; ++h) {
        const auto store = [&](double ValueSums::*out, __m128d in) {
            alignas(16) double v[2];
            _mm_store_pd(v, in);
            sums[2 * h].*out = v[0];
            sums[2 * h + 1].*out = v[1];
        };
        store(&ValueSums::sum, sum[h]);
        store(&ValueSums::compensation, compensation[h]);
        store(&ValueSums::lowest, lowest[h]);
        store(&ValueSums::highest, highest[h]);
    }
#else
    for (std::int64_t s = 0; s < count; ++s)
        for (std::size_t j = 0; j < 4; ++j)
            sums[j].add(columns[j][s]);
#endif
}

inline void fenceLineWrites()
{
#if defined(__SSE2__)
    _mm_sfence();
#endif
}

} // namespace

void SampleTable::FreeChunk::operator()(double* chunk) const
{
    ChunkPool::instance().give(chunk);
}

SampleTable::SampleTable(const std::vector<const double*>& first, int months, std::int64_t samples)
    : m_series(first.size()), m_months(months), m_samples(samples), m_first(first.size() * std::size_t(months)),
      m_columns(new std::atomic<double*>[first.size() * std::size_t(months)])
{
    if (months < 0 || samples < 1 || samples > kMaxTableSamples)
        throw std::invalid_argument("SampleTable: " + std::to_string(samples) + " samples of " +
                                    std::to_string(months) + " months");
    // A column: its values, in whole lines, an odd number of them.
    m_columnDoubles = (groups() | 1) * kLineDoubles;
    m_chunkColumns = kChunkBytes / (m_columnDoubles * sizeof(double));
    m_chunkUsed = m_chunkColumns; // no chunk yet
    // Room for every chunk the table could need: taking one never grows the vector (which, if it
    // threw, would lose the chunk).
    m_chunks.reserve((m_first.size() + m_chunkColumns - 1) / m_chunkColumns);
    // Each group's bits on lines of their own: only the thread with the group writes them.
    m_writtenBytes = (m_first.size() + kLineBytes * 8 - 1) / (kLineBytes * 8) * kLineBytes;
    m_written.reset(new std::uint8_t[groups() * m_writtenBytes + kLineBytes - 1]()); // zeroed
    for (std::size_t a = 0; a < m_series; ++a)
        std::copy(first[a], first[a] + months, m_first.begin() + std::ptrdiff_t(a * std::size_t(months)));
    for (std::size_t cell = 0; cell < m_first.size(); ++cell) {
        m_columns[cell].store(nullptr, std::memory_order_relaxed);
        // A month that starts at −0 is kept from the start, as SeriesAccumulator keeps it (a
        // constant run of −0 would report +0 as its mean).
        if (m_first[cell] == 0.0 && std::signbit(m_first[cell]))
            columnOf(cell);
    }
}

SampleTable::~SampleTable() = default;

// The column of `cell`, made by whichever thread asks first. Its lines are written by the add()
// calls that come after: those of the groups that went by before are left as they are.
double* SampleTable::columnOf(std::size_t cell)
{
    if (double* column = m_columns[cell].load(std::memory_order_acquire))
        return column;
    const std::lock_guard lock(m_allocating);
    if (double* column = m_columns[cell].load(std::memory_order_relaxed)) // another thread's, meanwhile
        return column;
    if (m_chunkUsed == m_chunkColumns) {
        m_chunks.emplace_back(ChunkPool::instance().take());
        m_chunkUsed = 0;
    }
    double* const column = m_chunks.back().get() + m_chunkUsed++ * m_columnDoubles;
    column[0] = m_first[cell]; // sample 0, in group 0's line when a later sample of it writes it
    m_columns[cell].store(column, std::memory_order_release);
    return column;
}

void SampleTable::add(std::int64_t first, int count, const std::vector<const double*>* const* samples)
{
    // A whole group, as the bits are the group's: first·8 (or 1) up to the group's end or the last sample.
    assert(first >= 1 && count >= 1 && first % kGroupSamples == (first < kGroupSamples ? 1 : 0) &&
           first + count == std::min(m_samples, (first / kGroupSamples + 1) * kGroupSamples));
    assert(std::all_of(samples, samples + count,
                       [this](const std::vector<const double*>* sample) { return sample->size() == m_series; }));
    // Month by month, the group's values of it together: a column is written a cache line at a
    // time, where sample by sample every column's line would be fetched again for each sample.
    const auto months = std::size_t(m_months);
    std::uint8_t* const written = writtenIn(std::size_t(first) / kGroupSamples); // this group's alone
    for (std::size_t a = 0; a < m_series; ++a) {
        std::array<const double*, kGroupSamples> series{};
        for (int j = 0; j < count; ++j)
            series[std::size_t(j)] = (*samples[j])[a];
        const double* const reference = m_first.data() + a * months;
        // A series the group has as the first sample has it, whole (many never vary: a fixed pool,
        // a component that stores nothing): nothing to write, as for a month that has not varied.
        if (std::all_of(series.begin(), series.begin() + count, [reference, months](const double* values) {
                return std::memcmp(values, reference, months * sizeof(double)) == 0;
            }))
            continue;
        for (std::size_t t = 0; t < months; ++t) {
            const std::size_t cell = a * months + t;
            double* column = m_columns[cell].load(std::memory_order_acquire);
            if (!column) { // the month has not varied yet: has it now?
                bool same = true;
                for (int j = 0; j < count; ++j)
                    same &= sameBits(series[std::size_t(j)][t], reference[t]);
                if (same)
                    continue; // no column yet: its bit for this group stays unset, the values the first's
                column = columnOf(cell);
            }
            if (count == kGroupSamples) { // a whole line
                std::array<double, kGroupSamples> line{};
                for (std::size_t j = 0; j < kGroupSamples; ++j)
                    line[j] = series[j][t];
                writeLine(column + first, line.data());
            } else {
                for (int j = 0; j < count; ++j)
                    column[first + j] = series[std::size_t(j)][t];
            }
            written[cell / 8] |= std::uint8_t(1U << (cell % 8));
        }
    }
    fenceLineWrites(); // before the thread that summarises can read them
}

SeriesSummary SampleTable::summary(std::size_t series)
{
    assert(series < m_series);
    const auto months = Eigen::Index(m_months);
    SeriesSummary out{Series(months), Series(months), Series(months), Series(months)};
    // The months that vary, kBatch at a time: their sums in one pass, each a chain of additions
    // that waits on the last, so that the batch's chains overlap (and their columns stream in
    // together).
    constexpr std::size_t kBatch = 4; // sumFour()'s
    std::array<Eigen::Index, kBatch> batch{};
    std::array<const double*, kBatch> columns{};
    std::size_t batched = 0;
    const auto summariseBatch = [&] {
        for (std::size_t j = batched; j < kBatch; ++j) // unused places: a column summed for nothing
            columns[j] = columns[0];
        std::array<ValueSums, kBatch> sums{};
        sumFour(columns, m_samples, sums);
        for (std::size_t j = 0; j < batched; ++j) {
            const MonthStatistics statistics = statisticsOfValues(columns[j], m_samples, sums[j]);
            out.mean[batch[j]] = statistics.mean;
            out.p10[batch[j]] = statistics.p10;
            out.p50[batch[j]] = statistics.p50;
            out.p90[batch[j]] = statistics.p90;
        }
        batched = 0;
    };
    for (Eigen::Index t = 0; t < months; ++t) {
        const std::size_t cell = series * std::size_t(m_months) + std::size_t(t);
        double* const column = m_columns[cell].load(std::memory_order_acquire);
        if (!column) { // every sample the first's value
            out.mean[t] = out.p10[t] = out.p50[t] = out.p90[t] = m_first[cell];
            continue;
        }
        // The groups no add() wrote: every value of them the first's.
        for (std::size_t g = 0; g < groups(); ++g)
            if (!(writtenIn(g)[cell / 8] >> (cell % 8) & 1U))
                std::fill(column + g * kGroupSamples,
                          column + std::min(std::size_t(m_samples), (g + 1) * kGroupSamples), m_first[cell]);
        batch[batched] = t;
        columns[batched++] = column;
        if (batched == kBatch)
            summariseBatch();
    }
    if (batched > 0)
        summariseBatch();
    return out;
}

} // namespace headroom::engine
