#pragma once

#include "protocol/ChangeBatch.h"
#include "protocol/Frames.h"

#include <QObject>
#include <QSslCertificate>
#include <QThread>
#include <QUrl>

#include <memory>

namespace empathy {

// A frame read off the socket, with the objects of its changes already read (for pages and live
// changes), so the thread that stores them only stores.
struct DecodedFrame
{
    quint64 epoch = 0; // the connection it arrived on
    Frame frame;
    ChangeBatch changes;
};

// The WebSocket to the server, on a thread of its own: receiving and decoding the next page (a few MiB
// of JSON) goes on while the thread that owns the cache stores the page before it, and a busy cache
// never stalls the transfer. Frames are decoded in arrival order; every signal carries the epoch of
// the connection it belongs to, so a caller can drop what an old connection still delivers.
// Signals reach the thread the connection was created on.
class SyncConnection : public QObject
{
    Q_OBJECT

public:
    static constexpr int readAheadPages = 4;
    static constexpr int changesPerPage = 5000; // asked for; the server also bounds pages in bytes

    explicit SyncConnection(QObject *parent = nullptr);
    ~SyncConnection() override;

    // Certificates to trust for wss:// besides the system's; applies to the next open().
    void trustCertificates(const QList<QSslCertificate> &certificates);
    // Drops any current connection and opens a new one, numbered epoch.
    void open(const QUrl &url, quint64 epoch);
    void send(const Frame &frame);
    void close();
    // Tells the connection the oldest page it delivered has been stored. While a sync runs in pages, the
    // connection asks for the next page as soon as one arrives, as long as fewer than readAheadPages
    // are waiting to be stored: the server reads, the socket transfers and this thread decodes page
    // N+1 (and N+2) while the cache stores page N, and the pages that arrived meanwhile are stored
    // together (SyncEngine), one commit for two pages when the cache is what holds the sync back.
    // The page is handed back so its memory is released on the connection's thread.
    void pageStored(std::shared_ptr<const DecodedFrame> page);

signals:
    void connected(quint64 epoch);
    void disconnected(quint64 epoch);
    void received(std::shared_ptr<const empathy::DecodedFrame> frame);
    void tlsFailed(quint64 epoch, const QString &reason);

private:
    class Worker;
    QThread m_thread;
    Worker *m_worker;
};

} // namespace empathy
