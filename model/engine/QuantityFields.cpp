#include "engine/QuantityFields.h"

#include <cmath>
#include <cstdio>

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

namespace {
std::string number(double v)
{
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%g", v);
    return buffer;
}
} // namespace

std::string describe(const ValidRange& r)
{
    const bool noMin = std::isinf(r.min);
    const bool noMax = std::isinf(r.max);
    if (noMin && noMax)
        return "a finite number";
    if (noMax)
        return r.minOpen ? "greater than " + number(r.min) : number(r.min) + " or more";
    if (noMin)
        return r.maxOpen ? "less than " + number(r.max) : number(r.max) + " or less";
    return std::string("in ") + (r.minOpen ? "(" : "[") + number(r.min) + ", " + number(r.max) + (r.maxOpen ? ")" : "]");
}

} // namespace headroom::engine
