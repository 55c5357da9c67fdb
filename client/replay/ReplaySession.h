#pragma once

#include "domain/Agent.h"
#include "domain/ConversationMood.h"
#include "domain/Customer.h"
#include "domain/Message.h"
#include "domain/MessageScorer.h"
#include "training/TrainingPack.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

namespace empathy {

// Plays one conversation of a training pack back in its real order with its timing compressed:
// the pause before a message is its real pause cut to between 1 and 6 seconds (or, without times, the
// time to read the message before it), divided by the speed (1x to 16x). Play, pause, step, seek and
// jump to the turning points of the customer's mood. In practice mode playback stops before each
// reply of the agent's that follows the customer, for the trainee to answer first.
//
// The messages become domain messages (ids 1..n, the customer's scored by the scorer once, up front,
// so the whole mood curve and its turning points are known before they are played).
class ReplaySession : public QObject
{
    Q_OBJECT

public:
    static constexpr int minSpeed = 1;
    static constexpr int maxSpeed = 16;
    static constexpr qint64 shortestPauseMs = 1000;
    static constexpr qint64 longestPauseMs = 6000;
    static constexpr qint64 tickMs = 40;

    ReplaySession(const PackConversation &conversation, const MessageScorer &scorer,
                  QObject *parent = nullptr);

    const PackConversation &conversation() const { return m_conversation; }
    const Customer &customer() const { return m_customer; }
    const QList<Agent> &agents() const { return m_agents; }
    const QList<Message> &messages() const { return m_messages; }
    // The mood over the customer's messages; its turning points as message indices.
    const ConversationMood &mood() const { return m_mood; }
    const QList<int> &turningPoints() const { return m_turningMessages; }
    // The customer message index the mood's curve point `i` belongs to.
    const QList<int> &curveMessages() const { return m_curveMessages; }

    int shown() const { return m_shown; } // messages played so far
    qint64 playheadMs() const { return m_playhead; }
    qint64 durationMs() const { return m_offsets.isEmpty() ? 0 : m_offsets.back(); }
    qint64 offsetOf(int message) const { return m_offsets.value(message); } // when it appears, at 1x
    bool isPlaying() const { return m_playing; }
    int speed() const { return m_speed; }

    void play();
    void pause();
    void setSpeed(int speed);
    void step();     // the next message now (pauses)
    void stepBack(); // hides the last message shown (pauses)
    void seek(qint64 ms);
    void seekToMessage(int message); // shows messages up to and including `message`
    bool jumpToNextTurningPoint();
    bool jumpToPreviousTurningPoint();
    // Moves the playhead by `wallMs` of real time at the current speed, when playing (the session's
    // timer calls it; tests call it directly).
    void advance(qint64 wallMs);

    void setPractice(bool on);
    bool isPractice() const { return m_practice; }
    // The customer message the trainee is to answer, or -1; playback waits until finishPractice().
    int awaitingReplyTo() const { return m_awaiting; }
    // Shows the agent's real reply and goes on playing if it was playing.
    void finishPractice();

signals:
    void shownChanged(int shown);
    void playheadMoved(qint64 ms);
    void playingChanged(bool playing);
    void speedChanged(int speed);
    void practiceRequested(int customerMessage);

private:
    void moveTo(qint64 ms, bool stopForPractice);
    bool isPracticeStop(int message) const; // an agent's reply right after the customer
    void tick();

    PackConversation m_conversation;
    Customer m_customer;
    QList<Agent> m_agents;
    QList<Message> m_messages;
    QList<qint64> m_offsets;
    ConversationMood m_mood;
    QList<int> m_curveMessages;
    QList<int> m_turningMessages;
    int m_shown = 0;
    qint64 m_playhead = 0;
    bool m_playing = false;
    int m_speed = 1;
    bool m_practice = false;
    int m_awaiting = -1;
    bool m_resumeAfterPractice = false;
    QTimer m_timer;
    QElapsedTimer m_wall;
};

} // namespace empathy
