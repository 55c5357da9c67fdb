#include "ServerChild.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QTimer>

#include <stdexcept>

namespace empathy::bench {

ServerChild::ServerChild(const QString &dataDir, const QStringList &extra)
{
    QDir().mkpath(dataDir);
    // The benchmarks' desks all come from this machine's one address and log in as a few accounts, where
    // a real team's come from many addresses as many agents: the caps per source and per account are
    // raised to the benchmark's size, every other limit keeps its default.
    const QString limits = dataDir + QStringLiteral("/bench-limits.json");
    QFile limitsFile(limits);
    if (!limitsFile.open(QIODevice::WriteOnly) ||
        limitsFile.write(R"({"sync": {"max_connections_per_account": 2000, "max_unauthenticated": 1024,
                                     "max_unauthenticated_per_source": 1024}})") < 0)
        throw std::runtime_error("cannot write the benchmark server's limits file");
    limitsFile.close();
    m_process.setStandardErrorFile(dataDir + QStringLiteral("/server.log"), QIODevice::Append);
    m_process.start(QCoreApplication::applicationDirPath() + QStringLiteral("/empathy-server"),
                    QStringList{QStringLiteral("--data-dir"), dataDir, QStringLiteral("--port"),
                                QStringLiteral("0"), QStringLiteral("--http-port"), QStringLiteral("0"),
                                QStringLiteral("--demo-team"), QStringLiteral("--limits"), limits} +
                        extra);
    if (!m_process.waitForStarted(10000))
        throw std::runtime_error("cannot start empathy-server next to the benchmark");
    m_process.write(benchPassword.toUtf8() + '\n');
    m_process.closeWriteChannel();
    QByteArray out;
    while (!out.contains("listening on") && m_process.state() == QProcess::Running) {
        m_process.waitForReadyRead(1000);
        out += m_process.readAllStandardOutput();
    }
    const int at = out.indexOf("listening on ");
    if (at < 0)
        throw std::runtime_error("empathy-server did not start; see its server.log");
    const QByteArray address = out.mid(at + 13).split('\n').first().trimmed();
    m_url = QUrl(QStringLiteral("ws://") + QString::fromLatin1(address));
    const int web = out.indexOf("web chat on http://");
    if (web >= 0)
        m_httpUrl = QUrl(QString::fromLatin1(out.mid(web + 12).split('\n').first().trimmed()));
}

ServerChild::~ServerChild()
{
    m_process.terminate();
    if (!m_process.waitForFinished(10000))
        m_process.kill();
}

bool waitFor(const std::function<bool()> &done, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    // Sleeps until something happens, and at least every 10 ms looks again: a loop that only processed
    // what is pending would spin a core that the server and the clients being measured need.
    QTimer tick;
    tick.start(10);
    while (!done()) {
        if (timer.elapsed() > timeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    }
    return true;
}

} // namespace empathy::bench
