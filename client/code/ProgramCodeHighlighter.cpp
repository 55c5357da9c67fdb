#include "code/ProgramCodeHighlighter.h"

#include <QProcess>
#include <QStandardPaths>

namespace empathy {

namespace {
constexpr int timeoutMs = 10000;
}

QString ProgramCodeHighlighter::findProgram()
{
    return QStandardPaths::findExecutable(QStringLiteral("kate-syntax-highlighter"));
}

ProgramCodeHighlighter::ProgramCodeHighlighter(QString program)
    : m_program(std::move(program))
{}

std::optional<QString> ProgramCodeHighlighter::highlight(const QString &code, const QString &syntax,
                                                         const QString &theme) const
{
    QProcess process;
    process.setProgram(m_program);
    if (!m_dataFolders.isEmpty()) {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        const QString system =
            environment.value(QStringLiteral("XDG_DATA_DIRS"), QStringLiteral("/usr/local/share:/usr/share"));
        environment.insert(QStringLiteral("XDG_DATA_DIRS"), m_dataFolders.join(u':') + u':' + system);
        process.setProcessEnvironment(environment);
    }
    process.setArguments({QStringLiteral("--stdin"), QStringLiteral("--syntax"), syntax,
                          QStringLiteral("--theme"), theme, QStringLiteral("--output-format"),
                          QStringLiteral("html")});
    process.start();
    if (!process.waitForStarted(timeoutMs))
        return std::nullopt;
    process.write(code.toUtf8());
    process.closeWriteChannel();
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished(1000);
        return std::nullopt;
    }
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
        return std::nullopt;
    const QString html = QString::fromUtf8(process.readAllStandardOutput());
    const qsizetype open = html.indexOf(QStringLiteral("<pre>"));
    const qsizetype close = html.lastIndexOf(QStringLiteral("</pre>"));
    if (open < 0 || close < open)
        return std::nullopt;
    QString inner = html.mid(open + 5, close - open - 5);
    if (inner.startsWith(u'\n'))
        inner.remove(0, 1);
    while (inner.endsWith(u'\n'))
        inner.chop(1);
    return inner;
}

} // namespace empathy
