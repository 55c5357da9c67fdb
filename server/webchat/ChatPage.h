#pragma once

#include <QHostAddress>
#include <QString>

#include <memory>

class QHttpServer;

namespace empathy {

// Serves the customer-facing web chat page over HTTP ("/" and "/chat"); the page talks to the sync
// server's /chat WebSocket, whose address is written into it.
class ChatPage
{
public:
    explicit ChatPage(QString socketUrl);
    ~ChatPage();

    // Port 0 picks a free port; returns the port, 0 on failure.
    quint16 listen(const QHostAddress &address, quint16 port);

private:
    std::unique_ptr<QHttpServer> m_http;
    QByteArray m_page;
};

} // namespace empathy
