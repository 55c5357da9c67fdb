#pragma once

#include "net/ServerContext.h"
#include "protocol/Frames.h"

#include <QElapsedTimer>
#include <QObject>

#include <optional>

class QWebSocket;

namespace empathy {

// One client's WebSocket: handshake, log-in, sync pages, operations and live changes, within the limits
// of docs/protocol.md. Every frame is answered; malformed or unexpected input gets an error frame and
// is logged, never a crash.
class ClientConnection : public QObject
{
    Q_OBJECT

public:
    ClientConnection(QWebSocket *socket, ServerContext &context, QObject *parent = nullptr);
    ~ClientConnection() override;

    const std::optional<Agent> &agent() const { return m_agent; }
    QString peer() const { return m_peer; }
    // Live: the initial sync is done and new changes are pushed, from cursor() on.
    bool isLive() const { return m_live && m_agent.has_value(); }
    qint64 cursor() const { return m_cursor; }
    void setCursor(qint64 cursor) { m_cursor = cursor; }
    // Connections with the same key may read exactly the same changes.
    QString viewerKey() const;
    void sendText(const QString &text);
    // Bytes queued for this client and not yet written to its socket.
    qint64 unsentBytes() const;

signals:
    // The socket's queue drained: it can take pushes again.
    void drained();

public:
signals:
    void closed();
    // An operation of this client changed data other clients may need.
    void dataChanged();

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
    void handleSync(const SyncFrame &sync);
    // Takes the session a log-in or resume gave, or refuses with its error; true when logged in.
    bool acceptSession(const std::variant<SessionFrame, ErrorFrame> &result);
    void send(const Frame &frame);
    void refuse(ErrorCode code, const QString &message, bool close = false, const QString &ref = QString());

    QWebSocket *m_socket;
    ServerContext &m_context;
    QString m_peer;
    State m_state = State::AwaitingHello;
    QStringList m_features; // agreed in the handshake
    std::optional<Agent> m_agent;
    QString m_token;
    bool m_live = false; // initial sync finished: new changes are pushed
    qint64 m_cursor = 0; // the last seq this client has been sent
    QElapsedTimer m_window;
    int m_framesInWindow = 0;
};

} // namespace empathy
