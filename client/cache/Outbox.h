#pragma once

#include "protocol/Operation.h"

#include <QDateTime>
#include <QString>

namespace empathy {

class SqliteDatabase;

// The outbox: operations the agent did that the server has not acknowledged yet (docs/protocol.md).
namespace outbox {

// A fresh operation id: the server applies each id once, however often it is sent.
QString newOperationId();
// Inside the caller's transaction, so the operation exists exactly when its local effect does.
void append(SqliteDatabase &db, const QString &opId, const Operation &operation, const QDateTime &at);
void remove(SqliteDatabase &db, const QString &opId);

} // namespace outbox
} // namespace empathy
