#pragma once

#include "domain/Alert.h"

#include <QList>

namespace empathy {

class SqliteDatabase;
class SqliteStatement;

// The cache's alerts table, inside the caller's transaction. A lead's action on an alert is marked
// pending until the server's new state of the alert arrives (which clears the mark) or the server refuses
// it (the reason is kept for the view to show).
namespace alertRows {

// The statement that stores an alert: prepared once by the caller and given to store() for every batch (a
// lead's desk stores hundreds of alerts a second under load).
SqliteStatement prepareStore(SqliteDatabase &db);
void store(SqliteStatement &statement, const QList<Alert> &alerts);
void markPending(SqliteDatabase &db, AlertId id, const QString &opId);
void refuse(SqliteDatabase &db, const QString &opId, const QString &reason);

} // namespace alertRows
} // namespace empathy
