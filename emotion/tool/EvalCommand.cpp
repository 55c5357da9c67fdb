#include "Commands.h"
#include "EmotionEngine.h"
#include "LabelledFile.h"
#include "Metrics.h"
#include "TextScanner.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>

#include <cstdio>
#include <iostream>
#include <string>

namespace empathy::emotion::tool {

namespace {

const QStringList ekmanClasses{QStringLiteral("anger"),   QStringLiteral("disgust"),
                               QStringLiteral("fear"),    QStringLiteral("joy"),
                               QStringLiteral("sadness"), QStringLiteral("surprise")};

// The language to assume when a text alone does not tell: --lang, else the folder the file is in
// (../shared/eval/<lang>/file.tsv).
Language languageHint(const QStringList &args, const QString &path)
{
    const qsizetype lang = args.indexOf(QStringLiteral("--lang"));
    if (lang >= 0)
        return languageFromCode(args.value(lang + 1));
    return languageFromCode(QFileInfo(path).absoluteDir().dirName());
}

QString predictedEkman(const MessageAnalysis &a, float threshold)
{
    std::array<float, emotionCount> ekman{};
    for (int i = 0; i < emotionCount; ++i) {
        if (const auto group = ekmanOf(Emotion(i)))
            ekman[std::size_t(*group)] = std::max(ekman[std::size_t(*group)], a.emotions[std::size_t(i)]);
    }
    int best = -1;
    float bestScore = threshold;
    for (int i = 0; i < emotionCount; ++i) {
        if (ekman[std::size_t(i)] >= bestScore) {
            bestScore = ekman[std::size_t(i)];
            best = i;
        }
    }
    return best < 0 ? QStringLiteral("neutral") : emotionName(Emotion(best));
}

QString predictedPolarity(const MessageAnalysis &a, bool binary)
{
    if (binary) // decided by the sign; exactly zero is wrong for either class
        return a.valence > 0   ? QStringLiteral("positive")
               : a.valence < 0 ? QStringLiteral("negative")
                               : QStringLiteral("none");
    return sentimentLabelKey(a.label);
}

} // namespace

// eval FILE.tsv [--emotions] [--lang xx] [--threshold t]
int runEval(const EmotionEngine &engine, const QStringList &args)
{
    if (args.isEmpty() || args.front().startsWith(u'-')) {
        std::fprintf(stderr,
                     "usage: empathy-emotion eval FILE.tsv [--emotions] [--lang xx] [--threshold t]\n");
        return 2;
    }
    const QString path = args.front();
    std::vector<LabelledText> rows;
    QString error;
    if (!readLabelledFile(path, &rows, &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    const bool emotions = args.contains(QStringLiteral("--emotions"));
    const qsizetype thresholdAt = args.indexOf(QStringLiteral("--threshold"));
    const float threshold = thresholdAt >= 0 ? args.value(thresholdAt + 1).toFloat() : 0.5f;
    const Language hint = languageHint(args, path);

    bool binary = !emotions;
    for (const LabelledText &row : rows) {
        const auto polarity = polarityOf(row.labels);
        if (row.labels.size() != 1 || !polarity || *polarity == u"neutral")
            binary = false;
    }
    Metrics metrics(emotions ? ekmanClasses
                    : binary ? QStringList{QStringLiteral("negative"), QStringLiteral("positive")}
                             : QStringList{QStringLiteral("negative"), QStringLiteral("neutral"),
                                           QStringLiteral("positive")});
    int skipped = 0;
    int unknownLanguage = 0;
    for (const LabelledText &row : rows) {
        QSet<QString> gold;
        QString first;
        if (emotions) {
            for (const QString &label : row.labels) {
                bool neutral = false;
                const auto e = emotionOfLabel(label, &neutral);
                const auto group = e ? ekmanOf(*e) : std::nullopt;
                const QString name = group     ? emotionName(*group)
                                     : neutral ? QStringLiteral("neutral")
                                               : QString();
                if (!name.isEmpty()) {
                    gold.insert(name);
                    if (first.isEmpty())
                        first = name;
                }
            }
        } else if (const auto polarity = polarityOf(row.labels)) {
            gold.insert(*polarity);
            first = *polarity;
        }
        if (gold.isEmpty()) {
            ++skipped;
            continue;
        }
        const MessageAnalysis a = engine.analyze(row.text, hint);
        if (engine.identifyLanguage(row.text).language == Language::Unknown)
            ++unknownLanguage;
        metrics.add(gold, first, emotions ? predictedEkman(a, threshold) : predictedPolarity(a, binary));
    }
    QJsonObject json = metrics.toJson();
    json.insert(QStringLiteral("file"), QFileInfo(path).fileName());
    json.insert(QStringLiteral("mode"), emotions ? QStringLiteral("emotions")
                                        : binary ? QStringLiteral("two-class")
                                                 : QStringLiteral("three-class"));
    json.insert(QStringLiteral("language_hint"), languageCode(hint));
    json.insert(QStringLiteral("skipped"), skipped);
    json.insert(QStringLiteral("language_unknown"), unknownLanguage);
    const QByteArray out = QJsonDocument(json).toJson(QJsonDocument::Indented);
    std::fwrite(out.constData(), 1, std::size_t(out.size()), stdout);
    return 0;
}

// langid FILE.tsv... [--lang xx] [--min-length n]: how often the identifier names the file's language.
int runLangId(const EmotionEngine &engine, const QStringList &args)
{
    if (args.isEmpty()) { // lines on stdin: the language and how well the letters fit en/pl/ro
        std::string line;
        ScannedText scanned;
        while (std::getline(std::cin, line)) {
            const QString text = QString::fromUtf8(line.data(), qsizetype(line.size()));
            scanText(text, scanned);
            std::printf("%s\t%.2f\t%s\n", qPrintable(languageCode(engine.identifyLanguage(text).language)),
                        double(engine.languageIdentifier().trigramFit(scanned)), line.c_str());
        }
        return 0;
    }
    const qsizetype minAt = args.indexOf(QStringLiteral("--min-length"));
    const int minLength = minAt >= 0 ? args.value(minAt + 1).toInt() : 20;
    QJsonObject perFile;
    int total = 0;
    int correct = 0;
    for (qsizetype i = 0; i < args.size(); ++i) {
        if (args.at(i).startsWith(u'-')) {
            ++i;
            continue;
        }
        std::vector<LabelledText> rows;
        QString error;
        if (!readLabelledFile(args.at(i), &rows, &error)) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return 1;
        }
        const Language expected = languageHint(args, args.at(i));
        QMap<QString, int> answers;
        int n = 0;
        int ok = 0;
        for (const LabelledText &row : rows) {
            if (row.text.size() < minLength)
                continue;
            const Language got = engine.identifyLanguage(row.text).language;
            ++n;
            ok += got == expected;
            ++answers[languageCode(got)];
        }
        QJsonObject answerJson;
        for (auto it = answers.constBegin(); it != answers.constEnd(); ++it)
            answerJson.insert(it.key(), it.value());
        perFile.insert(QFileInfo(args.at(i)).fileName(),
                       QJsonObject{{QStringLiteral("n"), n},
                                   {QStringLiteral("accuracy"), n ? double(ok) / n : 0.0},
                                   {QStringLiteral("answers"), answerJson}});
        total += n;
        correct += ok;
    }
    const QJsonObject json{{QStringLiteral("min_length"), minLength},
                           {QStringLiteral("n"), total},
                           {QStringLiteral("accuracy"), total ? double(correct) / total : 0.0},
                           {QStringLiteral("files"), perFile}};
    const QByteArray out = QJsonDocument(json).toJson(QJsonDocument::Indented);
    std::fwrite(out.constData(), 1, std::size_t(out.size()), stdout);
    return 0;
}

} // namespace empathy::emotion::tool
