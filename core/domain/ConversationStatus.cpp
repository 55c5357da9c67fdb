#include "domain/ConversationStatus.h"

namespace empathy {

QString statusKey(ConversationStatus status)
{
    switch (status) {
    case ConversationStatus::Open:
        return QStringLiteral("open");
    case ConversationStatus::Pending:
        return QStringLiteral("pending");
    case ConversationStatus::Resolved:
        return QStringLiteral("resolved");
    }
    return {};
}

std::optional<ConversationStatus> statusFromKey(QStringView key)
{
    for (ConversationStatus status : allConversationStatuses) {
        if (statusKey(status) == key)
            return status;
    }
    return std::nullopt;
}

} // namespace empathy
