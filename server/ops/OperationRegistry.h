#pragma once

#include "domain/Agent.h"
#include "ops/Refusal.h"
#include "protocol/Frames.h"
#include "protocol/Operation.h"

#include <QHash>

#include <functional>

namespace empathy {

// Who asked for an operation, and its id.
struct OperationCall
{
    const Agent &agent;
    const QString &opId;
};

// The server's one table from an operation's kind to its handler. Each family of operations
// (ConversationOperations, CompensationOperations, EmpathyOperations, SupervisorOperations) adds its
// handlers; a handler receives the decoded operation type and answers with its acknowledgement type or a
// refusal, so the kind key, the decoding and the ack's shape each live in the operation's type alone.
class OperationRegistry
{
public:
    template<typename Op>
    using Handler = std::function<Answer<typename Op::Ack>(const OperationCall &, const Op &)>;

    template<typename Op>
    void add(Handler<Op> handler)
    {
        m_handlers.insert(Op::kind.toString(),
                          [handler = std::move(handler)](const OperationCall &call, const QJsonObject &data) {
                              return run<Op>(handler, call, data);
                          });
    }

    // The answer to an operation frame: its acknowledgement, or its refusal (an unknown kind, data that
    // does not fit the kind, or the handler's own).
    AckFrame dispatch(const OperationCall &call, const OpFrame &op) const;
    bool handles(QStringView kind) const { return m_handlers.contains(kind.toString()); }

private:
    using Erased =
        std::function<std::variant<QJsonObject, Refusal>(const OperationCall &, const QJsonObject &)>;

    template<typename Op>
    static std::variant<QJsonObject, Refusal> run(const Handler<Op> &handler, const OperationCall &call,
                                                  const QJsonObject &data)
    {
        QString error;
        const std::optional<Op> op = Op::fromJson(data, &error);
        if (!op)
            return Refusal{ErrorCode::Invalid, error};
        Answer<typename Op::Ack> answer = handler(call, *op);
        if (auto *refusal = std::get_if<Refusal>(&answer))
            return std::move(*refusal);
        return std::get<typename Op::Ack>(answer).toJson();
    }

    QHash<QString, Erased> m_handlers;
};

} // namespace empathy
