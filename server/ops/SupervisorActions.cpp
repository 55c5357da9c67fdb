#include "ops/SupervisorActions.h"

#include "ops/Reassign.h"
#include "ops/Refusal.h"
#include "storage/ServerStore.h"

namespace empathy {

namespace {

AckFrame notForAgents(const QString &opId)
{
    return refused(opId, ErrorCode::Forbidden, QStringLiteral("only team leads and admins handle alerts"));
}

} // namespace

SupervisorActions::SupervisorActions(ServerStore &store, Clock clock)
    : m_store(store)
    , m_clock(std::move(clock))
{}

AckFrame SupervisorActions::handleAlert(const Agent &lead, const OpFrame &op, bool *changed)
{
    if (!supervises(lead.role))
        return notForAgents(op.id);
    const AlertId id(op.data.value(QStringLiteral("alert")).toInteger());
    auto alert = m_store.alert(id);
    if (!alert)
        return refused(op.id, ErrorCode::NotFound, QStringLiteral("no alert %1").arg(id.value()));
    const QString action = op.data.value(QStringLiteral("action")).toString();
    AlertState state;
    AgentId newAssignee;
    if (action == u"acknowledge") {
        state = AlertState::Acknowledged;
    } else if (action == u"take_over") {
        state = AlertState::TakenOver;
        newAssignee = lead.id;
    } else if (action == u"reassign") {
        state = AlertState::Reassigned;
        newAssignee = AgentId(op.data.value(QStringLiteral("agent")).toInteger());
        const auto account = m_store.accountById(newAssignee);
        if (!account || account->disabled)
            return refused(
                op.id, ErrorCode::NotFound,
                QStringLiteral("no active agent %1 to give the conversation to").arg(newAssignee.value()));
    } else {
        return refused(op.id, ErrorCode::Invalid,
                       QStringLiteral("action is acknowledge, take_over or reassign"));
    }
    if (!alert->isOpen())
        return refused(op.id, ErrorCode::Conflict,
                       QStringLiteral("the alert was already handled (%1)").arg(alertStateKey(alert->state)));
    if (newAssignee.isValid()) {
        const auto conversation = m_store.conversation(alert->conversation);
        if (!conversation)
            return refused(op.id, ErrorCode::NotFound,
                           QStringLiteral("no conversation %1").arg(alert->conversation.value()));
        if (conversation->assignee != newAssignee)
            reassignConversation(m_store, *conversation, newAssignee);
        alert->reassignedTo = newAssignee;
    }
    alert->state = state;
    alert->handledBy = lead.id;
    alert->handledAt = m_clock();
    m_store.putAlert(*alert);
    *changed = true;
    return AckFrame{op.id,
                    {{QStringLiteral("alert"), alert->id.value()},
                     {QStringLiteral("state"), alertStateKey(alert->state)},
                     {QStringLiteral("seq"), m_store.head()}},
                    QString(),
                    QString()};
}

AckFrame SupervisorActions::privateNote(const Agent &lead, const OpFrame &op, bool *changed)
{
    if (!supervises(lead.role))
        return refused(op.id, ErrorCode::Forbidden,
                       QStringLiteral("only team leads and admins write private notes"));
    const QString body = op.data.value(QStringLiteral("body")).toString();
    if (body.trimmed().isEmpty() || body.size() > 5000)
        return refused(op.id, ErrorCode::Invalid, QStringLiteral("a private note has 1 to 5,000 characters"));
    const ConversationId id(op.data.value(QStringLiteral("conversation")).toInteger());
    const auto conversation = m_store.conversation(id);
    if (!conversation)
        return refused(op.id, ErrorCode::NotFound, QStringLiteral("no conversation %1").arg(id.value()));
    Message note;
    note.id = m_store.nextMessageId();
    note.conversation = id;
    note.direction = Direction::Outbound;
    note.purpose = MessagePurpose::PrivateNote;
    note.author = lead.id;
    note.body = body;
    note.sentAt = m_clock();
    note.language = conversation->language;
    m_store.putMessage(note); // the conversation's first-response promise and assignee stay as they are
    *changed = true;
    return AckFrame{op.id,
                    {{QStringLiteral("message"), note.id.value()},
                     {QStringLiteral("sent_at"), note.sentAt.toString(Qt::ISODateWithMs)},
                     {QStringLiteral("seq"), m_store.head()}},
                    QString(),
                    QString()};
}

} // namespace empathy
