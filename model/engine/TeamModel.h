#pragma once

#include "engine/Model.h"
#include "engine/Team.h"

#include <vector>

// The model's team (Model.h) in the terms of Team.h.
namespace headroom::engine {

std::vector<RoleParameters> roleParameters(const Model& model);

// The team's inputs for a projection of `months`, given the users and the instances running.
TeamInputs teamInputs(const Model& model, const Series& users, const Series& instances);

// The lead time Team.h runs with, in whole months: the (drawn) estimate rounded to the nearest month.
// The deterministic projection's estimate is whole already (validation); a Monte Carlo sample's draw,
// clipped to [0, kMaxLeadTimeMonths], is rounded here, so each month occurs as often as draws round to it.
int leadTimeMonths(const TeamSpec& team);

// Team.h's problems, named under "team." in the model's terms.
std::vector<Problem> validateTeamOf(const Model& model);

} // namespace headroom::engine
