#pragma once

#include <Eigen/Core>

// The engine's array types, in one place. Arrays are column-major (Eigen's default) and shaped
// samples × months, so that one month across all samples is contiguous.
namespace headroom {

using Series = Eigen::ArrayXd;        // one value per month
using SampleMatrix = Eigen::ArrayXXd; // rows: samples, columns: months

} // namespace headroom
