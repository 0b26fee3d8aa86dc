#pragma once

#include "engine/EigenTypes.h"
#include "engine/StreamingSummary.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <random>
#include <vector>

// Draws of the shapes a summary meets, and ways to feed them to a SeriesAccumulator: shared by
// the tests of the streaming and of the exact summaries.
namespace headroom::test {

using engine::SeriesAccumulator;

enum class Shape
{
    Normal,      // 100 + 15·z
    Lognormal,   // exp(σ·z)
    Uniform,     // 100·u on [0, 1)
    Exponential, // mean 20
    Whole,       // 3 to 9, each as likely: a few whole values, as instance counts are
    MostlyZero,  // 0 seven times in ten, else exp(z): a cost that only some samples incur
    NearCeiling, // 100/(1 − ρ) ms, ρ = 0.8·e^{0.151·z}, 60,000 ms once ρ ≥ 1 (7% of the draws): a
                 // latency in the months its component saturates in some samples
};

// Seeded draws, month by month. std's distributions differ between standard libraries, so the
// draws (not the tolerances) depend on the library; the tolerances cover any seed.
inline SampleMatrix draw(Shape shape, double sigma, Eigen::Index samples, Eigen::Index months, std::uint64_t seed)
{
    std::mt19937_64 rng(seed);
    std::normal_distribution<double> normal;
    std::uniform_real_distribution<double> uniform;
    std::exponential_distribution<double> exponential(1.0 / 20.0);
    SampleMatrix out(samples, months);
    for (Eigen::Index t = 0; t < months; ++t)
        for (Eigen::Index i = 0; i < samples; ++i) {
            switch (shape) {
            case Shape::Normal:
                out(i, t) = 100.0 + 15.0 * normal(rng);
                break;
            case Shape::Lognormal:
                out(i, t) = std::exp(sigma * normal(rng));
                break;
            case Shape::Uniform:
                out(i, t) = 100.0 * uniform(rng);
                break;
            case Shape::Exponential:
                out(i, t) = exponential(rng);
                break;
            case Shape::Whole:
                out(i, t) = 3.0 + std::floor(7.0 * uniform(rng));
                break;
            case Shape::MostlyZero:
                out(i, t) = uniform(rng) < 0.7 ? 0.0 : std::exp(normal(rng));
                break;
            case Shape::NearCeiling: {
                const double rho = 0.8 * std::exp(0.151 * normal(rng));
                out(i, t) = rho >= 1.0 ? 60000.0 : std::min(60000.0, 100.0 / (1.0 - rho));
                break;
            }
            }
        }
    return out;
}

// Feeds the rows in order, one at a time.
inline void feed(SeriesAccumulator& accumulator, const SampleMatrix& samples)
{
    Series row(samples.cols());
    for (Eigen::Index i = 0; i < samples.rows(); ++i) {
        row = samples.row(i).transpose();
        accumulator.add(row);
    }
}

// Feeds the rows in order, `batch` at a time, as the engine does.
inline void feedInBatches(SeriesAccumulator& accumulator, const SampleMatrix& samples, int batch)
{
    std::vector<Series> rows;
    for (Eigen::Index i = 0; i < samples.rows(); ++i)
        rows.push_back(samples.row(i).transpose());
    std::vector<const double*> pointers;
    for (const Series& row : rows)
        pointers.push_back(row.data());
    for (std::size_t first = 0; first < pointers.size(); first += std::size_t(batch))
        accumulator.add(pointers.data() + first, int(std::min(pointers.size() - first, std::size_t(batch))));
}

} // namespace headroom::test
