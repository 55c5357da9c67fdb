#pragma once

#include <QString>

#include <cstdio>

namespace empathy {

// A line for the person at the terminal, flushed at once.
void printLine(std::FILE *stream, const QString &text);
// Whether this run has a QApplication (windows and message boxes), not only a QCoreApplication.
bool hasGui();

} // namespace empathy
