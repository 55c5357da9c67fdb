#include "Emotion.h"

namespace empathy::emotion {

namespace {

constexpr std::array<const char16_t *, emotionCount> names{
    u"anger",     u"disgust",     u"fear",           u"joy",       u"sadness", u"surprise",
    u"gratitude", u"frustration", u"disappointment", u"confusion", u"relief",  u"churn_risk"};

} // namespace

QString emotionName(Emotion emotion)
{
    return QString::fromUtf16(names[std::size_t(emotion)]);
}

std::optional<Emotion> emotionFromName(QStringView name)
{
    for (int i = 0; i < emotionCount; ++i) {
        if (name == QStringView(names[std::size_t(i)]))
            return Emotion(i);
    }
    return std::nullopt;
}

int polarityOf(Emotion emotion)
{
    switch (emotion) {
    case Emotion::Joy:
    case Emotion::Gratitude:
    case Emotion::Relief:
        return 1;
    case Emotion::Anger:
    case Emotion::Disgust:
    case Emotion::Fear:
    case Emotion::Sadness:
    case Emotion::Frustration:
    case Emotion::Disappointment:
        return -1;
    case Emotion::Surprise:
    case Emotion::Confusion:
    case Emotion::ChurnRisk:
        break;
    }
    return 0;
}

std::optional<Emotion> ekmanOf(Emotion emotion)
{
    switch (emotion) {
    case Emotion::Anger:
    case Emotion::Frustration:
        return Emotion::Anger;
    case Emotion::Disgust:
        return Emotion::Disgust;
    case Emotion::Fear:
        return Emotion::Fear;
    case Emotion::Joy:
    case Emotion::Gratitude:
    case Emotion::Relief:
        return Emotion::Joy;
    case Emotion::Sadness:
    case Emotion::Disappointment:
        return Emotion::Sadness;
    case Emotion::Surprise:
    case Emotion::Confusion:
        return Emotion::Surprise;
    case Emotion::ChurnRisk:
        break;
    }
    return std::nullopt;
}

} // namespace empathy::emotion
