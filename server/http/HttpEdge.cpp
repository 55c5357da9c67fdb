#include "http/HttpEdge.h"

#include "http/EdgeState.h"
#include "http/HttpSession.h"
#include "net/ThrottledLog.h"

#include <QCoreApplication>
#include <QDir>

#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/asio/write.hpp>
#include <thread>

namespace empathy {

namespace net = boost::asio;
using tcp = net::ip::tcp;

// The I/O thread's side: the acceptor and the state its sessions share. Declared before the context so
// that the sessions the context still holds when it is destroyed find the state alive.
struct HttpEdge::Io
{
    Io(const HttpLimits &limits, const HttpRoutes &routes, const QString &spool,
       const TrustedProxies &proxies)
        : state(limits, routes, spool, proxies)
    {}

    void accept()
    {
        acceptor.async_accept([this](boost::system::error_code ec, tcp::socket socket) {
            if (ec == net::error::operation_aborted)
                return;
            if (ec) {
                // Out of file descriptors, most likely: try again shortly rather than spin.
                retry.expires_after(std::chrono::milliseconds(50));
                retry.async_wait([this](boost::system::error_code waitEc) {
                    if (!waitEc)
                        accept();
                });
                return;
            }
            admit(std::move(socket));
            accept();
        });
    }

    // Within the caps a socket becomes a session; past them it is answered 503 and closed before a byte
    // of it is read.
    void admit(tcp::socket socket)
    {
        boost::system::error_code ec;
        const auto endpoint = socket.remote_endpoint(ec);
        if (ec)
            return;
        QString source = QString::fromStdString(endpoint.address().to_string());
        QString refusal;
        if (state.connections >= state.limits.maxConnections)
            refusal = QStringLiteral("the server has %1 connections open; try again shortly")
                          .arg(state.limits.maxConnections);
        else if (state.connectionsBySource.value(source) >= state.limits.maxConnectionsPerSource &&
                 !state.proxies.trusts(QHostAddress(source))) // a proxy holds the connections of many
            refusal = QStringLiteral("this address has %1 connections open; close some first")
                          .arg(state.limits.maxConnectionsPerSource);
        if (refusal.isEmpty()) {
            std::make_shared<HttpSession>(std::move(socket), state, std::move(source))->start();
            return;
        }
        state.refused(QStringLiteral("connections"), source, 503, refusal);
        const QByteArray body = refusal.toUtf8() + '\n';
        const QByteArray answer =
            "HTTP/1.1 503 Service Unavailable\r\nConnection: close\r\nRetry-After: 5\r\n"
            "Content-Type: text/plain; charset=utf-8\r\nContent-Length: " +
            QByteArray::number(body.size()) + "\r\n\r\n" + body;
        socket.non_blocking(true, ec);
        socket.write_some(net::buffer(answer.constData(), std::size_t(answer.size())), ec); // best effort
        socket.shutdown(tcp::socket::shutdown_both, ec);
    }

    EdgeState state;
    net::io_context context{1};
    tcp::acceptor acceptor{context};
    net::steady_timer retry{context};
    std::thread thread;
};

HttpEdge::HttpEdge(HttpRoutes routes, const HttpLimits &limits, QString spoolDirectory, ServerLog &log,
                   Clock clock, QObject *parent)
    : QObject(parent)
    , m_routes(std::move(routes))
    , m_limits(limits)
    , m_spoolDirectory(std::move(spoolDirectory))
    , m_refusals(std::make_unique<ThrottledLog>(log, std::move(clock)))
{}

HttpEdge::~HttpEdge()
{
    if (m_io) {
        m_io->context.stop();
        if (m_io->thread.joinable())
            m_io->thread.join();
        // Handlers posted to this object hold sessions; they go before the state those sessions count in.
        QCoreApplication::removePostedEvents(this);
    }
}

bool HttpEdge::listen(const QHostAddress &address, quint16 port, QString *error)
{
    if (!QDir().mkpath(m_spoolDirectory)) {
        *error = QStringLiteral("cannot create the upload spool %1").arg(m_spoolDirectory);
        return false;
    }
    auto io = std::make_unique<Io>(m_limits, m_routes, m_spoolDirectory, m_proxies);
    io->state.onEventLoop = [this](std::function<void()> work) {
        QMetaObject::invokeMethod(this, std::move(work), Qt::QueuedConnection);
    };
    io->state.refused = [this](QString kind, QString source, int status, QString message) {
        QMetaObject::invokeMethod(
            this, [this, kind, source, status, message] { refused(kind, source, status, message); },
            Qt::QueuedConnection);
    };
    boost::system::error_code ec;
    const tcp::endpoint endpoint(net::ip::make_address(address.toString().toStdString(), ec), port);
    if (!ec)
        io->acceptor.open(endpoint.protocol(), ec);
    if (!ec)
        io->acceptor.set_option(net::socket_base::reuse_address(true), ec);
    if (!ec)
        io->acceptor.bind(endpoint, ec);
    if (!ec)
        io->acceptor.listen(net::socket_base::max_listen_connections, ec);
    if (ec) {
        *error = QString::fromStdString(ec.message());
        return false;
    }
    m_port = io->acceptor.local_endpoint().port();
    io->accept();
    io->thread = std::thread([context = &io->context] { context->run(); });
    m_io = std::move(io);
    return true;
}

int HttpEdge::connectionCount() const
{
    return m_io ? m_io->state.publishedConnections.load() : 0;
}

void HttpEdge::refused(const QString &kind, const QString &source, int status, const QString &message)
{
    m_refusals->refused(QStringLiteral("http_refused"), source,
                        {{QStringLiteral("status"), status}, {QStringLiteral("message"), message}}, kind);
}

} // namespace empathy
