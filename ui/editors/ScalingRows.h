#pragma once

#include "editors/FieldForm.h"

namespace headroom::ui {

// The rows of a scaling policy (kind, instance type or ladder, capacity, limits, USL), each
// shown only for the policies that use it. Shared by the component editor and by scenarios,
// whose scaling overrides replace a component's whole policy.
void addScalingRows(FieldForm* form, Field<engine::ScalingPolicy> policy, const QString& path);

// An instance-type ladder edited as text: ids separated by commas, smallest first.
QString ladderText(const std::vector<std::string>& ladder);
std::vector<std::string> ladderFromText(const QString& text);

} // namespace headroom::ui
