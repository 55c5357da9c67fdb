#include "webchat/ChatConnection.h"

#include "net/ServerLog.h"
#include "ops/SurveyReply.h"
#include "storage/ServerStore.h"
#include "webchat/VisitorLimits.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QWebSocket>

namespace empathy {

ChatConnection::ChatConnection(QWebSocket *socket, ServerContext &context, VisitorLimits &limits,
                               QObject *parent)
    : QObject(parent)
    , m_socket(socket)
    , m_context(context)
    , m_limits(limits)
    , m_address(context.proxies.clientOf(*socket).toString())
{
    m_socket->setParent(this);
    m_socket->setMaxAllowedIncomingFrameSize(64 * 1024);
    m_socket->setMaxAllowedIncomingMessageSize(64 * 1024);
    m_window.start();
    connect(m_socket, &QWebSocket::textMessageReceived, this, &ChatConnection::onText);
    connect(m_socket, &QWebSocket::disconnected, this, &ChatConnection::closed);
}

void ChatConnection::sendError(const QString &code, const QString &message, int max)
{
    QJsonObject answer{{QStringLiteral("type"), QStringLiteral("error")},
                       {QStringLiteral("code"), code},
                       {QStringLiteral("message"), message}};
    if (max > 0)
        answer.insert(QStringLiteral("max"), max);
    m_socket->sendTextMessage(QString::fromUtf8(QJsonDocument(answer).toJson(QJsonDocument::Compact)));
}

void ChatConnection::onText(const QString &text)
{
    if (m_window.elapsed() > 10000) {
        m_window.restart();
        m_framesInWindow = 0;
    }
    if (++m_framesInWindow > 30) {
        if (m_framesInWindow == 31)
            sendError(QStringLiteral("frames"), QStringLiteral("Please slow down."));
        return;
    }
    const QJsonObject json = QJsonDocument::fromJson(text.toUtf8()).object();
    const QString type = json.value(QStringLiteral("type")).toString();
    try {
        if (type == u"hello")
            hello(json);
        else if (type == u"say" && !m_visitor.isEmpty()) {
            const QString said = json.value(QStringLiteral("text")).toString();
            if (!said.trimmed().isEmpty() && shortEnough(said) && withinLimits(said))
                say(said);
        } else if (type == u"survey" && !m_visitor.isEmpty()) {
            if (withinLimits())
                answerSurvey(json);
        } else
            sendError(QStringLiteral("unexpected"), QStringLiteral("Unexpected message."));
    } catch (const std::exception &error) {
        m_context.log.error(QStringLiteral("webchat_failed"),
                            {{QStringLiteral("error"), QString::fromUtf8(error.what())}});
        sendError(QStringLiteral("not_delivered"),
                  QStringLiteral("Your message could not be delivered. Please try again."));
    }
}

bool ChatConnection::withinLimits(const QString &text)
{
    const int wait = m_limits.take(m_visitor, m_address, m_context.clock().toMSecsSinceEpoch());
    if (wait == 0)
        return true;
    // Nothing is lost: the page gets the text back to send again once the wait is over.
    QJsonObject answer{
        {QStringLiteral("type"), QStringLiteral("slow_down")},
        {QStringLiteral("retry_after"), wait},
        {QStringLiteral("message"),
         wait == 1
             ? QStringLiteral("You are writing faster than we can read. Please wait a second, then send "
                              "it again.")
             : QStringLiteral("You are writing faster than we can read. Please wait %1 seconds, then "
                              "send it again.")
                   .arg(wait)}};
    if (!text.isEmpty())
        answer.insert(QStringLiteral("text"), text);
    m_socket->sendTextMessage(QString::fromUtf8(QJsonDocument(answer).toJson(QJsonDocument::Compact)));
    tellTeamThrottled();
    return false;
}

bool ChatConnection::shortEnough(const QString &text)
{
    if (text.trimmed().size() <= maxMessageChars)
        return true;
    const QJsonObject answer{
        {QStringLiteral("type"), QStringLiteral("too_long")},
        {QStringLiteral("max"), maxMessageChars},
        {QStringLiteral("text"), text},
        {QStringLiteral("message"),
         QStringLiteral("Your message is longer than %1 characters. Please shorten it, or send it in parts.")
             .arg(maxMessageChars)}};
    m_socket->sendTextMessage(QString::fromUtf8(QJsonDocument(answer).toJson(QJsonDocument::Compact)));
    return false;
}

// A notice on the visitor's conversation (once in ten minutes), so the agent knows why the customer may
// say their messages did not arrive, and a line in the log. A visitor without a conversation yet (their
// address over its limit from the first message) has no one to tell: the log says it, once in ten minutes
// for the address.
void ChatConnection::tellTeamThrottled()
{
    const QDateTime now = m_context.clock();
    const bool told = m_conversation.isValid() ? m_limits.tellTeam(m_visitor, now.toMSecsSinceEpoch())
                                               : m_limits.tellTeam(QStringLiteral("address ") + m_address,
                                                                   now.toMSecsSinceEpoch());
    if (!told)
        return;
    m_context.log.warning(QStringLiteral("webchat_throttled"),
                          {{QStringLiteral("visitor"), m_visitor},
                           {QStringLiteral("peer"), m_address},
                           {QStringLiteral("conversation"), m_conversation.value()}});
    if (!m_conversation.isValid())
        return;
    m_context.store.inTransaction([&] {
        Message notice;
        notice.id = m_context.store.nextMessageId();
        notice.conversation = m_conversation;
        notice.direction = Direction::Outbound;
        notice.purpose = MessagePurpose::Notice;
        notice.body = notice::visitorThrottled.toString();
        notice.sentAt = now;
        notice.language = m_language;
        m_context.store.putMessage(notice);
    });
    emit dataChanged();
}

void ChatConnection::hello(const QJsonObject &json)
{
    static const QRegularExpression visitorPattern(QStringLiteral("^[A-Za-z0-9-]{8,64}$"));
    const QString visitor = json.value(QStringLiteral("visitor")).toString();
    if (!visitorPattern.match(visitor).hasMatch()) {
        sendError(QStringLiteral("visitor_id"), QStringLiteral("Invalid visitor id."));
        return;
    }
    m_visitor = visitor;
    m_name = json.value(QStringLiteral("name")).toString().trimmed().left(80);
    m_language = languageFromCode(json.value(QStringLiteral("language")).toString().left(2).toLower());
    m_customer = m_context.store.customerByIdentity(IdentityKind::WebVisitor, m_visitor);
    if (m_customer.isValid())
        m_conversation = m_context.store.openConversationOf(m_customer, Channel::WebChat);
    m_context.log.info(
        QStringLiteral("webchat_hello"),
        {{QStringLiteral("visitor"), m_visitor}, {QStringLiteral("returning"), m_customer.isValid()}});
    push(); // the conversation so far, after a reload
}

void ChatConnection::say(const QString &raw)
{
    const QString text = raw.trimmed(); // not empty, and short enough (onText)
    const QDateTime now = m_context.clock();
    m_context.store.inTransaction([&] {
        // Another tab of the same visitor may have written first: the same customer and conversation.
        if (!m_customer.isValid())
            m_customer = m_context.store.customerByIdentity(IdentityKind::WebVisitor, m_visitor);
        if (m_customer.isValid() && !m_conversation.isValid())
            m_conversation = m_context.store.openConversationOf(m_customer, Channel::WebChat);
        if (!m_customer.isValid()) {
            Customer customer;
            customer.id = m_context.store.nextCustomerId();
            customer.displayName =
                m_name.isEmpty() ? QStringLiteral("Web visitor %1").arg(m_visitor.left(6)) : m_name;
            customer.firstName = m_name.section(u' ', 0, 0);
            customer.preferredLanguage = m_language;
            customer.identities = {{IdentityKind::WebVisitor, m_visitor}};
            customer.createdAt = now;
            m_context.store.putCustomer(customer);
            m_customer = customer.id;
        }
        if (!m_conversation.isValid()) {
            Conversation conversation;
            conversation.id = m_context.store.nextConversationId();
            conversation.customer = m_customer;
            conversation.channel = Channel::WebChat;
            conversation.language = m_language;
            conversation.assignee = m_context.store.lastAssigneeOf(m_customer);
            conversation.createdAt = now;
            conversation.firstResponseDue = m_context.sla.firstResponseDue(Channel::WebChat, now);
            conversation.resolutionDue = m_context.sla.resolutionDue(Channel::WebChat, now);
            m_context.store.putConversation(conversation);
            m_conversation = conversation.id;
        }
        Message message;
        message.id = m_context.store.nextMessageId();
        message.conversation = m_conversation;
        message.direction = Direction::Inbound;
        message.body = text;
        message.sentAt = now;
        message.language = m_language;
        if (m_context.scoreMessage)
            m_context.scoreMessage(message);
        const auto answer = surveyReply(m_context.store, message, now); // "5" typed instead of clicked
        m_context.store.putMessage(message);
        if (answer)
            m_context.store.putSurveyAnswer(*answer);
    });
    m_context.log.info(
        QStringLiteral("webchat_message"),
        {{QStringLiteral("visitor"), m_visitor}, {QStringLiteral("conversation"), m_conversation.value()}});
    emit dataChanged();
}

// The customer's answer to the satisfaction question of their conversation: once, 1 to 5, with an
// optional comment; it lands in the customer's history for every agent.
void ChatConnection::answerSurvey(const QJsonObject &json)
{
    const MessageId question(json.value(QStringLiteral("message")).toInteger());
    const int score = json.value(QStringLiteral("score")).toInt(-1);
    const auto asked = m_context.store.message(question);
    if (!asked || asked->conversation != m_conversation || asked->purpose != MessagePurpose::Survey) {
        sendError(QStringLiteral("no_question"),
                  QStringLiteral("There is no such question in this conversation."));
        return;
    }
    if (score < 1 || score > 5) {
        sendError(QStringLiteral("score"), QStringLiteral("Please answer with a number from 1 to 5."));
        return;
    }
    const QString comment = json.value(QStringLiteral("comment")).toString().trimmed();
    if (comment.size() > maxCommentChars) {
        sendError(QStringLiteral("comment_too_long"),
                  QStringLiteral("Your comment is longer than %1 characters. Please shorten it.")
                      .arg(maxCommentChars),
                  int(maxCommentChars));
        return;
    }
    bool answered = false;
    m_context.store.inTransaction([&] {
        if ((answered = m_context.store.hasSurveyAnswer(m_conversation)))
            return;
        SurveyAnswer answer;
        answer.id = m_context.store.nextSurveyAnswerId();
        answer.customer = m_customer;
        answer.conversation = m_conversation;
        answer.kind = SurveyKind::Csat;
        answer.score = score;
        answer.comment = comment;
        answer.answeredAt = m_context.clock();
        m_context.store.putSurveyAnswer(answer);
    });
    if (answered) {
        sendError(QStringLiteral("answered"),
                  QStringLiteral("You have answered this question already. Thank you!"));
        return;
    }
    m_socket->sendTextMessage(
        QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("type"), QStringLiteral("survey_thanks")},
                                                    {QStringLiteral("message"), question.value()}})
                              .toJson(QJsonDocument::Compact)));
    m_context.log.info(
        QStringLiteral("webchat_survey"),
        {{QStringLiteral("conversation"), m_conversation.value()}, {QStringLiteral("score"), score}});
    emit dataChanged();
}

