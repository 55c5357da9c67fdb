#pragma once

#include "CommandLine.h"

namespace empathy {

class CacheReader;
class CacheWriter;

// --generate-demo N: fills the profile with N generated conversations, printing how far it got and what
// it made. Returns the exit code (2 when the profile cannot be filled).
int generateDemo(const CommandLine &line, CacheReader &reader, CacheWriter &writer, const QString &cachePath);

} // namespace empathy
