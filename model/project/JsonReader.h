#pragma once

#include "engine/Quantity.h"
#include "engine/Validation.h"
#include "project/ModelJson.h"

#include <nlohmann/json.hpp>

#include <cmath>
#include <limits>
#include <optional>
#include <string>
#include <vector>

// Reading untrusted JSON field by field: every missing or mistyped field becomes a Problem named
// by its path, lists and texts are bounded (ModelJson.h), and nothing throws.
namespace headroom::project::jsonread {

using engine::Quantity;
using nlohmann::json;

// Walks untrusted JSON, recording a problem for each missing or mistyped field.
class Reader
{
public:
    explicit Reader(std::vector<engine::Problem>& problems) : m_problems(problems) {}

    void fail(const std::string& field, const std::string& message) { m_problems.push_back({field, message}); }

    const json* member(const json& object, const std::string& path, const char* key, bool required = true)
    {
        const auto it = object.find(key);
        if (it == object.end()) {
            if (required)
                fail(join(path, key), "is missing");
            return nullptr;
        }
        return &*it;
    }

    std::string text(const json& object, const std::string& path, const char* key, const std::string& fallback = {},
                     bool required = true)
    {
        const json* v = member(object, path, key, required);
        if (!v)
            return fallback;
        if (!v->is_string()) {
            fail(join(path, key), std::string("must be text; got ") + v->type_name());
            return fallback;
        }
        const auto& s = v->get_ref<const std::string&>();
        if (s.size() > kMaxTextLength) {
            fail(join(path, key), "is longer than " + std::to_string(kMaxTextLength) + " characters");
            return fallback;
        }
        return s;
    }

    std::optional<double> number(const json& v, const std::string& field)
    {
        if (!v.is_number()) {
            fail(field, std::string("must be a number; got ") + v.type_name());
            return std::nullopt;
        }
        return v.get<double>();
    }

    // A number, or {"estimate": x, "lo": a, "hi": b} for a 90% interval.
    Quantity quantity(const json& object, const std::string& path, const char* key, Quantity fallback = {},
                      bool required = true)
    {
        const json* v = member(object, path, key, required);
        if (!v)
            return fallback;
        return quantity(*v, join(path, key), fallback);
    }

    // A quantity that is a list's item ("points[2][1]", "seasonality[11]"), named by its field.
    Quantity quantity(const json& v, const std::string& field, Quantity fallback = {})
    {
        if (v.is_object()) {
            Quantity q;
            q.estimate = number(v, field, "estimate").value_or(0.0);
            const auto lo = number(v, field, "lo");
            const auto hi = number(v, field, "hi");
            if (lo && hi)
                q.interval90 = engine::Interval{*lo, *hi};
            return q;
        }
        if (!v.is_number()) {
            fail(field, std::string("must be a number or {estimate, lo, hi}; got ") + v.type_name());
            return fallback;
        }
        return Quantity(v.get<double>());
    }

    double real(const json& object, const std::string& path, const char* key, double fallback, bool required = true)
    {
        if (!required && !object.contains(key))
            return fallback;
        return number(object, path, key).value_or(fallback);
    }

    int integer(const json& object, const std::string& path, const char* key, int fallback, bool required = true)
    {
        const json* v = member(object, path, key, required);
        if (!v)
            return fallback;
        const auto d = number(*v, join(path, key));
        if (!d)
            return fallback;
        if (*d != std::floor(*d) || std::abs(*d) > std::numeric_limits<int>::max()) {
            fail(join(path, key), "must be a whole number");
            return fallback;
        }
        return static_cast<int>(*d);
    }

    // A list of texts (ids), bounded like every list.
    std::vector<std::string> texts(const json& object, const std::string& path, const char* key, bool required)
    {
        std::vector<std::string> out;
        if (required && !member(object, path, key))
            return out;
        const json* array = list(object, path, key);
        if (!array)
            return out;
        for (std::size_t i = 0; i < array->size(); ++i) {
            const json& item = (*array)[i];
            if (!item.is_string() || item.get_ref<const std::string&>().size() > kMaxTextLength) {
                fail(join(path, key) + "[" + std::to_string(i) + "]", "must be text");
                continue;
            }
            out.push_back(item.get<std::string>());
        }
        return out;
    }

    // The array under `key`, or nullptr (with a problem) when it is not an array or too long.
    const json* list(const json& object, const std::string& path, const char* key)
    {
        const json* v = member(object, path, key, false);
        if (!v)
            return nullptr;
        if (!v->is_array()) {
            fail(join(path, key), std::string("must be a list; got ") + v->type_name());
            return nullptr;
        }
        if (v->size() > kMaxListLength) {
            fail(join(path, key), "has more than " + std::to_string(kMaxListLength) + " entries");
            return nullptr;
        }
        return v;
    }

    bool object(const json& v, const std::string& field)
    {
        if (v.is_object())
            return true;
        fail(field, std::string("must be an object; got ") + v.type_name());
        return false;
    }

    template <typename Enum, typename Parse>
    Enum choice(const json& object, const std::string& path, const char* key, Enum fallback, Parse parse)
    {
        const std::string name = text(object, path, key);
        if (name.empty())
            return fallback;
        if (const auto value = parse(name))
            return *value;
        fail(join(path, key), "unknown value \"" + name + "\"");
        return fallback;
    }

    static std::string join(const std::string& path, const char* key) { return path.empty() ? key : path + "." + key; }

private:
    std::optional<double> number(const json& object, const std::string& path, const char* key)
    {
        const json* v = member(object, path, key);
        return v ? number(*v, join(path, key)) : std::nullopt;
    }

    std::vector<engine::Problem>& m_problems;
};

// Element path: "components[api]" where the element has an id, "components[2]" otherwise.
inline std::string elementPath(const char* list, std::size_t index, const json& element)
{
    const auto it = element.is_object() ? element.find("id") : element.end();
    const bool named = element.is_object() && it != element.end() && it->is_string() &&
                       !it->get_ref<const std::string&>().empty() && it->get_ref<const std::string&>().size() <= 64;
    return std::string(list) + "[" + (named ? it->get<std::string>() : std::to_string(index)) + "]";
}

template <typename T, typename ReadOne>
std::vector<T> readList(Reader& in, const json& doc, const char* key, ReadOne readOne, const std::string& parent = {})
{
    std::vector<T> items;
    const json* array = in.list(doc, parent, key);
    if (!array)
        return items;
    for (std::size_t i = 0; i < array->size(); ++i) {
        const json& element = (*array)[i];
        const std::string path = elementPath(Reader::join(parent, key).c_str(), i, element);
        if (in.object(element, path))
            items.push_back(readOne(element, path));
    }
    return items;
}


} // namespace headroom::project::jsonread
