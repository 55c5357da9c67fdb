#pragma once

#include "demo/DemoRandom.h"
#include "demo/PhraseBook.h"
#include "domain/Clock.h"
#include "domain/Conversation.h"
#include "domain/MessageScorer.h"
#include "domain/SlaPolicy.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include <functional>
#include <map>

namespace empathy {

class ServerStore;

// Live customers for demos and load: they open conversations in five languages over every channel, come
// back to the agent who helped them before, grow impatient when nobody answers, and say thanks (or
// not) once helped. Everything it writes goes through the store like any channel's messages.
class Simulator : public QObject
{
    Q_OBJECT

public:
    Simulator(ServerStore &store, QList<PhraseBook> books, Clock clock, quint64 seed,
              MessageScorer scorer = {}, QObject *parent = nullptr);

    // About `messagesPerSecond` customer messages a second, at random moments.
    void start(double messagesPerSecond);
    void stop();
    // One customer message: a new conversation, a follow-up, impatience or thanks. Returns false when
    // nothing could be written (the store failed; logged by the caller through published()).
    bool step();

    // How long a customer waits for a first answer before writing again.
    void setPatience(qint64 seconds) { m_patienceSeconds = seconds; }
    // The response-time promises given to the conversations it opens.
    void setSlaPolicy(SlaPolicy policy) { m_sla = std::move(policy); }
    // The share of new chat and messenger conversations the automated assistant answers first.
    void setAssistantShare(double share) { m_assistantShare = share; }

signals:
    void published();

private:
    struct Active
    {
        ConversationId id;
        Language language;
        int nudges = 0;
    };
    void writeDue();
    bool openConversation();
    bool followUp(Active &active);
    void scheduleNext();
    double nextGapMs();
    const PhraseBook &book(Language language) const;

    ServerStore &m_store;
    MessageScorer m_scorer;
    std::map<Language, PhraseBook> m_books;
    Clock m_clock;
    DemoRandom m_random;
    QTimer m_timer;
    QElapsedTimer m_elapsed; // since start(): arrivals are scheduled on it
    double m_nextDueMs = 0;
    static constexpr qint64 turnBudgetMs = 4; // how long one turn of the event loop writes arrivals
    double m_rate = 0;
    qint64 m_patienceSeconds = 90;
    SlaPolicy m_sla = SlaPolicy::defaults();
    double m_assistantShare = 0.2;
    QList<Active> m_active;
};

} // namespace empathy
