#pragma once

#include "domain/Ids.h"

#include <QDateTime>
#include <QString>

namespace empathy {

enum class SurveyKind : int
{
    Nps = 1,
    Csat
};

struct SurveyAnswer
{
    SurveyAnswerId id;
    CustomerId customer;
    ConversationId conversation; // may be invalid for surveys not tied to a conversation
    SurveyKind kind = SurveyKind::Nps;
    int score = 0; // NPS 0..10, CSAT 1..5
    QString comment;
    QDateTime answeredAt;

    bool hasValidScore() const
    {
        return kind == SurveyKind::Nps ? (score >= 0 && score <= 10) : (score >= 1 && score <= 5);
    }
};

} // namespace empathy
