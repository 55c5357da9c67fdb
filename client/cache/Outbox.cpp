#include "cache/Outbox.h"

#include "sql/SqliteDatabase.h"
#include "sql/SqliteStatement.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QUuid>

namespace empathy::outbox {

QString newOperationId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

void append(SqliteDatabase &db, const QString &opId, const Operation &operation, const QDateTime &at)
{
    auto insert = db.prepare("INSERT INTO outbox(op_id, kind, payload, created_at) VALUES(?1, ?2, ?3, ?4)");
    insert.bind(1, opId)
        .bind(2, kindOf(operation))
        .bind(3, QString::fromUtf8(QJsonDocument(dataOf(operation)).toJson(QJsonDocument::Compact)))
        .bind(4, at.isValid() ? at.toMSecsSinceEpoch() : 0)
        .run();
}

void remove(SqliteDatabase &db, const QString &opId)
{
    auto done = db.prepare("DELETE FROM outbox WHERE op_id = ?1");
    done.bind(1, opId).run();
}

} // namespace empathy::outbox
