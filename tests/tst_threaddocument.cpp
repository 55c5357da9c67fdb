#include "DurationText.h"
#include "models/ThreadModel.h"
#include "TestProfile.h"
#include "ThreadDocument.h"

#include <QTest>
#include <QTextBlock>
#include <QTextDocument>

using namespace empathy;
using namespace empathy::test;

class TestThreadDocument : public QObject
{
    Q_OBJECT

private slots:
    void privateNoteIsMarkedAsTheTeams()
    {
        TestProfile profile;
        profile.writer().writeAgents(
            {Agent{AgentId(10), QStringLiteral("julia"), QStringLiteral("Julia Adamska"), AgentRole::Lead}});
        DataBatch batch = oneConversation(QStringLiteral("Anna Nowak"));
        const Conversation conversation = batch.conversations.front();
        Message note;
        note.id = MessageId(1);
        note.conversation = conversation.id;
        note.direction = Direction::Outbound;
        note.author = AgentId(10);
        note.purpose = MessagePurpose::PrivateNote;
        note.body = QStringLiteral("Offer the voucher, please.");
        note.sentAt = fixedNow().addSecs(-60);
        Message reply = note;
        reply.id = MessageId(2);
        reply.purpose = MessagePurpose::Plain;
        reply.body = QStringLiteral("We are sorry about the delay.");
        batch.messages = {note, reply};
        profile.writer().writeBatch(batch);

        ThreadModel model(profile.reader());
        model.setConversation(conversation.id);
        QCOMPARE(model.index(0).data(ThreadModel::PurposeRole).toInt(), int(MessagePurpose::PrivateNote));
        ThreadStyle style;
        style.inboundBackground = Qt::white;
        style.outboundBackground = Qt::cyan;
        style.noteBackground = Qt::yellow;
        style.metaText = Qt::gray;
        style.now = fixedNow();
        const QString html = threadHtml(model, style);
        QCOMPARE(html.count(QStringLiteral("Private note: the customer does not see it")), 1);
        QCOMPARE(html.count(QColor(Qt::yellow).name()), 1); // the note only, not the reply
    }

    void serverNoticeIsALineBetweenTheMessages()
    {
        TestProfile profile;
        DataBatch batch = oneConversation(QStringLiteral("Anna Nowak"));
        const Conversation conversation = batch.conversations.front();
        Message said;
        said.id = MessageId(1);
        said.conversation = conversation.id;
        said.direction = Direction::Inbound;
        said.body = QStringLiteral("Where is my parcel?");
        said.sentAt = fixedNow().addSecs(-60);
        Message throttled;
        throttled.id = MessageId(2);
        throttled.conversation = conversation.id;
        throttled.direction = Direction::Outbound;
        throttled.purpose = MessagePurpose::Notice;
        throttled.body = notice::visitorThrottled.toString();
        throttled.sentAt = fixedNow().addSecs(-30);
        Message unknown = throttled; // from a newer server
        unknown.id = MessageId(3);
        unknown.body = QStringLiteral("mailbox_full");
        batch.messages = {said, throttled, unknown};
        profile.writer().writeBatch(batch);

        ThreadModel model(profile.reader());
        model.setConversation(conversation.id);
        QCOMPARE(model.rowCount(), 3);
        ThreadStyle style;
        style.inboundBackground = Qt::white;
        style.outboundBackground = Qt::cyan;
        style.metaText = Qt::gray;
        style.now = fixedNow();
        const QString html = threadHtml(model, style);
        QCOMPARE(html.count(QStringLiteral("The customer wrote faster than the web chat allows")), 1);
        QVERIFY(!html.contains(notice::visitorThrottled));
        QCOMPARE(html.count(QStringLiteral("Notice from the server: mailbox_full")), 1);
        QCOMPARE(html.count(QColor(Qt::cyan).name()), 0); // no one's bubble
        QCOMPARE(html.count(QStringLiteral("<p align=\"center\"")), 2);
    }

    void mixedDirectionsAndEscaping()
    {
        TestProfile profile;
        profile.writer().writeAgents(
            {Agent{AgentId(1), QStringLiteral("sara"), QStringLiteral("Sara Karimi"), AgentRole::Agent}});
        DataBatch batch = oneConversation(QStringLiteral("مریم محمدی"), Channel::Telegram);
        const Conversation conversation = batch.conversations.front();
        Message persian;
        persian.id = MessageId(1);
        persian.conversation = conversation.id;
        persian.body = QStringLiteral("سفارش #100482 هنوز نرسیده <script>");
        persian.sentAt = fixedNow().addSecs(-300);
        Message english = persian;
        english.id = MessageId(2);
        english.direction = Direction::Outbound;
        english.author = AgentId(1);
        english.body = QStringLiteral("Order #100482 left the warehouse today.\nTracking follows.");
        english.sentAt = fixedNow().addSecs(-200);
        batch.messages = {persian, english};
        profile.writer().writeBatch(batch);

        ThreadModel model(profile.reader());
        model.setConversation(conversation.id);
        ThreadStyle style;
        style.inboundBackground = Qt::white;
        style.outboundBackground = Qt::cyan;
        style.metaText = Qt::gray;
        style.now = fixedNow();
        const QString html = threadHtml(model, style);
        QVERIFY(html.contains(QStringLiteral("&lt;script&gt;")));
        QVERIFY(!html.contains(QStringLiteral("<script>")));

        QTextDocument document;
        document.setHtml(html);
        const QString text = document.toPlainText();
        QVERIFY(text.contains(QStringLiteral("مریم محمدی")));
        QVERIFY(text.contains(QStringLiteral("Sara Karimi")));
        QVERIFY(text.contains(QStringLiteral("Tracking follows.")));

        bool sawRtl = false;
        bool sawLtr = false;
        for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
            if (block.text().contains(QStringLiteral("هنوز نرسیده")))
                sawRtl = block.textDirection() == Qt::RightToLeft;
            if (block.text().contains(QStringLiteral("left the warehouse")))
                sawLtr = block.textDirection() == Qt::LeftToRight;
        }
        QVERIFY(sawRtl);
        QVERIFY(sawLtr);
        // The author's name is closed with a left-to-right mark in a left-to-right layout, so the date
        // after a Persian name stays in reading order.
        QVERIFY(text.contains(QStringLiteral("مریم محمدی\u200E")));

        // In a right-to-left layout the date and the channel stay whole, each embedded left to right.
        style.rightToLeft = true;
        const QString rtlHtml = threadHtml(model, style);
        QVERIFY(rtlHtml.contains(QStringLiteral("\u202A") +
                                 DurationText::dateTime(persian.sentAt.toLocalTime()) +
                                 QStringLiteral("\u202C")));
        QVERIFY(rtlHtml.contains(QStringLiteral("\u202ATelegram\u202C")));
    }
};

QTEST_MAIN(TestThreadDocument)
#include "tst_threaddocument.moc"
