#include "webchat/ChatPage.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>

static void registerChatResources()
{
    Q_INIT_RESOURCE(webchat);
}

namespace empathy {

bool ChatSocket::isValidUrl(const QString &url, QString *error)
{
    if (url.isEmpty())
        return true;
    const QUrl parsed(url, QUrl::StrictMode);
    const bool absolute = parsed.isValid() && (parsed.scheme() == u"ws" || parsed.scheme() == u"wss") &&
                          !parsed.host().isEmpty();
    const bool path = url.startsWith(u'/') && !url.startsWith(QStringLiteral("//")) && parsed.isValid() &&
                      parsed.scheme().isEmpty() && !url.contains(u'?') && !url.contains(u'#');
    if (absolute || path)
        return true;
    *error =
        QStringLiteral("--chat-socket-url takes a ws:// or wss:// address (wss://support.example.com/chat) "
                       "or a path on the page's own host (/chat)");
    return false;
}

ChatPage::ChatPage(const ChatSocket &socket)
{
    registerChatResources();
    QFile file(QStringLiteral(":/empathy/server/chat.html"));
    if (!file.open(QIODevice::ReadOnly))
        return;
    const QJsonObject config{{QStringLiteral("url"), socket.url},
                             {QStringLiteral("port"), int(socket.port)},
                             {QStringLiteral("secure"), socket.secure}};
    // JSON is JavaScript; "<" escaped so that nothing in it can end the script element.
    const QByteArray json = QJsonDocument(config).toJson(QJsonDocument::Compact).replace("<", "\\u003c");
    m_page = file.readAll().replace("{{SOCKET_CONFIG}}", json);
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
