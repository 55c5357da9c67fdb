#pragma once

#include "domain/Language.h"

#include <QString>

namespace empathy {

// The customer-satisfaction question (CSAT, 1 to 5) sent on the conversation's channel when it is
// resolved, in the conversation's language (English when unknown). The web chat page shows it with
// buttons; on other channels the customer answers with a number.
QString satisfactionQuestion(Language language);

} // namespace empathy
