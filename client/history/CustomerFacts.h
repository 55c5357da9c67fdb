#pragma once

#include "domain/Order.h"
#include "history/HistoryItem.h"

#include <QList>

#include <optional>

namespace empathy {

// Figures about a customer computed from their history (HistoryReader::history, newest first).

// How often the company reached out: each run of our messages in a conversation is one contact (a reply
// in three messages is one), on every channel.
struct ContactCount
{
    int last7Days = 0;
    int last30Days = 0;
};
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
