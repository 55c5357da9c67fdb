#pragma once

#include "http/EdgeState.h"

#include <array>
#include <boost/asio/steady_timer.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <memory>
#include <optional>

namespace empathy {

// One connection of the HTTP port, on the edge's I/O thread: reads each request's header within its
// deadline and size, checks the rates and the route, reads the body the route takes (counted as it
// arrives; a file streamed to the spool), has the route's handler answer on the server's event loop,
// writes the answer, and keeps the connection for the next request while it stays within its limits.
// Every refusal is answered with its status and a sentence, then logged through EdgeState::refused.
class HttpSession : public std::enable_shared_from_this<HttpSession>
{
public:
    HttpSession(boost::asio::ip::tcp::socket socket, EdgeState &state, QString source);
    ~HttpSession();

    void start();

private:
    using Header = boost::beast::http::request_parser<boost::beast::http::empty_body>;
    using MessageBody = boost::beast::http::request_parser<boost::beast::http::string_body>;
    using FileBody = boost::beast::http::request_parser<boost::beast::http::file_body>;

    void readHeader();
    void onHeader(boost::beast::error_code ec);
    bool withinRates(const boost::beast::http::request_header<> &header);
    void startBody();
    template<typename Parser>
    void readBody(Parser &parser);
    template<typename Parser>
    void onBody(Parser &parser, boost::beast::error_code ec);
    void dispatch();
    void write(HttpAnswer answer);
    void onWritten(boost::beast::error_code ec);
    // Answers `status` with `message`, logs the refusal as `kind` (empty: not logged), then closes the
    // connection unless the request was read whole.
    void refuse(int status, const QString &message, const QString &kind, int retryAfterS = 0);
    void linger();
    void armDeadline(int ms);
    void removeSpoolFile();

    boost::beast::tcp_stream m_stream;
    boost::beast::flat_buffer m_buffer;
    boost::asio::steady_timer m_deadline;
    EdgeState &m_state;
    QString m_source;    // the peer's address: the connections per source are counted by it
    QString m_client;    // the current request's address (the peer's, or whom a trusted proxy forwards for)
    bool m_first = true; // the connection's first request
    bool m_timedOut = false;  // the read deadline passed (the read was cancelled)
    bool m_readWhole = false; // the request's body was read: the connection may serve another
    bool m_keepAlive = false;
    qint64 m_bodyDeadlineMs = 0;
    qint64 m_bodyLimit = 0;
    qint64 m_lingered = 0;
    std::array<char, 4096> m_discard;
    std::optional<Header> m_header;
    std::optional<MessageBody> m_message;
    std::optional<FileBody> m_file;
    const HttpRoute *m_route = nullptr;
    HttpRequest m_request;
    boost::beast::http::response<boost::beast::http::string_body> m_response;
};

} // namespace empathy
