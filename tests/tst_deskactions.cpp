#include "actions/DeskActions.h"
#include "protocol/Operation.h"
#include "sql/SqliteStatement.h"
#include "TestProfile.h"

#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

using namespace empathy;
using namespace empathy::test;

namespace {

// The operation the outbox holds last, read back through its type.
std::optional<Operation> lastQueued(TestProfile &profile)
{
    auto row = profile.db().prepare("SELECT kind, payload FROM outbox ORDER BY seq DESC LIMIT 1");
    if (!row.step())
        return std::nullopt;
    QString error;
    return decodeOperation(row.text(0), QJsonDocument::fromJson(row.text(1).toUtf8()).object(), &error);
}

MessageId firstCustomerMessage(TestProfile &profile)
{
    return MessageId(profile.db().scalar("SELECT min(id) FROM messages WHERE direction = 1"));
}

} // namespace

// What the agent and the lead do: each action stores its own operation type in the outbox and says so;
// none throws when the cache cannot be written.
class TestDeskActions : public QObject
{
    Q_OBJECT

private slots:
    void eachActionQueuesItsOperation()
    {
        TestProfile profile(30);
        DeskActions actions(profile.reader(), profile.writer(), fixedClock());
        actions.setAgent(AgentId(1));
        QSignalSpy queued(&actions, &DeskActions::queued);
        const ConversationId conversation(1);

        QVERIFY(actions.reply(conversation, QStringLiteral("On it."), MessagePurpose::Apology).queued);
        QCOMPARE(lastQueued(profile),
                 Operation(ReplyOp{conversation, QStringLiteral("On it."), MessagePurpose::Apology}));
        QVERIFY(actions.privateNote(conversation, QStringLiteral("psst")).queued);
        QCOMPARE(lastQueued(profile), Operation(PrivateNoteOp{conversation, QStringLiteral("psst")}));
        const MessageId message = firstCustomerMessage(profile);
        QVERIFY(actions.correctSentiment(message, SentimentLabel::Negative).queued);
        QCOMPARE(lastQueued(profile), Operation(CorrectSentimentOp{message, SentimentLabel::Negative}));
        QVERIFY(actions.setCustomerTone(conversation, PreferredTone::Formal).queued);
        QCOMPARE(lastQueued(profile), Operation(SetCustomerToneOp{conversation, PreferredTone::Formal}));
        QVERIFY(actions.resolve(conversation).queued);
        QCOMPARE(lastQueued(profile), Operation(StatusOp{conversation, ConversationStatus::Resolved}));

        Compensation voucher;
        voucher.conversation = conversation;
        voucher.customer =
            CustomerId(profile.db().scalar("SELECT customer_id FROM conversations WHERE id = 1"));
        voucher.kind = CompensationKind::Voucher;
        voucher.amount = Money{1500, QStringLiteral("EUR")};
        voucher.reason = QStringLiteral("late parcel");
        QVERIFY(actions.compensate(voucher).queued);
        QCOMPARE(lastQueued(profile),
                 Operation(CompensateOp{conversation, CompensationKind::Voucher,
                                        QStringLiteral("late parcel"), OrderId(), 0, voucher.amount}));
        QVERIFY(actions.decideCompensation(CompensationId(4), false, QStringLiteral("no")).queued);
        QCOMPARE(lastQueued(profile),
                 Operation(DecideCompensationOp{CompensationId(4), false, QStringLiteral("no")}));
        QVERIFY(actions.reverseCompensation(CompensationId(4), QStringLiteral("twice")).queued);
        QCOMPARE(lastQueued(profile),
                 Operation(ReverseCompensationOp{CompensationId(4), QStringLiteral("twice")}));

        EmpathyEntry note;
        note.quadrant = EmpathyQuadrant::Feels;
        note.text = QStringLiteral("Worried about the deadline");
        QVERIFY(actions.writeEmpathyNote(conversation, note).queued);
        EmpathyPutOp put;
        put.conversation = conversation;
        put.quadrant = EmpathyQuadrant::Feels;
        put.text = note.text;
        QCOMPARE(lastQueued(profile), Operation(put));
        QVERIFY(actions.setJourneyStage(conversation, JourneyStage::Delivery).queued);
        QCOMPARE(lastQueued(profile), Operation(SetJourneyStageOp{conversation, JourneyStage::Delivery}));

        QVERIFY(actions.acknowledgeAlert(AlertId(3)).queued);
        QCOMPARE(lastQueued(profile),
                 Operation(HandleAlertOp{AlertId(3), HandleAlertOp::Action::Acknowledge, {}}));
        QVERIFY(actions.takeOver(AlertId(3)).queued);
        QCOMPARE(lastQueued(profile),
                 Operation(HandleAlertOp{AlertId(3), HandleAlertOp::Action::TakeOver, {}}));
        QVERIFY(actions.reassign(AlertId(3), AgentId(2)).queued);
        QCOMPARE(lastQueued(profile),
                 Operation(HandleAlertOp{AlertId(3), HandleAlertOp::Action::Reassign, AgentId(2)}));
        QCOMPARE(queued.size(), 13);
    }

    // Nothing to act on: nothing queued, no error.
    void anUnknownTargetQueuesNothing()
    {
        TestProfile profile(5);
        DeskActions actions(profile.reader(), profile.writer(), fixedClock());
        QSignalSpy queued(&actions, &DeskActions::queued);
        const DeskActions::Result result = actions.setCustomerTone(ConversationId(999), PreferredTone::Warm);
        QVERIFY(!result.queued);
        QVERIFY(!result.failed());
        QVERIFY(!actions.correctSentiment(MessageId(999999), SentimentLabel::Positive).queued);
        QCOMPARE(queued.size(), 0);
        QCOMPARE(profile.db().scalar("SELECT count(*) FROM outbox"), 0);
    }

    void aCacheThatCannotBeWrittenIsAnErrorNotAnException()
    {
        TestProfile profile(5);
        DeskActions actions(profile.reader(), profile.writer(), fixedClock());
        QSignalSpy queued(&actions, &DeskActions::queued);
        profile.db().exec("PRAGMA query_only = ON");
        const DeskActions::Result result = actions.reply(ConversationId(1), QStringLiteral("Hello"));
        QVERIFY(result.failed());
        QVERIFY(!result.queued);
        QVERIFY2(result.error.contains(QStringLiteral("readonly")), qPrintable(result.error));
        QVERIFY(actions.resolve(ConversationId(1)).failed());
        QCOMPARE(queued.size(), 0);
        profile.db().exec("PRAGMA query_only = OFF");
        QCOMPARE(profile.db().scalar("SELECT count(*) FROM outbox"), 0);
        QCOMPARE(profile.db().scalar("SELECT count(*) FROM messages WHERE id < 0"), 0);
    }
};

QTEST_GUILESS_MAIN(TestDeskActions)
#include "tst_deskactions.moc"
