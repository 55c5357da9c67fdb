#include "BadgeTooltip.h"

#include "EmotionEngine.h"
#include "models/ThreadModel.h"
#include "MoodLook.h"

#include <QCoreApplication>
#include <QLocale>
#include <QModelIndex>

#include <algorithm>

namespace empathy {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(BadgeTooltip)
};

QString percent(double value)
{
    return QLocale().toString(qRound(value * 100)) + QLocale().percent();
}
} // namespace

QString badgeTooltip(const QModelIndex &message, const emotion::EmotionEngine *engine)
{
    const QVariant labelValue = message.data(ThreadModel::SentimentLabelRole);
    if (!labelValue.isValid())
        return Text::tr("Not scored yet");
    const auto label = SentimentLabel(labelValue.toInt());
    const bool corrected = message.data(ThreadModel::CorrectedRole).toBool();
    QStringList lines;
    lines << QStringLiteral("<b>%1</b>").arg(labelName(label).toHtmlEscaped()) +
                 (corrected ? QStringLiteral(" &middot; ") + Text::tr("corrected by an agent").toHtmlEscaped()
                            : QString());
    lines << Text::tr("Confidence: %1")
                 .arg(percent(message.data(ThreadModel::SentimentConfidenceRole).toDouble()));
    lines << Text::tr("Intensity: %1").arg(percent(message.data(ThreadModel::IntensityRole).toDouble()));
    const double churn = message.data(ThreadModel::ChurnRiskRole).toDouble();
    if (churn >= 0.3)
        lines << Text::tr("Risk of losing the customer: %1").arg(percent(churn));

    if (engine) {
        const QString body = message.data(ThreadModel::BodyRole).toString();
        const auto analysis =
            engine->analyze(body, languageFromCode(message.data(ThreadModel::LanguageRole).toString()));
        QList<std::pair<float, QString>> emotions;
        for (int i = 0; i < emotion::emotionCount; ++i) {
            const auto e = emotion::Emotion(i);
            if (e != emotion::Emotion::ChurnRisk && analysis.score(e) >= 0.25f)
                emotions.append({analysis.score(e), emotionWord(emotion::emotionName(e))});
        }
        std::sort(emotions.begin(), emotions.end(),
                  [](const auto &a, const auto &b) { return a.first > b.first; });
        QStringList named;
        for (const auto &[score, word] : emotions)
            named << QStringLiteral("%1 %2").arg(word.toHtmlEscaped(), percent(score));
        if (!named.isEmpty())
            lines << Text::tr("Emotions: %1").arg(named.join(QStringLiteral(", ")));
        QStringList words;
        for (const emotion::Evidence &e : analysis.evidence) {
            const QString quoted = body.mid(e.start, e.length).toHtmlEscaped();
            words << (e.negated ? Text::tr("\u201C%1\u201D (negated)", "a word the engine read as negated")
                                      .arg(quoted)
                                : QStringLiteral("\u201C%1\u201D").arg(quoted)) +
                         (e.valence < 0 ? QStringLiteral(" \u2212") : QStringLiteral(" +"));
        }
        if (!words.isEmpty())
            lines << Text::tr("Why: %1").arg(words.join(QStringLiteral(", ")));
    }
    if (!corrected)
        lines << QStringLiteral("<i>%1</i>").arg(Text::tr("Click the badge to correct it.").toHtmlEscaped());
    return lines.join(QStringLiteral("<br/>"));
}

} // namespace empathy
