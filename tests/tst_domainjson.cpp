#include "demo/DemoGenerator.h"
#include "protocol/DomainJson.h"

#include <QJsonDocument>
#include <QTest>

using namespace empathy;

namespace {

DataBatch generated()
{
    QList<PhraseBook> books;
    for (Language language : supportedLanguages)
        books.append(*PhraseBook::load(language));
    DemoOptions options;
    options.seed = 4;
    options.now = QDateTime(QDate(2026, 5, 1), QTime(8, 0), Qt::UTC);
    DemoGenerator generator(options, books);
    return generator.next(300);
}

// Through text, as on the wire.
QJsonObject wire(const QJsonObject &object)
{
    return QJsonDocument::fromJson(QJsonDocument(object).toJson(QJsonDocument::Compact)).object();
}

} // namespace

class TestDomainJson : public QObject
{
    Q_OBJECT

private slots:
    void generatedDataRoundTrips()
    {
        const DataBatch batch = generated();
        QString error;
        for (const Customer &c : batch.customers) {
            const auto back = DomainJson::readCustomer(wire(DomainJson::write(c)), &error);
            QVERIFY2(back, qPrintable(error));
            QCOMPARE(back->id, c.id);
            QCOMPARE(back->displayName, c.displayName);
            QCOMPARE(back->firstName, c.firstName);
            QCOMPARE(back->preferredLanguage, c.preferredLanguage);
            QCOMPARE(back->createdAt, c.createdAt);
            QCOMPARE(back->identities.size(), c.identities.size());
            for (int i = 0; i < c.identities.size(); ++i) {
                QCOMPARE(back->identities.at(i).kind, c.identities.at(i).kind);
                QCOMPARE(back->identities.at(i).value, c.identities.at(i).value);
            }
        }
        for (const Conversation &c : batch.conversations) {
            const auto back = DomainJson::readConversation(wire(DomainJson::write(c)), &error);
            QVERIFY2(back, qPrintable(error));
            QCOMPARE(back->id, c.id);
            QCOMPARE(back->customer, c.customer);
            QCOMPARE(back->channel, c.channel);
            QCOMPARE(back->status, c.status);
            QCOMPARE(back->priority, c.priority);
            QCOMPARE(back->assignee, c.assignee);
            QCOMPARE(back->subject, c.subject);
            QCOMPARE(back->language, c.language);
            QCOMPARE(back->createdAt, c.createdAt);
            QCOMPARE(back->firstResponseDue, c.firstResponseDue);
            QCOMPARE(back->resolutionDue, c.resolutionDue);
        }
        for (const Message &m : batch.messages) {
            const auto back = DomainJson::readMessage(wire(DomainJson::write(m)), &error);
            QVERIFY2(back, qPrintable(error));
            QCOMPARE(back->id, m.id);
            QCOMPARE(back->conversation, m.conversation);
            QCOMPARE(back->direction, m.direction);
            QCOMPARE(back->author, m.author);
            QCOMPARE(back->body, m.body);
            QCOMPARE(back->sentAt, m.sentAt);
            QCOMPARE(back->language, m.language);
            QVERIFY(!back->sentiment.isScored());
        }
        for (const Order &o : batch.orders) {
            const auto back = DomainJson::readOrder(wire(DomainJson::write(o)), &error);
            QVERIFY2(back, qPrintable(error));
            QCOMPARE(back->number, o.number);
            QCOMPARE(back->total.minorUnits, o.total.minorUnits);
            QCOMPARE(back->total.currency, o.total.currency);
            QCOMPARE(back->placedAt, o.placedAt);
        }
        for (const SurveyAnswer &a : batch.surveys) {
            const auto back = DomainJson::readSurveyAnswer(wire(DomainJson::write(a)), &error);
            QVERIFY2(back, qPrintable(error));
            QCOMPARE(back->kind, a.kind);
            QCOMPARE(back->score, a.score);
            QCOMPARE(back->conversation, a.conversation);
        }
    }

    void sentimentAndAgentsRoundTrip()
    {
        Message m;
        m.id = MessageId(5);
        m.conversation = ConversationId(2);
        m.body = QStringLiteral("Bardzo dziękuję!");
        m.sentAt = QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5, 678), Qt::UTC);
        m.sentiment.valence = 0.75f;
        m.sentiment.label = SentimentLabel::Positive;
        m.sentiment.confidence = 0.5f;
        m.sentiment.intensity = 0.25f;
        m.sentiment.correctedByAgent = true;
        QString error;
        const auto back = DomainJson::readMessage(wire(DomainJson::write(m)), &error);
        QVERIFY2(back, qPrintable(error));
        QCOMPARE(back->sentAt, m.sentAt);
        QCOMPARE(*back->sentiment.valence, 0.75f);
        QCOMPARE(back->sentiment.label, SentimentLabel::Positive);
        QVERIFY(back->sentiment.correctedByAgent);

        const Agent agent{AgentId(3), QStringLiteral("julia"), QStringLiteral("Julia Adamska"),
                          AgentRole::Lead};
        const auto agentBack = DomainJson::readAgent(wire(DomainJson::write(agent)), &error);
        QVERIFY2(agentBack, qPrintable(error));
        QCOMPARE(agentBack->role, AgentRole::Lead);
        QCOMPARE(agentBack->displayName, agent.displayName);
    }

    void malformedObjectsAreRefusedWithAReason_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("member");
        QTest::newRow("no id")
            << QByteArray(
                   R"({"customer":1,"channel":"email","status":"open","priority":"normal","created_at":"2026-01-01T00:00:00Z"})")
            << QStringLiteral("id");
        QTest::newRow("unknown channel")
            << QByteArray(
                   R"({"id":1,"customer":1,"channel":"fax","status":"open","priority":"normal","created_at":"2026-01-01T00:00:00Z"})")
            << QStringLiteral("channel");
        QTest::newRow("bad time")
            << QByteArray(
                   R"({"id":1,"customer":1,"channel":"email","status":"open","priority":"normal","created_at":"yesterday"})")
            << QStringLiteral("created_at");
        QTest::newRow("fractional id")
            << QByteArray(
                   R"({"id":1.5,"customer":1,"channel":"email","status":"open","priority":"normal","created_at":"2026-01-01T00:00:00Z"})")
            << QStringLiteral("id");
    }

    void malformedObjectsAreRefusedWithAReason()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, member);
        QString error;
        QVERIFY(!DomainJson::readConversation(QJsonDocument::fromJson(json).object(), &error));
        QVERIFY2(error.contains(u'"' + member + u'"'), qPrintable(error));
    }

    void surveyScoreOutOfRangeIsRefused()
    {
        QString error;
        const QByteArray json(
            R"({"id":1,"customer":1,"kind":"csat","score":9,"answered_at":"2026-01-01T00:00:00Z"})");
        QVERIFY(!DomainJson::readSurveyAnswer(QJsonDocument::fromJson(json).object(), &error));
        QVERIFY(error.contains(QStringLiteral("score")));
    }
};

QTEST_GUILESS_MAIN(TestDomainJson)
#include "tst_domainjson.moc"
