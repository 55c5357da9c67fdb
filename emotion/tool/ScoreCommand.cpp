#include "AnalysisJson.h"
#include "Commands.h"
#include "EmotionEngine.h"

#include <QJsonDocument>

#include <cstdio>
#include <iostream>
#include <string>

namespace empathy::emotion::tool {

// score [--lang xx]: one JSON object per input line, in order; empty lines give empty objects so
// that output line n always belongs to input line n.
int runScore(const EmotionEngine &engine, const QStringList &args)
{
    Language hint = Language::Unknown;
    const qsizetype lang = args.indexOf(QStringLiteral("--lang"));
    if (lang >= 0)
        hint = languageFromCode(args.value(lang + 1));
    std::string line;
    while (std::getline(std::cin, line)) {
        const QString text = QString::fromUtf8(line.data(), qsizetype(line.size())).trimmed();
        QJsonObject json;
        if (!text.isEmpty())
            json = analysisToJson(engine.analyze(text, hint), text);
        const QByteArray out = QJsonDocument(json).toJson(QJsonDocument::Compact);
        std::fwrite(out.constData(), 1, std::size_t(out.size()), stdout);
        std::fputc('\n', stdout);
    }
    std::fflush(stdout);
    return 0;
}

} // namespace empathy::emotion::tool
