#include "http/HttpEdge.h"
#include "ops/SurveyReply.h"
#include "sql/SqliteStatement.h"
#include "sync/SyncEngine.h"
#include "TestProfile.h"
#include "TestServer.h"
#include "webchat/ChatPage.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QWebSocket>

#include <functional>

using namespace empathy;
using namespace empathy::test;

namespace {

// Headless Chromium (Debian's chromium package) driven through the DevTools protocol.
class Browser
{
public:
    bool start(QString *error)
    {
        const QString program = QStandardPaths::findExecutable(QStringLiteral("chromium"));
        if (program.isEmpty()) {
            *error = QStringLiteral("chromium is not installed (scripts/setup installs it)");
            return false;
        }
        m_process.start(program,
                        {QStringLiteral("--headless"), QStringLiteral("--no-sandbox"),
                         QStringLiteral("--disable-gpu"), QStringLiteral("--disable-quic"),
                         QStringLiteral("--no-first-run"), QStringLiteral("--disable-background-networking"),
                         QStringLiteral("--disable-component-update"), QStringLiteral("--disable-sync"),
                         QStringLiteral("--user-data-dir=") + m_profile.path(),
                         QStringLiteral("--remote-debugging-port=0"), QStringLiteral("about:blank")});
        if (!m_process.waitForStarted(20000)) {
            *error = m_process.errorString();
            return false;
        }
        static const QRegularExpression listening(
            QStringLiteral("DevTools listening on ws://127.0.0.1:(\\d+)/"));
        QByteArray err;
        for (int i = 0; i < 300; ++i) {
            m_process.waitForReadyRead(100);
            err += m_process.readAllStandardError();
            if (const auto match = listening.match(QString::fromUtf8(err)); match.hasMatch()) {
                m_port = match.captured(1).toUShort();
                return attachToPage(error);
            }
        }
        *error =
            QStringLiteral("chromium did not open its DevTools port: ") + QString::fromUtf8(err.right(500));
        return false;
    }

    ~Browser()
    {
        m_socket.close();
        m_process.kill();
        m_process.waitForFinished(5000);
    }

    // Sends a DevTools command and waits for its answer.
    // Loads url in the page (the caller waits for what it needs on it).
    void open(const QString &url)
    {
        call(QStringLiteral("Page.enable"));
        call(QStringLiteral("Page.navigate"), {{QStringLiteral("url"), url}});
    }

    QJsonObject call(const QString &method, const QJsonObject &params = {})
    {
        const int id = ++m_lastId;
        m_socket.sendTextMessage(
            QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("id"), id},
                                                        {QStringLiteral("method"), method},
                                                        {QStringLiteral("params"), params}})
                                  .toJson(QJsonDocument::Compact)));
        for (int i = 0; i < 100 && !m_answers.contains(id); ++i) {
            QSignalSpy received(&m_socket, &QWebSocket::textMessageReceived);
            received.wait(200);
        }
        return m_answers.take(id);
    }

    QJsonValue evaluate(const QString &expression)
    {
        const QJsonObject answer =
            call(QStringLiteral("Runtime.evaluate"),
                 {{QStringLiteral("expression"), expression}, {QStringLiteral("returnByValue"), true}});
        return answer.value(QStringLiteral("result"))
            .toObject()
            .value(QStringLiteral("result"))
            .toObject()
            .value(QStringLiteral("value"));
    }

private:
    bool attachToPage(QString *error)
    {
        QNetworkAccessManager network;
        QNetworkReply *reply =
            network.get(QNetworkRequest(QUrl(QStringLiteral("http://127.0.0.1:%1/json/list").arg(m_port))));
        QSignalSpy finished(reply, &QNetworkReply::finished);
        if (!finished.wait(10000)) {
            *error = QStringLiteral("no answer from /json/list");
            return false;
        }
        const QJsonArray targets = QJsonDocument::fromJson(reply->readAll()).array();
        reply->deleteLater();
        for (const QJsonValue &target : targets) {
            if (target.toObject().value(QStringLiteral("type")).toString() != u"page")
                continue;
            QObject::connect(&m_socket, &QWebSocket::textMessageReceived, [this](const QString &text) {
                const QJsonObject message = QJsonDocument::fromJson(text.toUtf8()).object();
                if (message.contains(QStringLiteral("id")))
                    m_answers.insert(message.value(QStringLiteral("id")).toInt(), message);
            });
            QSignalSpy connected(&m_socket, &QWebSocket::connected);
            m_socket.open(QUrl(target.toObject().value(QStringLiteral("webSocketDebuggerUrl")).toString()));
            if (connected.wait(10000))
                return true;
        }
        *error = QStringLiteral("no page target in chromium");
        return false;
    }

    QTemporaryDir m_profile;
    QProcess m_process;
    quint16 m_port = 0;
    QWebSocket m_socket;
    int m_lastId = 0;
    QHash<int, QJsonObject> m_answers;
};

