#pragma once

#include "domain/Agent.h"
#include "domain/Alert.h"
#include "domain/Compensation.h"
#include "domain/Conversation.h"
#include "domain/Customer.h"
#include "domain/Message.h"
#include "domain/Order.h"
#include "domain/SurveyAnswer.h"
#include "protocol/Frames.h"
#include "storage/ChangeAudience.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <functional>
#include <optional>
#include <stdexcept>

namespace empathy {

struct Account
{
    Agent agent;
    QString passwordHash; // libsodium crypto_pwhash_str (Argon2id)
    bool disabled = false;
};

// An agent's correction of the emotion engine's label for a customer's message, kept for improving the
// engine.
struct SentimentCorrection
{
    MessageId message;
    AgentId agent;
    Language language = Language::Unknown;
    QString body;
    std::optional<SentimentLabel> engineLabel; // what the engine said, if it had scored the message
    std::optional<float> engineValence;
    SentimentLabel correctedLabel = SentimentLabel::Neutral;
    QDateTime at;
};

// One step in a compensation's life, for the audit trail: requested, granted, sent to a lead, approved,
// denied or reversed; by whom, when, why, and the customer's mood at that moment.
struct CompensationEvent
{
    CompensationId compensation;
    AgentId agent;
    QString action; // "requested", "granted", "awaiting_lead", "approved", "denied", "reversed"
    QString note;
    std::optional<float> mood;
    QDateTime at;
};

// The running summary of a customer's message valences, folded in message order (Welford): the customer's
// baseline for the alert rules without reading their history again.
struct ValenceSummary
{
    int messages = 0;
    double mean = 0.0;
    double m2 = 0.0; // sum of squared deviations from the mean
    MessageId last;  // the newest message folded in
};

struct SessionRecord
{
    AgentId agent;
    QDateTime expires;
};

class StoreError : public std::runtime_error
{
public:
    explicit StoreError(const QString &message)
        : std::runtime_error(message.toStdString())
        , m_message(message)
    {}
    const QString &message() const { return m_message; }

private:
    QString m_message;
};

// Everything the server keeps. Nothing the server needs to be correct lives only in process memory:
// another implementation (PostgreSQL) can back several server instances at once.
class ServerStore
{
public:
    virtual ~ServerStore() = default;

    // Identifies this store's change log; a new database gets a new generation.
    virtual QString generation() = 0;

    virtual std::optional<Account> accountByLogin(const QString &login) = 0;
    virtual std::optional<Account> accountById(AgentId id) = 0;
    // Throws StoreError when the login is taken.
    virtual AgentId createAccount(const Account &account) = 0;
    // false when there is no such login.
    virtual bool setDisabled(const QString &login, bool disabled) = 0;
    virtual bool setPasswordHash(const QString &login, const QString &passwordHash) = 0;

    // Sessions are kept by the SHA-256 of their token; the token itself is never stored.
    virtual void saveSession(const QByteArray &tokenHash, AgentId agent, const QDateTime &expires) = 0;
    virtual std::optional<SessionRecord> session(const QByteArray &tokenHash) = 0;
    virtual void extendSession(const QByteArray &tokenHash, const QDateTime &expires) = 0;
    virtual void revokeSession(const QByteArray &tokenHash) = 0;
    virtual void revokeSessionsOf(AgentId agent) = 0;

    // Runs work in one transaction: everything it wrote lands, or (when it throws) nothing does. Called
    // inside another, it is a part of that one which, when it throws, is undone on its own (the outer
    // work may go on and commit the rest).
    virtual void inTransaction(const std::function<void()> &work) = 0;

    // Domain writes. Each stores the object's new state and appends it to the change log.
    virtual void putAgent(const Agent &agent) = 0;
    virtual void putCustomer(const Customer &customer) = 0;
    virtual void putConversation(const Conversation &conversation) = 0;
    virtual void putMessage(const Message &message) = 0;
    virtual void putOrder(const Order &order) = 0;
    virtual void putSurveyAnswer(const SurveyAnswer &answer) = 0;

    // Appends the current state of a customer, or of a conversation's messages and surveys, to the log
    // again: a client that could not read them before (a conversation just assigned to its agent) gets
    // them with its next changes.
    virtual void republishCustomer(CustomerId id) = 0;
    virtual void republishConversationContents(ConversationId id) = 0;

    virtual std::optional<Conversation> conversation(ConversationId id) = 0;
    virtual std::optional<Customer> customer(CustomerId id) = 0;
    virtual CustomerId customerByIdentity(IdentityKind kind, const QString &value) = 0;
    // The customer's newest conversation on the channel that is not resolved.
    virtual ConversationId openConversationOf(CustomerId customer, Channel channel) = 0;
    // A conversation's messages with ids above `after`, oldest first.
    virtual QList<Message> messagesAfter(ConversationId conversation, MessageId after) = 0;
    // Messages of every conversation with ids above `after`, oldest first, at most `limit` of them.
    virtual QList<Message> messagesFrom(MessageId after, int limit) = 0;
    // The newest message of a conversation the customer saw: the team's private notes and the server's
    // notices are passed over (a survey question stays the last one with a note after it).
    virtual std::optional<Message> lastMessage(ConversationId id) = 0;
    virtual std::optional<Message> message(MessageId id) = 0;
    virtual void recordCorrection(const SentimentCorrection &correction) = 0;
    virtual int correctionCount() = 0;
    // The agent who last had a conversation of this customer: returning customers go back to them.
    virtual AgentId lastAssigneeOf(CustomerId id) = 0;
    virtual MessageId nextMessageId() = 0;
    virtual CustomerId nextCustomerId() = 0;
    virtual ConversationId nextConversationId() = 0;
    virtual qint64 conversationCount() = 0;

