#include "SentimentRescorer.h"

#include "storage/ServerStore.h"

#include <QTimer>

namespace empathy {

namespace {

const QString engineKey = QStringLiteral("emotion_engine");   // the engine the stored scores are from
const QString cursorKey = QStringLiteral("rescoring_cursor"); // the last message id re-scoring looked at

} // namespace

SentimentRescorer::SentimentRescorer(ServerStore &store, MessageScorer scorer, QString engine,
                                     QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_scorer(std::move(scorer))
    , m_engine(std::move(engine))
{}

bool SentimentRescorer::isOutdated() const
{
    return m_scorer && m_store.stateValue(engineKey) != m_engine;
}

void SentimentRescorer::markUpToDate()
{
    m_store.inTransaction([&] {
        m_store.setStateValue(engineKey, m_engine);
        m_store.setStateValue(cursorKey, QStringLiteral("0"));
    });
}

bool SentimentRescorer::startIfOutdated()
{
    if (m_running || !isOutdated())
        return false;
    m_running = true;
    m_messages = 0;
    m_changed = 0;
    QTimer::singleShot(0, this, &SentimentRescorer::step);
    return true;
}

void SentimentRescorer::step()
{
    bool done = false;
    qint64 changed = 0;
    m_store.inTransaction([&] {
        const MessageId after(m_store.stateValue(cursorKey).toLongLong());
        const QList<Message> batch = m_store.messagesFrom(after, batchSize);
        for (const Message &stored : batch) {
            if (stored.direction != Direction::Inbound || stored.body.isEmpty() ||
                stored.sentiment.correctedByAgent)
                continue;
            ++m_messages;
            Message fresh = stored;
            fresh.sentiment = Sentiment();
            m_scorer(fresh);
            if (fresh.sentiment != stored.sentiment || fresh.language != stored.language) {
                m_store.putMessage(fresh);
                ++changed;
            }
        }
        done = batch.size() < batchSize;
        if (done) {
            m_store.setStateValue(engineKey, m_engine);
            m_store.setStateValue(cursorKey, QStringLiteral("0"));
        } else {
            m_store.setStateValue(cursorKey, QString::number(batch.back().id.value()));
        }
    });
    m_changed += changed;
    if (changed > 0)
        emit published();
    if (done) {
        m_running = false;
        emit finished(m_messages, m_changed);
    } else {
        QTimer::singleShot(0, this, &SentimentRescorer::step);
    }
}

} // namespace empathy
