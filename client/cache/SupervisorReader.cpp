#include "cache/SupervisorReader.h"

#include "cache/InboxRowSql.h"
#include "protocol/DomainJson.h"
#include "sql/SqliteDatabase.h"
#include "sql/SqliteStatement.h"

#include <QJsonDocument>

#include <functional>

namespace empathy {

SupervisorReader::SupervisorReader(SqliteDatabase &db)
    : m_db(db)
{}

QList<InboxRow> SupervisorReader::activeConversations()
{
    auto statement = m_db.prepare(QString::fromLatin1(inboxRowColumns) +
                                  QStringLiteral("WHERE c.status IN (?1, ?2) ORDER BY c.id"));
    statement.bind(1, int(ConversationStatus::Open)).bind(2, int(ConversationStatus::Pending));
    QList<InboxRow> rows;
    while (statement.step())
        rows.append(readInboxRow(statement));
    return rows;
}

QList<SupervisorReader::Mark> SupervisorReader::activeMarks()
{
    auto statement = m_db.prepare(
        "SELECT id, last_message_at, message_count, coalesce(assignee_id, 0), status, mood_trend, "
        "coalesce(first_response_due, 0), coalesce(resolution_due, 0), coalesce(waiting_since, 0), "
        "unread_count, "
        "coalesce(mood, 9.0) FROM conversations WHERE status IN (?1, ?2) ORDER BY id");
    statement.bind(1, int(ConversationStatus::Open)).bind(2, int(ConversationStatus::Pending));
    QList<Mark> marks;
    while (statement.step()) {
        Mark mark;
        mark.id = statement.int64(0);
        for (int i = 0; i < int(mark.values.size()); ++i)
            mark.values[size_t(i)] = statement.int64(i + 1);
        mark.mood = statement.real(10);
        marks.append(mark);
    }
    return marks;
}

QList<InboxRow> SupervisorReader::conversationRows(const QList<ConversationId> &ids)
{
    constexpr int batch = 64;
    QString sql = QString::fromLatin1(inboxRowColumns) + QStringLiteral("WHERE c.id IN (?1");
    for (int i = 2; i <= batch; ++i)
        sql += QStringLiteral(", ?%1").arg(i);
    sql += u')';
    auto statement = m_db.prepare(sql);
    QList<InboxRow> rows;
    rows.reserve(ids.size());
    for (qsizetype start = 0; start < ids.size(); start += batch) {
        for (int i = 0; i < batch; ++i) {
            const qsizetype at = start + i;
            statement.bind(i + 1, at < ids.size() ? ids.at(at).value() : qint64(0));
        }
        while (statement.step())
            rows.append(readInboxRow(statement));
        statement.reset();
    }
    return rows;
}

namespace {

// The alerts WHERE says, with the names and message they show, newest first.
QList<AlertRow> readAlerts(SqliteDatabase &db, const char *where,
                           const std::function<void(SqliteStatement &)> &bind)
{
    auto statement = db.prepare(
        QStringLiteral(
            "SELECT l.data, l.pending_op IS NOT NULL, l.refusal, u.display_name, c.channel, m.body, "
            "a.display_name, h.display_name, r.display_name, l.touched "
            "FROM alerts l JOIN conversations c ON c.id = l.conversation_id "
            "LEFT JOIN customers u ON u.id = l.customer_id "
            "LEFT JOIN messages m ON m.id = json_extract(l.data, '$.message') "
            "LEFT JOIN agents a ON a.id = json_extract(l.data, '$.agent') "
            "LEFT JOIN agents h ON h.id = json_extract(l.data, '$.handled_by') "
            "LEFT JOIN agents r ON r.id = json_extract(l.data, '$.reassigned_to') "
            "WHERE %1 ORDER BY l.raised_at DESC, l.id DESC")
            .arg(QLatin1String(where)));
    bind(statement);
    QList<AlertRow> rows;
    while (statement.step()) {
        QString error;
        const auto alert =
            DomainJson::readAlert(QJsonDocument::fromJson(statement.text(0).toUtf8()).object(), &error);
        if (!alert)
            continue; // written by this client from the server's own form: cannot be unreadable
        AlertRow row;
        row.alert = *alert;
        row.pending = statement.int32(1) != 0;
        row.refusal = statement.text(2);
        row.customerName = statement.text(3);
        row.channel = Channel(statement.int32(4));
        row.messageBody = statement.text(5);
        row.agentName = statement.text(6);
        row.handledByName = statement.text(7);
        row.reassignedToName = statement.text(8);
        row.touched = statement.int64(9);
        rows.append(row);
    }
    return rows;
}

} // namespace

QList<AlertRow> SupervisorReader::alerts(qint64 sinceMs)
{
    return readAlerts(m_db, "l.state = ?1 OR l.raised_at >= ?2",
                      [&](SqliteStatement &s) { s.bind(1, int(AlertState::Open)).bind(2, sinceMs); });
}

QList<AlertRow> SupervisorReader::alertsTouchedAfter(qint64 touched)
{
    return readAlerts(m_db, "l.touched > ?1", [&](SqliteStatement &s) { s.bind(1, touched); });
}

QHash<qint64, int> SupervisorReader::openAlertCounts()
{
    auto statement = m_db.prepare(
        "SELECT conversation_id, count(*) FROM alerts WHERE state = ?1 GROUP BY conversation_id");
    statement.bind(1, int(AlertState::Open));
    QHash<qint64, int> counts;
    while (statement.step())
        counts.insert(statement.int64(0), statement.int32(1));
    return counts;
}

TeamFigures SupervisorReader::figures(const QDateTime &from, const QDateTime &to)
{
    return teamFigures(m_db, from, to);
}

} // namespace empathy
