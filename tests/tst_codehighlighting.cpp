// Code, data and logs in customers' messages: found in the text, highlighted with KDE Syntax-Highlighting
// (whichever backend this build has) off the GUI thread, cached, and shown in the conversation.
#include "code/AsyncCodeHighlighter.h"
#include "code/CodeHighlighter.h"
#include "code/CodeSegments.h"
#include "ConversationView.h"
#include "MainWindow.h"
#include "models/ThreadModel.h"
#include "TestProfile.h"
#include "ThreadDocument.h"

#include <QSettings>
#include <QSignalSpy>
#include <QTest>
#include <QTextBrowser>

using namespace empathy;
using namespace empathy::test;

namespace {

const QString json = QStringLiteral("{\"order\": 100482, \"status\": \"lost\", \"items\": [1, 2]}");

QString syntaxes(const QList<TextSegment> &segments)
{
    QStringList out;
    for (const TextSegment &s : segments)
        out << (s.isCode() ? s.syntax : QStringLiteral("prose"));
    return out.join(u'|');
}

QString withoutTags(QString html)
{
    html.remove(QRegularExpression(QStringLiteral("<[^>]*>")));
    return html.replace(QStringLiteral("&quot;"), QStringLiteral("\""))
        .replace(QStringLiteral("&lt;"), QStringLiteral("<"))
        .replace(QStringLiteral("&gt;"), QStringLiteral(">"))
        .replace(QStringLiteral("&amp;"), QStringLiteral("&"));
}

} // namespace

class TestCodeHighlighting : public QObject
{
    Q_OBJECT

private slots:
    void findsCodeDataAndLogs_data()
    {
        QTest::addColumn<QString>("body");
        QTest::addColumn<QString>("expected");
        QTest::newRow("fenced json") << u"The app says:\n```json\n"_qs + json + u"\n```\nWhat now?"_qs
                                     << u"prose|JSON|prose"_qs;
        QTest::newRow("fence without tag") << u"```\n<a><b>1</b></a>\n```"_qs << u"XML"_qs;
        QTest::newRow("bare json") << json << u"JSON"_qs;
        QTest::newRow("json after prose") << u"Here is the response:\n"_qs + json << u"prose|JSON"_qs;
        QTest::newRow("xml") << u"<?xml version=\"1.0\"?>\n<invoice id=\"7\"><total>12</total></invoice>"_qs
                             << u"XML"_qs;
        QTest::newRow("java stack") << u"It crashes:\njava.lang.IllegalStateException: cart empty\n    at "
                                       u"shop.Cart.pay(Cart.java:42)\n"
                                       "    at shop.App.main(App.java:7)\nPlease help"_qs
                                    << u"prose|Log File (simplified)|prose"_qs;
        QTest::newRow("python traceback")
            << u"Traceback (most recent call last):\n  File \"app.py\", line 3, in <module>\n    pay()\n"
               "ValueError: no card"_qs
            << u"Log File (simplified)"_qs;
        QTest::newRow("log lines")
            << u"Logs:\n2026-11-23 10:00:01 INFO start\n2026-11-23 10:00:02 ERROR payment "
               "declined\nThanks"_qs
            << u"prose|Log File (simplified)|prose"_qs;
        QTest::newRow("bracketed log levels")
            << u"[INFO] started\n[ERROR] card declined\n[INFO] retry"_qs << u"Log File (simplified)"_qs;
        QTest::newRow("json block then prose")
            << u"Response:\n[\n  {\"id\": 1, \"note\": \"a ] in text\"}\n]\nIs that right?"_qs
            << u"prose|JSON|prose"_qs;
        QTest::newRow("braces in prose") << u"My order {the blue one} is late"_qs << u"prose"_qs;
        QTest::newRow("persian and json") << u"سفارش من:\n"_qs + json << u"prose|JSON"_qs;
        QTest::newRow("no code") << u"Where is my parcel?"_qs << u"prose"_qs;
    }

    void findsCodeDataAndLogs()
    {
        QFETCH(QString, body);
        QFETCH(QString, expected);
        QCOMPARE(syntaxes(splitCode(body)), expected);
    }

    void fenceTags()
    {
        QCOMPARE(syntaxForFence(u"py"), u"Python"_qs);
        QCOMPARE(syntaxForFence(u"C++"), u"C++"_qs);
        QCOMPARE(syntaxForFence(u"klingon"), QString());
    }

