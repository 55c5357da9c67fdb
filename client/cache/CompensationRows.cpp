#include "cache/CompensationRows.h"

#include "sql/SqliteDatabase.h"
#include "sql/SqliteStatement.h"

#include <algorithm>

namespace empathy::compensationRows {

namespace {

qint64 msOf(const QDateTime &time)
{
    return time.isValid() ? time.toMSecsSinceEpoch() : 0;
}

SqliteStatement prepareInsert(SqliteDatabase &db)
{
    return db.prepare(
        "INSERT OR REPLACE INTO compensations(id, client_op_id, conversation_id, customer_id, order_id, "
        "kind, "
        "status, percent, amount_minor, currency, reason, requested_by, requested_at, decided_by, "
        "decided_at, "
        "note, held_because, mood_before, refusal) "
        "VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19)");
}

// One compensation through a statement of prepareInsert(), which a batch prepares once.
void insert(SqliteStatement &row, const Compensation &c)
{
    row.bind(1, c.id.value())
        .bind(2, c.opId)
        .bind(3, c.conversation.value())
        .bind(4, c.customer.value())
        .bindOptional(5, c.order.value())
        .bind(6, int(c.kind))
        .bind(7, int(c.status))
        .bind(8, c.percent)
        .bind(9, c.amount.minorUnits)
        .bind(10, c.amount.currency)
        .bind(11, c.reason)
        .bindOptional(12, c.requestedBy.value())
        .bind(13, msOf(c.requestedAt))
        .bindOptional(14, c.decidedBy.value())
        .bindOptional(15, msOf(c.decidedAt))
        .bind(16, c.decisionNote)
        .bind(17, c.heldBecause)
        .bind(19, c.refusal);
    if (c.moodBefore)
        row.bind(18, double(*c.moodBefore));
    else
        row.bindNull(18);
    row.run();
}

} // namespace

void store(SqliteDatabase &db, const QList<Compensation> &compensations)
{
    if (compensations.isEmpty())
        return;
    auto dropQueued = db.prepare("DELETE FROM compensations WHERE client_op_id = ?1 AND id < 0");
    auto row = prepareInsert(db);
    for (const Compensation &c : compensations) {
        if (!c.opId.isEmpty())
            dropQueued.bind(1, c.opId).run();
        insert(row, c);
    }
}

CompensationId insertQueued(SqliteDatabase &db, const Compensation &request)
{
    Compensation c = request;
    c.id = CompensationId(std::min<qint64>(db.scalar("SELECT min(id) FROM compensations"), 0) - 1);
    c.status = CompensationStatus::Queued;
    auto row = prepareInsert(db);
    insert(row, c);
    return c.id;
}

void acknowledge(SqliteDatabase &db, const QString &opId, CompensationId id, CompensationStatus status)
{
    auto arrived = db.prepare("SELECT count(*) FROM compensations WHERE id = ?1");
    arrived.bind(1, id.value());
    const bool hasRecord = arrived.step() && arrived.int64(0) > 0;
    arrived.reset();
    if (hasRecord) { // the server's record came first: the queued copy only goes
        auto drop = db.prepare("DELETE FROM compensations WHERE client_op_id = ?1 AND id < 0");
        drop.bind(1, opId).run();
        return;
    }
    auto promote =
        db.prepare("UPDATE compensations SET id = ?2, status = ?3 WHERE client_op_id = ?1 AND id < 0");
    promote.bind(1, opId).bind(2, id.value()).bind(3, int(status)).run();
}

void refuse(SqliteDatabase &db, const QString &opId, const QString &reason)
{
    auto refused =
        db.prepare("UPDATE compensations SET status = ?2, refusal = ?3 WHERE client_op_id = ?1 AND id < 0");
    refused.bind(1, opId).bind(2, int(CompensationStatus::Refused)).bind(3, reason).run();
}

} // namespace empathy::compensationRows
