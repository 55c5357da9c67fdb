#pragma once

#include "cache/InboxRow.h"

#include <QVariant>

namespace empathy {

// The value of one of the inbox roles (models/InboxRoles.h) for a row, at time nowMs (UTC ms), for the
// agent `me`. Every model that lists conversations answers the roles the same way through this.
QVariant inboxRowData(const InboxRow &row, int role, qint64 nowMs, AgentId me);

} // namespace empathy
