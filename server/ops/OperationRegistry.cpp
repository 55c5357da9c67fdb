#include "ops/OperationRegistry.h"

namespace empathy {

AckFrame OperationRegistry::dispatch(const OperationCall &call, const OpFrame &op) const
{
    const auto handler = m_handlers.constFind(op.kind);
    if (handler == m_handlers.constEnd())
        return AckFrame{op.id,
                        {},
                        errorCodeKey(ErrorCode::Invalid),
                        QStringLiteral("unknown operation kind \"%1\"").arg(op.kind)};
    auto answer = (*handler)(call, op.data);
    if (const auto *refusal = std::get_if<Refusal>(&answer))
        return AckFrame{op.id, {}, errorCodeKey(refusal->code), refusal->message};
    return AckFrame{op.id, std::get<QJsonObject>(answer), QString(), QString()};
}

} // namespace empathy
