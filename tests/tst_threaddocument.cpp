#include "DurationText.h"
#include "models/ThreadModel.h"
#include "TestProfile.h"
#include "ThreadDocument.h"

#include <QTest>
#include <QTextBlock>
#include <QTextDocument>

using namespace empathy;
using namespace empathy::test;

namespace {

// Colours the tests look for: customers' bubbles white, agents' cyan.
ThreadStyle plainStyle()
{
    ThreadStyle style;
    style.inboundBackground = Qt::white;
    style.outboundBackground = Qt::cyan;
    style.metaText = Qt::gray;
    style.now = fixedNow();
    return style;
}

} // namespace

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
        ThreadStyle style = plainStyle();
        style.noteBackground = Qt::yellow;
        const QString html = threadHtml(model, style);
        QCOMPARE(html.count(QStringLiteral("Private note: the customer does not see it")), 1);
        QCOMPARE(html.count(QColor(Qt::yellow).name()), 1); // the note only, not the reply
    }

    void serverNoticeIsALineBetweenTheMessages()
    {
        TestProfile profile;
        DataBatch batch = oneConversation(QStringLiteral("Anna Nowak"));
        const Conversation conversation = batch.conversations.front();
        const auto message = [&](qint64 id, Direction direction, MessagePurpose purpose,
                                 const QString &body) {
            Message m;
            m.id = MessageId(id);
            m.conversation = conversation.id;
            m.direction = direction;
            m.purpose = purpose;
            m.body = body;
            m.sentAt = fixedNow().addSecs(-60 + id);
            return m;
        };
        batch.messages = {
            message(1, Direction::Inbound, MessagePurpose::Plain, QStringLiteral("Where is my parcel?")),
            message(2, Direction::Outbound, MessagePurpose::Notice, notice::visitorThrottled.toString()),
            // from a newer server
            message(3, Direction::Outbound, MessagePurpose::Notice, QStringLiteral("mailbox_full"))};
        profile.writer().writeBatch(batch);

        ThreadModel model(profile.reader());
        model.setConversation(conversation.id);
        QCOMPARE(model.rowCount(), 3);
        const ThreadStyle style = plainStyle();
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
        ThreadStyle style = plainStyle();
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
