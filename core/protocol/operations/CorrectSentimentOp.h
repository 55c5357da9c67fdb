#pragma once

#include "domain/Ids.h"
#include "domain/Sentiment.h"
#include "protocol/OperationAcks.h"

namespace empathy {

// correct_sentiment {message, label}: an agent corrects the engine's label of a customer's message.
struct CorrectSentimentOp
{
    static constexpr QStringView kind = u"correct_sentiment";
    using Ack = SeqAck;

    MessageId message;
    SentimentLabel label = SentimentLabel::Neutral;

    QJsonObject toJson() const;
    static std::optional<CorrectSentimentOp> fromJson(const QJsonObject &data, QString *error);
    friend bool operator==(const CorrectSentimentOp &, const CorrectSentimentOp &) = default;
};

} // namespace empathy
