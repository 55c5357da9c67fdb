#pragma once

#include "domain/EmpathyMap.h"
#include "history/EmpathyNote.h"

#include <QList>

namespace empathy {

class SqliteDatabase;

// The cache's empathy_entries table, inside the caller's transaction (see CompensationRows for the same
// queued-then-confirmed pattern).
namespace empathyRows {

void store(SqliteDatabase &db, const QList<EmpathyEntry> &entries);
// A new note (or a dismissed suggestion) the server has not stored yet: a negative id.
EmpathyEntryId insertQueued(SqliteDatabase &db, const EmpathyEntry &entry, const QString &opId);
// An edit or removal of a stored note, waiting for the server.
void markPending(SqliteDatabase &db, EmpathyEntryId id, const QString &opId, const EmpathyEntry &changed);
void acknowledge(SqliteDatabase &db, const QString &opId, EmpathyEntryId id, int revision);
void refuse(SqliteDatabase &db, const QString &opId, const QString &reason);
QList<EmpathyNote> notesOf(SqliteDatabase &db, CustomerId customer);

} // namespace empathyRows
} // namespace empathy
