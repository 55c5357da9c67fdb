#pragma once

#include "MessageAnalysis.h"

#include <QJsonObject>

namespace empathy::emotion {

// The JSON form of an analysis, as `empathy-emotion score` prints it: language, valence, label,
// confidence, intensity, emotions above 0.05, and the evidence with the words quoted from `text`.
QJsonObject analysisToJson(const MessageAnalysis &analysis, QStringView text);

} // namespace empathy::emotion
