#include "engine/QuantityFields.h"

#include "engine/NumberText.h"

#include <cmath>

namespace headroom::engine {

std::string FieldPath::toString() const
{
    std::string out(list);
    if (inList) {
        out += '[';
        out += id.empty() ? std::to_string(index) : std::string(id);
        out += ']';
    }
    if (!out.empty())
        out += '.';
    out += field;
    if (item) {
        out += '[';
        out += std::to_string(*item);
        out += ']';
        if (!itemField.empty()) {
            out += '.';
            out += itemField;
        }
    }
    return out;
}

std::string describe(const ValidRange& r)
{
    const bool noMin = std::isinf(r.min);
    const bool noMax = std::isinf(r.max);
    if (noMin && noMax)
        return "a finite number";
    if (noMax)
        return r.minOpen ? "greater than " + formatNumber(r.min) : formatNumber(r.min) + " or more";
    if (noMin)
        return r.maxOpen ? "less than " + formatNumber(r.max) : formatNumber(r.max) + " or less";
    return std::string("in ") + (r.minOpen ? "(" : "[") + formatNumber(r.min) + ", " + formatNumber(r.max) +
           (r.maxOpen ? ")" : "]");
}

} // namespace headroom::engine
