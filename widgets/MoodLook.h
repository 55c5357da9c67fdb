#pragma once

#include "domain/Mood.h"
#include "domain/Sentiment.h"

#include <QColor>
#include <QString>

namespace empathy {

// How a mood is shown: a symbol, a word and a colour together, so that the meaning never rests on the
// colour alone. The colours are from the Okabe–Ito palette, which readers with the common kinds of
// colour blindness tell apart: blue for positive, vermillion for negative, grey for neutral.
struct MoodLook
{
    QString symbol; // ☺, ☹ or ○
    QString word;   // "Positive", or the strongest emotion as an adjective ("Angry", "Grateful")
    QColor colour;
};

MoodLook moodLook(SentimentLabel label, const QString &emotion = QString());
// ↗, ↘ or → (mirrored by the caller in right-to-left layouts where that matters).
QString trendArrow(MoodTrend trend);
QString trendName(MoodTrend trend);
QString labelName(SentimentLabel label);
// An emotion's machine name ("churn_risk") as the words an agent reads ("wants to leave").
QString emotionWord(const QString &machineName);

} // namespace empathy
