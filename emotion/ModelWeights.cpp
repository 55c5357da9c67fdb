#include "ModelWeights.h"

#include <QStringList>

#include <cmath>

namespace empathy::emotion {

namespace {
const QString polarityNames[ModelWeights::polarityClasses] = {
    QStringLiteral("negative"), QStringLiteral("neutral"), QStringLiteral("positive")};
} // namespace

bool ModelWeights::parse(QStringView text, QString *error)
{
    *this = ModelWeights();
    bool seenOutputs = false;
    auto fail = [&](int line, const QString &why) {
        if (error)
            *error = QStringLiteral("line %1: %2").arg(line).arg(why);
        return false;
    };
    int lineNumber = 0;
    std::vector<float> row;
    for (QStringView line : text.split(u'\n', Qt::SkipEmptyParts)) {
        ++lineNumber;
        const QList<QStringView> fields = line.trimmed().split(u' ', Qt::SkipEmptyParts);
        if (fields.isEmpty())
            continue;
        if (fields.front() == u"#outputs") {
            *this = ModelWeights();
            polarity = fields.size() >= 4 && fields.at(1) == polarityNames[0];
            for (qsizetype i = polarity ? 4 : 1; i < fields.size(); ++i) {
                const auto emotion = emotionFromName(fields.at(i));
                if (!emotion)
                    return fail(lineNumber, QStringLiteral("unknown output %1").arg(fields.at(i)));
                emotions.push_back(*emotion);
            }
            bias.assign(std::size_t(outputs()), 0.0f);
            seenOutputs = outputs() > 0;
            continue;
        }
        if (!seenOutputs)
            return fail(lineNumber, QStringLiteral("#outputs must come first"));
        const bool isBias = fields.front() == u"#bias";
        if (!isBias && fields.front().startsWith(u'#'))
            continue;
        row.assign(std::size_t(outputs()), 0.0f);
        for (qsizetype i = 1; i < fields.size(); ++i) {
            const qsizetype colon = fields.at(i).indexOf(u':');
            bool okOutput = false;
            bool okWeight = false;
            const int output = fields.at(i).left(colon).toInt(&okOutput);
            const float weight = float(fields.at(i).mid(colon + 1).toInt(&okWeight)) / fileScale;
            if (colon < 0 || !okOutput || !okWeight || output < 0 || output >= outputs())
                return fail(lineNumber, QStringLiteral("bad weight %1").arg(fields.at(i)));
            row[std::size_t(output)] = weight;
        }
        if (isBias) {
            bias = row;
            continue;
        }
        bool ok = false;
        const std::uint64_t key = fields.front().toULongLong(&ok, 16);
        if (!ok)
            return fail(lineNumber, QStringLiteral("bad feature hash"));
        keys.push_back(key);
        weights.insert(weights.end(), row.begin(), row.end());
    }
    return true;
}

QString ModelWeights::save() const
{
    QString out = QStringLiteral("#outputs");
    if (polarity) {
        for (const QString &name : polarityNames)
            out += u' ' + name;
    }
    for (Emotion e : emotions)
        out += u' ' + emotionName(e);
    // Sparse rows: `output:weight` for the weights that round to something.
    auto appendRow = [&](std::span<const float> values) {
        for (std::size_t i = 0; i < values.size(); ++i) {
            const int scaled = int(std::lround(values[i] * fileScale));
            if (scaled != 0)
                out += u' ' + QString::number(i) + u':' + QString::number(scaled);
        }
        out += u'\n';
    };
    out += QStringLiteral("\n#bias");
    appendRow(bias);
    for (std::size_t r = 0; r < keys.size(); ++r) {
        out += QString::number(keys[r], 16);
        appendRow(row(r));
    }
    return out;
}

} // namespace empathy::emotion
