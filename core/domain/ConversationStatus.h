#pragma once

#include <QString>

#include <array>
#include <optional>

namespace empathy {

enum class ConversationStatus : int
{
    Open = 1,
    Pending,
    Resolved
};

inline constexpr std::array allConversationStatuses{ConversationStatus::Open, ConversationStatus::Pending,
                                                    ConversationStatus::Resolved};

enum class Priority : int
{
    Low = 1,
    Normal,
    High,
    Urgent
};

QString statusKey(ConversationStatus status);
std::optional<ConversationStatus> statusFromKey(QStringView key);

} // namespace empathy
