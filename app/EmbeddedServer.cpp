#include "EmbeddedServer.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QRegularExpression>

namespace empathy {

EmbeddedServer::EmbeddedServer(Options options)
    : m_options(std::move(options))
{
    m_process.setProcessChannelMode(QProcess::SeparateChannels);
    m_process.setStandardErrorFile(m_options.dataDir + QStringLiteral("/server.log"), QIODevice::Append);
}

EmbeddedServer::~EmbeddedServer()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.terminate(); // SIGTERM: the server finishes its writes and exits
    if (!m_process.waitForFinished(5000)) {
        m_process.kill();
        m_process.waitForFinished(2000);
    }
}

bool EmbeddedServer::start(QString *error)
{
    m_process.start(m_options.program,
                    {QStringLiteral("--data-dir"), m_options.dataDir, QStringLiteral("--listen"),
                     QStringLiteral("127.0.0.1"), QStringLiteral("--port"), QStringLiteral("0"),
                     QStringLiteral("--http-port"), QStringLiteral("0"), QStringLiteral("--demo-team"),
                     QStringLiteral("--seed-demo"), QString::number(m_options.seedConversations),
                     QStringLiteral("--simulate"), QString::number(m_options.rate)});
    if (!m_process.waitForStarted(10000)) {
        *error = QCoreApplication::translate("EmbeddedServer", "cannot start %1: %2")
                     .arg(m_options.program, m_process.errorString());
        return false;
    }
    m_process.write(m_options.password.toUtf8() + '\n');
    m_process.closeWriteChannel();

    static const QRegularExpression listening(QStringLiteral("listening on ([0-9.]+):(\\d+)"));
    QByteArray out;
    const QDeadlineTimer deadline(60000);
    while (!deadline.hasExpired() && m_process.state() == QProcess::Running) {
        m_process.waitForReadyRead(int(std::max<qint64>(1, deadline.remainingTime())));
        out += m_process.readAllStandardOutput();
        const auto match = listening.match(QString::fromUtf8(out));
        static const QRegularExpression page(QStringLiteral("web chat on (http://\\S+)"));
        if (const auto pageMatch = page.match(QString::fromUtf8(out)); pageMatch.hasMatch())
            m_chatPage = QUrl(pageMatch.captured(1));
        if (match.hasMatch()) {
            m_url = QUrl(QStringLiteral("ws://%1:%2").arg(match.captured(1), match.captured(2)));
            return true;
        }
    }
    *error = QCoreApplication::translate("EmbeddedServer", "the demo server did not start (see %1)")
                 .arg(m_options.dataDir + QStringLiteral("/server.log"));
    return false;
}

} // namespace empathy
