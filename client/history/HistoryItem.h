#pragma once

#include "domain/Channel.h"
#include "domain/Compensation.h"
#include "domain/Customer.h"
#include "domain/EmpathyMap.h"
#include "domain/Ids.h"
#include "domain/Message.h"
#include "domain/Sentiment.h"
#include "domain/SurveyAnswer.h"

#include <QList>
#include <QString>

#include <optional>

namespace empathy {

// What one entry of a customer's history is. The values are bits, so a filter is a set of kinds.
enum class HistoryKind : int
{
    Message = 1,
    Order = 2,
    Survey = 4,
    Apology = 8, // a message of ours that apologised
    Compensation = 16,
    Note = 32, // a note on the customer's empathy map
};
inline constexpr int allHistoryKinds = 1 | 2 | 4 | 8 | 16 | 32;

// One thing that happened with a customer, on any channel, in any conversation. Times are milliseconds
// since the epoch. Which fields mean something depends on the kind.
struct HistoryItem
{
    HistoryKind kind = HistoryKind::Message;
    bool isMessage() const { return kind == HistoryKind::Message || kind == HistoryKind::Apology; }
    qint64 id = 0; // of the message, order, survey answer or compensation
    qint64 at = 0;
    ConversationId conversation; // messages, compensations; surveys when tied to a conversation
    Channel channel = Channel::Email;
    Direction direction = Direction::Inbound;
    QString text;                  // message body, order summary, survey comment, compensation reason
    std::optional<double> valence; // customer messages the engine scored; a compensation's mood before
    SentimentLabel label = SentimentLabel::Neutral;
    QString emotion;        // scored customer messages: the strongest emotion's machine name, or empty
    double churnRisk = 0.0; // scored customer messages
    QString orderNumber;    // orders
    qint64 amountMinor = 0; // orders, compensations
    QString currency;
    SurveyKind surveyKind = SurveyKind::Nps; // surveys
    int score = 0;
    CompensationKind compensationKind = CompensationKind::Voucher; // compensations
    CompensationStatus compensationStatus = CompensationStatus::Queued;
    int percent = 0;
    QString note;                    // why it waits, the lead's note, or why the server refused it
    std::optional<double> moodAfter; // the customer's first scored message after it was granted
    EmpathyQuadrant quadrant = EmpathyQuadrant::Says; // notes
};

// Who the customer is, as the history panel's header shows it, with how many conversations they have.
struct CustomerRecord
{
    Customer customer;
    int conversations = 0;
    int openConversations = 0; // open or pending
};

} // namespace empathy
