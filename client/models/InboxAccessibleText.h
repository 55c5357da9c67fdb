#pragma once

#include "cache/InboxRow.h"

#include <QString>

namespace empathy {

// What a screen reader says for an inbox row: the customer, the mood and where it is going, unread
// messages and how long the customer has waited, in the interface's language. The inbox's badges are
// drawn by its delegate; this is the same information as words (Qt::AccessibleTextRole).
QString inboxAccessibleText(const InboxRow &row, qint64 waitingSeconds);

} // namespace empathy
