#pragma once

#include <QProcess>
#include <QStringList>
#include <QUrl>

#include <functional>

namespace empathy::bench {

// The password of every demo-team account on a benchmark server.
inline const QString benchPassword = QStringLiteral("bench-password");

// The real empathy-server as a child process on loopback with the demo team's accounts, started with
// `extra` arguments (--seed-demo, --simulate, ...) and the default limits except the caps per source
// and per account (see the constructor). Throws std::runtime_error when it does not start.
class ServerChild
{
public:
    ServerChild(const QString &dataDir, const QStringList &extra);
    ~ServerChild();

    QUrl url() const { return m_url; }
    // The HTTP port (the web chat page), e.g. http://127.0.0.1:41235/
    QUrl httpUrl() const { return m_httpUrl; }
    qint64 pid() const { return m_process.processId(); }
    bool isRunning() const { return m_process.state() == QProcess::Running; }

private:
    QProcess m_process;
    QUrl m_url;
    QUrl m_httpUrl;
};

// Runs the event loop until `done` holds or the time is up; returns whether it holds.
bool waitFor(const std::function<bool()> &done, int timeoutMs);

} // namespace empathy::bench
