#include "cache/EmpathyRows.h"

#include "sql/SqliteDatabase.h"
#include "sql/SqliteStatement.h"

#include <algorithm>

namespace empathy::empathyRows {

namespace {

qint64 msOf(const QDateTime &time)
{
    return time.isValid() ? time.toMSecsSinceEpoch() : 0;
}

SqliteStatement prepareInsert(SqliteDatabase &db)
{
    return db.prepare(
        "INSERT OR REPLACE INTO empathy_entries(id, client_op_id, customer_id, quadrant, "
        "text, source_message, suggestion, author, updated_at, revision, conflict_of, removed, "
        "pending_op, refusal) VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, '')");
}

// One note through a statement of prepareInsert(), which a batch prepares once.
void insert(SqliteStatement &row, const EmpathyEntry &e, const QString &clientOp, const QString &pendingOp)
{
    row.bind(1, e.id.value())
        .bind(2, clientOp)
        .bind(3, e.customer.value())
        .bind(4, int(e.quadrant))
        .bind(5, e.text)
        .bindOptional(6, e.source.value())
        .bind(7, e.suggestion)
        .bindOptional(8, e.author.value())
        .bind(9, msOf(e.updatedAt))
        .bind(10, e.revision)
        .bindOptional(11, e.conflictOf.value())
        .bind(12, e.removed ? 1 : 0)
        .bind(13, pendingOp)
        .run();
}

} // namespace

void store(SqliteDatabase &db, const QList<EmpathyEntry> &entries)
{
    if (entries.isEmpty())
        return;
    auto dropQueued = db.prepare("DELETE FROM empathy_entries WHERE client_op_id = ?1 AND id < 0");
    auto waiting = db.prepare("SELECT pending_op FROM empathy_entries WHERE id = ?1");
    auto row = prepareInsert(db);
    for (const EmpathyEntry &e : entries) {
        if (!e.opId.isEmpty())
            dropQueued.bind(1, e.opId).run();
        // The server's state is shown; a change of ours still on its way stays marked as waiting (it comes
        // back as the next revision, or as a second version when another agent's came first).
        waiting.bind(1, e.id.value());
        QString pending = waiting.step() ? waiting.text(0) : QString();
        waiting.reset();
        if (pending == e.opId)
            pending.clear();
        insert(row, e, e.opId, pending);
    }
}

EmpathyEntryId insertQueued(SqliteDatabase &db, const EmpathyEntry &entry, const QString &opId)
{
    EmpathyEntry e = entry;
    e.id = EmpathyEntryId(std::min<qint64>(db.scalar("SELECT min(id) FROM empathy_entries"), 0) - 1);
    auto row = prepareInsert(db);
    insert(row, e, opId, opId);
    return e.id;
}

void markPending(SqliteDatabase &db, EmpathyEntryId id, const QString &opId, const EmpathyEntry &changed)
{
    auto update =
        db.prepare("UPDATE empathy_entries SET quadrant = ?2, text = ?3, removed = ?4, pending_op = ?5, "
                   "refusal = '' WHERE id = ?1");
    update.bind(1, id.value())
        .bind(2, int(changed.quadrant))
        .bind(3, changed.text)
        .bind(4, changed.removed ? 1 : 0)
        .bind(5, opId)
        .run();
}

void acknowledge(SqliteDatabase &db, const QString &opId, EmpathyEntryId id, int revision)
{
    auto arrived = db.prepare("SELECT count(*) FROM empathy_entries WHERE id = ?1");
    arrived.bind(1, id.value());
    const bool hasRecord = arrived.step() && arrived.int64(0) > 0;
    arrived.reset();
    if (hasRecord) {
        auto drop = db.prepare("DELETE FROM empathy_entries WHERE client_op_id = ?1 AND id < 0");
        drop.bind(1, opId).run();
    } else {
        auto promote = db.prepare("UPDATE empathy_entries SET id = ?2 WHERE client_op_id = ?1 AND id < 0");
        promote.bind(1, opId).bind(2, id.value()).run();
    }
    // The server's record (with its revision) may come later; until then the row shows what was sent.
    auto done = db.prepare(
        "UPDATE empathy_entries SET pending_op = '', revision = max(revision, ?2) WHERE pending_op = ?1");
    done.bind(1, opId).bind(2, revision).run();
}

void refuse(SqliteDatabase &db, const QString &opId, const QString &reason)
{
    // A refused removal brings the note back; a refused note or edit stays, marked, so no words are lost.
    auto refused = db.prepare(
        "UPDATE empathy_entries SET removed = 0, pending_op = '', refusal = ?2 WHERE pending_op = ?1");
    refused.bind(1, opId).bind(2, reason.isEmpty() ? QStringLiteral("refused") : reason).run();
}

QList<EmpathyNote> notesOf(SqliteDatabase &db, CustomerId customer)
{
    auto query =
        db.prepare("SELECT id, quadrant, text, source_message, suggestion, author, updated_at, revision, "
                   "conflict_of, removed, pending_op, refusal FROM empathy_entries WHERE customer_id = ?1 "
                   "ORDER BY abs(id)");
    query.bind(1, customer.value());
    QList<EmpathyNote> notes;
    while (query.step()) {
        EmpathyNote note;
        EmpathyEntry &e = note.entry;
        e.id = EmpathyEntryId(query.int64(0));
        e.customer = customer;
        e.quadrant = EmpathyQuadrant(std::clamp(query.int32(1), 1, empathyQuadrantCount));
        e.text = query.text(2);
        e.source = MessageId(query.int64(3));
        e.suggestion = query.text(4);
        e.author = AgentId(query.int64(5));
        e.updatedAt = QDateTime::fromMSecsSinceEpoch(query.int64(6), Qt::UTC);
        e.revision = query.int32(7);
        e.conflictOf = EmpathyEntryId(query.int64(8));
        e.removed = query.int32(9) != 0;
        note.pending = !query.text(10).isEmpty() || e.id.value() < 0;
        note.refusal = query.text(11);
        notes.append(note);
    }
    return notes;
}

} // namespace empathy::empathyRows
