#include "history/EmpathySuggestions.h"

#include "history/CustomerFacts.h"

#include <QSet>

#include <algorithm>
#include <cmath>

namespace empathy {

namespace {

constexpr double strongFeeling = 0.45;
constexpr double churnThreshold = 0.5;
constexpr int perQuadrant = 3;

bool isCustomerMessage(const HistoryItem &item)
{
    return item.isMessage() && item.direction == Direction::Inbound && item.valence.has_value();
}

bool lowScore(const HistoryItem &s)
{
    return s.surveyKind == SurveyKind::Nps ? s.score <= 6 : s.score <= 2;
}

bool highScore(const HistoryItem &s)
{
    return s.surveyKind == SurveyKind::Nps ? s.score >= 9 : s.score >= 5;
}

} // namespace

QString quoteOf(const QString &body, qsizetype limit)
{
    QString text = body.simplified();
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        const bool end = c == u'.' || c == u'!' || c == u'?' || c == u'\u061F' || c == u'\u3002';
        if (end && i + 1 < text.size() && text[i + 1] == u' ' && i >= 20) {
            text.truncate(i + 1);
            break;
        }
    }
    if (text.size() > limit)
        text = text.left(limit - 1).trimmed() + QChar(0x2026);
    return text;
}

QList<EmpathySuggestion> suggestEmpathy(const QList<HistoryItem> &history, const QList<EmpathyNote> &notes,
                                        qint64 nowMs)
{
    QSet<QString> decided;
    for (const EmpathyNote &note : notes) {
        if (!note.entry.suggestion.isEmpty())
            decided.insert(note.entry.suggestion);
    }
    QList<EmpathySuggestion> out;
    int count[empathyQuadrantCount + 1] = {};
    QSet<QString> said; // the same words twice (a customer repeating themselves) are one suggestion
    auto offer = [&](EmpathySuggestion s) {
        const QString words = QString::number(int(s.quadrant)) + u'\t' + s.text;
        if (decided.contains(s.key) || said.contains(words) || count[int(s.quadrant)] >= perQuadrant)
            return;
        decided.insert(s.key); // once
        said.insert(words);
        ++count[int(s.quadrant)];
        out.append(std::move(s));
    };

    // What keeps going wrong and the scores come first: they say more than any single message.
    if (const auto repeat = repeatContact(history, nowMs)) {
        EmpathySuggestion does{EmpathyQuadrant::Does, SuggestionBasis::RepeatOrder,
                               QStringLiteral("does:order:") + repeat->orderNumber, repeat->orderNumber,
                               MessageId()};
        does.count = repeat->contacts;
        does.days = repeat->withinDays;
        EmpathySuggestion pain = does;
        pain.quadrant = EmpathyQuadrant::Pains;
        pain.key = QStringLiteral("pains:order:") + repeat->orderNumber;
        offer(does);
        offer(pain);
    }
    for (const HistoryItem &item : history) {
        if (item.kind != HistoryKind::Survey || (!lowScore(item) && !highScore(item)))
            continue;
        const bool low = lowScore(item);
        EmpathySuggestion s{low ? EmpathyQuadrant::Pains : EmpathyQuadrant::Gains,
                            low ? SuggestionBasis::LowScore : SuggestionBasis::HighScore,
                            (low ? QStringLiteral("pains:s") : QStringLiteral("gains:s")) +
                                QString::number(item.id),
                            item.text, MessageId()};
        s.count = item.score;
        s.surveyKind = item.surveyKind;
        offer(s);
    }
    // The customer's strongest messages, strongest first; at the same strength, the newer first.
    QList<const HistoryItem *> strong;
    for (const HistoryItem &item : history) {
        if (isCustomerMessage(item) && std::abs(*item.valence) >= strongFeeling)
            strong.append(&item);
    }
    std::stable_sort(strong.begin(), strong.end(), [](const HistoryItem *a, const HistoryItem *b) {
        return std::abs(*a->valence) > std::abs(*b->valence);
    });
    for (const HistoryItem *m : strong) {
        const QString id = QString::number(m->id);
        offer({EmpathyQuadrant::Says, SuggestionBasis::Quote, QStringLiteral("says:m") + id, quoteOf(m->text),
               MessageId(m->id)});
        if (!m->emotion.isEmpty())
            offer({EmpathyQuadrant::Feels, SuggestionBasis::Emotion, QStringLiteral("feels:") + m->emotion,
                   m->emotion, MessageId(m->id)});
        if (*m->valence < 0)
            offer({EmpathyQuadrant::Pains, SuggestionBasis::Problem, QStringLiteral("pains:m") + id,
                   quoteOf(m->text), MessageId(m->id)});
        if (*m->valence > 0 &&
            (m->emotion == u"gratitude" || m->emotion == u"relief" || m->emotion == u"joy"))
            offer({EmpathyQuadrant::Gains, SuggestionBasis::Thanks, QStringLiteral("gains:m") + id,
                   quoteOf(m->text), MessageId(m->id)});
    }
    for (const HistoryItem &item : history) { // newest first
        if (!isCustomerMessage(item))
            continue;
        const QString id = QString::number(item.id);
        if (item.churnRisk >= churnThreshold)
            offer({EmpathyQuadrant::Does, SuggestionBasis::ChurnThreat, QStringLiteral("does:churn:m") + id,
                   quoteOf(item.text), MessageId(item.id)});
        if (item.emotion == u"confusion")
            offer({EmpathyQuadrant::Thinks, SuggestionBasis::Unsure, QStringLiteral("thinks:m") + id,
                   quoteOf(item.text), MessageId(item.id)});
    }
    return out;
}

} // namespace empathy
