#pragma once

#include "domain/EmpathyMap.h"
#include "history/EmpathyNote.h"
#include "history/HistoryItem.h"

#include <QList>
#include <QString>

namespace empathy {

// What a suggestion for the empathy map rests on; the view words it in the agent's language.
enum class SuggestionBasis : int
{
    Quote = 1,   // Says: what the customer wrote, with strong emotion
    Emotion,     // Feels: the emotion of such a message
    Unsure,      // Thinks: a message that showed confusion
    ChurnThreat, // Does: threatened to leave, asked for a refund or a manager
    RepeatOrder, // Does and Pains: came back about the same order again and again
    LowScore,    // Pains: a low survey answer
    Problem,     // Pains: what went wrong, in the words of a strongly negative message
    Thanks,      // Gains: what the customer was glad of
    HighScore,   // Gains: a high survey answer
};

struct EmpathySuggestion
{
    EmpathyQuadrant quadrant = EmpathyQuadrant::Says;
    SuggestionBasis basis = SuggestionBasis::Quote;
    QString key;      // stable: "says:m123"; stored with the note once accepted or dismissed
    QString text;     // the quote, the emotion's machine name, or the order number
    MessageId source; // the message it came from, when there is one
    int count = 0;    // RepeatOrder: contacts; LowScore/HighScore: the score
    int days = 0;     // RepeatOrder: within so many days
    SurveyKind surveyKind = SurveyKind::Nps;
};

// Suggestions from the customer's history (newest first, as HistoryReader gives it), leaving out the
// ones already accepted or dismissed in `notes`. At most a few per quadrant, strongest first.
QList<EmpathySuggestion> suggestEmpathy(const QList<HistoryItem> &history, const QList<EmpathyNote> &notes,
                                        qint64 nowMs);

// The first sentence of a message, at most `limit` characters, for quoting.
QString quoteOf(const QString &body, qsizetype limit = 140);

} // namespace empathy
