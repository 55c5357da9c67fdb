// empathy-emotion: the emotion engine on the command line (score, eval, langid, train, bench).
#include "Commands.h"
#include "EmotionEngine.h"

#include <QCoreApplication>

#include <algorithm>
#include <cstdio>

using namespace empathy::emotion;

namespace {
constexpr const char *usage =
    "usage: empathy-emotion COMMAND [options]\n"
    "  score [--lang xx]              text lines on stdin -> one JSON object per line\n"
    "  eval FILE.tsv [--emotions]     accuracy, macro-F1, per-class precision/recall, confusion matrix\n"
    "       [--lang xx] [--threshold t]\n"
    "  langid FILE.tsv... [--min-length n]  language identification accuracy\n"
    "  train --lang xx --out FILE [--polarity FILE]... [--emotions FILE]... [--polarity-from-emotions]\n"
    "  train-langid --out FILE code:FILE.tsv...  letter trigrams for the language identifier\n"
    "  bench FILE.tsv... [--repeat n] throughput, latency and memory\n"
    "options for every command but train: --data DIR  read the lexicons and models from DIR (a copy of\n"
    "  emotion/data, e.g. with a model just trained) instead of the built-in ones\n";
}

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("empathy-emotion"));
    QStringList args = QCoreApplication::arguments().mid(1);
    if (args.isEmpty() || args.front() == u"--help" || args.front() == u"-h") {
        std::fputs(usage, args.isEmpty() ? stderr : stdout);
        return args.isEmpty() ? 2 : 0;
    }
    if (args.front() == u"--version") {
        std::printf("empathy-emotion %s\n", EMPATHY_VERSION);
        return 0;
    }
    QString dataDirectory;
    if (const qsizetype at = args.indexOf(QStringLiteral("--data")); at >= 0) {
        dataDirectory = args.value(at + 1);
        args.remove(at, std::min<qsizetype>(2, args.size() - at));
        if (dataDirectory.isEmpty()) {
            std::fprintf(stderr, "empathy-emotion: --data needs a directory\n");
            return 2;
        }
    }
    if (args.isEmpty()) {
        std::fputs(usage, stderr);
        return 2;
    }
    const QString command = args.takeFirst();
    if (command == u"train")
        return tool::runTrain(args);
    if (command == u"train-langid")
        return tool::runTrainLangId(args);
    if (command == u"bench")
        return tool::runBench(dataDirectory, args);
    QString error;
    const auto engine = dataDirectory.isEmpty() ? EmotionEngine::loadBuiltIn(&error)
                                                : EmotionEngine::load(dataDirectory, &error);
    if (!engine) {
        std::fprintf(stderr, "empathy-emotion: %s\n", qPrintable(error));
        return 1;
    }
    if (command == u"score")
        return tool::runScore(*engine, args);
    if (command == u"eval")
        return tool::runEval(*engine, args);
    if (command == u"langid")
        return tool::runLangId(*engine, args);
    std::fprintf(stderr, "empathy-emotion: unknown command %s\n%s", qPrintable(command), usage);
    return 2;
}
