#pragma once

#include <QProcess>
#include <QStringList>
#include <QUrl>

#include <functional>

namespace empathy::bench {

// The password of every demo-team account on a benchmark server.
inline const QString benchPassword = QStringLiteral("bench-password");

// The real empathy-server as a child process on loopback with the demo team's accounts, started with
// `extra` arguments (--seed-demo, --simulate, ...). Throws std::runtime_error when it does not start.
class ServerChild
{
public:
    ServerChild(const QString &dataDir, const QStringList &extra);
    ~ServerChild();

    QUrl url() const { return m_url; }
    qint64 pid() const { return m_process.processId(); }

private:
    QProcess m_process;
    QUrl m_url;
};

// Runs the event loop until `done` holds or the time is up; returns whether it holds.
bool waitFor(const std::function<bool()> &done, int timeoutMs);

} // namespace empathy::bench
