#include "sync/SyncConnection.h"

#include "protocol/FrameCodec.h"
#include "protocol/ReceivedFrameDecoder.h"

#include <QSslConfiguration>
#include <QSslError>
#include <QWebSocket>

#include <optional>

namespace empathy {

// Lives on the connection's thread and owns the socket there.
class SyncConnection::Worker : public QObject
{
    Q_OBJECT

public:
    Worker()
        : m_socket(new QWebSocket(QString(), QWebSocketProtocol::VersionLatest, this))
    {
        // Pages arrive as single frames of up to a few MiB (docs/protocol.md).
        m_socket->setMaxAllowedIncomingFrameSize(64 * 1024 * 1024);
        m_socket->setMaxAllowedIncomingMessageSize(64 * 1024 * 1024);
        m_socket->setOutgoingFrameSize(16 * 1024 * 1024); // never fragment a text message
        connect(m_socket, &QWebSocket::connected, this, [this] { emit connected(m_epoch); });
        connect(m_socket, &QWebSocket::disconnected, this, [this] { emit disconnected(m_epoch); });
        connect(m_socket, &QWebSocket::textMessageReceived, this, &Worker::decode);
        connect(m_socket, &QWebSocket::sslErrors, this, [this](const QList<QSslError> &errors) {
            // Not ignored: an untrusted server is not talked to.
            emit tlsFailed(m_epoch,
                           errors.isEmpty() ? QStringLiteral("TLS error") : errors.first().errorString());
        });
    }

    void trust(const QList<QSslCertificate> &certificates)
    {
        QSslConfiguration configuration = m_socket->sslConfiguration();
        configuration.addCaCertificates(certificates);
        m_socket->setSslConfiguration(configuration);
    }

    void open(const QUrl &url, quint64 epoch)
    {
        m_socket->abort();
        m_epoch = epoch;
        m_unstoredPages = 0;
        m_nextPage.reset();
        m_socket->open(url);
    }

    void send(const QByteArray &text) { m_socket->sendTextMessage(QString::fromUtf8(text)); }
    void close()
    {
        m_nextPage.reset();
        m_socket->close();
    }

    void pageStored()
    {
        m_unstoredPages = std::max(0, m_unstoredPages - 1);
        askForNextPage();
    }
    void abort()
    {
        m_socket->disconnect(this);
        m_socket->abort();
    }

signals:
    void connected(quint64 epoch);
    void disconnected(quint64 epoch);
    void received(std::shared_ptr<const empathy::DecodedFrame> frame);
    void tlsFailed(quint64 epoch, const QString &reason);

private:
    void decode(const QString &text)
    {
        auto result = std::make_shared<DecodedFrame>();
        result->epoch = m_epoch;
        // Pages and pushes come with their objects read, not their raw changes: a page is held once.
        ReceivedFrame decoded = m_decoder.decode(text);
        result->frame = std::move(decoded.frame);
        result->changes = std::move(decoded.changes);
        if (const auto *page = std::get_if<PageFrame>(&result->frame)) {
            ++m_unstoredPages;
            if (page->more)
                m_nextPage = SyncFrame{page->generation, page->last, changesPerPage};
            askForNextPage();
        }
        emit received(std::move(result));
    }

    void askForNextPage()
    {
        if (!m_nextPage || m_unstoredPages >= readAheadPages)
            return;
        send(FrameCodec::encode(*m_nextPage));
        m_nextPage.reset();
    }

    QWebSocket *m_socket;
    ReceivedFrameDecoder m_decoder;
    quint64 m_epoch = 0;
    int m_unstoredPages = 0;             // pages delivered and not yet stored
    std::optional<SyncFrame> m_nextPage; // the page to ask for when there is room
};

SyncConnection::SyncConnection(QObject *parent)
    : QObject(parent)
    , m_worker(new Worker)
{
    qRegisterMetaType<std::shared_ptr<const DecodedFrame>>();
    m_thread.setObjectName(QStringLiteral("empathy-sync-connection"));
    m_worker->moveToThread(&m_thread);
    connect(m_worker, &Worker::connected, this, &SyncConnection::connected);
    connect(m_worker, &Worker::disconnected, this, &SyncConnection::disconnected);
    connect(m_worker, &Worker::received, this, &SyncConnection::received);
    connect(m_worker, &Worker::tlsFailed, this, &SyncConnection::tlsFailed);
    m_thread.start();
}

SyncConnection::~SyncConnection()
{
    m_worker->disconnect(this);
    Worker *worker = m_worker;
    // The socket is closed and the worker deleted on its own thread, then the thread ends.
    QMetaObject::invokeMethod(
        worker,
        [worker] {
            worker->abort();
            delete worker;
        },
        Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

void SyncConnection::trustCertificates(const QList<QSslCertificate> &certificates)
{
    Worker *worker = m_worker;
    QMetaObject::invokeMethod(worker, [worker, certificates] { worker->trust(certificates); });
}

void SyncConnection::open(const QUrl &url, quint64 epoch)
{
    Worker *worker = m_worker;
    QMetaObject::invokeMethod(worker, [worker, url, epoch] { worker->open(url, epoch); });
}

void SyncConnection::send(const Frame &frame)
{
    Worker *worker = m_worker;
    QMetaObject::invokeMethod(worker, [worker, text = FrameCodec::encode(frame)] { worker->send(text); });
}

void SyncConnection::pageStored(std::shared_ptr<const DecodedFrame> page)
{
    Worker *worker = m_worker;
    QMetaObject::invokeMethod(worker, [worker, page = std::move(page)]() mutable {
        page.reset(); // freeing a page's thousands of objects is work too: done here, not by the cache's
                      // thread
        worker->pageStored();
    });
}

void SyncConnection::close()
{
    Worker *worker = m_worker;
    QMetaObject::invokeMethod(worker, [worker] { worker->close(); });
}

} // namespace empathy

#include "SyncConnection.moc"