// The web chat page of a test server on the HTTP port, as empathy-server serves it.
class ChatSite
{
public:
    // `socketUrl`: what --chat-socket-url would say; empty, the page finds the sync port on its own host.
    explicit ChatSite(TestServer &server, const QString &socketUrl = {})
        : m_http(routesFor(server, socketUrl), HttpLimits{}, m_spool.path(), server.context().log,
                 systemClock())
    {}

    bool listen(QString *error) { return m_http.listen(QHostAddress::LocalHost, 0, error); }
    QString url() const { return QStringLiteral("http://127.0.0.1:%1/").arg(m_http.port()); }

private:
    static HttpRoutes routesFor(TestServer &server, const QString &socketUrl)
    {
        HttpRoutes routes;
        ChatPage({socketUrl, server.port(), false}).addRoutes(routes);
        return routes;
    }

    QTemporaryDir m_spool;
    HttpEdge m_http;
};

// The page is loaded and connected: its send button is there and enabled.
const QString sendable =
    QStringLiteral("!!document.getElementById('send') && !document.getElementById('send').disabled");

// Serves the page, starts the browser, opens the page (with `query`: "?lang=fa") and waits until it is
// connected; false with why when any of it does not happen.
bool openChat(ChatSite &site, Browser &browser, const QString &query, QString *error)
{
    if (!site.listen(error) || !browser.start(error))
        return false;
    browser.open(site.url() + query);
    if (QTest::qWaitFor([&] { return browser.evaluate(sendable).toBool(); }, 20000))
        return true;
    *error = QStringLiteral("the page did not connect within 20 s");
    return false;
}

} // namespace

class TestWebChat : public QObject
{
    Q_OBJECT

private slots:
    void satisfactionAnsweredInWordsOnOtherChannels()
    {
        TestServer server(20);
        const Agent julia = server.store().accountByLogin(QStringLiteral("julia"))->agent;
        ConversationId email; // or another channel without buttons
        for (const Conversation &c : server.seeded().conversations) {
            if (!email.isValid() && c.channel != Channel::WebChat && c.status != ConversationStatus::Resolved)
                email = c.id;
        }
        QVERIFY(email.isValid());
        auto customerSays = [&](const QString &body) {
            Message m;
            m.id = server.store().nextMessageId();
            m.conversation = email;
            m.direction = Direction::Inbound;
            m.body = body;
            m.sentAt = server.now();
            return m;
        };
        QVERIFY(
            !surveyReply(server.store(), customerSays(QStringLiteral("5")), server.now())); // not asked yet
        const auto resolved = server.operations().apply(
            julia, OpFrame{QStringLiteral("resolve-1"), QStringLiteral("status"),
                           QJsonObject{{QStringLiteral("conversation"), email.value()},
                                       {QStringLiteral("status"), QStringLiteral("resolved")}}});
        QVERIFY(resolved.ack.ok());
        QCOMPARE(server.store().lastMessage(email)->purpose, MessagePurpose::Survey);
        // A lead's note after the question: the customer did not see it, and their score still answers.
        const auto noted = server.operations().apply(
            julia, OpFrame{QStringLiteral("note-1"), QStringLiteral("private_note"),
                           QJsonObject{{QStringLiteral("conversation"), email.value()},
                                       {QStringLiteral("body"), QStringLiteral("Watch this one.")}}});
        QVERIFY(noted.ack.ok());
        QCOMPARE(server.store().lastMessage(email)->purpose, MessagePurpose::Survey);
        for (const QString &notAScore : {QStringLiteral("12 days late"), QStringLiteral("3.5"),
                                         QStringLiteral("0"), QStringLiteral("thanks"), QStringLiteral("6")})
            QVERIFY2(!surveyReply(server.store(), customerSays(notAScore), server.now()),
                     qPrintable(notAScore));
        auto answer =
            surveyReply(server.store(), customerSays(QStringLiteral("4 - quick and kind")), server.now());
        QVERIFY(answer);
        QCOMPARE(answer->score, 4);
        QCOMPARE(answer->comment, QStringLiteral("quick and kind"));
        QCOMPARE(answer->kind, SurveyKind::Csat);
        answer = surveyReply(server.store(), customerSays(QStringLiteral("۵ ممنون")), server.now());
        QVERIFY(answer);
        QCOMPARE(answer->score, 5); // Persian digits count
        server.store().putSurveyAnswer(*answer);
        QVERIFY(!surveyReply(server.store(), customerSays(QStringLiteral("3")), server.now())); // once
    }

