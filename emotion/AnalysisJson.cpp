#include "AnalysisJson.h"

#include <QJsonArray>

#include <cmath>

namespace empathy::emotion {

namespace {
double rounded(float v)
{
    return std::round(double(v) * 1000.0) / 1000.0;
}

} // namespace

QJsonObject analysisToJson(const MessageAnalysis &analysis, QStringView text)
{
    QJsonObject emotions;
    for (int i = 0; i < emotionCount; ++i) {
        const float score = analysis.emotions[std::size_t(i)];
        if (score >= 0.05f)
            emotions.insert(emotionName(Emotion(i)), rounded(score));
    }
    QJsonArray evidence;
    for (const Evidence &e : analysis.evidence) {
        QJsonObject item{
            {QStringLiteral("text"), text.mid(e.start, e.length).toString()},
            {QStringLiteral("start"), int(e.start)},
            {QStringLiteral("length"), int(e.length)},
            {QStringLiteral("valence"), rounded(e.valence)},
            {QStringLiteral("source"), e.fromModel ? QStringLiteral("model") : QStringLiteral("lexicon")}};
        if (e.negated)
            item.insert(QStringLiteral("negated"), true);
        if (e.emotion >= 0)
            item.insert(QStringLiteral("emotion"), emotionName(Emotion(e.emotion)));
        evidence.append(item);
    }
    return QJsonObject{{QStringLiteral("language"), languageCode(analysis.language)},
                       {QStringLiteral("language_confidence"), rounded(analysis.languageConfidence)},
                       {QStringLiteral("valence"), rounded(analysis.valence)},
                       {QStringLiteral("label"), sentimentLabelKey(analysis.label)},
                       {QStringLiteral("confidence"), rounded(analysis.confidence)},
                       {QStringLiteral("intensity"), rounded(analysis.intensity)},
                       {QStringLiteral("emotions"), emotions},
                       {QStringLiteral("evidence"), evidence}};
}

} // namespace empathy::emotion
