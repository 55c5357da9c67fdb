#include "http/HttpSession.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QUrl>

#include <boost/beast/core/string.hpp>
#include <limits>

namespace empathy {

namespace beast = boost::beast;
namespace http = boost::beast::http;
namespace net = boost::asio;

namespace {

QByteArray bytesOf(beast::string_view view)
{
    return QByteArray(view.data(), qsizetype(view.size()));
}

QString seconds(int ms)
{
    return QString::number(ms / 1000.0);
}

QString bytes(qint64 n)
{
    if (n >= 1024 * 1024)
        return QStringLiteral("%1 MiB").arg(n / (1024 * 1024));
    if (n >= 1024)
        return QStringLiteral("%1 KiB").arg(n / 1024);
    return QStringLiteral("%1 bytes").arg(n);
}

} // namespace

HttpSession::HttpSession(net::ip::tcp::socket socket, EdgeState &state, QString source)
    : m_stream(std::move(socket))
    , m_buffer(std::size_t(state.limits.maxHeaderBytes) + 8192)
    , m_deadline(m_stream.get_executor())
    , m_state(state)
    , m_source(std::move(source))
{
    ++m_state.connections;
    ++m_state.connectionsBySource[m_source];
    m_state.publishedConnections = m_state.connections;
}

HttpSession::~HttpSession()
{
    removeSpoolFile();
    --m_state.connections;
    auto it = m_state.connectionsBySource.find(m_source);
    if (it != m_state.connectionsBySource.end() && --*it <= 0)
        m_state.connectionsBySource.erase(it);
    m_state.publishedConnections = m_state.connections;
}

void HttpSession::start()
{
    readHeader();
}

// The read in progress is cancelled when `ms` pass; its handler then sees m_timedOut.
void HttpSession::armDeadline(int ms)
{
    m_timedOut = false;
    m_deadline.expires_after(std::chrono::milliseconds(ms));
    m_deadline.async_wait([self = shared_from_this()](beast::error_code ec) {
        if (ec)
            return; // cancelled: the read finished in time
        self->m_timedOut = true;
        beast::error_code ignored;
        self->m_stream.socket().cancel(ignored);
    });
}

void HttpSession::readHeader()
{
    m_header.emplace();
    m_header->header_limit(std::uint32_t(m_state.limits.maxHeaderBytes));
    // Checked against the route's limit below, with its own answer. (Not boost::none: Beast 1.74 compares
    // the Content-Length with the optional, and every length is above an empty one.)
    m_header->body_limit(std::numeric_limits<std::uint64_t>::max());
    m_message.reset();
    m_file.reset();
    m_route = nullptr;
    m_request = HttpRequest();
    m_client.clear();
    m_readWhole = false;
    // The first request's header is due from the connection's start; a kept-alive connection's next one
    // within the idle time.
    armDeadline(m_first ? m_state.limits.headerTimeoutMs : m_state.limits.keepAliveIdleMs);
    http::async_read_header(
        m_stream, m_buffer, *m_header,
        [self = shared_from_this()](beast::error_code ec, std::size_t) { self->onHeader(ec); });
}

void HttpSession::onHeader(beast::error_code ec)
{
    m_deadline.cancel();
    const bool sentSomething = m_header->got_some() || m_buffer.size() > 0;
    if (m_timedOut) {
        if (sentSomething)
            refuse(
                408,
                QStringLiteral("the request header did not arrive within %1 s")
                    .arg(seconds(m_first ? m_state.limits.headerTimeoutMs : m_state.limits.keepAliveIdleMs)),
                QStringLiteral("header_timeout"));
        else if (m_first)
            m_state.refused(QStringLiteral("idle"), m_source, 0,
                            QStringLiteral("closed: nothing was sent within %1 s")
                                .arg(seconds(m_state.limits.headerTimeoutMs)));
        return; // an idle kept-alive connection just ends
    }
    if (ec == http::error::header_limit || ec == http::error::buffer_overflow) {
        refuse(431,
               QStringLiteral("the request line and headers are limited to %1")
                   .arg(bytes(m_state.limits.maxHeaderBytes)),
               QStringLiteral("header_bytes"));
        return;
    }
    if (ec == http::error::end_of_stream || ec == net::error::eof || ec == net::error::connection_reset ||
        ec == net::error::operation_aborted)
        return;
    if (ec) {
        refuse(
            400,
            QStringLiteral("this is not an HTTP/1.1 request (%1)").arg(QString::fromStdString(ec.message())),
            QStringLiteral("bad_request"));
        return;
    }
    m_first = false;
    const auto &header = m_header->get();
    m_keepAlive = header.keep_alive();
    const bool hasBody = header.chunked() || (m_header->content_length() && *m_header->content_length() > 0);
    m_readWhole = !hasBody;
    int count = 0;
    for (auto it = header.begin(); it != header.end(); ++it)
        ++count;
    if (count > m_state.limits.maxHeaderCount) {
        refuse(
            431,
            QStringLiteral("a request may have at most %1 header lines").arg(m_state.limits.maxHeaderCount),
            QStringLiteral("header_count"));
        return;
    }
    QByteArray forwardedFor;
    for (const auto &field : header) {
        if (boost::beast::iequals(field.name_string(), "X-Forwarded-For"))
            forwardedFor += (forwardedFor.isEmpty() ? "" : ",") + bytesOf(field.value());
    }
    m_client = m_state.proxies.clientOf(QHostAddress(m_source), forwardedFor).toString();
    if (!withinRates(header))
        return;

    const QUrl url(QString::fromUtf8(bytesOf(header.target())));
    m_request.method = bytesOf(header.method_string());
    m_request.path = url.path();
    m_request.query = QUrlQuery(url);
    m_request.source = QHostAddress(m_client);
    for (const auto &field : header)
        m_request.headers.append({bytesOf(field.name_string()).toLower(), bytesOf(field.value())});
    const HttpRoutes::Match match = m_state.routes.find(m_request.method, m_request.path);
    if (!match.route) {
        if (match.pathKnown)
            refuse(405,
                   QStringLiteral("%1 is not answered at %2")
                       .arg(QString::fromLatin1(m_request.method), m_request.path),
                   {});
        else
            refuse(404, QStringLiteral("there is nothing at %1").arg(m_request.path), {});
        return;
    }
    m_route = match.route;
    if (!hasBody) {
        dispatch();
        return;
    }
    startBody();
}

// Per source address, then per API key and per web chat visitor when the request names one.
bool HttpSession::withinRates(const http::request_header<> &header)
{
    const qint64 now = m_state.nowMs();
    // Takes one request for `key`; past the rate answers 429 naming `whose` requests they were.
    const auto within = [&](RateLimiter &limiter, const QString &key, int perSecond, const QString &whose,
                            const QString &kind) {
        const int wait = limiter.take(key, now);
        if (wait > 0)
            refuse(429,
                   QStringLiteral("more than %1 requests a second %2; try again in %3 s")
                       .arg(perSecond)
                       .arg(whose)
                       .arg(wait),
                   kind, wait);
        return wait == 0;
    };
    if (!within(m_state.bySource, m_client, m_state.limits.requestsPerSecondPerSource,
                QStringLiteral("from this address"), QStringLiteral("rate_source")))
        return false;
    QByteArray key = bytesOf(header[http::field::authorization]);
    if (key.isEmpty())
        key = bytesOf(header["X-Api-Key"]);
    if (!key.isEmpty() &&
        !within(m_state.byApiKey, QString::fromLatin1(key), m_state.limits.requestsPerSecondPerApiKey,
                QStringLiteral("with this API key"), QStringLiteral("rate_api_key")))
        return false;
    QString visitor = QString::fromLatin1(bytesOf(header["X-Visitor"]));
    if (visitor.isEmpty())
        visitor = QUrlQuery(QUrl(QString::fromUtf8(bytesOf(header.target()))))
                      .queryItemValue(QStringLiteral("visitor"));
    return visitor.isEmpty() ||
           within(m_state.byVisitor, visitor.left(64), m_state.limits.requestsPerSecondPerVisitor,
                  QStringLiteral("from this visitor"), QStringLiteral("rate_visitor"));
}

void HttpSession::startBody()
{
    const bool toFile = m_route->body == HttpRoute::Body::File;
    qint64 &limit = m_bodyLimit;
    limit = m_route->maxBodyBytes;
    if (limit <= 0) {
        limit = m_route->body == HttpRoute::Body::None ? 0
                : toFile                               ? m_state.limits.maxUploadBytes
                                                       : m_state.limits.maxMessageBodyBytes;
    }
    if (m_route->body == HttpRoute::Body::None) {
        refuse(413, QStringLiteral("%1 takes no request body").arg(m_request.path),
               QStringLiteral("body_bytes"));
        return;
    }
    if (m_header->content_length() && qint64(*m_header->content_length()) > limit) {
        refuse(413, QStringLiteral("the body is limited to %1 here").arg(bytes(limit)),
               QStringLiteral("body_bytes"));
        return;
    }
    m_bodyDeadlineMs =
        m_state.nowMs() + (toFile ? m_state.limits.uploadTimeoutMs : m_state.limits.bodyTimeoutMs);
    if (!toFile) {
        m_message.emplace(std::move(*m_header));
        m_message->body_limit(std::uint64_t(limit));
        readBody(*m_message);
        return;
    }
    m_request.bodyFile = QDir(m_state.spoolDirectory)
                             .filePath(QStringLiteral("upload-%1-%2.part")
                                           .arg(QCoreApplication::applicationPid())
                                           .arg(++m_state.nextSpoolFile));
    m_file.emplace(std::move(*m_header));
    m_file->body_limit(std::uint64_t(limit));
    beast::error_code ec;
    m_file->get().body().open(m_request.bodyFile.toLocal8Bit().constData(), beast::file_mode::write_new, ec);
    if (ec) {
        m_request.bodyFile.clear();
        refuse(503, QStringLiteral("the server cannot take files right now"), QStringLiteral("spool"));
        return;
    }
    readBody(*m_file);
}

// The body arrives piece by piece, each within the time left (uploads: also within the idle time), and
// is counted by the parser against the route's limit as it comes, chunked or not.
template<typename Parser>
void HttpSession::readBody(Parser &parser)
{
    const qint64 left = m_bodyDeadlineMs - m_state.nowMs();
    const bool toFile = m_route->body == HttpRoute::Body::File;
    armDeadline(
        int(std::max<qint64>(1, toFile ? std::min<qint64>(left, m_state.limits.uploadIdleMs) : left)));
    http::async_read_some(m_stream, m_buffer, parser,
                          [self = shared_from_this(), &parser](beast::error_code ec, std::size_t) {
                              self->onBody(parser, ec);
                          });
}

template<typename Parser>
void HttpSession::onBody(Parser &parser, beast::error_code ec)
{
    m_deadline.cancel();
    const bool toFile = m_route->body == HttpRoute::Body::File;
    if (m_timedOut) {
        refuse(408,
               toFile ? QStringLiteral("the upload stalled or took longer than %1 s")
                            .arg(seconds(m_state.limits.uploadTimeoutMs))
                      : QStringLiteral("the request body did not arrive within %1 s")
                            .arg(seconds(m_state.limits.bodyTimeoutMs)),
               QStringLiteral("body_timeout"));
        return;
    }
    if (ec == http::error::body_limit) {
        refuse(413, QStringLiteral("the body is limited to %1 here").arg(bytes(m_bodyLimit)),
               QStringLiteral("body_bytes"));
        return;
    }
    if (ec && ec != http::error::need_buffer) {
        if (ec != net::error::eof && ec != http::error::end_of_stream && ec != net::error::connection_reset)
            refuse(400,
                   QStringLiteral("the request body could not be read (%1)")
                       .arg(QString::fromStdString(ec.message())),
                   QStringLiteral("bad_request"));
        return;
    }
    if (!parser.is_done()) {
        readBody(parser);
        return;
    }
    m_readWhole = true;
    if constexpr (std::is_same_v<Parser, MessageBody>) {
        const std::string &body = parser.get().body();
        m_request.body = QByteArray(body.data(), qsizetype(body.size()));
        m_request.bodyBytes = m_request.body.size();
    } else {
        beast::error_code ignored;
        parser.get().body().file().close(ignored);
        m_request.bodyBytes = QFileInfo(m_request.bodyFile).size();
    }
    dispatch();
}

// The handler runs on the server's event loop; its answer comes back here to be written.
void HttpSession::dispatch()
{
    const HttpRoute *route = m_route;
    auto request = std::make_shared<HttpRequest>(m_request);
    m_request.bodyFile.clear(); // the event loop's now: it removes the file after the handler
    m_state.onEventLoop([self = shared_from_this(), route, request]() mutable {
        HttpAnswer answer = route->handle(*request);
        if (!request->bodyFile.isEmpty())
            QFile::remove(request->bodyFile);
        auto executor = self->m_stream.get_executor();
        net::post(executor, [self = std::move(self), answer = std::move(answer)]() mutable {
            self->write(std::move(answer));
        });
    });
}

void HttpSession::refuse(int status, const QString &message, const QString &kind, int retryAfterS)
{
    if (!kind.isEmpty())
        m_state.refused(kind, m_client.isEmpty() ? m_source : m_client, status, message);
    HttpAnswer answer = HttpAnswer::text(status, message);
    if (retryAfterS > 0)
        answer.headers.append({"Retry-After", QByteArray::number(retryAfterS)});
    write(std::move(answer));
}

void HttpSession::write(HttpAnswer answer)
{
    removeSpoolFile();
    m_response = {};
    m_response.version(11);
    m_response.result(unsigned(answer.status));
    m_response.set(http::field::server, "empathy-server");
    m_response.set(http::field::content_type, beast::string_view(answer.contentType.constData(),
                                                                 std::size_t(answer.contentType.size())));
    m_response.set("X-Content-Type-Options", "nosniff");
    for (const auto &[name, value] : std::as_const(answer.headers))
        m_response.set(beast::string_view(name.constData(), std::size_t(name.size())),
                       beast::string_view(value.constData(), std::size_t(value.size())));
    m_response.body().assign(answer.body.constData(), std::size_t(answer.body.size()));
    // A request whose body was not read (refused before it) leaves bytes that are not a next request.
    m_keepAlive = m_keepAlive && m_readWhole && answer.status < 500;
    m_response.keep_alive(m_keepAlive);
    m_response.prepare_payload();
    if (m_request.method == "HEAD")
        m_response.body().clear();
    m_stream.expires_after(std::chrono::milliseconds(m_state.limits.writeTimeoutMs));
    http::async_write(m_stream, m_response, [self = shared_from_this()](beast::error_code ec, std::size_t) {
        self->onWritten(ec);
    });
}

void HttpSession::onWritten(beast::error_code ec)
{
    m_stream.expires_never();
    if (!ec && m_keepAlive) {
        readHeader();
        return;
    }
    beast::error_code ignored;
    m_stream.socket().shutdown(net::ip::tcp::socket::shutdown_send, ignored);
    if (!ec)
        linger();
}

// Closing a socket with unread bytes resets it, and a client still sending its body would then lose the
// answer it was sent; what it still sends is read and dropped, bounded in bytes and time, then the
// socket is closed.
void HttpSession::linger()
{
    if (m_lingered == 0)
        armDeadline(1000);
    if (m_lingered > 1024 * 1024 || m_timedOut)
        return;
    m_stream.socket().async_read_some(net::buffer(m_discard),
                                      [self = shared_from_this()](beast::error_code ec, std::size_t n) {
                                          self->m_lingered += qint64(n);
                                          if (ec) {
                                              self->m_deadline.cancel();
                                              return;
                                          }
                                          self->linger();
                                      });
}

void HttpSession::removeSpoolFile()
{
    if (m_request.bodyFile.isEmpty())
        return;
    if (m_file && m_file->get().body().is_open()) {
        beast::error_code ignored;
        m_file->get().body().file().close(ignored);
    }
    QFile::remove(m_request.bodyFile);
    m_request.bodyFile.clear();
}

} // namespace empathy
