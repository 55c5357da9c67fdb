// Web chat visitors who write too fast (docs/SECURITY.md, "Web chat visitors"): limited per visitor across
// their sockets and per address across visitors; what was refused goes back to the page, the team gets one
// notice on the conversation, and the notice is neither sent to the customer nor a turn of the
// conversation in the desk.
#include "net/LimitsFile.h"
#include "protocol/DomainJson.h"
#include "sql/SqliteStatement.h"
#include "sync/SyncEngine.h"
#include "TestProfile.h"
#include "TestServer.h"
#include "webchat/VisitorLimits.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkRequest>
#include <QSignalSpy>
#include <QTest>
#include <QWebSocket>

using namespace empathy;
using namespace empathy::test;

namespace {

// A visitor's browser tab on the /chat socket, collecting what the server answers.
class ChatTab
{
public:
    // `forwardedFor`: the X-Forwarded-For a reverse proxy would add to the page's request.
    ChatTab(quint16 port, const QString &visitor, const QByteArray &forwardedFor = {})
    {
        QObject::connect(&m_socket, &QWebSocket::textMessageReceived, [this](const QString &text) {
            m_received.append(QJsonDocument::fromJson(text.toUtf8()).object());
        });
        QSignalSpy connected(&m_socket, &QWebSocket::connected);
        QNetworkRequest request(QUrl(QStringLiteral("ws://127.0.0.1:%1/chat").arg(port)));
        if (!forwardedFor.isEmpty())
            request.setRawHeader("X-Forwarded-For", forwardedFor);
        m_socket.open(request);
        m_ok = connected.wait(5000);
        send({{QStringLiteral("type"), QStringLiteral("hello")},
              {QStringLiteral("visitor"), visitor},
              {QStringLiteral("name"), QStringLiteral("Ola Kowalska")},
              {QStringLiteral("language"), QStringLiteral("pl")}});
    }

    bool isConnected() const { return m_ok; }
    void say(const QString &text)
    {
        send({{QStringLiteral("type"), QStringLiteral("say")}, {QStringLiteral("text"), text}});
    }
    // The answers of a type received so far (waiting up to five seconds for the first).
    QList<QJsonObject> answers(const QString &type, int atLeast = 1)
    {
        QList<QJsonObject> found;
        static_cast<void>(QTest::qWaitFor( // the caller compares what was found
            [&] {
                found.clear();
                for (const QJsonObject &json : std::as_const(m_received)) {
                    if (json.value(QStringLiteral("type")).toString() == type)
                        found.append(json);
                }
                return found.size() >= atLeast;
            },
            5000));
        return found;
    }
    const QList<QJsonObject> &received() const { return m_received; }
    void send(const QJsonObject &json)
    {
        m_socket.sendTextMessage(QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact)));
    }

private:
    QWebSocket m_socket;
    bool m_ok = false;
    QList<QJsonObject> m_received;
};

ConnectionLimits tightVisitors()
{
    ConnectionLimits limits;
    limits.visitorMessagesPerMinute = 1;
    limits.visitorMessageBurst = 3;
    limits.addressMessagesPerMinute = 1;
    limits.addressMessageBurst = 5;
    return limits;
}

} // namespace

