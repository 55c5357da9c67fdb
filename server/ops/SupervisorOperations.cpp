#include "ops/SupervisorOperations.h"

#include "ops/Reassign.h"
#include "storage/ServerStore.h"

namespace empathy {

SupervisorOperations::SupervisorOperations(ServerStore &store, Clock clock)
    : m_store(store)
    , m_clock(std::move(clock))
{}

void SupervisorOperations::addTo(OperationRegistry &registry)
{
    registry.add<HandleAlertOp>(
        [this](const OperationCall &c, const HandleAlertOp &op) { return handleAlert(c, op); });
    registry.add<PrivateNoteOp>(
        [this](const OperationCall &c, const PrivateNoteOp &op) { return privateNote(c, op); });
}

Answer<AlertAck> SupervisorOperations::handleAlert(const OperationCall &call, const HandleAlertOp &op)
{
    if (!supervises(call.agent.role))
        return Refusal{ErrorCode::Forbidden, QStringLiteral("only team leads and admins handle alerts")};
    auto alert = m_store.alert(op.alert);
    if (!alert)
        return Refusal{ErrorCode::NotFound, QStringLiteral("no alert %1").arg(op.alert.value())};
    AlertState state = AlertState::Acknowledged;
    AgentId newAssignee;
    switch (op.action) {
    case HandleAlertOp::Action::Acknowledge:
        break;
    case HandleAlertOp::Action::TakeOver:
        state = AlertState::TakenOver;
        newAssignee = call.agent.id;
        break;
    case HandleAlertOp::Action::Reassign: {
        state = AlertState::Reassigned;
        newAssignee = op.agent;
        const auto account = m_store.accountById(newAssignee);
        if (!account || account->disabled)
            return Refusal{
                ErrorCode::NotFound,
                QStringLiteral("no active agent %1 to give the conversation to").arg(newAssignee.value())};
        break;
    }
    }
    if (!alert->isOpen())
        return Refusal{ErrorCode::Conflict,
                       QStringLiteral("the alert was already handled (%1)").arg(alertStateKey(alert->state))};
    if (newAssignee.isValid()) {
        const auto conversation = m_store.conversation(alert->conversation);
        if (!conversation)
            return Refusal{ErrorCode::NotFound,
                           QStringLiteral("no conversation %1").arg(alert->conversation.value())};
        if (conversation->assignee != newAssignee)
            reassignConversation(m_store, *conversation, newAssignee);
        alert->reassignedTo = newAssignee;
    }
    alert->state = state;
    alert->handledBy = call.agent.id;
    alert->handledAt = m_clock();
    m_store.putAlert(*alert);
    return AlertAck{alert->id, alert->state, m_store.head()};
}

Answer<MessageAck> SupervisorOperations::privateNote(const OperationCall &call, const PrivateNoteOp &op)
{
    if (!supervises(call.agent.role))
        return Refusal{ErrorCode::Forbidden,
                       QStringLiteral("only team leads and admins write private notes")};
    if (op.body.trimmed().isEmpty() || op.body.size() > 5000)
        return Refusal{ErrorCode::Invalid, QStringLiteral("a private note has 1 to 5,000 characters")};
    const auto conversation = m_store.conversation(op.conversation);
    if (!conversation)
        return Refusal{ErrorCode::NotFound,
                       QStringLiteral("no conversation %1").arg(op.conversation.value())};
    Message note;
    note.id = m_store.nextMessageId();
    note.conversation = op.conversation;
    note.direction = Direction::Outbound;
    note.purpose = MessagePurpose::PrivateNote;
    note.author = call.agent.id;
    note.body = op.body;
    note.sentAt = m_clock();
    note.language = conversation->language;
    m_store.putMessage(note); // the conversation's first-response promise and assignee stay as they are
    return MessageAck{note.id, note.sentAt, m_store.head()};
}

} // namespace empathy
