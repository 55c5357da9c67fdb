#pragma once

#include "domain/Compensation.h"

#include <QList>

namespace empathy {

class SqliteDatabase;

// The cache's compensations table, inside the caller's transaction. A compensation the agent asked for
// is stored at once as queued (negative id, its operation's id) and becomes the server's record when
// the server answers or its record arrives, whichever comes first.
namespace compensationRows {

void store(SqliteDatabase &db, const QList<Compensation> &compensations);
CompensationId insertQueued(SqliteDatabase &db, const Compensation &request);
void acknowledge(SqliteDatabase &db, const QString &opId, CompensationId id, CompensationStatus status);
void refuse(SqliteDatabase &db, const QString &opId, const QString &reason);

} // namespace compensationRows
} // namespace empathy
