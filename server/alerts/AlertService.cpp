#include "alerts/AlertService.h"

#include "alerts/AlertRules.h"
#include "domain/Sla.h"
#include "protocol/DomainJson.h"
#include "storage/ServerStore.h"

#include <QJsonDocument>

namespace empathy {

namespace {

const QString cursorName = QStringLiteral("alerts.cursor");
constexpr int pageSize = 2000;
// A message older than this when it reaches the rules raises no alert of its own.
constexpr qint64 freshSeconds = 60 * 60;

// Reads every change: the service sees what a lead or an admin would.
Agent ruleReader()
{
    Agent agent;
    agent.role = AgentRole::Admin;
    return agent;
}

void fold(ValenceSummary &summary, double valence)
{
    ++summary.messages;
    const double delta = valence - summary.mean;
    summary.mean += delta / summary.messages;
    summary.m2 += delta * (valence - summary.mean);
}

} // namespace

AlertService::AlertService(ServerStore &store, Clock clock)
    : m_store(store)
    , m_clock(std::move(clock))
{}

QList<Alert> AlertService::scanNewMessages()
{
    QList<Alert> raised;
    m_store.inTransaction([&] {
        qint64 cursor = m_store.stateValue(cursorName).toLongLong();
        const qint64 head = m_store.head();
        while (cursor < head) {
            const QList<Change> changes =
                m_store.changesAfter(cursor, head, pageSize, qint64(1) << 40, ruleReader());
            if (changes.isEmpty())
                break;
            for (const Change &change : changes) {
                if (change.kind != ChangeKind::Message)
                    continue;
                QString error;
                const auto message = DomainJson::readMessage(
                    QJsonDocument::fromJson(change.encodedData.isEmpty() ? QJsonDocument(change.data).toJson()
                                                                         : change.encodedData)
                        .object(),
                    &error);
                if (message && message->direction == Direction::Inbound)
                    raised += judge(*message);
            }
            cursor = changes.back().seq;
        }
        m_store.setStateValue(cursorName, QString::number(std::max(cursor, head)));
    });
    return raised;
}

QList<Alert> AlertService::judge(const Message &message)
{
    QList<Alert> raised;
    const auto conversation = m_store.conversation(message.conversation);
    if (!conversation)
        return raised;
    // A message is judged once: republished copies (a reassignment, a correction) come after it.
    ValenceSummary summary = m_store.valenceSummary(conversation->customer);
    if (message.id <= summary.last)
        return raised;

    AlertRules::MessageFacts facts;
    facts.message = message;
    facts.conversation = *conversation;
    facts.baseline = emotion::customerBaseline(summary.messages, summary.mean,
                                               summary.messages > 0 ? summary.m2 / summary.messages : 0.0);
    facts.previous = m_store.messageBefore(message.conversation, message.id);
    if (!facts.previous)
        facts.customerConversations = m_store.conversationsOf(conversation->customer);
    // Messages from long ago (a seeded or imported history) only teach the baseline: alerts are for now.
    if (message.sentAt.isValid() && message.sentAt >= m_clock().addSecs(-freshSeconds)) {
        for (const Alert &alert : AlertRules::forMessage(facts))
            raise(alert, raised);
    }

    if (message.sentiment.isScored())
        fold(summary, *message.sentiment.valence);
    summary.last = message.id;
    m_store.putValenceSummary(conversation->customer, summary);
    return raised;
}

QList<Alert> AlertService::checkDeadlines()
{
    QList<Alert> raised;
    m_store.inTransaction([&] {
        // Only the conversations whose next deadline moment came: an open inbox of any size costs what
        // changed since the last call. Each is then set to its next moment (none once every deadline it has
        // was missed).
        const QDateTime now = m_clock();
        for (const Conversation &conversation :
             m_store.conversationsDueForDeadlineCheck(now, checksPerCall)) {
            for (const Alert &alert : AlertRules::forDeadlines(conversation, now))
                raise(alert, raised);
            m_store.setNextDeadlineCheck(
                conversation.id, nextSlaChange({conversation.firstResponseDue, conversation.resolutionDue},
                                               conversation.createdAt, now));
        }
    });
    return raised;
}

bool AlertService::raise(Alert alert, QList<Alert> &raised)
{
    if (AlertRules::isOncePerOpenAlert(alert.kind) && m_store.hasOpenAlert(alert.conversation, alert.kind))
        return false;
    alert.id = m_store.nextAlertId();
    alert.raisedAt = m_clock();
    alert.state = AlertState::Open;
    if (!m_store.addAlert(alert, AlertRules::alertKey(alert)))
        return false;
    raised.append(alert);
    return true;
}

} // namespace empathy
