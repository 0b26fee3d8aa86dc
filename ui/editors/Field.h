#pragma once

#include "engine/Model.h"

#include <QString>
#include <QStringList>

#include <functional>
#include <type_traits>
#include <utility>

namespace headroom::ui {

// Where an editor's value lives in the model: a pointer to it inside the given model, or null
// when the part it belongs to is gone (deleted, or an undo removed it). Editors read through it
// and write through it on a copy of the model, inside an undo command.
template <typename T>
using Field = std::function<T*(engine::Model&)>;

// A field of a part: `part` finds the part in a model (null when it is gone), `member` the field
// in the part. Editors build their fields with it: fieldIn<Component>(find, [](Component& c) ->
// double& { return c.maxLagMinutes; }).
template <typename Part, typename Member>
auto fieldIn(std::function<Part*(engine::Model&)> part, Member member)
{
    using Value = std::remove_reference_t<decltype(member(std::declval<Part&>()))>;
    return Field<Value>([part = std::move(part), member](engine::Model& m) -> Value* {
        Part* p = part(m);
        return p ? &member(*p) : nullptr;
    });
}

// How a number is shown: the model holds fractions, the user reads percent (scale 100).
struct Display
{
    double scale = 1.0;
    int decimals = 2;
    double minimum = 0.0; // in shown units
    double maximum = 1e12;
    double step = 1.0;
    QString suffix;
};

// A 90% interval as boxes showing `shown` hold it: each end rounded outward to the digits they show,
// so that a range the form makes (its starting range, or one carried along with a new estimate) is the
// range the user sees, never a hidden fraction of the last digit: a field shown in whole units keeps whole bounds.
engine::Interval shownOutward(const engine::Interval& interval, const Display& shown);

// The quantity with a new estimate, its interval carried along (engine::withEstimate) as shownOutward().
engine::Quantity withShownEstimate(const engine::Quantity& q, double estimate, const Display& shown);

// The ids a model has now, for choices that refer to them.
QStringList componentIds(const engine::Model& model);
QStringList instanceTypeIds(const engine::Model& model);
QStringList roleIds(const engine::Model& model);

// A list of ids as a cell shows and reads it: "a, b"; blanks between commas are dropped.
QStringList splitIds(const QString& text);
QString joinIds(const QStringList& ids);

namespace display {
Display percent(double maximum = 100.0, int decimals = 1);
Display count(double maximum = 1e12);
Display money(int decimals = 2);
Display decimal(int decimals, double minimum = 0.0, double maximum = 1e12, const QString& suffix = {});
} // namespace display

} // namespace headroom::ui
