#include "ops/OperationService.h"

#include "storage/ServerStore.h"

namespace empathy {

namespace {

QJsonObject ackToJson(const AckFrame &ack)
{
    return ack.ok() ? QJsonObject{{QStringLiteral("result"), ack.result}}
                    : QJsonObject{{QStringLiteral("code"), ack.errorCode},
                                  {QStringLiteral("message"), ack.errorMessage}};
}

AckFrame ackFromJson(const QString &id, const QJsonObject &json)
{
    if (json.contains(QStringLiteral("code")))
        return AckFrame{id,
                        {},
                        json.value(QStringLiteral("code")).toString(),
                        json.value(QStringLiteral("message")).toString()};
    return AckFrame{id, json.value(QStringLiteral("result")).toObject(), QString(), QString()};
}

AckFrame refused(const QString &opId, ErrorCode code, const QString &message)
{
    return AckFrame{opId, {}, errorCodeKey(code), message};
}

} // namespace

OperationService::OperationService(ServerStore &store, Clock clock, CompensationPolicy policy)
    : m_store(store)
    , m_conversations(store, clock)
    , m_compensations(store, clock, std::move(policy))
    , m_empathy(store, clock)
    , m_supervisor(store, clock)
{
    m_conversations.addTo(m_registry);
    m_compensations.addTo(m_registry);
    m_empathy.addTo(m_registry);
    m_supervisor.addTo(m_registry);
}

OperationService::Outcome OperationService::apply(const Agent &agent, const OpFrame &op)
{
    if (op.id.isEmpty() || op.id.size() > 100)
        return {refused(op.id, ErrorCode::Invalid,
                        QStringLiteral("an operation needs an id of 1 to 100 characters")),
                false};
    Outcome outcome;
    try {
        m_store.inTransaction([&] {
            if (const auto recorded = m_store.recordedAck(op.id)) {
                outcome.ack = ackFromJson(op.id, *recorded);
                return;
            }
            const qint64 before = m_store.head();
            outcome.ack = m_registry.dispatch(OperationCall{agent, op.id}, op);
            outcome.changedData = m_store.head() != before;
            m_store.recordAck(op.id, agent.id, ackToJson(outcome.ack));
        });
    } catch (const std::exception &error) {
        return {refused(op.id, ErrorCode::Internal,
                        QStringLiteral("the operation could not be stored (%1); retry it with the same id")
                            .arg(QString::fromUtf8(error.what()))),
                false};
    }
    return outcome;
}

} // namespace empathy
