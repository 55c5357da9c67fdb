#include "domain/PreferredTone.h"

namespace empathy {

QString toneKey(PreferredTone tone)
{
    switch (tone) {
    case PreferredTone::Formal:
        return QStringLiteral("formal");
    case PreferredTone::Warm:
        return QStringLiteral("warm");
    case PreferredTone::Unknown:
        break;
    }
    return QStringLiteral("none");
}

std::optional<PreferredTone> toneFromKey(QStringView key)
{
    if (key == u"none")
        return PreferredTone::Unknown;
    if (key == u"formal")
        return PreferredTone::Formal;
    if (key == u"warm")
        return PreferredTone::Warm;
    return std::nullopt;
}

} // namespace empathy
