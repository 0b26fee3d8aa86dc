#include "engine/Summary.h"

#include <algorithm>
#include <array>
#include <bit>
#include <cassert>
#include <cmath>
#include <cstring>
#include <limits>
#include <vector>

namespace headroom::engine {

bool SeriesSummary::operator==(const SeriesSummary& other) const
{
    // The same bits: −0 is not +0, and a NaN equals the NaN with its bits (an unsampled summary).
    const auto same = [](const Series& a, const Series& b) {
        return a.size() == b.size() &&
               (a.size() == 0 || std::memcmp(a.data(), b.data(), std::size_t(a.size()) * sizeof(double)) == 0);
    };
    return same(mean, other.mean) && same(p10, other.p10) && same(p50, other.p50) && same(p90, other.p90);
}

const SeriesSummary* findSeries(const std::vector<NamedSeries>& series, const std::string& key)
{
    for (const NamedSeries& s : series)
        if (s.key == key)
            return &s.summary;
    return nullptr;
}

double percentileOfSorted(const double* sorted, Eigen::Index count, double q)
{
    const double position = q * static_cast<double>(count - 1);
    const auto below = static_cast<Eigen::Index>(std::floor(position));
    const Eigen::Index above = std::min(below + 1, count - 1);
    const double fraction = position - static_cast<double>(below);
    return sorted[below] + fraction * (sorted[above] - sorted[below]);
}

namespace {

// selectOrderStatistics() counts values into 2^10 buckets of their bits' order.
constexpr int kBucketBits = 10;
constexpr std::size_t kBuckets = std::size_t(1) << kBucketBits;
constexpr int kMaxRanks = 16;

// A key in the order of the values: a positive double's bits with the sign bit set, a negative
// one's inverted (−0 comes just before +0).
std::uint64_t orderKey(double x)
{
    // Without a branch: a negative value's bits flipped whole, a positive one's sign bit alone.
    const auto bits = std::bit_cast<std::uint64_t>(x);
    const auto negative = std::uint64_t(std::bit_cast<std::int64_t>(bits) >> 63); // all ones, or none
    return bits ^ (negative | (std::uint64_t(1) << 63));
}

} // namespace

namespace {

// Where selectAt()'s gathering pass writes each bucket's values: `next`, advanced by `step` a
// value. A thread's own, and between passes every bucket's `next` is `unread` and its step 0.
struct Destinations
{
    Destinations()
    {
        next.fill(&unread);
        step.fill(0);
    }
    Destinations(const Destinations&) = delete;
    Destinations& operator=(const Destinations&) = delete;
    void clear(std::size_t bucket)
    {
        next[bucket] = &unread;
        step[bucket] = 0;
    }

