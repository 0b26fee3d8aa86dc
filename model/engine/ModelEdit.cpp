#include "engine/ModelEdit.h"

#include <algorithm>
#include <iterator>

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
    for (Scenario& s : m.scenarios)
        std::erase_if(s.quantities, [&](const QuantityOverride& o) { return pathNames(o.path, prefix); });
    if (kind == PartKind::Role) // a seat licence no longer counts the role's people
        for (Licence& l : m.costs.licences)
            std::erase(l.roles, id);
    if (kind != PartKind::Component)
        return;
    std::erase_if(m.calls, [&](const CallEdge& e) { return e.from == id || e.to == id; });
    std::erase_if(m.costs.licences,
                  [&](const Licence& l) { return l.kind == LicenceKind::PerNode && l.component == id; });
    for (Scenario& s : m.scenarios)
        std::erase_if(s.scalings, [&](const ScalingOverride& o) { return o.component == id; });
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
