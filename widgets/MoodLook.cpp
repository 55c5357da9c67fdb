#include "MoodLook.h"

#include <QCoreApplication>

namespace empathy {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(MoodLook)
};
} // namespace

QString labelName(SentimentLabel label)
{
    switch (label) {
    case SentimentLabel::Positive:
        return Text::tr("Positive");
    case SentimentLabel::Negative:
        return Text::tr("Negative");
    case SentimentLabel::Neutral:
        break;
    }
    return Text::tr("Neutral");
}

QString emotionWord(const QString &name)
{
    if (name == u"anger")
        return Text::tr("Angry");
    if (name == u"disgust")
        return Text::tr("Disgusted");
    if (name == u"fear")
        return Text::tr("Worried");
    if (name == u"joy")
        return Text::tr("Happy");
    if (name == u"sadness")
        return Text::tr("Sad");
    if (name == u"surprise")
        return Text::tr("Surprised");
    if (name == u"gratitude")
        return Text::tr("Grateful");
    if (name == u"frustration")
        return Text::tr("Frustrated");
    if (name == u"disappointment")
        return Text::tr("Disappointed");
    if (name == u"confusion")
        return Text::tr("Confused");
    if (name == u"relief")
        return Text::tr("Relieved");
    if (name == u"churn_risk")
        return Text::tr("May leave");
    return QString();
}

MoodLook moodLook(SentimentLabel label, const QString &emotion)
{
    MoodLook look;
    switch (label) {
    case SentimentLabel::Positive:
        look = {QStringLiteral("\u263A"), labelName(label), QColor(0x00, 0x72, 0xB2)};
        break;
    case SentimentLabel::Negative:
        look = {QStringLiteral("\u2639"), labelName(label), QColor(0xD5, 0x5E, 0x00)};
        break;
    case SentimentLabel::Neutral:
        look = {QStringLiteral("\u25CB"), labelName(label), QColor(0x6E, 0x6E, 0x6E)};
        break;
    }
    const QString word = emotionWord(emotion);
    if (!word.isEmpty())
        look.word = word;
    return look;
}

QString trendArrow(MoodTrend trend)
{
    switch (trend) {
    case MoodTrend::Rising:
        return QStringLiteral("\u2197");
    case MoodTrend::Falling:
        return QStringLiteral("\u2198");
    case MoodTrend::Steady:
        break;
    }
    return QStringLiteral("\u2192");
}

QString trendName(MoodTrend trend)
{
    switch (trend) {
    case MoodTrend::Rising:
        return Text::tr("improving");
    case MoodTrend::Falling:
        return Text::tr("getting worse");
    case MoodTrend::Steady:
        break;
    }
    return Text::tr("steady");
}

} // namespace empathy
