#include "cache/AlertRows.h"

#include "protocol/DomainJson.h"
#include "sql/SqliteDatabase.h"
#include "sql/SqliteStatement.h"

#include <QJsonDocument>

namespace empathy::alertRows {

namespace {

// A statement writing alerts, where %1 stands for the next number of the cache's count of alert writes:
// every write of an alert takes one (SupervisorReader reads what changed after the number it saw last).
SqliteStatement prepareTouching(SqliteDatabase &db, const char *sql)
{
    return db.prepare(
        QString::fromLatin1(sql).arg(QLatin1String("(SELECT coalesce(max(touched), 0) + 1 FROM alerts)")));
}

} // namespace

SqliteStatement prepareStore(SqliteDatabase &db)
{
    return prepareTouching(db, "INSERT OR REPLACE INTO alerts(id, conversation_id, customer_id, kind, state, "
                               "raised_at, handled_at, data, pending_op, refusal, touched) "
                               "VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, NULL, '', %1)");
}

void store(SqliteStatement &row, const QList<Alert> &alerts)
{
    for (const Alert &a : alerts) {
        row.bind(1, a.id.value())
            .bind(2, a.conversation.value())
            .bind(3, a.customer.value())
            .bind(4, int(a.kind))
            .bind(5, int(a.state))
            .bind(6, a.raisedAt.toMSecsSinceEpoch())
            .bind(8, QString::fromUtf8(QJsonDocument(DomainJson::write(a)).toJson(QJsonDocument::Compact)));
        if (a.handledAt.isValid())
            row.bind(7, a.handledAt.toMSecsSinceEpoch());
        else
            row.bindNull(7);
        row.run();
    }
}

void markPending(SqliteDatabase &db, AlertId id, const QString &opId)
{
    auto row =
        prepareTouching(db, "UPDATE alerts SET pending_op = ?1, refusal = '', touched = %1 WHERE id = ?2");
    row.bind(1, opId).bind(2, id.value()).run();
}

void refuse(SqliteDatabase &db, const QString &opId, const QString &reason)
{
    auto row = prepareTouching(
        db, "UPDATE alerts SET pending_op = NULL, refusal = ?1, touched = %1 WHERE pending_op = ?2");
    row.bind(1, reason).bind(2, opId).run();
}

} // namespace empathy::alertRows
