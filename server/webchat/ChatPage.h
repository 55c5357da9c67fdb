#pragma once

#include "http/HttpRoutes.h"

#include <QByteArray>
#include <QString>

namespace empathy {

// Where browsers reach the sync server's /chat WebSocket, as the page is told.
struct ChatSocket
{
    // ws:// or wss:// address, or a path on the page's own host (behind a reverse proxy that serves both);
    // empty: the sync port below on the host the page was loaded from.
    QString url;
    quint16 port = 0;
    bool secure = false; // the sync port speaks TLS (wss://)

    // Whether `url` is one of the forms above; if not, why.
    static bool isValidUrl(const QString &url, QString *error);
};

// The customer-facing web chat page ("/" and "/chat" on the HTTP port); the page talks to the sync
// server's /chat WebSocket, whose address is written into it.
class ChatPage
{
public:
    explicit ChatPage(const ChatSocket &socket);

    void addRoutes(HttpRoutes &routes) const;

private:
    QByteArray m_page;
};

} // namespace empathy
