#pragma once

#include "domain/Message.h"
#include "domain/MessageScorer.h"

#include <QObject>
#include <QString>

namespace empathy {

class ServerStore;

// After the emotion engine changed (an upgrade: new lexicons, models or rules), the customers' messages
// stored with the old engine's scores are scored again in the background, one batch per turn of the event
// loop, so that badges, moods and the inbox order say what today's engine says. Messages an agent
// corrected keep the correction. A message whose score changed is stored again, so it reaches every client
// through the change log; alerts and customer baselines are not judged again (AlertService judges a message
// once). The store keeps which engine scored its messages and how far a re-scoring got, so a restart goes
// on where it stopped.
class SentimentRescorer : public QObject
{
    Q_OBJECT

public:
    // `engine` names the scorer's engine (EmotionEngine::fingerprint()).
    SentimentRescorer(ServerStore &store, MessageScorer scorer, QString engine, QObject *parent = nullptr);

    // Whether the stored messages were scored by another engine (or before engines were named).
    bool isOutdated() const;
    // Starts re-scoring when outdated; returns whether it started.
    bool startIfOutdated();
    // Records that every stored message was scored by this engine: a store just created or seeded.
    void markUpToDate();
    bool isRunning() const { return m_running; }

    static constexpr int batchSize = 500;

signals:
    // Re-scored messages were appended to the change log: clients should be sent them.
    void published();
    // Every stored message was looked at: how many, and how many scores changed.
    void finished(qint64 messages, qint64 changed);

private:
    void step();

    ServerStore &m_store;
    MessageScorer m_scorer;
    QString m_engine;
    bool m_running = false;
    qint64 m_messages = 0;
    qint64 m_changed = 0;
};

} // namespace empathy
