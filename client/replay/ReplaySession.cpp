#include "ReplaySession.h"

#include <QHash>

#include <algorithm>

namespace empathy {

namespace {

constexpr qint64 firstMessageMs = 500;
constexpr qint64 readingMsPerCharacter = 40;

} // namespace

ReplaySession::ReplaySession(const PackConversation &conversation, const MessageScorer &scorer,
                             QObject *parent)
    : QObject(parent)
    , m_conversation(conversation)
{
    m_customer.id = CustomerId(1);
    m_customer.preferredLanguage = conversation.language;
    for (const PackMessage &m : conversation.messages) {
        if (m.role == PackRole::Customer && m.speaker.compare(u"customer", Qt::CaseInsensitive) != 0 &&
            !m.speaker.isEmpty()) {
            m_customer.displayName = m.speaker;
            break;
        }
    }
    if (m_customer.displayName.isEmpty())
        m_customer.displayName = tr("Customer");
    // A pack's customer is a stand-in ("Customer A"): there is no first name to address them by, so the
    // tone coach does not ask for one.

    QDateTime start;
    for (const PackMessage &m : conversation.messages) {
        if (m.at.isValid()) {
            start = m.at;
            break;
        }
    }
    if (!start.isValid())
        start = QDateTime(QDate(2020, 1, 1), QTime(9, 0), Qt::UTC);
    m_customer.createdAt = start;

    QList<double> valences;
    QDateTime previousAt;
    for (qsizetype i = 0; i < conversation.messages.size(); ++i) {
        const PackMessage &p = conversation.messages.at(i);
        Message m;
        m.id = MessageId(i + 1);
        m.conversation = ConversationId(1);
        m.body = p.text;
        m.language = conversation.language;
        m.direction = p.role == PackRole::Customer ? Direction::Inbound : Direction::Outbound;
        if (m.direction == Direction::Outbound) {
            const QString name = p.role == PackRole::System && (p.speaker.isEmpty() || p.speaker == u"action")
                                     ? tr("System")
                                 : p.speaker.isEmpty() ? tr("Agent")
                                                       : p.speaker;
            auto found = std::find_if(m_agents.begin(), m_agents.end(),
                                      [&](const Agent &a) { return a.displayName == name; });
            if (found == m_agents.end()) {
                Agent agent;
                agent.id = AgentId(m_agents.size() + 1);
                agent.login = QStringLiteral("replay%1").arg(agent.id.value());
                agent.displayName = name;
                m_agents.append(agent);
                m.author = agent.id;
            } else {
                m.author = found->id;
            }
        }
        // The pause before this message, at 1x.
        qint64 pause = firstMessageMs;
        if (i > 0) {
            const PackMessage &before = conversation.messages.at(i - 1);
            if (p.at.isValid() && before.at.isValid() && before.at <= p.at)
                pause = before.at.msecsTo(p.at);
            else
                pause = readingMsPerCharacter * before.text.size();
            pause = std::clamp(pause, shortestPauseMs, longestPauseMs);
        }
        m_offsets.append((m_offsets.isEmpty() ? 0 : m_offsets.back()) + pause);
        m.sentAt = p.at.isValid() ? p.at : previousAt.isValid() ? previousAt.addMSecs(pause) : start;
        previousAt = m.sentAt;
        if (m.direction == Direction::Inbound && scorer) {
            scorer(m);
            if (m.sentiment.isScored()) {
                valences.append(*m.sentiment.valence);
                m_curveMessages.append(int(i));
            }
        }
        m_messages.append(m);
    }
    if (m_conversation.language == Language::Unknown) {
        // The language most of the customer's messages are in, as the desk would have kept it.
        QHash<int, int> votes;
        for (const Message &m : std::as_const(m_messages)) {
            if (m.direction == Direction::Inbound && m.language != Language::Unknown)
                ++votes[int(m.language)];
        }
        int best = 0;
        for (auto it = votes.begin(); it != votes.end(); ++it) {
            if (it.value() > best) {
                best = it.value();
                m_conversation.language = Language(it.key());
            }
        }
        m_customer.preferredLanguage = m_conversation.language;
    }
    m_mood = conversationMood(std::vector<double>(valences.begin(), valences.end()));
    for (std::size_t point : m_mood.turningPoints)
        m_turningMessages.append(m_curveMessages.at(qsizetype(point)));

    m_timer.setInterval(int(tickMs));
    connect(&m_timer, &QTimer::timeout, this, &ReplaySession::tick);
}

void ReplaySession::tick()
{
    advance(m_wall.restart());
}

void ReplaySession::play()
{
    if (m_playing || m_awaiting >= 0)
        return;
    if (m_playhead >= durationMs())
        moveTo(0, false); // from the start again
    m_playing = true;
    m_wall.start();
    m_timer.start();
    emit playingChanged(true);
}

void ReplaySession::pause()
{
    if (!m_playing)
        return;
    m_playing = false;
    m_timer.stop();
    emit playingChanged(false);
}

void ReplaySession::setSpeed(int speed)
{
    speed = std::clamp(speed, minSpeed, maxSpeed);
    if (speed == m_speed)
        return;
    m_speed = speed;
    emit speedChanged(speed);
}

void ReplaySession::advance(qint64 wallMs)
{
    if (!m_playing)
        return;
    moveTo(m_playhead + wallMs * m_speed, true);
    if (m_playhead >= durationMs())
        pause();
}

bool ReplaySession::isPracticeStop(int message) const
{
    return message > 0 && message < m_conversation.messages.size() &&
           m_conversation.messages.at(message).role == PackRole::Agent &&
           m_conversation.messages.at(message - 1).role == PackRole::Customer;
}

void ReplaySession::moveTo(qint64 ms, bool stopForPractice)
{
    ms = std::clamp<qint64>(ms, 0, durationMs());
    int shown = int(std::upper_bound(m_offsets.begin(), m_offsets.end(), ms) - m_offsets.begin());
    int stop = -1;
    if (stopForPractice && m_practice) {
        for (int i = m_shown; i < shown; ++i) {
            if (isPracticeStop(i)) {
                stop = i;
                break;
            }
        }
    }
    if (stop >= 0) {
        shown = stop;
        ms = m_offsets.at(stop) - 1;
    }
    m_playhead = ms;
    if (shown != m_shown) {
        m_shown = shown;
        emit shownChanged(shown);
    }
    emit playheadMoved(ms);
    if (stop >= 0) {
        m_resumeAfterPractice = m_playing;
        pause();
        m_awaiting = stop - 1;
        emit practiceRequested(m_awaiting);
    }
}

void ReplaySession::step()
{
    pause();
    if (m_awaiting >= 0) {
        m_resumeAfterPractice = false;
        finishPractice();
        return;
    }
    if (m_shown >= m_messages.size())
        return;
    if (m_practice && isPracticeStop(m_shown)) {
        m_resumeAfterPractice = false;
        m_awaiting = m_shown - 1;
        emit practiceRequested(m_awaiting);
        return;
    }
    moveTo(m_offsets.at(m_shown), false);
}

void ReplaySession::stepBack()
{
    pause();
    m_awaiting = -1;
    if (m_shown == 0)
        return;
    moveTo(m_shown >= 2 ? m_offsets.at(m_shown - 2) : 0, false);
}

void ReplaySession::seek(qint64 ms)
{
    m_awaiting = -1;
    moveTo(ms, false);
}

void ReplaySession::seekToMessage(int message)
{
    if (message >= 0 && message < m_offsets.size())
        seek(m_offsets.at(message));
}

bool ReplaySession::jumpToNextTurningPoint()
{
    for (int message : m_turningMessages) {
        if (message >= m_shown) {
            seekToMessage(message);
            return true;
        }
    }
    return false;
}

bool ReplaySession::jumpToPreviousTurningPoint()
{
    for (qsizetype i = m_turningMessages.size(); i-- > 0;) {
        if (m_turningMessages.at(i) < m_shown - 1) {
            seekToMessage(m_turningMessages.at(i));
            return true;
        }
    }
    return false;
}

void ReplaySession::setPractice(bool on)
{
    m_practice = on;
    if (!on && m_awaiting >= 0) {
        m_awaiting = -1;
        m_resumeAfterPractice = false;
    }
}

void ReplaySession::finishPractice()
{
    if (m_awaiting < 0)
        return;
    const int reply = m_awaiting + 1;
    m_awaiting = -1;
    moveTo(m_offsets.at(reply), false);
    if (m_resumeAfterPractice)
        play();
    m_resumeAfterPractice = false;
}

} // namespace empathy
