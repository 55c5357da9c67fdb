#pragma once

#include "domain/Order.h"
#include "history/HistoryItem.h"

#include <QList>

#include <optional>

namespace empathy {

// Figures about a customer computed from their history (HistoryReader::history, newest first).

// How often the company reached out unasked, on every channel: a conversation we started, or a message
// of ours that follows our own earlier one by an hour or more with nothing from the customer in between
// (a reminder, a follow-up). Answering the customer is not reaching out: it is what they asked for.
struct ContactCount
{
    int last7Days = 0;
    int last30Days = 0;
};
inline constexpr qint64 followUpGapMs = 60 * 60 * 1000;
ContactCount companyContacts(const QList<HistoryItem> &history, qint64 nowMs);

// Whether the customer is still waiting for us in the conversation: the last message there is theirs.
// Writing when they are not is reaching out unasked, which is what contact fatigue is about.
bool customerAwaitsReply(const QList<HistoryItem> &history, ConversationId conversation);

// The order a customer keeps coming back about: the conversations whose customer messages name the same
// order (one of the customer's order numbers, or "#" and digits) within `windowDays` of the latest.
struct RepeatContact
{
    QString orderNumber;
    int contacts = 0;   // conversations, 2 or more
    int withinDays = 0; // from the first of them to the latest, at least 1
};
std::optional<RepeatContact> repeatContact(const QList<HistoryItem> &history, qint64 nowMs,
                                           int windowDays = 14);

// The channel most of the customer's own messages came through.
std::optional<Channel> preferredChannel(const QList<HistoryItem> &history);

// The sum of the customer's orders, per currency, largest first.
QList<Money> lifetimeValue(const QList<HistoryItem> &history);

// The customer's feeling over time: their scored messages oldest first, the smoothed mood after each
// (domain/Mood.h) and the turning points (domain/ConversationMood.h), across all conversations.
struct SentimentPoint
{
    qint64 at = 0;
    qint64 messageId = 0;
    double valence = 0.0;
    double mood = 0.0;
    bool turningPoint = false;
};
QList<SentimentPoint> sentimentCurve(const QList<HistoryItem> &history);

} // namespace empathy
