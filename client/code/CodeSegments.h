#pragma once

#include <QList>
#include <QString>

namespace empathy {

// A stretch of a message: prose, or code, data or log output to be shown highlighted.
struct TextSegment
{
    QString text;
    QString syntax; // empty for prose; else a KDE syntax definition name: "JSON", "XML", "Python", ...
    bool isCode() const { return !syntax.isEmpty(); }
};

// Splits a customer's message into prose and code: fenced blocks (```json ... ```), and unfenced JSON,
// XML, stack traces (Java, Python, .NET) and log lines (a timestamp or a level at the start of two or
// more lines). A message with none comes back as one prose segment.
QList<TextSegment> splitCode(const QString &body);

// The syntax definition for a fence's language tag ("json", "py", "c++"), or an empty string.
QString syntaxForFence(QStringView tag);

} // namespace empathy
