#pragma once

#include "domain/Alert.h"
#include "domain/Clock.h"
#include "domain/Compensation.h"
#include "domain/ConversationStatus.h"
#include "domain/EmpathyMap.h"
#include "domain/Message.h"
#include "domain/PreferredTone.h"

#include <QObject>

#include <functional>

namespace empathy {

class CacheReader;
class CacheWriter;

// What the agent and the team lead do. Each action is stored at once in the local cache together with
// the operation that tells the server (CacheWriter), and queued() tells the sync engine to send it. No
// action throws: when the cache cannot store it (read-only, full, damaged), the result says why in words
// and nothing half-written stays; the window decides how to show it.
class DeskActions : public QObject
{
    Q_OBJECT

public:
    struct Result
    {
        bool queued = false; // an operation waits in the outbox for the server
        QString error;       // the cache failed; what it said
        bool failed() const { return !error.isEmpty(); }
    };

    DeskActions(CacheReader &reader, CacheWriter &writer, Clock clock, QObject *parent = nullptr);

    // Who acts (the agent logged in): the author of replies and notes.
    void setAgent(AgentId agent) { m_agent = agent; }
    AgentId agent() const { return m_agent; }

    // A reply (plain or an apology) in the conversation's language.
    Result reply(ConversationId conversation, const QString &body,
                 MessagePurpose purpose = MessagePurpose::Plain);
    // A lead's note to the conversation's agent; the customer never sees it.
    Result privateNote(ConversationId conversation, const QString &body);
    Result correctSentiment(MessageId message, SentimentLabel label);
    Result setCustomerTone(ConversationId conversation, PreferredTone tone);
    Result resolve(ConversationId conversation);
    Result compensate(const Compensation &request);
    Result decideCompensation(CompensationId compensation, bool approve, const QString &note);
    Result reverseCompensation(CompensationId compensation, const QString &note);
    // A new note or an edit on the customer's empathy map (dismissed: a suggestion turned down).
    Result writeEmpathyNote(ConversationId conversation, const EmpathyEntry &entry, bool dismissed = false);
    Result removeEmpathyNote(ConversationId conversation, EmpathyEntryId entry);
    Result setJourneyStage(ConversationId conversation, JourneyStage stage);
    Result acknowledgeAlert(AlertId alert);
    Result takeOver(AlertId alert);
    Result reassign(AlertId alert, AgentId to);

signals:
    // An operation was stored in the outbox.
    void queued();

private:
    // Runs one write, which answers whether it queued an operation (not when there was nothing to do, such
    // as an unknown conversation).
    Result run(const std::function<bool()> &write);

    CacheReader &m_reader;
    CacheWriter &m_writer;
    Clock m_clock;
    AgentId m_agent;
};

} // namespace empathy