void ChatConnection::push()
{
    if (!m_conversation.isValid()) {
        if (!m_customer.isValid())
            return;
        m_conversation = m_context.store.openConversationOf(m_customer, Channel::WebChat);
        if (!m_conversation.isValid())
            return;
    }
    const QList<Message> messages = m_context.store.messagesAfter(m_conversation, m_lastSent);
    for (const Message &message : messages) {
        m_lastSent = message.id;
        if (!customerSees(message.purpose))
            continue; // a lead's private note stays inside the team
        QString author;
        if (message.author.isValid()) {
            if (const auto account = m_context.store.accountById(message.author))
                author = account->agent.displayName.section(u' ', 0, 0);
        }
        QJsonObject json{{QStringLiteral("type"), QStringLiteral("message")},
                         {QStringLiteral("id"), message.id.value()},
                         {QStringLiteral("direction"), message.direction == Direction::Inbound
                                                           ? QStringLiteral("in")
                                                           : QStringLiteral("out")},
                         {QStringLiteral("author"), author},
                         {QStringLiteral("body"), message.body},
                         {QStringLiteral("sent_at"), message.sentAt.toString(Qt::ISODate)}};
        if (message.purpose == MessagePurpose::Survey) {
            json.insert(QStringLiteral("survey"), QStringLiteral("csat"));
            json.insert(QStringLiteral("answered"), m_context.store.hasSurveyAnswer(m_conversation));
        }
        m_socket->sendTextMessage(QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact)));
    }
}

} // namespace empathy
