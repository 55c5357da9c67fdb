#pragma once

#include "net/ServerContext.h"
#include "protocol/Frames.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include <functional>
#include <optional>

class QWebSocket;

namespace empathy {

class ThrottledLog;

// One client's WebSocket: handshake, log-in, sync pages, operations and live changes, within the limits
// of docs/protocol.md. Every frame is answered; malformed or unexpected input gets an error frame and
// is logged, never a crash.
class ClientConnection : public QObject
{
    Q_OBJECT

public:
    // Refusals are logged through `refusals`, once per kind and address a minute; `totalUnsent` tells
    // what this server holds for all the port's clients together (queuedBytes()). `descriptor` is the
    // socket's TCP descriptor (-1 when unknown): what its kernel queue holds counts as unsent too.
    ClientConnection(QWebSocket *socket, qintptr descriptor, ServerContext &context, ThrottledLog &refusals,
                     std::function<qint64()> totalUnsent, QObject *parent = nullptr);
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
    // Bytes queued for this client that it has not taken yet: in this process and in the kernel's send queue
    // (which on loopback or a fast link holds megabytes a client that does not read never takes).
    qint64 unsentBytes() const;
    // What this process holds for the client (the part of unsentBytes() that is this server's memory).
    qint64 queuedBytes() const;
    // Whether the client reads what it is sent. A client whose unsent data passed disconnectUnsentBytes,
    // or stayed above maxUnsentBytes for stalledMs, is disconnected (it resumes from its cursor when it
    // comes back) and this answers false.
    bool keepsReading();
    // Closes the connection with an error frame saying why.
    void refuseAndClose(ErrorCode code, const QString &message);

signals:
    // The socket's queue drained: it can take pushes again.
    void drained();

public:
signals:
    void closed();
    // An operation of this client changed data other clients may need.
    void dataChanged();
    // The log-in (or resume) succeeded: the connection is this account's.
    void loggedIn(AgentId account);

private:
    enum class State
    {
        AwaitingHello,
        AwaitingLogin,
        CheckingLogin, // the password is being checked on another thread
        Ready
    };

    void onText(const QString &text);
    void onBinary(const QByteArray &data);
    bool withinRate();
    void handle(const Frame &frame);
    void handleSync(const SyncFrame &sync);
    void startLogin(const LoginFrame &login);
    // Handles the frames that arrived while the password was checked.
    void handleHeld();
    // Takes the session a log-in or resume gave, or refuses with its error; true when logged in.
    bool acceptSession(const std::variant<SessionFrame, ErrorFrame> &result);
    void send(const Frame &frame);
    void refuse(ErrorCode code, const QString &message, bool close = false, const QString &ref = QString());

    QWebSocket *m_socket;
    qintptr m_descriptor;
    ServerContext &m_context;
    ThrottledLog &m_refusals;
    std::function<qint64()> m_totalUnsent;
    QString m_peer;
    State m_state = State::AwaitingHello;
    QStringList m_features; // agreed in the handshake
    std::optional<Agent> m_agent;
    QString m_token;
    bool m_live = false; // initial sync finished: new changes are pushed
    qint64 m_cursor = 0; // the last seq this client has been sent
    QElapsedTimer m_window;
    int m_framesInWindow = 0;
    static constexpr int firstPageChanges = 500;
    static constexpr int maxPageChanges = 5000;
    // What may still be on its way (unacknowledged) when a client that read its last page asks again.
    static constexpr qint64 pageReadSlackBytes = 64 * 1024;
    int m_pageChanges = 0; // the most changes the next page may carry (see handleSync)
    int m_pagesSent = 0;
    QList<Frame> m_held; // arrived while CheckingLogin, at most maxHeldFrames
    static constexpr int maxHeldFrames = 16;
    std::optional<SyncFrame> m_deferredSync; // waiting for the port's unsent total to fall
    QTimer m_syncRetry;
    QTimer m_deadline;         // hello, then the log-in, within the limits' time
    QElapsedTimer m_heldSince; // valid while the unsent data is above maxUnsentBytes
};

} // namespace empathy
