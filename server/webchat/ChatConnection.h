#pragma once

#include "domain/Conversation.h"
#include "net/ServerContext.h"

#include <QElapsedTimer>
#include <QObject>

class QWebSocket;

namespace empathy {

class VisitorLimits;

// One web chat visitor's socket (/chat). The visitor says hello with their browser-kept visitor id,
// name and language; what they write becomes messages of their open web chat conversation (a
// returning visitor is the same customer, and goes back to the agent who helped them); the agents'
// replies are pushed back. The page's protocol is small JSON, separate from the agents' protocol
// (docs/webchat.md). A visitor writing faster than VisitorLimits allow gets "slow_down" with their text
// back, and the team a notice on the conversation.
class ChatConnection : public QObject
{
    Q_OBJECT

public:
    // `limits` is the server's one for all visitors.
    ChatConnection(QWebSocket *socket, ServerContext &context, VisitorLimits &limits,
                   QObject *parent = nullptr);

    // Sends the conversation's messages the visitor has not seen yet.
    void push();

signals:
    void closed();
    void dataChanged();

private:
    void onText(const QString &text);
    void hello(const QJsonObject &json);
    void say(const QString &text);
    void answerSurvey(const QJsonObject &json);
    // `code` is what the page translates (docs/protocol.md lists them); `message` says it in English for
    // anything else reading the socket; `max` is the limit a code names, when it names one.
    void sendError(const QString &code, const QString &message, int max = 0);
    // Whether a message may be stored now; if not, the page is told to wait (and given `text` back to
    // send again) and the team is told on the conversation.
    bool withinLimits(const QString &text = QString());
    // Whether a message is short enough to store; if not, the page gets it back whole with the limit.
    // Neither a message too long nor an empty one counts against the visitor's limits.
    bool shortEnough(const QString &text);
    void tellTeamThrottled();

    QWebSocket *m_socket;
    ServerContext &m_context;
    VisitorLimits &m_limits;
    QString m_address;
    QString m_visitor;
    QString m_name;
    Language m_language = Language::Unknown;
    CustomerId m_customer;
    ConversationId m_conversation;
    MessageId m_lastSent;
    QElapsedTimer m_window;
    int m_framesInWindow = 0;
    static constexpr qsizetype maxMessageChars = 4000; // as the page counts (UTF-16 code units)
    static constexpr qsizetype maxCommentChars = 2000; // of a satisfaction answer
};

} // namespace empathy
