#include "sync/SyncEngine.h"

#include "cache/CacheReader.h"
#include "cache/CacheWriter.h"
#include "protocol/ChangeBatch.h"
#include "protocol/Features.h"
#include "sql/SqliteError.h"

#include <QJsonDocument>
#include <QLoggingCategory>
#include <QRandomGenerator>

Q_LOGGING_CATEGORY(lcSync, "empathy.sync")

namespace empathy {

namespace {

const QString tokenKey = QStringLiteral("sync_token");
const QString tokenOwnerKey = QStringLiteral("sync_token_owner"); // "user@server" the token belongs to

} // namespace

SyncEngine::SyncEngine(CacheReader &reader, CacheWriter &writer, QObject *parent)
    : QObject(parent)
    , m_reader(reader)
    , m_writer(writer)
{
    m_reconnect.setSingleShot(true);
    connect(&m_reconnect, &QTimer::timeout, this, &SyncEngine::openSocket);
    connect(&m_connection, &SyncConnection::connected, this, &SyncEngine::onConnected);
    connect(&m_connection, &SyncConnection::received, this, &SyncEngine::onReceived);
    connect(&m_connection, &SyncConnection::disconnected, this, &SyncEngine::onDisconnected);
    connect(&m_connection, &SyncConnection::tlsFailed, this, [this](quint64 epoch, const QString &reason) {
        if (epoch != m_epoch)
            return;
        m_lastError = reason; // kept for the window
        qCWarning(lcSync) << "TLS:" << reason;
    });
}

SyncEngine::~SyncEngine()
{
    m_stopped = true;
    m_connection.disconnect(this);
}

void SyncEngine::trustCertificates(const QList<QSslCertificate> &certificates)
{
    m_connection.trustCertificates(certificates);
}

void SyncEngine::setBackoff(int initialMs, int maxMs)
{
    m_backoffInitialMs = initialMs;
    m_backoffMaxMs = maxMs;
}

void SyncEngine::start(const QUrl &server, const QString &user, const QString &password)
{
    m_url = server;
    m_url.setPath(QStringLiteral("/sync"));
    m_user = user;
    m_password = password;
    m_stopped = false;
    m_attempt = 0;
    openSocket();
}

void SyncEngine::stop()
{
    m_stopped = true;
    m_reconnect.stop();
    ++m_epoch; // nothing more is applied from the connection being closed
    m_inFlight.clear();
    m_connection.close();
    setState(State::Offline);
}

void SyncEngine::setState(State state)
{
    if (state == m_state)
        return;
    m_state = state;
    emit stateChanged(state);
}

void SyncEngine::openSocket()
{
    if (m_stopped)
        return;
    setState(State::Connecting);
    m_triedResume = false;
    m_connection.open(m_url, ++m_epoch);
}

void SyncEngine::send(const Frame &frame)
{
    m_connection.send(frame);
}

void SyncEngine::onConnected(quint64 epoch)
{
    if (epoch != m_epoch)
        return;
    send(HelloFrame{protocolVersion, QStringLiteral("empathy-desk %1").arg(QStringLiteral(EMPATHY_VERSION)),
                    allFeatures()});
}

void SyncEngine::dropConnection()
{
    m_live = {};
    m_liveCursor = 0;
    m_pages.clear();
    // Nothing more is applied from this connection: pages are asked for again from the stored cursor, and
    // unacknowledged operations go again with their ids.
    ++m_epoch;
    m_inFlight.clear();
    m_connection.close();
    if (m_stopped || m_state == State::Refused)
        return;
    setState(State::Offline);
    scheduleReconnect();
}

void SyncEngine::onDisconnected(quint64 epoch)
{
    if (epoch != m_epoch)
        return;
    try {
        storeReceived();                 // they arrived whole before the connection ended
    } catch (const SqliteError &error) { // not stored: asked for again from the stored cursor
        m_lastError = error.message();
        qCWarning(lcSync) << "cache error while syncing:" << error.message();
    }
    m_inFlight.clear(); // unacknowledged operations stay in the outbox and go again, with their ids
    if (m_stopped || m_state == State::Refused)
        return;
    setState(State::Offline);
    scheduleReconnect();
}

void SyncEngine::scheduleReconnect()
{
    const int exponent = std::min(m_attempt++, 16);
    const qint64 ceiling = std::min<qint64>(m_backoffMaxMs, qint64(m_backoffInitialMs) << exponent);
    // Full jitter in the upper half: clients that lost the server together do not return together.
    const qint64 delay = ceiling / 2 + QRandomGenerator::global()->bounded(ceiling / 2 + 1);
    qCInfo(lcSync) << "reconnecting in" << delay << "ms";
    m_reconnect.start(int(delay));
}

void SyncEngine::onReceived(const std::shared_ptr<const DecodedFrame> &decoded)
{
    if (decoded->epoch != m_epoch || m_stopped)
        return;
    try {
        if (std::holds_alternative<ChangesFrame>(decoded->frame)) {
            queueLiveChanges(*decoded);
        } else if (std::holds_alternative<PageFrame>(decoded->frame)) {
            queuePage(decoded);
        } else {
            storeReceived(); // what came before this frame is stored before it is handled
            handle(decoded);
        }
    } catch (const SqliteError &error) {
        cacheFailed(error);
    }
}

void SyncEngine::cacheFailed(const SqliteError &error)
{
    // The cache could not take what arrived (disk full, damaged file): nothing half-written stays, the
    // cursor did not move, and the connection is dropped to try again later.
    m_lastError = error.message();
    qCWarning(lcSync) << "cache error while syncing:" << error.message();
    dropConnection();
}

void SyncEngine::queueLiveChanges(const DecodedFrame &decoded)
{
    const auto &frame = std::get<ChangesFrame>(decoded.frame);
    if (frame.changes.isEmpty())
        return;
    const ChangeBatch &changes = decoded.changes;
    m_live.batch.customers += changes.batch.customers;
    m_live.batch.conversations += changes.batch.conversations;
    m_live.batch.messages += changes.batch.messages;
    m_live.batch.orders += changes.batch.orders;
    m_live.batch.surveys += changes.batch.surveys;
    m_live.batch.compensations += changes.batch.compensations;
    m_live.batch.empathyEntries += changes.batch.empathyEntries;
    m_live.batch.alerts += changes.batch.alerts;
    m_live.agents += changes.agents;
    m_live.problems += changes.problems;
    m_liveCursor = frame.changes.back().seq;
    scheduleStore();
}

void SyncEngine::queuePage(const std::shared_ptr<const DecodedFrame> &decoded)
{
    m_pages.append(decoded);
    scheduleStore();
}

void SyncEngine::scheduleStore()
{
    // Stored once the frames already waiting have been read: when pages or changes arrive faster than
    // single transactions can store them, they are stored together, so a busy client catches up rather
    // than falling behind; a quiet one stores each frame as it comes.
    if (m_storeScheduled)
        return;
    m_storeScheduled = true;
    QMetaObject::invokeMethod(
        this,
        [this] {
            try {
                storeReceived();
            } catch (const SqliteError &error) {
                cacheFailed(error);
            }
        },
        Qt::QueuedConnection);
}

void SyncEngine::storeReceived()
{
    m_storeScheduled = false;
    storePages();
    if (m_liveCursor == 0)
        return;
    const ChangeBatch live = std::exchange(m_live, {});
    const qint64 cursor = std::exchange(m_liveCursor, 0);
    const ChangeBatch *const batches[] = {&live};
    applyChanges(batches, m_generation, cursor);
}

void SyncEngine::storePages()
{
    if (m_pages.isEmpty())
        return;
    const QList<std::shared_ptr<const DecodedFrame>> pages = std::exchange(m_pages, {});
    QList<const ChangeBatch *> batches;
    for (const auto &page : pages)
        batches.append(&page->changes);
    const auto &last = std::get<PageFrame>(pages.back()->frame);

    applyChanges({batches.constData(), size_t(batches.size())}, last.generation, last.last);
    // The connection has already asked for the pages after these (SyncConnection::pageStored).
    for (const auto &page : pages)
        m_connection.pageStored(page);
    m_progress = last.head > 0 ? int(std::min<qint64>(100, last.last * 100 / last.head)) : 100;
    emit progressChanged(m_progress);
    if (!last.more) {
        m_progress = 100;
        setState(State::Online);
        flushOutbox();
    }
}

void SyncEngine::handle(const std::shared_ptr<const DecodedFrame> &decoded)
{
    const Frame &frame = decoded->frame;
    if (const auto *welcome = std::get_if<WelcomeFrame>(&frame)) {
        m_generation = welcome->generation;
        m_features = commonFeatures(allFeatures(), welcome->features);
        if (!m_features.contains(feature::ops))
            qCWarning(lcSync) << "the server takes no operations: what the agent does waits in the outbox";
        const QString owner = m_user + u'@' + m_url.authority();
        const QString token = m_reader.meta(tokenOwnerKey) == owner ? m_reader.meta(tokenKey) : QString();
        if (!token.isEmpty()) {
            m_triedResume = true;
            send(ResumeFrame{token});
        } else {
            send(LoginFrame{m_user, m_password});
        }
    } else if (const auto *session = std::get_if<SessionFrame>(&frame)) {
        m_writer.setMeta(tokenKey, session->token);
        m_writer.setMeta(tokenOwnerKey, m_user + u'@' + m_url.authority());
        m_writer.setOwnAgent(session->agent.id);
        m_agent = session->agent;
        emit loggedIn(session->agent);
        m_attempt = 0;
        m_lastError.clear();
        setState(State::Syncing);
        requestPage();
    } else if (const auto *resync = std::get_if<ResyncFrame>(&frame)) {
        qCWarning(lcSync) << "full resync:" << resync->reason << "server generation" << resync->generation;
        m_writer.resetSyncedData();
        emit cacheChanged();
        m_generation = resync->generation;
        requestPage();
    } else if (const auto *ack = std::get_if<AckFrame>(&frame)) {
        onAck(*ack);
    } else if (const auto *error = std::get_if<ErrorFrame>(&frame)) {
        onError(*error);
    }
}

void SyncEngine::requestPage()
{
    const CacheReader::SyncCursor cursor = m_reader.syncCursor();
    // The first page of a sync is small: it is on screen sooner, and the next page is already on its way
    // while it is stored.
    send(SyncFrame{cursor.generation, cursor.cursor, firstPageChanges});
}

void SyncEngine::applyChanges(std::span<const ChangeBatch *const> batches, const QString &generation,
                              qint64 cursor)
{
    QList<CacheWriter::SyncPage> pages;
    pages.reserve(batches.size());
    for (const ChangeBatch *batch : batches) {
        for (const QString &problem : batch->problems)
            qCWarning(lcSync) << "skipped" << problem;
        pages.append({&batch->batch, &batch->agents});
    }
    m_writer.applySyncPages({pages.constData(), size_t(pages.size())}, generation, cursor);
    emit cacheChanged();
}

void SyncEngine::flushOutbox()
{
    if (m_state != State::Online || !m_features.contains(feature::ops))
        return;
    const QList<CacheReader::OutboxEntry> entries = m_reader.outbox();
    for (const CacheReader::OutboxEntry &entry : entries) {
        if (m_inFlight.size() >= maxInFlight)
            break;
        if (m_inFlight.contains(entry.opId))
            continue;
        // Read back through the operation's type: only its own fields travel (an outbox row of an older
        // version may hold more), and a row that cannot be read is refused here instead of sent.
        QString error;
        const auto operation =
            decodeOperation(entry.kind, QJsonDocument::fromJson(entry.payload).object(), &error);
        if (!operation) {
            qCWarning(lcSync) << "outbox operation" << entry.opId << "cannot be sent:" << error;
            m_writer.failOperation(entry.opId, error);
            emit operationFailed(entry.opId, errorCodeKey(ErrorCode::Invalid), error);
            emit cacheChanged();
            continue;
        }
        m_writer.noteAttempt(entry.opId);
        m_inFlight.insert(entry.opId, entry.kind);
        send(OpFrame{entry.opId, kindOf(*operation), dataOf(*operation)});
    }
}

void SyncEngine::onAck(const AckFrame &frame)
{
    QString kind = m_inFlight.take(frame.id);
    if (kind.isEmpty()) { // not counted as in flight: its kind is in the outbox, unless answered already
        for (const CacheReader::OutboxEntry &entry : m_reader.outbox()) {
            if (entry.opId == frame.id)
                kind = entry.kind;
        }
        if (kind.isEmpty())
            return;
    }
    if (frame.ok()) {
        QString error;
        if (const auto ack = decodeAck(kind, frame.result, &error)) {
            m_writer.acknowledge(frame.id, *ack);
        } else {
            qCWarning(lcSync) << "acknowledgement of" << kind << frame.id << "not understood:" << error;
            m_writer.acknowledgeApplied(frame.id);
        }
    } else if (frame.errorCode == errorCodeKey(ErrorCode::Internal)) {
        qCWarning(lcSync) << "server failed operation" << frame.id << frame.errorMessage
                          << "- it will be sent again";
        return;
    } else {
        m_writer.failOperation(frame.id, frame.errorMessage);
        emit operationFailed(frame.id, frame.errorCode, frame.errorMessage);
    }
    emit cacheChanged();
    flushOutbox(); // the next ones, now that the window has room
}

void SyncEngine::onError(const ErrorFrame &error)
{
    m_lastError = error.message;
    if (error.code == ErrorCode::TokenExpired && m_triedResume) {
        m_writer.setMeta(tokenKey, QString());
        m_triedResume = false;
        if (!m_password.isEmpty()) {
            send(LoginFrame{m_user, m_password});
            return;
        }
    }
    if (error.code == ErrorCode::BadCredentials || error.code == ErrorCode::TokenExpired) {
        setState(State::Refused);
        dropConnection();
        return;
    }
    if (error.code == ErrorCode::RateLimited) {
        // Frames may have been dropped: start over on a fresh connection after the backoff; unacknowledged
        // operations are sent again with their ids, so nothing is applied twice.
        dropConnection();
        return;
    }
    qCWarning(lcSync) << "server error" << errorCodeKey(error.code) << error.message;
}

} // namespace empathy