class TestVisitorLimits : public QObject
{
    Q_OBJECT

private slots:
    void aVisitorIsLimitedAcrossTabsAndAnAddressAcrossVisitors()
    {
        ConnectionLimits limits;
        limits.visitorMessagesPerMinute = 6; // one each ten seconds
        limits.visitorMessageBurst = 2;
        limits.addressMessagesPerMinute = 60;
        limits.addressMessageBurst = 3;
        VisitorLimits visitors(limits);
        const qint64 t0 = 1'000'000;
        QCOMPARE(visitors.take(QStringLiteral("visitor-a"), QStringLiteral("10.0.0.1"), t0), 0);
        QCOMPARE(visitors.take(QStringLiteral("visitor-a"), QStringLiteral("10.0.0.1"), t0), 0);
        QCOMPARE(visitors.take(QStringLiteral("visitor-a"), QStringLiteral("10.0.0.1"), t0), 10);
        // Refused messages used up nothing: another visitor at the address has the address's last one.
        QCOMPARE(visitors.take(QStringLiteral("visitor-b"), QStringLiteral("10.0.0.1"), t0), 0);
        QCOMPARE(visitors.take(QStringLiteral("visitor-c"), QStringLiteral("10.0.0.1"), t0), 1);
        // The address refused it, and the visitor's own share is still whole elsewhere.
        QCOMPARE(visitors.take(QStringLiteral("visitor-c"), QStringLiteral("10.0.0.2"), t0), 0);
        QCOMPARE(visitors.take(QStringLiteral("visitor-c"), QStringLiteral("10.0.0.2"), t0), 0);
        // Waiting as asked lets the visitor through.
        QCOMPARE(visitors.take(QStringLiteral("visitor-a"), QStringLiteral("10.0.0.3"), t0 + 10'000), 0);
    }

    void theTeamIsToldOnceInTheQuietTime()
    {
        VisitorLimits visitors{ConnectionLimits{}};
        QVERIFY(visitors.tellTeam(QStringLiteral("visitor-a"), 0, 600'000));
        QVERIFY(!visitors.tellTeam(QStringLiteral("visitor-a"), 599'999, 600'000));
        QVERIFY(visitors.tellTeam(QStringLiteral("visitor-b"), 1, 600'000));
        QVERIFY(visitors.tellTeam(QStringLiteral("visitor-a"), 600'000, 600'000));
        // Many visitors cost bounded memory: after the quiet time they are forgotten, and told again.
        for (int i = 0; i < 20'000; ++i) {
            QVERIFY(visitors.tellTeam(QStringLiteral("flood-%1").arg(i), 700'000 + i, 1'000));
            QVERIFY(visitors.remembered() <= 10'000);
        }
        QVERIFY(visitors.tellTeam(QStringLiteral("flood-0"), 800'000, 1'000));
    }

    void limitsAreReadFromTheLimitsFile()
    {
        QString error;
        auto read = ServerLimits::fromJson(
            R"({"sync": {"visitor_messages_per_minute": 10, "visitor_message_burst": 4,
                         "address_messages_per_minute": 50, "address_message_burst": 20}})",
            &error);
        QVERIFY2(read, qPrintable(error));
        QCOMPARE(read->sync.visitorMessagesPerMinute, 10);
        QCOMPARE(read->sync.addressMessageBurst, 20);
        QVERIFY(!ServerLimits::fromJson(
            R"({"sync": {"visitor_messages_per_minute": 100, "address_messages_per_minute": 50}})", &error));
        QVERIFY2(error.contains(QStringLiteral("address")), qPrintable(error));
    }

    // A message over 4,000 characters comes back whole with the limit in words, and nothing is stored; an
    // empty one is nothing to store. Neither uses the visitor's allowance (a burst of 3 here).
    void aMessageTooLongComesBackWholeAndNeitherItNorAnEmptyOneCounts()
    {
        TestServer server(0);
        server.start(0, tightVisitors());
        ChatTab tab(server.port(), QStringLiteral("visitor-long"));
        QVERIFY(tab.isConnected());
        const QString essay = QStringLiteral("Zamówienie 4411. ") + QString(4000, u'x');
        tab.say(essay);
        const QList<QJsonObject> refused = tab.answers(QStringLiteral("too_long"));
        QCOMPARE(refused.size(), 1);
        QCOMPARE(refused.front().value(QStringLiteral("text")).toString(), essay);
        QCOMPARE(refused.front().value(QStringLiteral("max")).toInt(), 4000);
        QVERIFY(refused.front().value(QStringLiteral("message")).toString().contains(QStringLiteral("4000")));
        tab.say(QStringLiteral("   \n  "));
        const QString longest = QString(4000, u'y');
        tab.say(longest);
        tab.say(QStringLiteral("Halo?"));
        tab.say(QStringLiteral("Czekam."));
        const auto stored = [&]() -> QList<Message> {
            const CustomerId customer =
                server.store().customerByIdentity(IdentityKind::WebVisitor, QStringLiteral("visitor-long"));
            const ConversationId id = customer.isValid()
                                          ? server.store().openConversationOf(customer, Channel::WebChat)
                                          : ConversationId();
            return id.isValid() ? server.store().messagesAfter(id, MessageId()) : QList<Message>();
        };
        QTRY_COMPARE_WITH_TIMEOUT(stored().size(), 3, 5000);
        QCOMPARE(stored().at(0).body, longest);
        QCOMPARE(stored().at(2).body, QStringLiteral("Czekam."));
        QVERIFY(tab.answers(QStringLiteral("slow_down"), 0).isEmpty());
        QCOMPARE(tab.answers(QStringLiteral("too_long")).size(), 1);
    }

    // A satisfaction comment over 2,000 characters is refused in words and nothing is stored; within the
    // limit it is stored whole.
    void aSurveyCommentTooLongIsRefusedNotCut()
    {
        TestServer server(0);
        server.start(0, ConnectionLimits{});
        ChatTab tab(server.port(), QStringLiteral("visitor-survey"));
        QVERIFY(tab.isConnected());
        tab.say(QStringLiteral("Dziękuję, wszystko działa."));
        ConversationId conversation;
        QTRY_VERIFY_WITH_TIMEOUT((conversation = server.store().openConversationOf(
                                      server.store().customerByIdentity(IdentityKind::WebVisitor,
                                                                        QStringLiteral("visitor-survey")),
                                      Channel::WebChat))
                                     .isValid(),
                                 5000);
        Message question;
        question.id = server.store().nextMessageId();
        question.conversation = conversation;
        question.direction = Direction::Outbound;
        question.purpose = MessagePurpose::Survey;
        question.body = QStringLiteral("Jak oceniasz naszą pomoc, od 1 do 5?");
        question.sentAt = server.now();
        server.store().putMessage(question);

        const auto answer = [&](const QString &comment) {
            tab.send({{QStringLiteral("type"), QStringLiteral("survey")},
                      {QStringLiteral("message"), question.id.value()},
                      {QStringLiteral("score"), 4},
                      {QStringLiteral("comment"), comment}});
        };
        answer(QString(2001, u'z'));
        const QList<QJsonObject> errors = tab.answers(QStringLiteral("error"));
        QCOMPARE(errors.size(), 1);
        QVERIFY(errors.front().value(QStringLiteral("message")).toString().contains(QStringLiteral("2000")));
        QVERIFY(!server.store().hasSurveyAnswer(conversation));

        const QString comment = QStringLiteral("Szybko i miło. ") + QString(1985, u'z');
        answer(comment);
        QCOMPARE(tab.answers(QStringLiteral("survey_thanks")).size(), 1);
        QVERIFY(server.store().hasSurveyAnswer(conversation));
        Agent lead;
        lead.role = AgentRole::Lead;
        QString stored;
        for (const Change &change :
             server.store().changesAfter(0, server.store().head(), 1000, qint64(1) << 30, lead, nullptr)) {
            if (change.kind != ChangeKind::Survey)
                continue;
            QString error;
            const auto survey =
                DomainJson::readSurveyAnswer(QJsonDocument::fromJson(change.encodedData).object(), &error);
            QVERIFY2(survey, qPrintable(error));
            stored = survey->comment;
        }
        QCOMPARE(stored, comment);
    }

    // Behind a reverse proxy every visitor comes from the proxy's address: a trusted proxy's
    // X-Forwarded-For gives each their own address's allowance; anyone else's is not believed.
    void behindATrustedProxyEachVisitorHasTheirOwnAddress()
    {
        TestServer server(10);
        server.start(0, tightVisitors()); // three messages a visitor, five an address
        QString error;
        server.context().proxies = *TrustedProxies::parse({QStringLiteral("127.0.0.1")}, &error);
        const auto sayThree = [](ChatTab &tab) {
            for (const char *text : {"Dzień dobry", "Mam pytanie", "Gdzie paczka?"})
                tab.say(QString::fromUtf8(text));
        };
        // Three visitors at three addresses: nine messages through one proxy, none refused.
        std::vector<std::unique_ptr<ChatTab>> tabs;
        for (int i = 1; i <= 3; ++i) {
            tabs.push_back(std::make_unique<ChatTab>(server.port(), QStringLiteral("visitor-10%1").arg(i),
                                                     QByteArray("203.0.113.") + QByteArray::number(i)));
            QVERIFY(tabs.back()->isConnected());
            sayThree(*tabs.back());
        }
        for (auto &tab : tabs)
            QCOMPARE(tab->answers(QStringLiteral("message"), 3).size(), 3); // answers() waits
        for (auto &tab : tabs) {
            for (const QJsonObject &json : tab->received())
                QVERIFY(json.value(QStringLiteral("type")).toString() != u"slow_down");
        }
        // Two visitors at one address share its five (the proxy's own address named last, as a chain of
        // proxies writes it).
        ChatTab fourth(server.port(), QStringLiteral("visitor-1004"), "198.51.100.20, 127.0.0.1");
        ChatTab fifth(server.port(), QStringLiteral("visitor-1005"), "198.51.100.20");
        sayThree(fourth);
        QCOMPARE(fourth.answers(QStringLiteral("message"), 3).size(), 3); // answers() waits
        sayThree(fifth);
        QCOMPARE(fifth.answers(QStringLiteral("slow_down")).size(), 1);

        // Without the proxy trusted, the header is nobody's word: two visitors naming two addresses share
        // the socket's address and its five.
        server.context().proxies = TrustedProxies();
        ChatTab sixth(server.port(), QStringLiteral("visitor-1006"), "192.0.2.98");
        ChatTab seventh(server.port(), QStringLiteral("visitor-1007"), "192.0.2.99");
        sayThree(sixth);
        QCOMPARE(sixth.answers(QStringLiteral("message"), 3).size(), 3); // answers() waits
        sayThree(seventh);
        QCOMPARE(seventh.answers(QStringLiteral("slow_down")).size(), 1);
    }

    void aVisitorWritingTooFastGetsTheirTextBackAndTheTeamANotice()
    {
        TestServer server(10);
        server.start(0, tightVisitors());
        TestProfile lead;
        SyncEngine engine(lead.reader(), lead.writer());
        engine.start(server.url(), QStringLiteral("julia"), QStringLiteral("password-julia"));
        QTRY_COMPARE_WITH_TIMEOUT(engine.state(), SyncEngine::State::Online, 20000);

        // Two tabs of one visitor, both open before the first message: one customer, one conversation,
        // and the visitor's three messages shared between them.
        ChatTab first(server.port(), QStringLiteral("visitor-0001"));
        ChatTab second(server.port(), QStringLiteral("visitor-0001"));
        QVERIFY(first.isConnected() && second.isConnected());
        const auto stored = [&] {
            const CustomerId customer =
                server.store().customerByIdentity(IdentityKind::WebVisitor, QStringLiteral("visitor-0001"));
            const ConversationId id = customer.isValid()
                                          ? server.store().openConversationOf(customer, Channel::WebChat)
                                          : ConversationId();
            return id.isValid() ? server.store().messagesAfter(id, MessageId()).size() : 0;
        };
        first.say(QStringLiteral("Paczka nie dotarła"));
        QTRY_COMPARE_WITH_TIMEOUT(stored(), 1, 5000);
        second.say(QStringLiteral("Numer zamówienia 4411"));
        QTRY_COMPARE_WITH_TIMEOUT(stored(), 2, 5000);
        first.say(QStringLiteral("Czekam od tygodnia"));
        QTRY_COMPARE_WITH_TIMEOUT(stored(), 3, 5000);
        second.say(QStringLiteral("Halo?"));
        QCOMPARE(second.answers(QStringLiteral("slow_down")).size(), 1);
        second.say(QStringLiteral("Proszę o odpowiedź"));
        const QList<QJsonObject> refused = second.answers(QStringLiteral("slow_down"), 2);
        QCOMPARE(refused.size(), 2);
        QCOMPARE(refused.at(0).value(QStringLiteral("text")).toString(), QStringLiteral("Halo?"));
        QCOMPARE(refused.at(1).value(QStringLiteral("text")).toString(),
                 QStringLiteral("Proszę o odpowiedź"));
        QVERIFY(refused.at(0).value(QStringLiteral("retry_after")).toInt() >= 1);
        QVERIFY(refused.at(0).value(QStringLiteral("message")).toString().contains(QStringLiteral("wait")));

        // The server kept the three and one notice, not two; the customer's page never shows the notice.
        const ConversationId conversation = server.store().openConversationOf(
            server.store().customerByIdentity(IdentityKind::WebVisitor, QStringLiteral("visitor-0001")),
            Channel::WebChat);
        QVERIFY(conversation.isValid());
        int customerMessages = 0;
        int notices = 0;
        for (const Message &m : server.store().messagesAfter(conversation, MessageId())) {
            customerMessages += m.direction == Direction::Inbound;
            if (m.purpose == MessagePurpose::Notice) {
                ++notices;
                QCOMPARE(m.body, notice::visitorThrottled.toString());
            }
        }
        QCOMPARE(customerMessages, 3);
        QCOMPARE(notices, 1);
        QCOMPARE(server.store().lastMessage(conversation)->direction, Direction::Inbound); // what they saw
        QCOMPARE(first.answers(QStringLiteral("message"), 3).size(), 3);                   // answers() waits
        for (const QJsonObject &json : first.received())
            QVERIFY(!json.value(QStringLiteral("body")).toString().contains(notice::visitorThrottled));

        // The lead's desk has the notice in the conversation, but it is not the conversation's last word:
        // not its preview, not counted, not searched, and the customer still waits.
        QTRY_COMPARE_WITH_TIMEOUT(
            lead.db().scalar(QStringLiteral("SELECT count(*) FROM messages WHERE conversation_id = %1 AND "
                                            "purpose = %2")
                                 .arg(conversation.value())
                                 .arg(int(MessagePurpose::Notice))
                                 .toUtf8()
                                 .constData()),
            1, 20000);
        QTRY_COMPARE_WITH_TIMEOUT(
            lead.db().scalar(QStringLiteral("SELECT message_count FROM conversations WHERE id = %1")
                                 .arg(conversation.value())
                                 .toUtf8()
                                 .constData()),
            3, 20000);
        auto summary = lead.db().prepare("SELECT last_preview, last_direction, waiting_since IS NOT NULL "
                                         "FROM conversations WHERE id = ?1");
        summary.bind(1, conversation.value());
        QVERIFY(summary.step());
        QVERIFY(!summary.text(0).contains(notice::visitorThrottled));
        QCOMPARE(summary.int32(1), int(Direction::Inbound));
        QCOMPARE(summary.int32(2), 1);
        summary.reset();
        QCOMPARE(lead.db().scalar(
                     "SELECT count(*) FROM messages_fts WHERE messages_fts MATCH 'visitor_throttled'"),
                 0);

        // Another visitor at the same address gets the address's last two, then waits too.
        ChatTab other(server.port(), QStringLiteral("visitor-0002"));
        other.say(QStringLiteral("Dzień dobry"));
        other.say(QStringLiteral("Mam pytanie"));
        other.say(QStringLiteral("Czy ktoś tu jest?"));
        const QList<QJsonObject> otherRefused = other.answers(QStringLiteral("slow_down"));
        QCOMPARE(otherRefused.size(), 1);
        QCOMPARE(otherRefused.at(0).value(QStringLiteral("text")).toString(),
                 QStringLiteral("Czy ktoś tu jest?"));
    }
};

QTEST_GUILESS_MAIN(TestVisitorLimits)
#include "tst_visitorlimits.moc"