    // The page's words are one table (JSON in chat.html): every language has every text English has,
    // none of them empty.
    void everyLanguageOfThePageHasEveryText()
    {
        const ChatPage page({QString(), 1, false}); // its resources are registered with it
        QFile file(QStringLiteral(":/empathy/server/chat.html"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray html = file.readAll();
        const QByteArray start = "<script type=\"application/json\" id=\"texts\">";
        const qsizetype from = html.indexOf(start);
        QVERIFY(from >= 0);
        const qsizetype to = html.indexOf("</script>", from);
        QJsonParseError error;
        const QJsonObject texts =
            QJsonDocument::fromJson(html.mid(from + start.size(), to - from - start.size()), &error).object();
        QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
        QCOMPARE(texts.keys(), (QStringList{QStringLiteral("en"), QStringLiteral("fa"), QStringLiteral("pl"),
                                            QStringLiteral("ro"), QStringLiteral("ru")}));
        // Every text's path (errors.frames) with whether it is a non-empty string.
        const std::function<QStringList(const QJsonObject &, const QString &)> paths =
            [&](const QJsonObject &object, const QString &prefix) {
                QStringList found;
                for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
                    if (it->isObject())
                        found += paths(it->toObject(), prefix + it.key() + u'.');
                    else
                        found.append(prefix + it.key() +
                                     (it->toString().isEmpty() ? QStringLiteral(" (empty)") : QString()));
                }
                return found;
            };
        const QStringList english = paths(texts.value(QStringLiteral("en")).toObject(), QString());
        QVERIFY(english.contains(QStringLiteral("errors.frames")));
        QVERIFY2(!english.join(u',').contains(QStringLiteral("(empty)")), qPrintable(english.join(u',')));
        for (auto it = texts.constBegin(); it != texts.constEnd(); ++it)
            QCOMPARE(paths(it->toObject(), it.key() + u':'),
                     paths(texts.value(QStringLiteral("en")).toObject(), it.key() + u':'));
    }

    // A customer writing faster than the limits: what the server refused is back in the box, the button
    // waits, and the customer sends it again after the wait.
    void aPageWritingTooFastGetsItsTextBack()
    {
        TestServer server(5);
        ConnectionLimits limits;
        limits.visitorMessagesPerMinute = 60; // one a second once the burst is used
        limits.visitorMessageBurst = 1;
        server.start(0, limits);
        ChatSite site(server);
        QString error;
        Browser browser;
        QVERIFY2(openChat(site, browser, QString(), &error), qPrintable(error));
        const auto submit = [&](const QString &text) {
            browser.evaluate(QStringLiteral("document.getElementById('text').value = '%1';"
                                            "document.getElementById('form').requestSubmit(); true")
                                 .arg(text));
        };
        submit(QStringLiteral("Pierwsza wiadomość"));
        submit(QStringLiteral("Druga wiadomość"));
        QTRY_COMPARE_WITH_TIMEOUT(
            browser.evaluate(QStringLiteral("document.getElementById('text').value")).toString(),
            QStringLiteral("Druga wiadomość"), 20000);
        QVERIFY(browser.evaluate(QStringLiteral("document.getElementById('send').disabled")).toBool());
        QVERIFY(browser.evaluate(QStringLiteral("document.getElementById('status').textContent"))
                    .toString()
                    .contains(QStringLiteral("wait")));
        // After the wait the button is back and the text goes through.
        QTRY_VERIFY_WITH_TIMEOUT(browser.evaluate(sendable).toBool(), 20000);
        browser.evaluate(QStringLiteral("document.getElementById('form').requestSubmit(); true"));
        QTRY_VERIFY_WITH_TIMEOUT(
            browser
                .evaluate(
                    QStringLiteral("document.getElementById('log').innerText.includes('Druga wiadomość')"))
                .toBool(),
            20000);
    }

    // The page speaks the language the site asks for (or the browser's): Persian right to left, its words
    // in Persian, and the customer and conversation stored in Persian. An unknown one falls back to English.
    void thePageSpeaksTheCustomersLanguage()
    {
        TestServer server(0);
        ChatSite site(server);
        QString error;
        Browser browser;
        QVERIFY2(openChat(site, browser, QStringLiteral("?lang=fa"), &error), qPrintable(error));
        QCOMPARE(browser.evaluate(QStringLiteral("document.documentElement.dir")).toString(),
                 QStringLiteral("rtl"));
        QCOMPARE(browser.evaluate(QStringLiteral("document.getElementById('send').textContent")).toString(),
                 QStringLiteral("ارسال"));
        QCOMPARE(browser.evaluate(QStringLiteral("document.getElementById('status').textContent")).toString(),
                 QStringLiteral("متصل شد."));
        browser.evaluate(QStringLiteral("document.getElementById('text').value = 'سفارشم هنوز نرسیده';"
                                        "document.getElementById('form').requestSubmit(); true"));
        QTRY_VERIFY_WITH_TIMEOUT(server.store().conversationCount() == 1, 20000);
        const auto conversation =
            server.store().conversation(ConversationId(server.store().nextConversationId().value() - 1));
        QVERIFY(conversation);
        QCOMPARE(conversation->language, Language::Persian);

        browser.open(site.url() + QStringLiteral("?lang=xx"));
        QTRY_COMPARE_WITH_TIMEOUT(
            browser.evaluate(QStringLiteral("document.getElementById('send').textContent")).toString(),
            QStringLiteral("Send"), 20000);
        QCOMPARE(browser.evaluate(QStringLiteral("document.documentElement.dir")).toString(),
                 QStringLiteral("ltr"));
    }

    // The page finds the /chat socket on the host it was loaded from (the other tests), or where the
    // server was told browsers reach it; an address that leads nowhere leaves the page saying so.
    void thePageConnectsWhereTheServerSaysBrowsersReachIt()
    {
        TestServer server(0);
        ChatSite told(server, QStringLiteral("ws://127.0.0.1:%1/chat").arg(server.port()));
        QString error;
        Browser browser;
        QVERIFY2(openChat(told, browser, QString(), &error), qPrintable(error));

        // A path on the page's own host: this HTTP port has no socket there, so the page keeps trying.
        ChatSite proxied(server, QStringLiteral("/chat"));
        QVERIFY2(proxied.listen(&error), qPrintable(error));
        browser.open(proxied.url());
        QTRY_COMPARE_WITH_TIMEOUT(
            browser.evaluate(QStringLiteral("document.getElementById('status').textContent")).toString(),
            QStringLiteral("Reconnecting…"), 20000);
        QVERIFY(!browser.evaluate(sendable).toBool());
    }

    // What the server refuses reaches the page as a code it says in the customer's language: here more
    // than 30 frames in 10 s (each message is two: hello and say), in Persian.
    void aRefusalIsSaidInThePagesLanguage()
    {
        TestServer server(0);
        ConnectionLimits limits;
        limits.visitorMessageBurst = 100; // only the frame rate refuses
        limits.addressMessageBurst = 100;
        server.start(0, limits);
        ChatSite site(server);
        QString error;
        Browser browser;
        QVERIFY2(openChat(site, browser, QStringLiteral("?lang=fa"), &error), qPrintable(error));
        browser.evaluate(QStringLiteral("for (let i = 0; i < 16; ++i) {"
                                        "  document.getElementById('text').value = 'پیام ' + i;"
                                        "  document.getElementById('form').requestSubmit();"
                                        "} true"));
        QTRY_COMPARE_WITH_TIMEOUT(
            browser.evaluate(QStringLiteral("document.getElementById('status').textContent")).toString(),
            QStringLiteral("لطفاً آهسته‌تر بنویسید."), 20000);
    }

    void customerInABrowserTalksToAnAgent()
    {
        TestServer server(10);
        ChatSite site(server);
        TestProfile lead;
        SyncEngine engine(lead.reader(), lead.writer());
        engine.start(server.url(), QStringLiteral("julia"), QStringLiteral("password-julia"));
        QTRY_COMPARE_WITH_TIMEOUT(engine.state(), SyncEngine::State::Online, 20000);

        QString error;
        Browser browser;
        QVERIFY2(openChat(site, browser, QString(), &error), qPrintable(error));

        // The customer types and sends.
        const QString question = QStringLiteral("Dzień dobry, gdzie jest moja paczka?");
        browser.evaluate(QStringLiteral("document.getElementById('name').value = 'Zofia Nowak';"
                                        "document.getElementById('text').value = '%1';"
                                        "document.getElementById('form').requestSubmit(); true")
                             .arg(question));

        // The agent's client sees it live, from a new web chat customer.
        QTRY_COMPARE_WITH_TIMEOUT(
            lead.db().scalar("SELECT count(*) FROM messages WHERE body = 'Dzień dobry, gdzie jest "
                             "moja paczka?'"),
            1, 20000);
        auto row =
            lead.db().prepare("SELECT m.conversation_id, c.channel, u.display_name FROM messages m JOIN "
                              "conversations c ON c.id = m.conversation_id JOIN customers u ON u.id = "
                              "c.customer_id WHERE m.body = ?1");
        row.bind(1, question);
        QVERIFY(row.step());
        const ConversationId conversation(row.int64(0));
        QCOMPARE(row.int32(1), int(Channel::WebChat));
        QCOMPARE(row.text(2), QStringLiteral("Zofia Nowak"));
        row.reset();

        // The agent answers; the customer sees the answer in the page.
        lead.writer().queueReply(conversation, QStringLiteral("Sprawdzam to teraz, Pani Zofio."),
                                 server.agent(QStringLiteral("julia")), QDateTime::currentDateTimeUtc(),
                                 Language::Polish);
        engine.flushOutbox();
        QTRY_VERIFY_WITH_TIMEOUT(
            browser
                .evaluate(
                    QStringLiteral("document.getElementById('log').innerText.includes('Sprawdzam to teraz')"))
                .toBool(),
            20000);
        QVERIFY(browser.evaluate(QStringLiteral("document.getElementById('log').innerText.includes('Julia')"))
                    .toBool());

        // Resolved: the page asks how satisfied the customer is, in their language, and the answer lands
        // in the agents' history of the customer.
        QVERIFY(!lead.writer()
                     .queueConversationStatus(conversation, ConversationStatus::Resolved,
                                              QDateTime::currentDateTimeUtc())
                     .isEmpty());
        engine.flushOutbox();
        QTRY_VERIFY_WITH_TIMEOUT(
            browser.evaluate(QStringLiteral("document.querySelectorAll('.survey button').length === 5"))
                .toBool(),
            20000);
        QTRY_COMPARE_WITH_TIMEOUT(lead.db().scalar("SELECT count(*) FROM messages WHERE purpose = 2"), 1,
                                  20000);
        browser.evaluate(QStringLiteral("document.querySelectorAll('.survey button')[3].click(); true"));
        QTRY_COMPARE_WITH_TIMEOUT(
            lead.db().scalar(
                QStringLiteral("SELECT score FROM survey_answers WHERE kind = %1 AND conversation_id = %2")
                    .arg(int(SurveyKind::Csat))
                    .arg(conversation.value())
                    .toUtf8()
                    .constData()),
            4, 20000);
        QTRY_VERIFY_WITH_TIMEOUT(
            browser.evaluate(QStringLiteral("document.getElementById('log').innerText.includes('Thank you')"))
                .toBool(),
            20000);
        QVERIFY(server.store().hasSurveyAnswer(conversation));
        // Resolving again does not ask again.
        lead.writer().queueConversationStatus(conversation, ConversationStatus::Open,
                                              QDateTime::currentDateTimeUtc());
        lead.writer().queueConversationStatus(conversation, ConversationStatus::Resolved,
                                              QDateTime::currentDateTimeUtc());
        engine.flushOutbox();
        QTRY_COMPARE_WITH_TIMEOUT(lead.reader().pendingOperationCount(), 0, 20000);
        int questions = 0;
        for (const Message &m : server.store().messagesAfter(conversation, MessageId()))
            questions += m.purpose == MessagePurpose::Survey;
        QCOMPARE(questions, 1);
    }
};

QTEST_GUILESS_MAIN(TestWebChat)
#include "tst_webchat.moc"
