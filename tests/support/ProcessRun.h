#pragma once

#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace empathy::test {

struct ProcessResult
{
    int exitCode = -1; // -1 when it crashed or did not finish
    QString out;
    QString err;
};

// Runs an executable to completion (two minutes at most), feeding it input on stdin.
ProcessResult runProcess(const QString &program, const QStringList &arguments, const QByteArray &input = {},
                         const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment());

} // namespace empathy::test
