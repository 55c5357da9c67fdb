#include "models/ThreadModel.h"
#include "TestProfile.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace empathy;
using namespace empathy::test;

class TestThreadModel : public QObject
{
    Q_OBJECT

private slots:
    void passesTheModelTesterAndAppendsReplies()
    {
        TestProfile profile(40);
        ThreadModel model(profile.reader());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setConversation(ConversationId(3));
        const int before = model.rowCount();
        QVERIFY(before > 0);
        for (int row = 1; row < before; ++row)
            QVERIFY(model.index(row).data(ThreadModel::SentAtRole).toDateTime() >=
                    model.index(row - 1).data(ThreadModel::SentAtRole).toDateTime());
        const QModelIndex first = model.index(0);
        QCOMPARE(first.data(ThreadModel::DirectionRole).toInt(), int(Direction::Inbound));
        QCOMPARE(first.data(ThreadModel::AuthorNameRole).toString(),
                 profile.reader().inboxRow(ConversationId(3))->customerName);

        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        profile.writer().queueReply(ConversationId(3), QStringLiteral("On it."), AgentId(1), fixedNow(),
                                    Language::English);
        model.reload();
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(model.rowCount(), before + 1);
        const QModelIndex last = model.index(before);
        QCOMPARE(last.data(ThreadModel::BodyRole).toString(), QStringLiteral("On it."));
        QCOMPARE(last.data(ThreadModel::DeliveryRole).toInt(), int(DeliveryState::Pending));
        QCOMPARE(last.data(ThreadModel::AuthorNameRole).toString(), QStringLiteral("Alex Morgan"));

        model.setConversation(ConversationId());
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestThreadModel)
#include "tst_threadmodel.moc"
