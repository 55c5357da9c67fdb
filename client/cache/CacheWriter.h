#pragma once

#include "domain/Agent.h"
#include "domain/Compensation.h"
#include "domain/ConversationStatus.h"
#include "domain/DataBatch.h"
#include "domain/EmpathyMap.h"
#include "domain/MessageScorer.h"
#include "domain/Mood.h"
#include "protocol/Operation.h"

#include <QDateTime>

#include <functional>
#include <memory>
#include <span>

namespace empathy {

class SqliteDatabase;

// The write side of the cache, used by the sync layer, importers and the demo generator, and by the
// views for the agent's own actions. Every call is one transaction: it lands whole or not at all.
class CacheWriter
{
public:
    // `scorer` scores customers' messages that arrive without a score (from an older server, an import,
    // the demo generator); without one they are stored unscored.
    explicit CacheWriter(SqliteDatabase &db, MessageScorer scorer = {});
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
    // send it, and returns its local (negative) id. A lead's private note to the agent (purpose
    // PrivateNote) is stored and sent the same way; the customer never sees it.
    MessageId queueReply(ConversationId conversation, const QString &body, AgentId author,
                         const QDateTime &at, Language language,
                         MessagePurpose purpose = MessagePurpose::Plain);

    void markRead(const QList<ConversationId> &conversations);

    // Scores up to `limit` stored customer messages that have no score yet (stored before this client
    // could score, or by an older version) and updates their conversations' moods. Returns how many it
    // scored: call again until it returns 0. Does nothing without a scorer.
    int scoreUnscoredMessages(int limit);

    // The agent corrects the engine's label of a customer's message: stored at once (shown as corrected,
    // the conversation's mood follows) together with the outbox operation that tells the server. Returns
    // the operation's id, or an empty string when there is no such customer message.
    QString queueCorrection(MessageId message, SentimentLabel label, const QDateTime &at);
    // Notes how the customer of a conversation likes to be addressed, with its outbox operation, in one
    // transaction; returns the operation's id, or an empty string for an unknown conversation.
    QString queueCustomerTone(ConversationId conversation, PreferredTone tone, const QDateTime &at);

    // The agent asks for a compensation (conversation, kind, amount or percent, order, reason): stored as
    // queued with its outbox operation in one transaction, shown as waiting until the server decides.
    // Returns the operation's id.
    QString queueCompensation(const Compensation &request, const QDateTime &at);
    // A team lead approves or denies a pending compensation, or reverses a granted one; the cache changes
    // when the server's record comes back. Returns the operation's id.
    QString queueCompensationDecision(CompensationId id, bool approve, const QString &note,
                                      const QDateTime &at);
    QString queueCompensationReversal(CompensationId id, const QString &note, const QDateTime &at);

    // Empathy map of the conversation's customer: a new note (entry.id invalid; a suggestion accepted
    // carries its source and key; `dismissed` stores a suggestion as turned down), an edit of a note on the
    // revision the agent saw, a removal, the journey stage. Each is shown at once and marked as waiting
    // until the server answers. Return the operation's id, or an empty string for an unknown conversation
    // or note.
    QString queueEmpathyNote(ConversationId conversation, const EmpathyEntry &entry, const QDateTime &at,
                             bool dismissed = false);
    QString queueEmpathyRemoval(ConversationId conversation, EmpathyEntryId id, const QDateTime &at);
    QString queueJourneyStage(ConversationId conversation, JourneyStage stage, const QDateTime &at);
    // Opens, sets pending or resolves a conversation: shown at once, sent with its outbox operation (the
    // server asks the customer how satisfied they are when it is resolved). Empty for an unknown one.
    QString queueConversationStatus(ConversationId conversation, ConversationStatus status,
                                    const QDateTime &at);
    // A lead acknowledges an alert, takes its conversation over, or gives it to agent `to`: the alert shows
    // as pending until the server's new state of it arrives.
    using AlertAction = HandleAlertOp::Action;
    QString queueAlertAction(AlertId alert, AlertAction action, AgentId to, const QDateTime &at);

    // Sync: stores one page of server changes and the cursor that covers them in one transaction, so
    // the cursor never runs ahead of the data (or behind it).
    void applySyncPage(const DataBatch &batch, const QList<Agent> &agents, const QString &generation,
                       qint64 cursor);
    // One page of server changes, as applySyncPages takes it.
    struct SyncPage
    {
        const DataBatch *batch;
        const QList<Agent> *agents;
    };
    // Several pages that arrived while the one before them was stored, in order, in one transaction with
    // the cursor that covers the last: a commit costs about as much as a page's worth of writes again
    // (the indexes' pages written once more), so a sync held back by the cache commits less often.
    void applySyncPages(std::span<const SyncPage> pages, const QString &generation, qint64 cursor);
    // Forgets everything synced (the server's generation changed); keeps the outbox, so nothing the agent
    // did is lost: it is sent again after the full resync.
    void resetSyncedData();
    // The server applied operation opId and answered with its acknowledgement: what the cache showed as
    // waiting becomes the server's (a pending reply becomes the server's message, a queued compensation
    // its decision, a queued note its revision), and the operation leaves the outbox, in one transaction.
    void acknowledge(const QString &opId, const OperationAck &ack);
    // The server applied operation opId but its answer could not be read: the operation leaves the outbox,
    // and the server's changes bring its effect.
    void acknowledgeApplied(const QString &opId);
    // The server refused an operation for good: it leaves the outbox, its message is marked failed and
    // its compensation refused, with the server's reason.
    void failOperation(const QString &opId, const QString &reason = QString());
    void noteAttempt(const QString &opId);

private:
    // The pending local copy of the reply sent as opId becomes the server's message serverId.
    void acknowledgeReply(const QString &opId, MessageId serverId);
    void acknowledgeCompensation(const QString &opId, CompensationId id, CompensationStatus status);
    void acknowledgeEmpathyNote(const QString &opId, EmpathyEntryId id, int revision);
    QString queueOperation(const Operation &operation, const QDateTime &at);
    void acknowledgeOperation(const QString &opId, const std::function<void()> &apply);
    struct Statements;
    Statements &statements();
    void insertCustomers(const QList<Customer> &customers);
    void insertConversations(const QList<Conversation> &conversations);
    void insertMessages(const QList<Message> &messages, const QString &clientOpId = QString());
    void storeBatch(const DataBatch &batch);
    void storeAgents(const QList<Agent> &agents);
    bool updateSentiment(const Message &message);
    void recomputeMood(ConversationId conversation);

    SqliteDatabase &m_db;
    std::unique_ptr<Statements> m_statements;
    MessageScorer m_scorer;
};

} // namespace empathy
