#pragma once

#include "Emotion.h"

#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace empathy::emotion::tool {

// One row of a `label<TAB>text` file (the format of ../shared/eval): labels split at commas.
struct LabelledText
{
    QStringList labels;
    QString text;
};

// Reads the file, skipping the header line. Returns false with a message on failure.
bool readLabelledFile(const QString &path, std::vector<LabelledText> *rows, QString *error);

// The single polarity a row's labels state ("positive", "negative", "neutral"), if exactly one.
std::optional<QString> polarityOf(const QStringList &labels);

// What a dataset's emotion name means in the engine's terms: Ekman names as they are, the 27
// GoEmotions names folded into the engine's emotions (annoyance is frustration, admiration is joy,
// ...), "neutral"/"no_emotion" as nullopt with `*neutral` set. Names with no counterpart (trust,
// anticipation) give nullopt and leave `*neutral` false.
std::optional<Emotion> emotionOfLabel(const QString &label, bool *neutral);

} // namespace empathy::emotion::tool
