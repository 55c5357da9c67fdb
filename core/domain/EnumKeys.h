#pragma once

#include <QString>

#include <array>
#include <optional>
#include <utility>

namespace empathy {

// A table of an enum's values and their stable keys ("voucher", "says"), both ways.
template<typename Enum, std::size_t N>
using EnumKeys = std::array<std::pair<Enum, QStringView>, N>;

template<typename Enum, std::size_t N>
QString keyOf(const EnumKeys<Enum, N> &keys, Enum value)
{
    for (const auto &[v, key] : keys) {
        if (v == value)
            return key.toString();
    }
    return QString();
}

template<typename Enum, std::size_t N>
std::optional<Enum> valueOf(const EnumKeys<Enum, N> &keys, QStringView key)
{
    for (const auto &[v, k] : keys) {
        if (k == key)
            return v;
    }
    return std::nullopt;
}

} // namespace empathy