    void backendHighlights()
    {
        const auto backend = makeCodeHighlighter();
        QVERIFY2(backend,
                 "no KDE Syntax-Highlighting backend: scripts/setup installs kate-syntax-highlighter");
        qInfo() << "backend:" << backend->backend();
        const auto html = backend->highlight(json, u"JSON"_qs, u"Breeze Light"_qs);
        QVERIFY(html);
        QVERIFY2(html->contains(u"<span style=\"color:"_qs), qPrintable(*html));
        QCOMPARE(withoutTags(*html), json); // coloured, not changed
        const auto tricky = backend->highlight(u"<a href=\"x\">&amp;</a>"_qs, u"XML"_qs, u"Breeze Dark"_qs);
        QVERIFY(tricky);
        QCOMPARE(withoutTags(*tricky), u"<a href=\"x\">&amp;</a>"_qs);
        QVERIFY(!backend->highlight(json, u"No Such Syntax"_qs, u"Breeze Light"_qs));
    }

    void asyncAndCached()
    {
        AsyncCodeHighlighter highlighter(makeCodeHighlighter());
        QSignalSpy ready(&highlighter, &AsyncCodeHighlighter::ready);
        QVERIFY(highlighter.cached(json, u"JSON"_qs, u"Breeze Light"_qs).isNull()); // queued, not waited for
        QVERIFY(ready.wait(20000));
        const QString html = highlighter.cached(json, u"JSON"_qs, u"Breeze Light"_qs);
        QVERIFY(html.contains(u"<span"_qs));
        QCOMPARE(highlighter.highlightedCount(), 1);
        QCOMPARE(highlighter.cached(json, u"JSON"_qs, u"Breeze Light"_qs), html); // from the cache
        QCOMPARE(highlighter.highlightedCount(), 1);
        // A failure is not retried for every repaint.
        QVERIFY(highlighter.cached(json, u"No Such Syntax"_qs, u"Breeze Light"_qs).isNull());
        highlighter.waitForDone();
        QVERIFY(highlighter.cached(json, u"No Such Syntax"_qs, u"Breeze Light"_qs).isNull());
        highlighter.waitForDone();
        QCOMPARE(highlighter.highlightedCount(), 2);

        AsyncCodeHighlighter none(nullptr); // nothing installed: plain blocks, no work
        QVERIFY(none.cached(json, u"JSON"_qs, u"Breeze Light"_qs).isNull());
        QCOMPARE(none.highlightedCount(), 0);
    }

    void shownHighlightedInTheConversation()
    {
        TestProfile profile;
        DataBatch batch = oneConversation(QStringLiteral("Ryan Turner"));
        const Conversation conversation = batch.conversations.front();
        Message message;
        message.id = MessageId(1);
        message.conversation = conversation.id;
        message.body = u"The checkout answers:\n```json\n"_qs + json + u"\n```\nWhy <b>lost</b>?"_qs;
        message.sentAt = fixedNow().addSecs(-300);
        batch.messages = {message};
        profile.writer().writeBatch(batch);

        QSettings settings(profile.dir() + u"/settings.ini"_qs, QSettings::IniFormat);
        MainWindow window(profile.reader(), profile.history(), profile.writer(), AgentId(1), fixedClock(),
                          settings);
        AsyncCodeHighlighter highlighter(makeCodeHighlighter());
        window.setCodeHighlighter(&highlighter);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.selectConversation(conversation.id);
        QTRY_COMPARE(window.threadModel()->conversation(), conversation.id);

        // At once: the code in a plain block, the prose escaped; then, without blocking, in colour.
        QTextBrowser *browser = window.conversationView()->threadBrowser();
        QVERIFY(browser->toPlainText().contains(u"\"status\": \"lost\""_qs));
        QVERIFY(browser->toPlainText().contains(u"Why <b>lost</b>?"_qs));
        const QString keyColour = u"#0057ae"_qs; // JSON keys in Breeze Light, the theme of a light palette
        QVERIFY(!browser->toHtml().contains(keyColour));
        QTRY_VERIFY_WITH_TIMEOUT(browser->toHtml().contains(keyColour), 20000);
        QVERIFY(browser->toPlainText().contains(u"\"status\": \"lost\""_qs));
    }
};

QTEST_MAIN(TestCodeHighlighting)
#include "tst_codehighlighting.moc"
