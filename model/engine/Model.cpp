#include "engine/Model.h"

#include "engine/EnumNames.h"

#include <algorithm>

namespace headroom::engine {

namespace {
constexpr detail::NameTable<ComponentKind, 6> kComponentKindNames{{
    {ComponentKind::Service, "service"},
    {ComponentKind::Database, "database"},
    {ComponentKind::Cache, "cache"},
    {ComponentKind::Queue, "queue"},
    {ComponentKind::Storage, "storage"},
    {ComponentKind::External, "external"},
}};
constexpr detail::NameTable<ScalingKind, 4> kScalingKindNames{{
    {ScalingKind::Fixed, "fixed"},
    {ScalingKind::Horizontal, "horizontal"},
    {ScalingKind::Vertical, "vertical"},
    {ScalingKind::Sharded, "sharded"},
}};

constexpr detail::NameTable<HeadcountRuleKind, 4> kHeadcountRuleNames{{
    {HeadcountRuleKind::Curve, "curve"},
    {HeadcountRuleKind::PerComponentGroup, "per_component_group"},
    {HeadcountRuleKind::Sre, "sre"},
    {HeadcountRuleKind::Support, "support"},
}};
constexpr detail::NameTable<LicenceKind, 3> kLicenceKindNames{{
    {LicenceKind::PerNode, "per_node"},
    {LicenceKind::Fixed, "fixed"},
    {LicenceKind::PerSeat, "per_seat"},
}};

template <typename T>
const T* findById(const std::vector<T>& items, std::string_view id)
{
    const auto it = std::find_if(items.begin(), items.end(), [id](const T& item) { return item.id == id; });
    return it == items.end() ? nullptr : &*it;
}
} // namespace

std::string_view toString(ComponentKind kind) { return detail::nameOf(kComponentKindNames, kind); }
std::optional<ComponentKind> componentKindFromString(std::string_view text)
{
    return detail::valueOf(kComponentKindNames, text);
}
std::string_view toString(ScalingKind kind) { return detail::nameOf(kScalingKindNames, kind); }
std::optional<ScalingKind> scalingKindFromString(std::string_view text) { return detail::valueOf(kScalingKindNames, text); }

std::string_view toString(HeadcountRuleKind kind) { return detail::nameOf(kHeadcountRuleNames, kind); }
std::optional<HeadcountRuleKind> headcountRuleFromString(std::string_view text)
{
    return detail::valueOf(kHeadcountRuleNames, text);
}
std::string_view toString(LicenceKind kind) { return detail::nameOf(kLicenceKindNames, kind); }
std::optional<LicenceKind> licenceKindFromString(std::string_view text) { return detail::valueOf(kLicenceKindNames, text); }

const Scenario* Model::findScenario(std::string_view id) const { return findById(scenarios, id); }
const InstanceType* Model::findInstanceType(std::string_view id) const { return findById(catalog, id); }
const Component* Model::findComponent(std::string_view id) const { return findById(components, id); }

} // namespace headroom::engine
