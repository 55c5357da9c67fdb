#pragma once

#include <QStringList>

namespace empathy::emotion {
class EmotionEngine;
}

namespace empathy::emotion::tool {

// Each command takes the arguments after its name and returns the process exit code.
int runScore(const EmotionEngine &engine, const QStringList &args);
int runEval(const EmotionEngine &engine, const QStringList &args);
int runLangId(const EmotionEngine &engine, const QStringList &args);
// Loads the engine itself (from `dataDirectory`, or the built-in data when empty) to measure its memory.
int runBench(const QString &dataDirectory, const QStringList &args);
int runTrain(const QStringList &args);
int runTrainLangId(const QStringList &args);

} // namespace empathy::emotion::tool
