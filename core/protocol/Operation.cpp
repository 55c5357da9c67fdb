#include "protocol/Operation.h"

#include <utility>

namespace empathy {

namespace {

// Calls visit(std::type_identity<Op>) for the operation type whose kind is `kind`; false when none is.
template<typename Visit, std::size_t... I>
bool withTypeOfKind(QStringView kind, Visit &&visit, std::index_sequence<I...>)
{
    return ((std::variant_alternative_t<I, Operation>::kind == kind
                 ? (visit(std::type_identity<std::variant_alternative_t<I, Operation>>()), true)
                 : false) ||
            ...);
}

template<typename Visit>
bool withTypeOfKind(QStringView kind, Visit &&visit)
{
    return withTypeOfKind(kind, std::forward<Visit>(visit),
                          std::make_index_sequence<std::variant_size_v<Operation>>());
}

QString unknownKind(QStringView kind)
{
    return QStringLiteral("unknown operation kind \"%1\"").arg(kind);
}

} // namespace

QString kindOf(const Operation &operation)
{
    return std::visit([](const auto &op) { return op.kind.toString(); }, operation);
}

QJsonObject dataOf(const Operation &operation)
{
    return std::visit([](const auto &op) { return op.toJson(); }, operation);
}

std::optional<Operation> decodeOperation(QStringView kind, const QJsonObject &data, QString *error)
{
    std::optional<Operation> decoded;
    const bool known = withTypeOfKind(kind, [&]<typename Op>(std::type_identity<Op>) {
        if (auto op = Op::fromJson(data, error))
            decoded = std::move(*op);
    });
    if (!known && error)
        *error = unknownKind(kind);
    return decoded;
}

std::optional<OperationAck> decodeAck(QStringView kind, const QJsonObject &result, QString *error)
{
    std::optional<OperationAck> decoded;
    const bool known = withTypeOfKind(kind, [&]<typename Op>(std::type_identity<Op>) {
        if (auto ack = Op::Ack::fromJson(result, error))
            decoded = std::move(*ack);
    });
    if (!known && error)
        *error = unknownKind(kind);
    return decoded;
}

QStringList operationKinds()
{
    return [&]<std::size_t... I>(std::index_sequence<I...>)
    {
        return QStringList{std::variant_alternative_t<I, Operation>::kind.toString()...};
    }
    (std::make_index_sequence<std::variant_size_v<Operation>>());
}

} // namespace empathy
