// Scores travel from the server to every client, and an agent's correction goes back: stored at once
// in their cache, applied by the server exactly once, recorded for improving the engine, and synced to
// the other agents' clients.
#include "DomainScoring.h"
#include "sync/SyncEngine.h"
#include "TestDesk.h"
#include "TestProfile.h"
#include "TestServer.h"

#include <QTest>

using namespace empathy;
using namespace empathy::test;

class TestSentimentCorrection : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<emotion::EmotionEngine> m_engine;

private slots:
    void initTestCase()
    {
        QString error;
        m_engine = emotion::EmotionEngine::loadBuiltIn(&error);
        QVERIFY2(m_engine, qPrintable(error));
    }

    void scoredOnTheServerCorrectedByAnAgentSyncedToAll()
    {
        TestServer server(60);
        server.setScorer([this](Message &m) { emotion::scoreMessage(*m_engine, m); });
        Desk lead;
        Desk alex;
        QVERIFY(lead.logIn(server.url(), QStringLiteral("julia")));
        QVERIFY(alex.logIn(server.url(), QStringLiteral("alex")));

        const ConversationId target = firstUnassigned(server.seeded());
        Message incoming;
        incoming.id = MessageId(910000);
        incoming.conversation = target;
        incoming.direction = Direction::Inbound;
        incoming.body = QStringLiteral("Wonderful, the parcel is broken again. Great job.");
        incoming.sentAt = QDateTime(QDate(2026, 3, 1), QTime(9, 5), Qt::UTC);
        incoming.language = Language::English;
        DataBatch batch;
        batch.messages = {incoming};
        server.publish(batch);

        const QString scored =
            QStringLiteral("SELECT count(*) FROM messages WHERE id = 910000 AND valence IS NOT NULL");
        QTRY_COMPARE(lead.count(scored.toUtf8().constData()), 1);
        QTRY_COMPARE(alex.count(scored.toUtf8().constData()), 1);
        const auto serverCopy = server.store().message(MessageId(910000));
        QVERIFY(serverCopy && serverCopy->sentiment.isScored());
        QVERIFY(!serverCopy->sentiment.correctedByAgent);
        const auto moodBefore = alex.profile.reader().inboxRow(target)->mood;
        QVERIFY(moodBefore.has_value());

        // Sarcasm: the agent knows better. Stored and shown at once, before the server has it.
        const QString opId = alex.profile.writer().queueCorrection(
            MessageId(910000), SentimentLabel::Negative, QDateTime::currentDateTimeUtc());
        QVERIFY(!opId.isEmpty());
        const QString corrected =
            QStringLiteral("SELECT count(*) FROM messages WHERE id = 910000 AND sentiment_corrected = 1 AND "
                           "sentiment_label = -1");
        QCOMPARE(alex.count(corrected.toUtf8().constData()), 1);
        QCOMPARE(alex.profile.reader().pendingOperationCount(), 1);
        QVERIFY(*alex.profile.reader().inboxRow(target)->mood < 0);

        alex.engine.flushOutbox();
        QTRY_COMPARE(alex.profile.reader().pendingOperationCount(), 0);
        QTRY_COMPARE(lead.count(corrected.toUtf8().constData()), 1); // the other agent sees the correction
        QCOMPARE(alex.count(corrected.toUtf8().constData()), 1);
        const auto afterServer = server.store().message(MessageId(910000));
        QVERIFY(afterServer->sentiment.correctedByAgent);
        QCOMPARE(afterServer->sentiment.label, SentimentLabel::Negative);
        QCOMPARE(server.store().correctionCount(), 1); // kept for improving the engine
    }

    void refusedCorrections()
    {
        TestServer server(20);
        OperationService operations(server.store(), [] { return QDateTime::currentDateTimeUtc(); });
        const auto julia = server.store().accountByLogin(QStringLiteral("julia"))->agent;
        const Message customer = [&] {
            for (const Message &m : server.seeded().messages)
                if (m.direction == Direction::Inbound)
                    return m;
            return Message();
        }();
        const Message ours = [&] {
            for (const Message &m : server.seeded().messages)
                if (m.direction == Direction::Outbound)
                    return m;
            return Message();
        }();
        QVERIFY(customer.id.isValid() && ours.id.isValid());
        auto apply = [&](const QString &id, qint64 message, const QString &label) {
            return operations
                .apply(julia, OpFrame{id, QStringLiteral("correct_sentiment"),
                                      QJsonObject{{QStringLiteral("message"), message},
                                                  {QStringLiteral("label"), label}}})
                .ack;
        };
        QCOMPARE(apply(QStringLiteral("op-1"), customer.id.value(), QStringLiteral("furious")).errorCode,
                 errorCodeKey(ErrorCode::Invalid));
        QCOMPARE(apply(QStringLiteral("op-2"), ours.id.value(), QStringLiteral("negative")).errorCode,
                 errorCodeKey(ErrorCode::Invalid));
        QCOMPARE(apply(QStringLiteral("op-3"), 99999999, QStringLiteral("negative")).errorCode,
                 errorCodeKey(ErrorCode::NotFound));
        QVERIFY(apply(QStringLiteral("op-4"), customer.id.value(), QStringLiteral("positive")).ok());
        QVERIFY(
            apply(QStringLiteral("op-4"), customer.id.value(), QStringLiteral("positive")).ok()); // a resend
        QCOMPARE(server.store().correctionCount(), 1); // applied once
    }
};

QTEST_MAIN(TestSentimentCorrection)
#include "tst_sentimentcorrection.moc"
