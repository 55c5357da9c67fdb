#include "demo/DemoGenerator.h"
#include "TestProfile.h"

#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace empathy;

namespace {

DemoGenerator makeGenerator(quint64 seed)
{
    QList<PhraseBook> books;
    for (Language language : supportedLanguages)
        books.append(*PhraseBook::load(language));
    DemoOptions options;
    options.seed = seed;
    options.now = test::fixedNow();
    return DemoGenerator(options, books);
}

} // namespace

class TestDemoGenerator : public QObject
{
    Q_OBJECT

private slots:
    void phraseBooksLoadForEveryLanguage()
    {
        for (Language language : supportedLanguages) {
            QString error;
            const auto book = PhraseBook::load(language, &error);
            QVERIFY2(book, qPrintable(error));
            QCOMPARE(book->language(), language);
            for (const QString &key : PhraseBook::requiredKeys())
                QVERIFY2(!book->list(key).isEmpty(), qPrintable(key));
        }
    }

    void brokenPhraseBookIsRejected()
    {
        QString error;
        QVERIFY(!PhraseBook::fromJson("{\"language\":\"en\",\"currency\":\"USD\"}", &error));
        QVERIFY(error.contains(QStringLiteral("FirstNames")));
        QVERIFY(!PhraseBook::fromJson("not json", &error));
    }

    void sameSeedSameData()
    {
        DemoGenerator a = makeGenerator(42);
        DemoGenerator b = makeGenerator(42);
        for (int round = 0; round < 3; ++round) {
            const DataBatch x = a.next(200);
            const DataBatch y = b.next(200);
            QCOMPARE(x.messages.size(), y.messages.size());
            for (int i = 0; i < x.messages.size(); ++i) {
                QCOMPARE(x.messages.at(i).body, y.messages.at(i).body);
                QCOMPARE(x.messages.at(i).sentAt, y.messages.at(i).sentAt);
            }
            QCOMPARE(x.customers.size(), y.customers.size());
            QCOMPARE(x.customers.back().displayName, y.customers.back().displayName);
        }
        DemoGenerator c = makeGenerator(43);
        const DataBatch first = makeGenerator(42).next(50);
        const DataBatch other = c.next(50);
        QVERIFY(first.messages.front().body != other.messages.front().body ||
                first.customers.front().displayName != other.customers.front().displayName);
    }

    void dataIsVariedAndConsistent()
    {
        DemoGenerator generator = makeGenerator(1);
        const DataBatch batch = generator.next(3000);
        QSet<int> channels;
        QSet<int> languages;
        QSet<int> statuses;
        QSet<qint64> customerIds;
        for (const Customer &customer : batch.customers) {
            customerIds.insert(customer.id.value());
            QVERIFY(!customer.identities.isEmpty());
        }
        QSet<qint64> conversationIds;
        for (const Conversation &conversation : batch.conversations) {
            channels.insert(int(conversation.channel));
            languages.insert(int(conversation.language));
            statuses.insert(int(conversation.status));
            conversationIds.insert(conversation.id.value());
            QVERIFY(customerIds.contains(conversation.customer.value()));
            QVERIFY(conversation.createdAt <= test::fixedNow());
        }
        QCOMPARE(channels.size(), 6);
        QCOMPARE(languages.size(), 5);
        QCOMPARE(statuses.size(), 3);
        QVERIFY(batch.customers.size() < batch.conversations.size()); // some customers come back

        static const QRegularExpression placeholder(QStringLiteral("\\{\\w+\\}"));
        QSet<QString> distinctBodies;
        for (const Message &message : batch.messages) {
            QVERIFY(conversationIds.contains(message.conversation.value()));
            QVERIFY2(!placeholder.match(message.body).hasMatch(), qPrintable(message.body));
            QVERIFY(message.sentAt <= test::fixedNow());
            distinctBodies.insert(message.body);
        }
        const double mean = double(batch.messages.size()) / batch.conversations.size();
        QVERIFY2(mean > 5 && mean < 12, qPrintable(QString::number(mean)));
        QVERIFY(distinctBodies.size() > 1000);
        QVERIFY(!batch.orders.isEmpty());
        QVERIFY(!batch.surveys.isEmpty());
        for (const SurveyAnswer &answer : batch.surveys)
            QVERIFY(answer.hasValidScore());
    }

    void surnamesAgreeWithGender()
    {
        DemoGenerator generator = makeGenerator(3);
        const DataBatch batch = generator.next(1500);
        const PhraseBook polish = *PhraseBook::load(Language::Polish);
        const PhraseBook russian = *PhraseBook::load(Language::Russian);
        int checked = 0;
        for (const Customer &customer : batch.customers) {
            const QString surname = customer.displayName.section(u' ', 1);
            if (customer.preferredLanguage == Language::Polish && surname.endsWith(QLatin1String("ski"))) {
                QVERIFY2(polish.list(QStringLiteral("maleFirstNames")).contains(customer.firstName),
                         qPrintable(customer.displayName));
                ++checked;
            }
            if (customer.preferredLanguage == Language::Polish && surname.endsWith(QLatin1String("ska"))) {
                QVERIFY2(polish.list(QStringLiteral("femaleFirstNames")).contains(customer.firstName),
                         qPrintable(customer.displayName));
                ++checked;
            }
            if (customer.preferredLanguage == Language::Russian && surname.endsWith(QStringLiteral("ова"))) {
                QVERIFY2(russian.list(QStringLiteral("femaleFirstNames")).contains(customer.firstName),
                         qPrintable(customer.displayName));
                ++checked;
            }
            if (customer.preferredLanguage == Language::Russian && surname.endsWith(QStringLiteral("ов"))) {
                QVERIFY2(russian.list(QStringLiteral("maleFirstNames")).contains(customer.firstName),
                         qPrintable(customer.displayName));
                ++checked;
            }
        }
        QVERIFY(checked > 100);
    }

    void returningCustomersKeepTheirAgent()
    {
        DemoGenerator generator = makeGenerator(5);
        const DataBatch batch = generator.next(2000);
        QHash<qint64, qint64> agentOfCustomer;
        int returning = 0;
        for (const Conversation &conversation : batch.conversations) {
            if (!conversation.assignee.isValid())
                continue;
            const auto it = agentOfCustomer.constFind(conversation.customer.value());
            if (it != agentOfCustomer.constEnd()) {
                ++returning;
                QCOMPARE(conversation.assignee.value(), *it);
            }
            agentOfCustomer.insert(conversation.customer.value(), conversation.assignee.value());
        }
        QVERIFY(returning > 50);
    }
};

QTEST_GUILESS_MAIN(TestDemoGenerator)
#include "tst_demogenerator.moc"
