#pragma once

#include "http/HttpRoutes.h"

#include <QByteArray>
#include <QString>

namespace empathy {

// The customer-facing web chat page ("/" and "/chat" on the HTTP port); the page talks to the sync
// server's /chat WebSocket, whose address is written into it.
class ChatPage
{
public:
    explicit ChatPage(const QString &socketUrl);

    void addRoutes(HttpRoutes &routes) const;

private:
    QByteArray m_page;
};

} // namespace empathy
