#include "webchat/ChatPage.h"

#include <QFile>

static void registerChatResources()
{
    Q_INIT_RESOURCE(webchat);
}

namespace empathy {

ChatPage::ChatPage(const QString &socketUrl)
{
    registerChatResources();
    QFile file(QStringLiteral(":/empathy/server/chat.html"));
    if (file.open(QIODevice::ReadOnly))
        m_page = file.readAll().replace("{{SOCKET_URL}}", socketUrl.toUtf8());
}

void ChatPage::addRoutes(HttpRoutes &routes) const
{
    const auto page = [page = m_page](const HttpRequest &) {
        return HttpAnswer{200, "text/html; charset=utf-8", page, {{"Cache-Control", "no-store"}}};
    };
    routes.add({"GET", QStringLiteral("/"), HttpRoute::Body::None, page});
    routes.add({"GET", QStringLiteral("/chat"), HttpRoute::Body::None, page});
}

} // namespace empathy
