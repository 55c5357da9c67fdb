#pragma once

#include <QString>

#include <optional>

namespace empathy {

// How the customer likes to be addressed, as agents have noted it; the tone coach checks replies against
// it. The stored values and the keys ("none", "formal", "warm") never change once released.
enum class PreferredTone : int
{
    Unknown = 0,
    Formal = 1,
    Warm = 2,
};

QString toneKey(PreferredTone tone);
std::optional<PreferredTone> toneFromKey(QStringView key);

} // namespace empathy
