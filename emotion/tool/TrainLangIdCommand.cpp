#include "Commands.h"
#include "LabelledFile.h"
#include "LetterTrigrams.h"

#include <QFile>

#include <cstdio>

namespace empathy::emotion::tool {

// train-langid --out FILE [--keep n] code:FILE.tsv...: letter-trigram statistics per language.
int runTrainLangId(const QStringList &args)
{
    QString out;
    int keep = 4000;
    std::vector<LetterTrigrams::Corpus> corpora;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &a = args.at(i);
        if (a == u"--out") {
            out = args.value(++i);
        } else if (a == u"--keep") {
            keep = args.value(++i).toInt();
        } else {
            const qsizetype colon = a.indexOf(u':');
            if (colon <= 0) {
                std::fprintf(stderr, "expected code:FILE, got %s\n", qPrintable(a));
                return 2;
            }
            const QString code = a.left(colon);
            std::vector<LabelledText> rows;
            QString error;
            if (!readLabelledFile(a.mid(colon + 1), &rows, &error)) {
                std::fprintf(stderr, "%s\n", qPrintable(error));
                return 1;
            }
            auto it =
                std::find_if(corpora.begin(), corpora.end(), [&](const auto &c) { return c.code == code; });
            if (it == corpora.end()) {
                corpora.push_back({code, {}});
                it = corpora.end() - 1;
            }
            for (LabelledText &row : rows)
                it->texts.push_back(std::move(row.text));
        }
    }
    if (out.isEmpty() || corpora.empty()) {
        std::fprintf(stderr, "usage: empathy-emotion train-langid --out FILE [--keep n] code:FILE.tsv...\n");
        return 2;
    }
    if (corpora.size() > LetterTrigrams::maxLanguages) {
        std::fprintf(stderr, "at most %zu languages\n", LetterTrigrams::maxLanguages);
        return 2;
    }
    LetterTrigrams trigrams;
    trigrams.train(corpora, keep);
    QFile file(out);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        std::fprintf(stderr, "cannot write %s\n", qPrintable(out));
        return 1;
    }
    file.write(trigrams.save().toUtf8());
    return 0;
}

} // namespace empathy::emotion::tool
