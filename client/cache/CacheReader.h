#pragma once

#include "cache/InboxQuery.h"
#include "cache/InboxRow.h"
#include "domain/Agent.h"
#include "domain/Compensation.h"
#include "domain/Message.h"

#include <QList>

#include <memory>
#include <optional>

namespace empathy {

class SqliteDatabase;

// The read side of the cache: everything the views show comes from here.
class CacheReader
{
public:
    // How many rows inboxRows() reads with one statement; models page by this.
    static constexpr int pageSize = 64;
    // Search looks at this many of the most recent matching messages.
    static constexpr int searchMessageLimit = 2000;

    explicit CacheReader(SqliteDatabase &db);
    ~CacheReader();

    // The cache file this reads (a worker thread opens a connection of its own to it).
    QString databasePath() const;

    // The conversations the query selects, in its order. Cheap enough for 100,000 conversations:
    // only ids are read; rows come page by page from inboxRows().
    QList<ConversationId> conversationIds(const InboxQuery &query);
    // Rows for the given ids (at most pageSize per call is fastest), in the order of ids.
    QList<InboxRow> inboxRows(const QList<ConversationId> &ids);
    std::optional<InboxRow> inboxRow(ConversationId id);
    std::optional<ConversationHeader> header(ConversationId id);
    QList<Message> messages(ConversationId conversation);

    // Compensations waiting for a team lead, oldest first, with what a lead decides by.
    struct PendingCompensation
    {
        Compensation compensation;
        QString customerName;
        QString requestedBy;        // the agent's name
        std::optional<double> mood; // the conversation's mood now
    };
    QList<PendingCompensation> pendingCompensations();

    QList<Agent> agents();
    AgentId ownAgent();
    QString meta(const QString &key); // null when not set
    qint64 conversationCount();
    qint64 messageCount();
    qint64 pendingOperationCount();
    // Customer messages not yet read in the conversations assigned to `agent`.
    qint64 unreadMessagesFor(AgentId agent);

    struct OutboxEntry
    {
        QString opId;
        QString kind;
        QByteArray payload; // JSON
        int attempts = 0;
    };
    // Operations waiting for the server, oldest first.
    QList<OutboxEntry> outbox();
    struct SyncCursor
    {
        QString generation; // empty before the first sync
        qint64 cursor = 0;
    };
    SyncCursor syncCursor();

private:
    struct Statements;
    Statements &statements();

    SqliteDatabase &m_db;
    std::unique_ptr<Statements> m_statements;
};

} // namespace empathy
