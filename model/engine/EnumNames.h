#pragma once

#include <array>
#include <optional>
#include <string_view>
#include <utility>

// Enum ↔ name tables: the names are the file format's spelling, so they live in one table per enum.
namespace headroom::engine::detail {

template <typename Enum, std::size_t N>
using NameTable = std::array<std::pair<Enum, std::string_view>, N>;

template <typename Enum, std::size_t N>
std::string_view nameOf(const NameTable<Enum, N>& table, Enum value)
{
    for (const auto& [e, name] : table)
        if (e == value)
            return name;
    return table.front().second;
}

template <typename Enum, std::size_t N>
std::optional<Enum> valueOf(const NameTable<Enum, N>& table, std::string_view text)
{
    for (const auto& [e, name] : table)
        if (name == text)
            return e;
    return std::nullopt;
}

} // namespace headroom::engine::detail
