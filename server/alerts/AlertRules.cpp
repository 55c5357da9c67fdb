#include "alerts/AlertRules.h"

#include "domain/Sla.h"

namespace empathy::AlertRules {

namespace {

Alert alertFor(AlertKind kind, const MessageFacts &facts)
{
    const Sentiment &s = facts.message.sentiment;
    Alert a;
    a.kind = kind;
    a.conversation = facts.conversation.id;
    a.customer = facts.conversation.customer;
    a.message = facts.message.id;
    a.agent = facts.conversation.assignee;
    a.emotion = s.emotion;
    a.valence = s.valence;
    a.baselineMean = float(facts.baseline.mean);
    a.baselineSpread = float(facts.baseline.spread);
    a.baselineMessages = facts.baseline.messages;
    return a;
}

} // namespace

QList<Alert> forMessage(const MessageFacts &facts)
{
    QList<Alert> out;
    const Message &m = facts.message;
    if (m.direction != Direction::Inbound)
        return out;
    const Sentiment &s = m.sentiment;
    if (s.isScored()) {
        const double valence = *s.valence;
        if (valence < facts.baseline.mean && emotion::outsideNormalRange(valence, facts.baseline)) {
            Alert a = alertFor(AlertKind::OutsideNormalRange, facts);
            a.strength = s.intensity;
            out.append(a);
        }
        if (s.emotion == u"anger" && s.intensity >= strongAnger) {
            Alert a = alertFor(AlertKind::StrongAnger, facts);
            a.strength = s.intensity;
            out.append(a);
        }
        if (s.churnRisk >= strongChurnRisk) {
            Alert a = alertFor(AlertKind::ChurnRisk, facts);
            a.emotion = QStringLiteral("churn_risk");
            a.strength = s.churnRisk;
            out.append(a);
        }
    }
    if (!facts.previous) {
        // The conversation's first message: is the customer back soon after another conversation?
        const QDateTime opened = facts.conversation.createdAt;
        std::optional<Conversation> earlier;
        for (const Conversation &c : facts.customerConversations) {
            if (c.id == facts.conversation.id || !c.createdAt.isValid() || !opened.isValid() ||
                c.createdAt > opened || c.createdAt < opened.addDays(-repeatContactDays))
                continue;
            if (!earlier || c.createdAt > earlier->createdAt)
                earlier = c;
        }
        if (earlier) {
            Alert a = alertFor(AlertKind::RepeatContact, facts);
            a.earlier = earlier->id;
            out.append(a);
        }
    } else if (facts.previous->direction == Direction::Outbound &&
               facts.previous->purpose == MessagePurpose::Automated &&
               !(s.isScored() && s.label == SentimentLabel::Positive)) {
        // The assistant answered and the customer is not satisfied (thanks would end it): people take over.
        out.append(alertFor(AlertKind::BotHandover, facts));
    }
    return out;
}

QList<Alert> forDeadlines(const Conversation &c, const QDateTime &now)
{
    QList<Alert> out;
    if (c.status == ConversationStatus::Resolved)
        return out;
    const auto check = [&](const QDateTime &due, AlertKind soon, AlertKind missed) {
        if (!due.isValid())
            return;
        const SlaStatus status = slaStatus(due, c.createdAt.isValid() ? c.createdAt : due, now);
        if (status.state != SlaState::DueSoon && status.state != SlaState::Breached)
            return;
        Alert a;
        a.kind = status.state == SlaState::Breached ? missed : soon;
        a.conversation = c.id;
        a.customer = c.customer;
        a.agent = c.assignee;
        a.due = due;
        out.append(a);
    };
    check(c.firstResponseDue, AlertKind::FirstResponseDueSoon, AlertKind::FirstResponseMissed);
    check(c.resolutionDue, AlertKind::ResolutionDueSoon, AlertKind::ResolutionMissed);
    return out;
}

QString alertKey(const Alert &a)
{
    const QString head = alertKindKey(a.kind) + u':' + QString::number(a.conversation.value());
    if (isDeadlineAlert(a.kind))
        return head + u':' + a.due.toUTC().toString(Qt::ISODateWithMs);
    if (a.kind == AlertKind::RepeatContact || a.kind == AlertKind::BotHandover)
        return head;
    return head + u':' + QString::number(a.message.value());
}

bool isOncePerOpenAlert(AlertKind kind)
{
    return kind == AlertKind::OutsideNormalRange || kind == AlertKind::StrongAnger ||
           kind == AlertKind::ChurnRisk;
}

} // namespace empathy::AlertRules
