#include "engine/ModelEdit.h"

#include <algorithm>
#include <iterator>
#include <optional>

namespace headroom::engine {

namespace {

// The list of parts of a kind, with the name of that list in field paths ("components").
template <typename Visit>
decltype(auto) withParts(Model& m, PartKind kind, Visit&& visit)
{
    switch (kind) {
    case PartKind::InstanceType:
        return visit(m.catalog, std::string_view("catalog"));
    case PartKind::RequestClass:
        return visit(m.requestClasses, std::string_view("request_classes"));
    case PartKind::Component:
        return visit(m.components, std::string_view("components"));
    case PartKind::Role:
        return visit(m.team.roles, std::string_view("team.roles"));
    case PartKind::Licence:
        return visit(m.costs.licences, std::string_view("costs.licences"));
    case PartKind::Scenario:
        break;
    }
    return visit(m.scenarios, std::string_view("scenarios"));
}

template <typename Parts>
auto findPart(Parts& parts, std::string_view id)
{
    return std::find_if(parts.begin(), parts.end(), [&](const auto& p) { return p.id == id; });
}

// "components[db]": how scenario overrides' paths name a part's fields.
std::string pathPrefix(std::string_view list, std::string_view id)
{
    return std::string(list) + "[" + std::string(id) + "]";
}

bool pathNames(const std::string& path, const std::string& prefix)
{
    return path.size() > prefix.size() && path.compare(0, prefix.size(), prefix) == 0 && path[prefix.size()] == '.';
}

// The item a path names in `list` ("users.points" in "users.points[2].value": 2), and where the
// index ends in the path; none for a path outside the list's items.
struct ItemRef
{
    std::size_t index;
    std::size_t end; // the position of the ']'
};
std::optional<ItemRef> itemOf(const std::string& path, std::string_view list)
{
    if (path.size() <= list.size() + 2 || path.compare(0, list.size(), list) != 0 || path[list.size()] != '[')
        return std::nullopt;
    const std::size_t close = path.find(']', list.size() + 1);
    if (close == std::string::npos || close == list.size() + 1 || (close + 1 < path.size() && path[close + 1] != '.'))
        return std::nullopt;
    std::size_t index = 0;
    for (std::size_t i = list.size() + 1; i < close; ++i) {
        if (path[i] < '0' || path[i] > '9')
            return std::nullopt;
        index = index * 10 + std::size_t(path[i] - '0');
    }
    return ItemRef{index, close};
}

// Each override of an item of `list` moves to the index `move` gives it, or goes where it gives none.
template <typename Move> void moveItemOverrides(Model& m, std::string_view list, Move move)
{
    for (Scenario& s : m.scenarios) {
        std::vector<QuantityOverride> kept;
        for (QuantityOverride& o : s.quantities) {
            const std::optional<ItemRef> item = itemOf(o.path, list);
            const std::optional<std::size_t> to = item ? move(item->index) : std::nullopt;
            if (item && !to)
                continue;
            if (item)
                o.path = o.path.substr(0, list.size() + 1) + std::to_string(*to) + o.path.substr(item->end);
            kept.push_back(std::move(o));
        }
        s.quantities = std::move(kept);
    }
}

void renameIn(std::string& reference, std::string_view from, std::string_view to)
{
    if (reference == from)
        reference = to;
}

} // namespace

bool hasId(const Model& model, PartKind kind, std::string_view id)
{
    return withParts(const_cast<Model&>(model), kind, [&](auto& parts, std::string_view) {
        return findPart(parts, id) != parts.end();
    });
}

std::string uniqueId(const Model& model, PartKind kind, std::string_view base)
{
    std::string stem(base.empty() ? std::string_view("new") : base);
    if (!hasId(model, kind, stem))
        return stem;
    for (int n = 2;; ++n) {
        std::string candidate = stem + "-" + std::to_string(n);
        if (!hasId(model, kind, candidate))
            return candidate;
    }
}

void renameId(Model& m, PartKind kind, std::string_view fromView, std::string_view toView)
{
    // Copies: the caller's views may point into the very id this renames.
    const std::string from(fromView);
    const std::string to(toView);
    if (from == to || to.empty() || hasId(m, kind, to) || !hasId(m, kind, from))
        return;
    const std::string oldPrefix = withParts(m, kind, [&](auto& parts, std::string_view list) {
        findPart(parts, from)->id = std::string(to);
        return pathPrefix(list, from);
    });
    const std::string newPrefix = withParts(m, kind, [&](auto&, std::string_view list) { return pathPrefix(list, to); });
    for (Scenario& s : m.scenarios)
        for (QuantityOverride& o : s.quantities)
            if (pathNames(o.path, oldPrefix))
                o.path = newPrefix + o.path.substr(oldPrefix.size());

    switch (kind) {
    case PartKind::Component:
        for (CallEdge& e : m.calls) {
            renameIn(e.from, from, to);
            renameIn(e.to, from, to);
        }
        for (RequestClass& rc : m.requestClasses)
            renameIn(rc.entryComponent, from, to);
        for (Licence& l : m.costs.licences)
            renameIn(l.component, from, to);
        for (Scenario& s : m.scenarios)
            for (ScalingOverride& o : s.scalings)
                renameIn(o.component, from, to);
        break;
    case PartKind::InstanceType: {
        const auto renamePolicy = [&](ScalingPolicy& p) {
            renameIn(p.instanceType, from, to);
            for (std::string& step : p.ladder)
                renameIn(step, from, to);
        };
        for (Component& c : m.components)
            renamePolicy(c.scaling);
        for (Scenario& s : m.scenarios)
            for (ScalingOverride& o : s.scalings)
                renamePolicy(o.scaling);
        break;
    }
    case PartKind::Role:
        for (Licence& l : m.costs.licences)
            for (std::string& role : l.roles)
                renameIn(role, from, to);
        break;
    case PartKind::RequestClass:
    case PartKind::Licence:
    case PartKind::Scenario:
        break;
    }
}

void removePart(Model& m, PartKind kind, std::string_view id)
{
    const std::string prefix = withParts(m, kind, [&](auto& parts, std::string_view list) {
        parts.erase(std::remove_if(parts.begin(), parts.end(), [&](const auto& p) { return p.id == id; }), parts.end());
        return pathPrefix(list, id);
    });
    removeOverridesOf(m, prefix);
    if (kind == PartKind::Role) // a seat licence no longer counts the role's people
        for (Licence& l : m.costs.licences)
            std::erase(l.roles, id);
    if (kind != PartKind::Component)
        return;
    // From the back, so that each removal moves only the overrides of the items after it: an
    // override names a call by its place, a licence by its id (by its place while it has none).
    for (std::size_t i = m.calls.size(); i-- > 0;)
        if (m.calls[i].from == id || m.calls[i].to == id)
            removeListItem(m, m.calls, "calls", i);
    for (std::size_t i = m.costs.licences.size(); i-- > 0;)
        if (m.costs.licences[i].kind == LicenceKind::PerNode && m.costs.licences[i].component == id)
            removeLicence(m, i);
    for (Scenario& s : m.scenarios)
        std::erase_if(s.scalings, [&](const ScalingOverride& o) { return o.component == id; });
}

void listItemRemoved(Model& m, std::string_view list, std::size_t index)
{
    moveItemOverrides(m, list, [index](std::size_t i) -> std::optional<std::size_t> {
        if (i == index)
            return std::nullopt;
        return i > index ? i - 1 : i;
    });
}

void listItemInserted(Model& m, std::string_view list, std::size_t index)
{
    moveItemOverrides(m, list, [index](std::size_t i) -> std::optional<std::size_t> { return i >= index ? i + 1 : i; });
}

void listCleared(Model& m, std::string_view list)
{
    removeOverridesOf(m, list); // each item's path continues the list's with '['
}

void removeLicence(Model& m, std::size_t index)
{
    if (index >= m.costs.licences.size())
        return;
    if (!m.costs.licences[index].id.empty())
        removeOverridesOf(m, pathPrefix("costs.licences", m.costs.licences[index].id));
    removeListItem(m, m.costs.licences, "costs.licences", index);
}

void removeOverridesOf(Model& m, std::string_view path)
{
    for (Scenario& s : m.scenarios)
        std::erase_if(s.quantities, [path](const QuantityOverride& o) {
            return o.path.starts_with(path) &&
                   (o.path.size() == path.size() || o.path[path.size()] == '.' || o.path[path.size()] == '[');
        });
}

std::string duplicatePart(Model& m, PartKind kind, std::string_view id)
{
    if (!hasId(m, kind, id))
        return {};
    const std::string newId = uniqueId(m, kind, id);
    withParts(m, kind, [&](auto& parts, std::string_view) {
        const auto at = findPart(parts, id);
        auto copy = *at;
        copy.id = newId;
        copy.name = (copy.name.empty() ? std::string(id) : copy.name) + " (copy)";
        parts.insert(std::next(at), std::move(copy));
        return 0;
    });
    if (kind == PartKind::Component) {
        std::vector<CallEdge> copies;
        for (const CallEdge& e : m.calls) {
            if (e.from != id && e.to != id)
                continue;
            CallEdge copy = e;
            if (copy.from == id)
                copy.from = newId;
            if (copy.to == id)
                copy.to = newId;
            copies.push_back(copy);
        }
        m.calls.insert(m.calls.end(), copies.begin(), copies.end());
    }
    return newId;
}

} // namespace headroom::engine
