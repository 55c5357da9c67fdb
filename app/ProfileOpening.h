#pragma once

#include "cache/CacheFile.h"

namespace empathy {

// Opens the profile's cache for this run. With --demo, a profile that holds data but never synced was
// filled by the local generator: the demo now syncs with its server and the two must not mix, so it starts
// afresh (and says so).
CacheOpening openProfile(const QString &cachePath, bool demo);

} // namespace empathy
