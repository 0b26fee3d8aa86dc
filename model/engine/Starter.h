#pragma once

#include "engine/Model.h"

namespace headroom::engine {

// What File ▸ New starts from: a small valid model to change rather than a blank page — a web
// API in front of a database, a growth curve with its uncertainty, a catalog of real instance
// types (AWS Graviton, us-east-1 on-demand list prices), one engineering role. It runs at once.
Model starterModel(YearMonth start);

} // namespace headroom::engine
