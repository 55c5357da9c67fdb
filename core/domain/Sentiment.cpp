#include "domain/Sentiment.h"

namespace empathy {

SentimentLabel labelOfValence(double valence)
{
    return valence >= neutralBand    ? SentimentLabel::Positive
           : valence <= -neutralBand ? SentimentLabel::Negative
                                     : SentimentLabel::Neutral;
}

QString sentimentLabelKey(SentimentLabel label)
{
    switch (label) {
    case SentimentLabel::Negative:
        return QStringLiteral("negative");
    case SentimentLabel::Positive:
        return QStringLiteral("positive");
    case SentimentLabel::Neutral:
        break;
    }
    return QStringLiteral("neutral");
}

std::optional<SentimentLabel> sentimentLabelFromKey(QStringView key)
{
    for (SentimentLabel label :
         {SentimentLabel::Negative, SentimentLabel::Neutral, SentimentLabel::Positive}) {
        if (key == sentimentLabelKey(label))
            return label;
    }
    return std::nullopt;
}

} // namespace empathy
