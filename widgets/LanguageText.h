#pragma once

#include "domain/Language.h"

#include <QString>

namespace empathy {

// A customer's language as the agent reads it, in the interface's language ("Polish", "polski").
QString languageName(Language language);

} // namespace empathy
