#include "models/InboxAccessibleText.h"

#include "domain/Sentiment.h"

#include <QCoreApplication>
#include <QStringList>

namespace empathy {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(InboxAccessibleText)
};

} // namespace

QString inboxAccessibleText(const InboxRow &row, qint64 waitingSeconds)
{
    QStringList parts{row.customerName};
    if (row.mood) {
        QString mood;
        switch (labelOfValence(*row.mood)) {
        case SentimentLabel::Positive:
            mood = Text::tr("mood positive");
            break;
        case SentimentLabel::Negative:
            mood = Text::tr("mood negative");
            break;
        case SentimentLabel::Neutral:
            mood = Text::tr("mood neutral");
            break;
        }
        if (row.moodTrend == MoodTrend::Rising)
            mood = Text::tr("%1, improving", "a mood, then its trend").arg(mood);
        else if (row.moodTrend == MoodTrend::Falling)
            mood = Text::tr("%1, getting worse", "a mood, then its trend").arg(mood);
        parts << mood;
    } else {
        parts << Text::tr("mood not known yet");
    }
    if (row.unreadCount > 0)
        parts << Text::tr("%n unread", nullptr, row.unreadCount);
    if (waitingSeconds > 0) {
        const int minutes = int(waitingSeconds / 60);
        const int hours = int(waitingSeconds / 3600);
        const int days = int(waitingSeconds / 86400);
        parts << (waitingSeconds < 3600        ? Text::tr("waiting %n minute(s)", nullptr, minutes)
                  : waitingSeconds < 2 * 86400 ? Text::tr("waiting %n hour(s)", nullptr, hours)
                                               : Text::tr("waiting %n day(s)", nullptr, days));
    }
    if (!row.preview.isEmpty())
        parts << row.preview;
    return parts.join(QStringLiteral(", "));
}

} // namespace empathy
