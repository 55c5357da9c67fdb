#include "Commands.h"
#include "EmotionEngine.h"
#include "LabelledFile.h"
#include "ModelTrainer.h"

#include <QFile>

#include <cstdio>
#include <set>

namespace empathy::emotion::tool {

namespace {

// Polarity class (0 negative, 2 positive) implied by an emotion label, for datasets labelled with
// emotions only (RED, CEDR); -1 for surprise and confusion, which imply none.
int polarityOfEmotion(Emotion e)
{
    const int polarity = polarityOf(e);
    return polarity == 0 ? -1 : polarity + 1;
}

int polarityIndex(const QString &polarity)
{
    return polarity == u"negative" ? 0 : polarity == u"neutral" ? 1 : 2;
}

} // namespace

// train --lang xx --out FILE [--polarity FILE]... [--emotions FILE]... [--polarity-from-emotions]
//       [--epochs n] [--min-count n] [--keep w] [--l2 x]
int runTrain(const QStringList &args)
{
    Language language = Language::Unknown;
    QString out;
    QStringList polarityFiles;
    QStringList emotionFiles;
    TrainingOptions options;
    const bool polarityFromEmotions = args.contains(QStringLiteral("--polarity-from-emotions"));
    for (qsizetype i = 0; i + 1 < args.size(); ++i) {
        const QString &a = args.at(i);
        if (a == u"--lang")
            language = languageFromCode(args.at(++i));
        else if (a == u"--out")
            out = args.at(++i);
        else if (a == u"--polarity")
            polarityFiles.append(args.at(++i));
        else if (a == u"--emotions")
            emotionFiles.append(args.at(++i));
        else if (a == u"--epochs")
            options.epochs = args.at(++i).toInt();
        else if (a == u"--min-count")
            options.minCount = args.at(++i).toInt();
        else if (a == u"--keep")
            options.keepThreshold = args.at(++i).toFloat();
        else if (a == u"--l2")
            options.l2 = args.at(++i).toFloat();
    }
    if (language == Language::Unknown || out.isEmpty() ||
        (polarityFiles.isEmpty() && emotionFiles.isEmpty())) {
        std::fprintf(stderr, "usage: empathy-emotion train --lang xx --out FILE [--polarity FILE]... "
                             "[--emotions FILE]... [--polarity-from-emotions] [--epochs n] [--min-count n] "
                             "[--keep w] [--l2 x]\n");
        return 2;
    }
    QString error;
    // Lexicons only: the features must not depend on a previous model.
    const auto engine = EmotionEngine::loadBuiltIn(&error, false);
    if (!engine) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }

    std::vector<TrainingExample> examples;
    std::set<int> seenEmotions;
    struct Pending
    {
        std::vector<Emotion> emotions;
        bool neutral = false;
    };
    std::vector<Pending> pending;
    auto read = [&](const QString &path, std::vector<LabelledText> *rows) {
        if (!readLabelledFile(path, rows, &error)) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return false;
        }
        return true;
    };
    for (const QString &path : polarityFiles) {
        std::vector<LabelledText> rows;
        if (!read(path, &rows))
            return 1;
        for (const LabelledText &row : rows) {
            const auto polarity = polarityOf(row.labels);
            if (!polarity)
                continue;
            TrainingExample e;
            engine->features(row.text, language, e.features);
            e.polarity = polarityIndex(*polarity);
            examples.push_back(std::move(e));
            pending.push_back({});
        }
    }
    for (const QString &path : emotionFiles) {
        std::vector<LabelledText> rows;
        if (!read(path, &rows))
            return 1;
        for (const LabelledText &row : rows) {
            Pending p;
            for (const QString &label : row.labels) {
                bool neutral = false;
                if (const auto emotion = emotionOfLabel(label, &neutral)) {
                    p.emotions.push_back(*emotion);
                    seenEmotions.insert(int(*emotion));
                }
                p.neutral = p.neutral || neutral;
            }
            if (p.emotions.empty() && !p.neutral)
                continue;
            TrainingExample e;
            engine->features(row.text, language, e.features);
            e.hasEmotions = true;
            if (polarityFromEmotions) {
                int polarity = p.emotions.empty() ? 1 : -1;
                for (Emotion emotion : p.emotions) {
                    const int implied = polarityOfEmotion(emotion);
                    if (implied < 0)
                        continue;
                    polarity = polarity < 0 || polarity == implied ? implied : -2;
                }
                e.polarity = polarity >= 0 ? polarity : -1;
            }
            examples.push_back(std::move(e));
            pending.push_back(std::move(p));
        }
    }
    std::vector<Emotion> outputs;
    for (int e : seenEmotions)
        outputs.push_back(Emotion(e));
    for (std::size_t i = 0; i < examples.size(); ++i) {
        for (Emotion emotion : pending[i].emotions) {
            const auto at = std::find(outputs.begin(), outputs.end(), emotion) - outputs.begin();
            examples[i].emotionMask |= std::uint32_t(1) << at;
        }
    }
    const bool polarity =
        std::any_of(examples.begin(), examples.end(), [](const auto &e) { return e.polarity >= 0; });
    const ModelWeights model = trainModel(examples, polarity, outputs, options);

    QFile file(out);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        std::fprintf(stderr, "cannot write %s: %s\n", qPrintable(out), qPrintable(file.errorString()));
        return 1;
    }
    file.write(model.save().toUtf8());
    std::fprintf(stderr, "%zu examples, %zu features kept, %d outputs -> %s\n", examples.size(),
                 model.keys.size(), model.outputs(), qPrintable(out));
    return 0;
}

} // namespace empathy::emotion::tool
