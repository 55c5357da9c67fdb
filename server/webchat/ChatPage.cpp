#include "webchat/ChatPage.h"

#include <QFile>
#include <QHttpServer>
#include <QHttpServerResponse>

static void registerChatResources()
{
    Q_INIT_RESOURCE(webchat);
}

namespace empathy {

ChatPage::ChatPage(QString socketUrl)
    : m_http(std::make_unique<QHttpServer>())
{
    registerChatResources();
    QFile file(QStringLiteral(":/empathy/server/chat.html"));
    if (file.open(QIODevice::ReadOnly))
        m_page = file.readAll().replace("{{SOCKET_URL}}", socketUrl.toUtf8());
    const auto page = [this] {
        QHttpServerResponse response("text/html; charset=utf-8", m_page);
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("X-Content-Type-Options", "nosniff");
        return response;
    };
    m_http->route(QStringLiteral("/"), page);
    m_http->route(QStringLiteral("/chat"), page);
}

ChatPage::~ChatPage() = default;

quint16 ChatPage::listen(const QHostAddress &address, quint16 port)
{
    return m_http->listen(address, port);
}

} // namespace empathy
