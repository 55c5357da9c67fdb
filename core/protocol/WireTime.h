#pragma once

#include <QDateTime>
#include <QStringView>

#include <optional>

namespace empathy {

// Times on the wire are ISO 8601 in UTC with milliseconds, as written by wireTime():
// "2026-03-01T09:00:00.123Z". readWireTime() reads that form directly (a sync page holds hundreds of
// thousands of times, and QDateTime's general parser was a tenth of decoding one) and any other ISO 8601
// form through QDateTime; the result is in UTC, invalid when the text is not a time.
QString wireTime(const QDateTime &time);
QDateTime readWireTime(QStringView text);

} // namespace empathy
