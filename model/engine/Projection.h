#pragma once

#include "EigenTypes.h"
#include "engine/Results.h"

#include <string>
#include <vector>

// One deterministic projection of a model: the month-by-month series of one Monte Carlo sample
// (or of the estimates alone). The model must be valid; validate() first.
namespace headroom::engine {

struct Model;

// The series each component reports, in this order (keys:: names).
inline constexpr const char* kComponentSeriesKeys[] = {keys::kArrivalRate, keys::kInstances, keys::kUtilization,
                                                      keys::kCost};
inline constexpr std::size_t kComponentSeriesCount = std::size(kComponentSeriesKeys);
// The model-wide series, in this order.
inline constexpr const char* kTotalSeriesKeys[] = {keys::kUsers, keys::kCost, keys::kCostPerUser};
inline constexpr std::size_t kTotalSeriesCount = std::size(kTotalSeriesKeys);

// The first month a bottleneck shows in one sample. Messages are written later, once per
// bottleneck rather than once per sample (bottleneckMessage()).
struct BottleneckEvent
{
    int component = -1; // index into Model::components
    BottleneckKind kind = BottleneckKind::OverTargetUtilization;
    int month = 0;
    double value = 0.0;
    double threshold = 0.0;
    int instances = 0;
};

struct SampleProjection
{
    std::vector<std::vector<Series>> components; // [component][kComponentSeriesKeys index]
    std::vector<Series> totals;                  // [kTotalSeriesKeys index]
    std::vector<BottleneckEvent> events;         // at most one per (component, kind): the first
};

SampleProjection projectSample(const Model& model);

// A sentence a manager understands: what, where, when, against what limit.
std::string bottleneckMessage(const Model& model, const BottleneckEvent& event);

} // namespace headroom::engine
