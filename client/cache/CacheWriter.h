#pragma once

#include "domain/Agent.h"
#include "domain/DataBatch.h"

#include <QDateTime>

#include <memory>

namespace empathy {

class SqliteDatabase;

// The write side of the cache, used by the sync layer, importers and the demo generator, and by the
// views for the agent's own actions. Every call is one transaction: it lands whole or not at all.
class CacheWriter
{
public:
    explicit CacheWriter(SqliteDatabase &db);
    ~CacheWriter();

    void writeAgents(const QList<Agent> &agents);
    void setOwnAgent(AgentId agent);
    // Profile facts kept in the cache (key/value), e.g. when demo data was generated.
    void setMeta(const QString &key, const QString &value);

    // Stores customers, conversations, messages, orders and survey answers. Messages of one
    // conversation are expected in the order they were sent; a message already stored is skipped.
    // The conversations' inbox summaries (last message, waiting time, unread count) follow.
    void writeBatch(const DataBatch &batch);

    // Stores a reply written by the agent as pending, together with the outbox operation that will
    // send it, and returns its local (negative) id.
    MessageId queueReply(ConversationId conversation, const QString &body, AgentId author,
                         const QDateTime &at, Language language);

    void markRead(const QList<ConversationId> &conversations);

private:
    struct Statements;
    Statements &statements();
    void insertCustomers(const QList<Customer> &customers);
    void insertConversations(const QList<Conversation> &conversations);
    void insertMessages(const QList<Message> &messages, const QString &clientOpId = QString());

    SqliteDatabase &m_db;
    std::unique_ptr<Statements> m_statements;
};

} // namespace empathy
