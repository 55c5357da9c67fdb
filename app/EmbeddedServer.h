#pragma once

#include <QProcess>
#include <QString>
#include <QUrl>

namespace empathy {

// The demo's own empathy-server, started as a child process on a free loopback port with the demo
// team's accounts, a seeded store and simulated customers; stopped cleanly (SIGTERM) with the app.
class EmbeddedServer
{
public:
    struct Options
    {
        QString program;  // the empathy-server executable
        QString dataDir;  // where it keeps its store
        QString password; // the demo team's password
        int seedConversations = 500;
        double rate = 0.5; // simulated customer messages a second
    };

    explicit EmbeddedServer(Options options);
    ~EmbeddedServer();

    // Starts it and waits until it listens; on failure returns false and sets *error.
    bool start(QString *error);
    QUrl url() const { return m_url; }
    // The customer-facing web chat page of the demo server.
    QUrl chatPage() const { return m_chatPage; }

private:
    Options m_options;
    QProcess m_process;
    QUrl m_url;
    QUrl m_chatPage;
};

} // namespace empathy
