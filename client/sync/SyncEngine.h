#pragma once

#include "protocol/Frames.h"
#include "sync/SyncConnection.h"

#include <QHash>
#include <QObject>
#include <QSslCertificate>
#include <QTimer>
#include <QUrl>

#include <span>

namespace empathy {

class CacheReader;
class CacheWriter;
class SqliteError;

// Keeps the local cache in step with the server (docs/protocol.md): logs in (or resumes with the
// stored session token), syncs from the stored cursor in pages, applies live changes, and sends the
// outbox in order, removing an operation only when the server acknowledges it. Reconnects with
// exponential backoff and jitter. Runs on the thread that owns the cache connection it is given; the
// socket and the decoding of what arrives run on a thread of their own (SyncConnection).
class SyncEngine : public QObject
{
    Q_OBJECT

public:
    enum class State
    {
        Offline,    // not connected; waiting to reconnect
        Connecting, // connecting, greeting, logging in
        Syncing,    // fetching pages; progress() tells how far
        Online,     // in step; live changes arrive as they happen
        Refused     // the server refused the credentials: needs the user
    };
    Q_ENUM(State)

    SyncEngine(CacheReader &reader, CacheWriter &writer, QObject *parent = nullptr);
    ~SyncEngine() override;

    // Connects to ws(s)://host:port. The password is only used when no stored session can be resumed
    // and is kept in memory only.
    void start(const QUrl &server, const QString &user, const QString &password);
    void stop();
    // Sends operations waiting in the outbox (call after storing one); does nothing while offline.
    void flushOutbox();
    void setBackoff(int initialMs, int maxMs);
    // Certificates to trust for wss:// besides the system's (a company's own CA, a self-signed server).
    void trustCertificates(const QList<QSslCertificate> &certificates);

    State state() const { return m_state; }
    // Who the server says is logged in, once it has (invalid id before).
    const Agent &agent() const { return m_agent; }
    int progress() const { return m_progress; } // 0..100 while syncing
    QString lastError() const { return m_lastError; }
    // The optional capabilities agreed with the server in the handshake (protocol/Features.h).
    const QStringList &features() const { return m_features; }

signals:
    void stateChanged(SyncEngine::State state);
    void progressChanged(int percent);
    // The cache changed: views should read it again.
    void cacheChanged();
    void operationFailed(const QString &opId, const QString &code, const QString &message);
    // The server accepted the log-in: this is the agent using this client.
    void loggedIn(const Agent &agent);

private:
    void setState(State state);
    void openSocket();
    void onConnected(quint64 epoch);
    void onReceived(const std::shared_ptr<const DecodedFrame> &decoded);
    void handle(const std::shared_ptr<const DecodedFrame> &decoded);
    void onDisconnected(quint64 epoch);
    void dropConnection();
    void queueLiveChanges(const DecodedFrame &decoded);
    void queuePage(const std::shared_ptr<const DecodedFrame> &decoded);
    void scheduleStore(); // storeReceived() once the frames already waiting are read
    void storeReceived(); // the pages and live changes received and not yet stored
    void storePages();
    void cacheFailed(const SqliteError &error);
    void send(const Frame &frame);
    void requestPage();
    void applyChanges(std::span<const ChangeBatch *const> batches, const QString &generation, qint64 cursor);
    void onAck(const AckFrame &ack);
    void onError(const ErrorFrame &error);
    void scheduleReconnect();

    CacheReader &m_reader;
    CacheWriter &m_writer;
    SyncConnection m_connection;
    ChangeBatch m_live;                                 // live changes received and not yet stored
    qint64 m_liveCursor = 0;                            // the seq of the last of them; 0 when there are none
    QList<std::shared_ptr<const DecodedFrame>> m_pages; // pages received and not yet stored
    bool m_storeScheduled = false;
    quint64 m_epoch = 0; // numbers connections: what an old one still delivers is not applied
    QTimer m_reconnect;
    QUrl m_url;
    QString m_user;
    QString m_password;
    QString m_generation;
    QStringList m_features; // what the server and this client both have (the welcome says)
    Agent m_agent;
    State m_state = State::Offline;
    int m_progress = 0;
    int m_attempt = 0;
    int m_backoffInitialMs = 500;
    int m_backoffMaxMs = 30000;
    bool m_stopped = true;
    bool m_triedResume = false;
    QString m_lastError;
    QHash<QString, QString> m_inFlight; // operations sent on this connection: id -> kind
    // Operations sent and not yet acknowledged, at most: keeps a long offline backlog from flooding the
    // server (which rate-limits connections) and keeps the order of effects the order of actions.
    static constexpr int maxInFlight = 10;
    // Changes asked for in the first page of a sync; the connection asks for the next ones.
    static constexpr int firstPageChanges = 500;
};

} // namespace empathy
