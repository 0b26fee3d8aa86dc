#pragma once

#include "engine/EigenTypes.h"
#include "engine/Summary.h"

#include <atomic>
#include <cstdint>
#include <memory>
#include <mutex>
#include <vector>

// Every value of a run's samples, for runs small enough to keep them (the GUI's and the CLI's
// 1,000 samples): exact percentiles, and nothing summarised until the samples are all in.
//
// The threads that project the samples write them straight into the table, each group of
// kGroupSamples consecutive samples at its own place, in any order. A group's values are compared
// with the first sample's (a reference every thread reads), month by month. A month's column of
// values is made when a value of it first differs; from then on every group writes its values to
// it, a whole cache line at a time, without reading the line first (but for the first group and a
// short last one, written as plain values). The groups that went by before
// (their values all the reference's) are not written, and a bit per group and month says so: a
// column need not be filled first. Most months of most series never vary (a fixed pool's
// instances, a component that stores nothing), and cost a comparison a sample and nothing else.
//
// Once every sample is in, each month's statistics come from its column, in sample order: the same
// bits whatever the number of threads or the order the groups came in, and the same bits as
// SeriesAccumulator's mean and summarise()'s percentiles for the same values. A month that never
// varied reports the reference in every statistic; a month that did, the mean of its compensated
// sum in sample order (Neumaier), clamped into the values' range, and the percentiles of Hyndman &
// Fan's definition 7, exact, by selection (statisticsOfValues()).
//
// Memory: 8 bytes a value of the months that vary (8 KB a month at 1,000 samples), and for every
// month 16 bytes and a bit a group. The columns come in chunks of 4 MiB on huge pages, which a
// table gives back to a pool for the next when it goes: the process keeps up to 128 MiB of them.
namespace headroom::engine {

class SampleTable
{
public:
    // The most samples a table takes: a column fits in a chunk (4 MiB) with room to spare.
    static constexpr std::int64_t kMaxTableSamples = 262'144;

    // `first` is sample 0's series (each of `months` values), in the order every later sample
    // gives them; 1 ≤ `samples` ≤ kMaxTableSamples the run's count (std::invalid_argument if not).
    // Sample 0 is in the table once this returns.
    SampleTable(const std::vector<const double*>& first, int months, std::int64_t samples);
    ~SampleTable();
    SampleTable(const SampleTable&) = delete;
    SampleTable& operator=(const SampleTable&) = delete;

    // The samples a call to add() takes at most: a cache line of each month's column.
    static constexpr int kGroupSamples = 8;
    // One whole group of samples, [first, first + count): samples g·kGroupSamples to the group's
    // last or the run's, g = first / kGroupSamples (group 0 from sample 1: sample 0 is in). Its
    // bits are the group's, so a group is added by one call, once. samples[j] holds sample
    // first + j's series in the order of the first's. Safe to call from several threads at once for
    // different groups.
    void add(std::int64_t first, int count, const std::vector<const double*>* const* samples);

    std::size_t seriesCount() const { return m_series; }
    // Once every sample has been added (and the adding threads joined): series `series`' summary.
    // It completes the columns' unwritten groups in place: from several threads at once for
    // different series (the same series again gives the same).
    SeriesSummary summary(std::size_t series);

private:
    double* columnOf(std::size_t cell);
    std::size_t groups() const { return (std::size_t(m_samples) + kGroupSamples - 1) / kGroupSamples; }
    // Group g's flags, a bit a cell: whether an add() wrote the group's values in the cell's column.
    std::uint8_t* writtenIn(std::size_t g) const
    {
        const auto address = reinterpret_cast<std::uintptr_t>(m_written.get());
        return reinterpret_cast<std::uint8_t*>((address + 63) & ~std::uintptr_t(63)) + g * m_writtenBytes;
    }

    std::size_t m_series;
    int m_months;
    std::int64_t m_samples;
    std::vector<double> m_first;                       // [series × months + month]: sample 0's values
    std::unique_ptr<std::atomic<double*>[]> m_columns; // the same cells: null until the month varies
    // The columns, side by side in chunks, each an odd number of cache lines long: columns a power
    // of two apart would share the few cache sets that one sample's writes to every column all hit.
    struct FreeChunk
    {
        void operator()(double* chunk) const;
    };
    std::size_t m_columnDoubles = 0; // from one column to the next
    std::size_t m_chunkColumns = 0;  // columns a chunk holds
    std::mutex m_allocating;
    std::vector<std::unique_ptr<double, FreeChunk>> m_chunks;
    std::size_t m_chunkUsed = 0;               // columns taken from the last chunk
    std::unique_ptr<std::uint8_t[]> m_written; // groups × m_writtenBytes, from the first line boundary
    std::size_t m_writtenBytes = 0;
};

} // namespace headroom::engine
