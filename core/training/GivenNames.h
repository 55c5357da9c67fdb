#pragma once

#include <QStringView>

namespace empathy {

// Whether a folded word (lower case, no accents: see PersonalDataScrubber) is a common given name in
// English, Polish, Romanian, Russian or Persian, in its dictionary form. Lets the scrubber find people a
// message names without introducing them ("my colleague Thomas Reed will call", "oddzwoni Piotr").
bool isCommonGivenName(QStringView folded);

} // namespace empathy
