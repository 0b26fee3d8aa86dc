#pragma once

#include "engine/Model.h"

#include <string>
#include <string_view>
#include <vector>

// Structural edits of a model that keep its references whole: an id renamed everywhere it is
// named (calls, entries, ladders, licences, scenario overrides), a part removed with what only
// made sense with it. The editor's undo commands apply these to a copy of the model.
namespace headroom::engine {

// The parts of a model that have ids others refer to.
enum class PartKind
{
    InstanceType,
    RequestClass,
    Component,
    Role,
    Licence,
    Scenario,
};

// True if a part of that kind already has this id.
bool hasId(const Model& model, PartKind kind, std::string_view id);

// `base` if no part of the kind uses it, else `base-2`, `base-3`, … — the first one free.
std::string uniqueId(const Model& model, PartKind kind, std::string_view base);

// Renames a part and every reference to it. Does nothing if `from` names no part, or `to` is
// empty or already taken (the caller says why: see hasId).
void renameId(Model& model, PartKind kind, std::string_view from, std::string_view to);

// Removes a part. A component goes with the calls to and from it, its per-node licences and the
// scenario overrides that name it or them (those of later calls move with them: listItemRemoved); an instance type, request class or role with the scenario
// overrides of its fields. References left elsewhere (a request class's entry, a ladder step)
// stay, for validation to point at.
void removePart(Model& model, PartKind kind, std::string_view id);

// The items of a list move when one is removed or inserted (a curve's points, seasonality or
// events, at `list`: "users.points", "components[db].data.ingest_trend.events"), and the scenario
// overrides of its items (users.points[2].value) follow them, so that none comes to change another
// item than the one it was set on. Call these after removing or inserting the item; to remove
// one, removeListItem() below does both.
// Removed: the overrides of item `index` go, those of the items after it move up one.
void listItemRemoved(Model& model, std::string_view list, std::size_t index);
// Inserted at `index`: the overrides of the items from `index` on move down one.
void listItemInserted(Model& model, std::string_view list, std::size_t index);
// Emptied: the overrides of every item go.
void listCleared(Model& model, std::string_view list);
// Removes item `index` of `items`, the list at `list`, and moves its overrides (listItemRemoved).
template <typename T> void removeListItem(Model& model, std::vector<T>& items, std::string_view list, std::size_t index)
{
    if (index >= items.size())
        return;
    items.erase(items.begin() + std::ptrdiff_t(index));
    listItemRemoved(model, list, index);
}
// Removes licence `index` with the overrides that name it, by its id or, without one, its place.
void removeLicence(Model& model, std::size_t index);
// An optional part of a part removed (a component's data, a request class's trend, the revenue
// per user: "components[db].data"): the overrides of it and of every field under it go.
void removeOverridesOf(Model& model, std::string_view path);

// Copies a part under a new unique id ("api-2"), named "… (copy)", after the original; a
// component's calls are copied too. Returns the new id, or empty if `id` names no part.
std::string duplicatePart(Model& model, PartKind kind, std::string_view id);

} // namespace headroom::engine
