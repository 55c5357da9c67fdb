#include "cache/AlertRows.h"

#include "protocol/DomainJson.h"
#include "sql/SqliteDatabase.h"
#include "sql/SqliteStatement.h"

#include <QJsonDocument>

namespace empathy::alertRows {

void store(SqliteDatabase &db, const QList<Alert> &alerts)
{
    if (alerts.isEmpty())
        return;
    auto row = db.prepare("INSERT OR REPLACE INTO alerts(id, conversation_id, customer_id, kind, state, "
                          "raised_at, handled_at, data, pending_op, refusal) "
                          "VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, NULL, '')");
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
    auto row = db.prepare("UPDATE alerts SET pending_op = ?1, refusal = '' WHERE id = ?2");
    row.bind(1, opId).bind(2, id.value()).run();
}

void refuse(SqliteDatabase &db, const QString &opId, const QString &reason)
{
    auto row = db.prepare("UPDATE alerts SET pending_op = NULL, refusal = ?1 WHERE pending_op = ?2");
    row.bind(1, reason).bind(2, opId).run();
}

} // namespace empathy::alertRows
