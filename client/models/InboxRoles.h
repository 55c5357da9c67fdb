#pragma once

#include <Qt>

namespace empathy {

// Roles of the inbox model. Qt::DisplayRole is the customer's name. Times are QDateTime (UTC);
// durations are qint64 seconds; enums are their int values from core/domain. A role with no value for
// a row (no assignee, not waiting, no promise pending) returns an invalid QVariant.
enum InboxRole : int
{
    ConversationIdRole = Qt::UserRole + 1, // qint64
    CustomerNameRole,                      // QString
    ChannelRole,                           // int, empathy::Channel
    StatusRole,                            // int, empathy::ConversationStatus
    PriorityRole,                          // int, empathy::Priority
    AssigneeIdRole,                        // qint64
    AssigneeNameRole,                      // QString
    IsMineRole,                            // bool: assigned to the agent using this client
    LanguageRole,                          // QString, ISO 639-1 code or "und"
    SubjectRole,                           // QString, may be empty (chat channels)
    PreviewRole,                           // QString, start of the last message
    LastDirectionRole,                     // int, empathy::Direction of the last message
    LastMessageAtRole,                     // QDateTime
    WaitingSecondsRole,                    // qint64: how long the customer has waited for us
    SlaKindRole,                           // int, InboxSlaKind: which promise the countdown is about
    SlaStateRole,                          // int, empathy::SlaState
    SlaSecondsLeftRole,                    // qint64, negative once breached
    UnreadCountRole,                       // int
    MessageCountRole,                      // int
    MoodRole,                              // double, -1 .. +1: the customer's current mood; none until scored
    MoodTrendRole,                         // int, empathy::MoodTrend
    MoodIntensityRole,                     // double, 0 .. 1
    LoadedRole,                            // bool: false while the row's data has not been read yet
};

enum class InboxSlaKind : int
{
    FirstResponse = 1,
    Resolution
};

} // namespace empathy
