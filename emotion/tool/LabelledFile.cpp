#include "LabelledFile.h"

#include <QFile>
#include <QHash>

namespace empathy::emotion::tool {

bool readLabelledFile(const QString &path, std::vector<LabelledText> *rows, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot open %1: %2").arg(path, file.errorString());
        return false;
    }
    const QString all = QString::fromUtf8(file.readAll());
    bool header = true;
    int lineNumber = 0;
    for (QStringView line : QStringView(all).split(u'\n')) {
        ++lineNumber;
        if (line.endsWith(u'\r'))
            line.chop(1);
        if (header) {
            header = false;
            if (line.startsWith(u"label\t"))
                continue;
        }
        if (line.isEmpty())
            continue;
        const qsizetype tab = line.indexOf(u'\t');
        if (tab < 0) {
            *error = QStringLiteral("%1:%2: expected label<TAB>text").arg(path).arg(lineNumber);
            return false;
        }
        LabelledText row;
        for (QStringView label : line.left(tab).split(u',', Qt::SkipEmptyParts))
            row.labels.append(label.trimmed().toString());
        row.text = line.mid(tab + 1).toString();
        rows->push_back(std::move(row));
    }
    return true;
}

std::optional<QString> polarityOf(const QStringList &labels)
{
    std::optional<QString> found;
    for (const QString &label : labels) {
        if (label == u"positive" || label == u"negative" || label == u"neutral") {
            if (found && *found != label)
                return std::nullopt;
            found = label;
        } else if (label == u"ambiguous" || label == u"ambivalent" || label == u"mixed" || label == u"skip" ||
                   label == u"speech") {
            return std::nullopt;
        }
    }
    return found;
}

std::optional<Emotion> emotionOfLabel(const QString &label, bool *neutral)
{
    static const QHash<QString, Emotion> names{
        {QStringLiteral("anger"), Emotion::Anger},
        {QStringLiteral("annoyance"), Emotion::Frustration},
        {QStringLiteral("disapproval"), Emotion::Anger},
        {QStringLiteral("disgust"), Emotion::Disgust},
        {QStringLiteral("fear"), Emotion::Fear},
        {QStringLiteral("nervousness"), Emotion::Fear},
        {QStringLiteral("joy"), Emotion::Joy},
        {QStringLiteral("amusement"), Emotion::Joy},
        {QStringLiteral("approval"), Emotion::Joy},
        {QStringLiteral("admiration"), Emotion::Joy},
        {QStringLiteral("caring"), Emotion::Joy},
        {QStringLiteral("excitement"), Emotion::Joy},
        {QStringLiteral("love"), Emotion::Joy},
        {QStringLiteral("optimism"), Emotion::Joy},
        {QStringLiteral("pride"), Emotion::Joy},
        {QStringLiteral("gratitude"), Emotion::Gratitude},
        {QStringLiteral("relief"), Emotion::Relief},
        {QStringLiteral("sadness"), Emotion::Sadness},
        {QStringLiteral("grief"), Emotion::Sadness},
        {QStringLiteral("remorse"), Emotion::Sadness},
        {QStringLiteral("embarrassment"), Emotion::Sadness},
        {QStringLiteral("disappointment"), Emotion::Disappointment},
        {QStringLiteral("surprise"), Emotion::Surprise},
        {QStringLiteral("realization"), Emotion::Surprise},
        {QStringLiteral("confusion"), Emotion::Confusion},
        {QStringLiteral("curiosity"), Emotion::Confusion},
    };
    *neutral = label == u"neutral" || label == u"no_emotion";
    const auto it = names.constFind(label);
    if (it == names.constEnd())
        return std::nullopt;
    return *it;
}

} // namespace empathy::emotion::tool
