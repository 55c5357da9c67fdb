// Scores travel from the server to every client, and an agent's correction goes back: stored at once
// in their cache, applied by the server exactly once, recorded for improving the engine, and synced to
// the other agents' clients.
#include "DomainScoring.h"
#include "ops/SentimentRescorer.h"
#include "sync/SyncEngine.h"
#include "TestDesk.h"
#include "TestProfile.h"
#include "TestServer.h"

#include <QSignalSpy>
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

    // After an engine upgrade the server scores its stored messages again, in batches: changed scores are
    // stored and reach the clients, an agent's correction stays, agents' messages are left alone, and it
    // happens once per engine, going on where it stopped after a restart.
    void storedMessagesAreScoredAgainByANewEngine()
    {
        TestServer server(200); // seeded without a scorer: the customers' messages are unscored
        Desk alex;
        QVERIFY(alex.logIn(server.url(), QStringLiteral("alex")));
        QTRY_VERIFY(alex.count("SELECT count(*) FROM messages") > 0);

        QList<Message> inbound;
        for (const Message &m : server.seeded().messages) {
            if (m.direction == Direction::Inbound && !m.body.isEmpty())
                inbound.append(m);
        }
        QVERIFY(inbound.size() > SentimentRescorer::batchSize); // more than one batch
        Message corrected = inbound.takeFirst();
        corrected.sentiment.valence = 0.7f;
        corrected.sentiment.label = SentimentLabel::Positive;
        corrected.sentiment.confidence = 1.0f;
        corrected.sentiment.correctedByAgent = true;
        Message stale = inbound.front(); // scored by an "old engine" that saw no feeling in anything
        stale.sentiment.valence = 0.0f;
        stale.sentiment.label = SentimentLabel::Neutral;
        server.store().inTransaction([&] {
            server.store().putMessage(corrected);
            server.store().putMessage(stale);
            server.store().setStateValue(QStringLiteral("emotion_engine"), QStringLiteral("old"));
        });

        const MessageScorer scorer = [this](Message &m) { emotion::scoreMessage(*m_engine, m); };
        SentimentRescorer rescorer(server.store(), scorer, m_engine->fingerprint());
        QObject::connect(&rescorer, &SentimentRescorer::published, &server.server(),
                         &SyncServer::publishChanges);
        QSignalSpy finished(&rescorer, &SentimentRescorer::finished);
        QVERIFY(rescorer.isOutdated());
        QVERIFY(rescorer.startIfOutdated());
        QVERIFY(!rescorer.startIfOutdated()); // already running
        QVERIFY(finished.wait(20000));
        QCOMPARE(finished.at(0).at(0).toLongLong(), qint64(inbound.size()));
        QCOMPARE(finished.at(0).at(1).toLongLong(), qint64(inbound.size()));

        for (const Message &m : inbound) {
            const auto now = server.store().message(m.id);
            QVERIFY(now && now->sentiment.isScored());
            Message expected = m;
            expected.sentiment = Sentiment();
            emotion::scoreMessage(*m_engine, expected);
            QCOMPARE(*now->sentiment.valence, *expected.sentiment.valence);
            QCOMPARE(now->sentiment.emotion, expected.sentiment.emotion);
        }
        const auto keptCorrection = server.store().message(corrected.id);
        QVERIFY(keptCorrection->sentiment.correctedByAgent);
        QCOMPARE(*keptCorrection->sentiment.valence, 0.7f);
        for (const Message &m : server.seeded().messages) {
            if (m.direction == Direction::Outbound)
                QVERIFY(!server.store().message(m.id)->sentiment.isScored());
        }
        // The clients have them too.
        const QByteArray staleSynced =
            QStringLiteral("SELECT count(*) FROM messages WHERE id = %1 AND valence = %2")
                .arg(stale.id.value())
                .arg(double(*server.store().message(stale.id)->sentiment.valence), 0, 'g', 17)
                .toUtf8();
        QTRY_COMPARE(alex.count(staleSynced.constData()), 1);

        // Once per engine.
        SentimentRescorer again(server.store(), scorer, m_engine->fingerprint());
        QVERIFY(!again.isOutdated());
        QVERIFY(!again.startIfOutdated());

        // Interrupted after the first batch (a restart): it goes on from where it was, and changes nothing
        // that is already this engine's.
        const MessageId middle = inbound.at(SentimentRescorer::batchSize).id;
        server.store().inTransaction([&] {
            server.store().setStateValue(QStringLiteral("emotion_engine"), QStringLiteral("old"));
            server.store().setStateValue(QStringLiteral("rescoring_cursor"), QString::number(middle.value()));
        });
        const qint64 headBefore = server.store().head();
        SentimentRescorer resumed(server.store(), scorer, m_engine->fingerprint());
        QSignalSpy resumedFinished(&resumed, &SentimentRescorer::finished);
        QVERIFY(resumed.startIfOutdated());
        QVERIFY(resumedFinished.wait(20000));
        qint64 after = 0;
        for (const Message &m : inbound)
            after += m.id.value() > middle.value();
        QCOMPARE(resumedFinished.at(0).at(0).toLongLong(), after);
        QCOMPARE(resumedFinished.at(0).at(1).toLongLong(), qint64(0));
        QCOMPARE(server.store().head(), headBefore); // nothing stored again
        QVERIFY(!resumed.isOutdated());

        // A different engine: a different fingerprint.
        QString error;
        const auto lexiconOnly = emotion::EmotionEngine::loadBuiltIn(&error, false);
        QVERIFY(lexiconOnly);
        QVERIFY(lexiconOnly->fingerprint() != m_engine->fingerprint());
        QCOMPARE(emotion::EmotionEngine::loadBuiltIn(&error)->fingerprint(), m_engine->fingerprint());
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
