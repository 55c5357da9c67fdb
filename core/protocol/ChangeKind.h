#pragma once

#include <QString>

#include <optional>

namespace empathy {

// What one entry of the server's change log carries: the full new state of one object of this kind.
// The keys ("customer", "message", …) are the wire form and never change once released.
enum class ChangeKind : int
{
    Unknown = 0, // a kind this build does not know (a newer server's): skipped, and said so
    Customer,
    Conversation,
    Message,
    Order,
    Survey,
    Compensation,
    Empathy,
    Agent,
    Alert,
};

QString changeKindKey(ChangeKind kind);
std::optional<ChangeKind> changeKindFromKey(QStringView key);

} // namespace empathy