    std::array<double*, kBuckets> next;
    std::array<std::uint8_t, kBuckets> step;
    double unread = 0.0;
};

std::array<Destinations, 2>& destinations()
{
    thread_local std::array<Destinations, 2> d;
    return d;
}

// selectOrderStatistics() at `depth`: among values that the levels above gathered from one bucket.
// The range of the keys, when the caller knows it, is [lowest, highest]; else it is found here.
void selectAt(const double* values, std::int64_t count, const std::int64_t* ranks, int rankCount, double* out,
              int depth, std::uint64_t lowest = 0, std::uint64_t highest = 0)
{
    assert(count > 0 && rankCount >= 0 && rankCount <= kMaxRanks);
    if (count <= 128) { // few: sorting them costs less than counting them twice
        thread_local std::vector<double> few;
        few.assign(values, values + count);
        std::sort(few.begin(), few.end());
        for (int r = 0; r < rankCount; ++r)
            out[r] = few[std::size_t(ranks[r])];
        return;
    }
    // The keys' range, cut into buckets of equal width in keys: a bucket is a stretch of values a
    // fixed share of an octave wide, so values that span many octaves still spread over many.
    if (lowest == 0 && highest == 0) { // no key is 0: it would be a NaN's
        lowest = orderKey(values[0]);
        highest = lowest;
        for (std::int64_t i = 1; i < count; ++i) {
            const std::uint64_t key = orderKey(values[i]);
            lowest = std::min(lowest, key);
            highest = std::max(highest, key);
        }
    }
    if (lowest == highest) { // every value the same
        std::fill(out, out + rankCount, values[0]);
        return;
    }
    assert(std::all_of(values, values + count, [lowest, highest](double x) {
        return !std::isnan(x) && orderKey(x) >= lowest && orderKey(x) <= highest; // else a bucket past the last
    }));
    const int shift = std::max(0, int(std::bit_width(highest - lowest)) - kBucketBits);
    thread_local std::vector<std::uint16_t> bucketOf;
    bucketOf.resize(std::size_t(count));
    std::uint16_t* const buckets = bucketOf.data();
    // Two sets of counts, for even and odd values: a run of values in one bucket (zeros, a ceiling)
    // would otherwise wait on each count's last increment.
    std::array<std::array<std::uint32_t, kBuckets>, 2> twoCounts{};
    std::int64_t i = 0;
    for (; i + 1 < count; i += 2) {
        const auto even = std::uint16_t((orderKey(values[i]) - lowest) >> shift);
        const auto odd = std::uint16_t((orderKey(values[i + 1]) - lowest) >> shift);
        ++twoCounts[0][even];
        ++twoCounts[1][odd];
        buckets[i] = even;
        buckets[i + 1] = odd;
    }
    for (; i < count; ++i) {
        const auto bucket = std::uint16_t((orderKey(values[i]) - lowest) >> shift);
        ++twoCounts[0][bucket];
        buckets[i] = bucket;
    }
    std::array<std::uint32_t, kBuckets> counts; // NOLINT(cppcoreguidelines-pro-type-member-init): all set
    for (std::size_t b = 0; b < kBuckets; ++b)
        counts[b] = twoCounts[0][b] + twoCounts[1][b];

    // The buckets the ranks fall in, each a slot: its values are gathered together, and its ranks
    // (consecutive: the buckets are in the values' order) selected among them a level down, where
    // the keys' range is at most a bucket's width.
    std::array<std::size_t, kMaxRanks> slotBucket{};
    std::array<std::int64_t, kMaxRanks + 1> start{}; // of each slot's values among the gathered
    std::array<int, kMaxRanks + 1> firstRank{};      // of each slot
    std::array<std::int64_t, kMaxRanks> localRank{};
    std::size_t slots = 0;
    std::size_t bucket = 0;
    std::int64_t below = 0;
    for (int r = 0; r < rankCount; ++r) {
        assert(ranks[r] >= 0 && ranks[r] < count && (r == 0 || ranks[r] >= ranks[r - 1]));
        while (below + counts[bucket] <= ranks[r])
            below += counts[bucket++];
        localRank[std::size_t(r)] = ranks[r] - below;
        if (slots == 0 || slotBucket[slots - 1] != bucket) { // the ranks ascend: a bucket seen is the last
            slotBucket[slots] = bucket;
            firstRank[slots] = r;
            start[slots + 1] = start[slots] + counts[bucket];
            ++slots;
        }
    }
    firstRank[slots] = rankCount;
    thread_local std::array<std::vector<double>, 8> gatheredAt; // 64-bit keys, 10 bits a level
    assert(depth < int(gatheredAt.size()));
    std::vector<double>& gathered = gatheredAt[std::size_t(depth)];
    gathered.resize(std::size_t(start[slots]));
    // Every value is written where its bucket points, without a branch (which the values' buckets
    // would make unpredictable): a slot's bucket to the slot's next place, any other to a cell
    // that nothing reads. Even and odd values each have their own places (a slot's even values,
    // then its odd ones), so that a run of values in one bucket does not wait on each last write.
    std::array<Destinations, 2>& to = destinations();
    for (std::size_t slot = 0; slot < slots; ++slot) {
        const std::size_t b = slotBucket[slot];
        to[0].next[b] = gathered.data() + start[slot];
        to[1].next[b] = to[0].next[b] + twoCounts[0][b];
        to[0].step[b] = to[1].step[b] = 1;
    }
    const auto put = [values, buckets](Destinations& into, std::int64_t i) {
        double*& next = into.next[buckets[i]];
        *next = values[i];
        next += into.step[buckets[i]];
    };
    std::int64_t g = 0;
    for (; g + 1 < count; g += 2) {
        put(to[0], g);
        put(to[1], g + 1);
    }
    if (g < count)
        put(to[0], g);
    for (std::size_t slot = 0; slot < slots; ++slot) {
        to[0].clear(slotBucket[slot]);
        to[1].clear(slotBucket[slot]);
    }
    for (std::size_t slot = 0; slot < slots; ++slot)
        selectAt(gathered.data() + start[slot], start[slot + 1] - start[slot], localRank.data() + firstRank[slot],
                 firstRank[slot + 1] - firstRank[slot], out + firstRank[slot], depth + 1);
}

} // namespace

void selectOrderStatistics(const double* values, std::int64_t count, const std::int64_t* ranks, int rankCount,
                           double* out)
{
    selectAt(values, count, ranks, rankCount, out, 0);
}

void selectOrderStatistics(const double* values, std::int64_t count, const std::int64_t* ranks, int rankCount,
                           double* out, double lowest, double highest)
{
    // A zero may have either sign, and −0 is below +0 in the keys: the range takes in both.
    selectAt(values, count, ranks, rankCount, out, 0, orderKey(lowest == 0.0 ? -0.0 : lowest),
             orderKey(highest == 0.0 ? 0.0 : highest));
}

Definition7 definition7(std::int64_t n)
{
    Definition7 d;
    for (std::size_t e = 0; e < kSummaryQuantiles.size(); ++e) {
        const double position = kSummaryQuantiles[e] * double(n - 1);
        d.ranks[2 * e] = std::int64_t(std::floor(position));
        d.ranks[2 * e + 1] = std::min(d.ranks[2 * e] + 1, n - 1);
        d.fractions[e] = position - std::floor(position);
    }
    return d;
}

MonthStatistics statisticsOfValues(const double* values, std::int64_t count, const ValueSums& sums)
{
    // A NaN (which std::min and std::max pass over) or an infinity makes the sum NaN or infinite:
    // NaN statistics, rather than a selection among values that have no order.
    if (!std::isfinite(sums.sum + sums.compensation)) {
        const double nan = std::numeric_limits<double>::quiet_NaN();
        return {nan, nan, nan, nan};
    }
    const Definition7 d = definition7(count);
    std::array<double, 2 * kSummaryQuantiles.size()> x{};
    selectOrderStatistics(values, count, d.ranks.data(), int(d.ranks.size()), x.data(), sums.lowest, sums.highest);
    std::array<double, kSummaryQuantiles.size()> p{};
    for (std::size_t e = 0; e < kSummaryQuantiles.size(); ++e) // as percentileOfSorted() reads them
        p[e] = x[2 * e] + d.fractions[e] * (x[2 * e + 1] - x[2 * e]);
    return {std::clamp((sums.sum + sums.compensation) / double(count), sums.lowest, sums.highest), p[0], p[1], p[2]};
}

SeriesSummary summarise(const SampleMatrix& samples)
{
    const Eigen::Index months = samples.cols();
    const Eigen::Index count = samples.rows();
    SeriesSummary out{Series(months), Series(months), Series(months), Series(months)};
    std::vector<double> column(static_cast<std::size_t>(count));
    for (Eigen::Index t = 0; t < months; ++t) {
        std::copy(samples.col(t).begin(), samples.col(t).end(), column.begin());
        std::sort(column.begin(), column.end());
        out.mean[t] = samples.col(t).mean();
        out.p10[t] = percentileOfSorted(column.data(), count, 0.10);
        out.p50[t] = percentileOfSorted(column.data(), count, 0.50);
        out.p90[t] = percentileOfSorted(column.data(), count, 0.90);
    }
    return out;
}

SeriesSummary summariseDeterministic(const Series& series) { return SeriesSummary{series, series, series, series}; }

} // namespace headroom::engine
