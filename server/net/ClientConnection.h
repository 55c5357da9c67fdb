#pragma once

#include "net/ConnectionLimits.h"
#include "protocol/Frames.h"

#include <QElapsedTimer>
#include <QObject>

#include <optional>

class QWebSocket;

namespace empathy {

class AccountService;
class ServerLog;

// One client's WebSocket: the handshake, log-in, and the limits of docs/protocol.md. Every frame is
// answered; malformed or unexpected input gets an error frame and is logged, never a crash.
class ClientConnection : public QObject
{
    Q_OBJECT

public:
    ClientConnection(QWebSocket *socket, AccountService &accounts, ServerLog &log, QString generation,
                     ConnectionLimits limits, QObject *parent = nullptr);
    ~ClientConnection() override;

    const std::optional<Agent> &agent() const { return m_agent; }
    QString peer() const { return m_peer; }

signals:
    void closed();

private:
    enum class State
    {
        AwaitingHello,
        AwaitingLogin,
        Ready
    };

    void onText(const QString &text);
    void onBinary(const QByteArray &data);
    bool withinRate();
    void handle(const Frame &frame);
    // Takes the session a log-in or resume gave, or refuses with its error; true when logged in.
    bool acceptSession(const std::variant<SessionFrame, ErrorFrame> &result);
    void send(const Frame &frame);
    void refuse(ErrorCode code, const QString &message, bool close = false);

    QWebSocket *m_socket;
    AccountService &m_accounts;
    ServerLog &m_log;
    QString m_generation;
    ConnectionLimits m_limits;
    QString m_peer;
    State m_state = State::AwaitingHello;
    std::optional<Agent> m_agent;
    QString m_token;
    QElapsedTimer m_window;
    int m_framesInWindow = 0;
};

} // namespace empathy