    // Compensations (docs/compensation.md). `value` is what one counts against the limits, fixed when it
    // is first stored; later calls update its status and data only.
    virtual CompensationId nextCompensationId() = 0;
    virtual void putCompensation(const Compensation &compensation, const Money &value) = 0;
    virtual std::optional<Compensation> compensation(CompensationId id) = 0;
    // A pending or granted compensation of this kind in the conversation, if there is one.
    virtual std::optional<Compensation> activeCompensation(ConversationId conversation,
                                                           CompensationKind kind) = 0;
    // What the agent granted on their own (not approved by a lead, not reversed) since `since`, in minor
    // units of the currency.
    virtual qint64 grantedOnOwnSince(AgentId agent, const QString &currency, const QDateTime &since) = 0;
    virtual QList<Compensation> pendingCompensations() = 0;
    virtual qint64 compensationCount() = 0;
    virtual void recordCompensationEvent(const CompensationEvent &event) = 0;
    virtual QList<CompensationEvent> compensationEvents(CompensationId id) = 0;
    virtual std::optional<Order> order(OrderId id) = 0;
    virtual SurveyAnswerId nextSurveyAnswerId() = 0;
    virtual bool hasSurveyAnswer(ConversationId conversation) = 0;

    // Empathy map notes; every write is the entry's new state, appended to the change log.
    virtual EmpathyEntryId nextEmpathyEntryId() = 0;
    virtual void putEmpathyEntry(const EmpathyEntry &entry) = 0;
    virtual std::optional<EmpathyEntry> empathyEntry(EmpathyEntryId id) = 0;
    virtual QList<EmpathyEntry> empathyEntries(CustomerId customer) = 0;

    // Supervisor alerts (docs/supervisor.md). addAlert stores a new alert and appends it to the change log
    // unless an alert with the same key exists (then nothing is written and it returns false); putAlert
    // stores a handled alert's new state.
    virtual AlertId nextAlertId() = 0;
    virtual bool addAlert(const Alert &alert, const QString &dedupeKey) = 0;
    virtual void putAlert(const Alert &alert) = 0;
    virtual std::optional<Alert> alert(AlertId id) = 0;
    virtual bool hasOpenAlert(ConversationId conversation, AlertKind kind) = 0;
    virtual QList<Alert> openAlerts(ConversationId conversation) = 0;
    virtual ValenceSummary valenceSummary(CustomerId customer) = 0;
    virtual void putValenceSummary(CustomerId customer, const ValenceSummary &summary) = 0;
    // The message of the conversation the customer saw just before `message`, if there is one (notes and
    // notices passed over, as in lastMessage).
    virtual std::optional<Message> messageBefore(ConversationId conversation, MessageId message) = 0;
    virtual QList<Conversation> conversationsOf(CustomerId customer) = 0;
    // Open conversations whose deadlines are to be looked at by `now`, the longest waiting first, at most
    // `limit`. Storing a conversation sets the moment to when its first deadline is due soon (none when it
    // is resolved or has none); storing it again with the same deadlines keeps the moment it had.
    virtual QList<Conversation> conversationsDueForDeadlineCheck(const QDateTime &now, int limit) = 0;
    // When to look at the conversation's deadlines next: an invalid moment, not until it is stored again.
    virtual void setNextDeadlineCheck(ConversationId id, const QDateTime &at) = 0;
    // Small named values of the server itself (how far the alert rules have read, ...); empty when unset.
    virtual QString stateValue(const QString &name) = 0;
    virtual void setStateValue(const QString &name, const QString &value) = 0;

    // The newest seq in the change log (0 when empty).
    virtual qint64 head() = 0;
    // Changes with after < seq <= upTo that viewer's role may read, oldest first: at most limit of them,
    // and no more once their data passes maxBytes (*cut is then set).
    virtual QList<Change> changesAfter(qint64 after, qint64 upTo, int limit, qint64 maxBytes,
                                       const Agent &viewer, bool *cut = nullptr) = 0;
    // Every change with after < seq <= upTo with who may read it (mayRead), bounded like changesAfter:
    // the live push reads a range once for all its viewers.
    virtual QList<AudiencedChange> changeRange(qint64 after, qint64 upTo, int limit, qint64 maxBytes,
                                               bool *cut = nullptr) = 0;

    // The acknowledgement recorded for an operation id, if it was applied (or refused) before.
    virtual std::optional<QJsonObject> recordedAck(const QString &opId) = 0;
    virtual void recordAck(const QString &opId, AgentId agent, const QJsonObject &ack) = 0;
};

} // namespace empathy
