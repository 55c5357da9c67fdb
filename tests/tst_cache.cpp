#include "sql/SqliteStatement.h"
#include "TestProfile.h"

#include <QFileInfo>
#include <QTest>

#include <algorithm>
#include <sqlite3.h>

using namespace empathy;
using namespace empathy::test;

namespace {

constexpr qint64 minute = 60 * 1000;

QDateTime at(int minutes)
{
    return fixedNow().addMSecs(qint64(minutes) * minute);
}

Customer customer(qint64 id, const QString &name, Language language)
{
    Customer c;
    c.id = CustomerId(id);
    c.displayName = name;
    c.firstName = name.section(u' ', 0, 0);
    c.preferredLanguage = language;
    c.createdAt = at(-10000);
    c.identities = {{IdentityKind::Email, QStringLiteral("customer%1@mail.example.com").arg(id)},
                    {IdentityKind::Phone, QStringLiteral("+4850012%1").arg(id, 4, 10, QLatin1Char('0'))}};
    return c;
}

Conversation conversation(qint64 id, qint64 customerId, Channel channel, Language language,
                          ConversationStatus status = ConversationStatus::Open, AgentId assignee = AgentId())
{
    Conversation c;
    c.id = ConversationId(id);
    c.customer = CustomerId(customerId);
    c.channel = channel;
    c.language = language;
    c.status = status;
    c.assignee = assignee;
    c.createdAt = at(-120);
    c.firstResponseDue = at(-90);
    return c;
}

Message message(qint64 id, qint64 conversationId, Direction direction, const QString &body, int minutes)
{
    Message m;
    m.id = MessageId(id);
    m.conversation = ConversationId(conversationId);
    m.direction = direction;
    m.author = direction == Direction::Outbound ? AgentId(1) : AgentId();
    m.body = body;
    m.sentAt = at(minutes);
    return m;
}

QSet<qint64> idsOf(const QList<ConversationId> &ids)
{
    QSet<qint64> set;
    for (ConversationId id : ids)
        set.insert(id.value());
    return set;
}

} // namespace

class TestCache : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestProfile> m_profile;

    // Five conversations, one per language, with texts that exercise each script's search folding.
    void writeMultilingualBatch(CacheWriter &writer)
    {
        writer.writeAgents(
            {Agent{AgentId(1), QStringLiteral("alex"), QStringLiteral("Alex Morgan"), AgentRole::Agent},
             Agent{AgentId(2), QStringLiteral("ioana"), QStringLiteral("Ioana Marin"), AgentRole::Agent}});
        DataBatch batch;
        batch.customers = {customer(1, QStringLiteral("Emily Carter"), Language::English),
                           customer(2, QStringLiteral("Paweł Woźniak"), Language::Polish),
                           customer(3, QStringLiteral("Ştefan Popescu"), Language::Romanian),
                           customer(4, QStringLiteral("Дмитрий Смирнов"), Language::Russian),
                           customer(5, QStringLiteral("مریم کریمی"), Language::Persian)};
        batch.conversations = {
            conversation(1, 1, Channel::Email, Language::English, ConversationStatus::Open, AgentId(1)),
            conversation(2, 2, Channel::Telegram, Language::Polish),
            conversation(3, 3, Channel::WebChat, Language::Romanian, ConversationStatus::Pending, AgentId(2)),
            conversation(4, 4, Channel::Vk, Language::Russian, ConversationStatus::Resolved, AgentId(1)),
            conversation(5, 5, Channel::Viber, Language::Persian)};
        batch.messages = {
            message(1, 1, Direction::Inbound, QStringLiteral("I want a REFUND for the cracked headphones"),
                    -100),
            message(2, 1, Direction::Outbound, QStringLiteral("I'm sorry, Emily. Refund issued."), -60),
            message(3, 1, Direction::Inbound, QStringLiteral("Still nothing on my card"), -20),
            message(4, 1, Direction::Inbound, QStringLiteral("Hello??"), -10),
            message(5, 2, Direction::Inbound, QStringLiteral("Zamówienie #100482 nie dotarło do Łodzi"), -50),
            message(6, 3, Direction::Inbound,
                    QStringLiteral("Vreau rambursarea banilor, comanda a sosit spartă"), -40),
            message(7, 3, Direction::Outbound, QStringLiteral("Ne pare rău, vă trimitem alt produs"), -30),
            message(8, 4, Direction::Inbound, QStringLiteral("Верните деньги за заказ, курьер не приехал"),
                    -45),
            message(9, 5, Direction::Inbound,
                    QStringLiteral("می\u200Cخواهم پولم را پس بدهید، سفارش ۱۲۳ نرسید"), -5)};
        Order order;
        order.id = OrderId(1);
        order.customer = CustomerId(2);
        order.number = QStringLiteral("100482");
        order.total = Money{34999, QStringLiteral("PLN")};
        order.placedAt = at(-5000);
        batch.orders = {order};
        SurveyAnswer answer;
        answer.id = SurveyAnswerId(1);
        answer.customer = CustomerId(4);
        answer.conversation = ConversationId(4);
        answer.kind = SurveyKind::Csat;
        answer.score = 2;
        answer.answeredAt = at(-1);
        batch.surveys = {answer};
        writer.writeBatch(batch);
    }

private slots:
    void init()
    {
        m_profile = std::make_unique<TestProfile>();
        writeMultilingualBatch(m_profile->writer());
    }

    void cleanup() { m_profile.reset(); }

    void summariesFollowTheMessages()
    {
        const auto row = m_profile->reader().inboxRow(ConversationId(1));
        QVERIFY(row);
        QCOMPARE(row->customerName, QStringLiteral("Emily Carter"));
        QCOMPARE(row->messageCount, 4);
        QCOMPARE(row->preview, QStringLiteral("Hello??"));
        QCOMPARE(row->lastDirection, Direction::Inbound);
        QCOMPARE(row->lastMessageAt, at(-10).toMSecsSinceEpoch());
        QCOMPARE(row->waitingSince, at(-20).toMSecsSinceEpoch()); // first message after our reply
        QCOMPARE(row->unreadCount, 2);
        QCOMPARE(row->firstResponseDue, 0); // we answered
        QCOMPARE(row->assigneeName, QStringLiteral("Alex Morgan"));

        const auto answered = m_profile->reader().inboxRow(ConversationId(3));
        QCOMPARE(answered->waitingSince, 0);
        QCOMPARE(answered->unreadCount, 0);
        QCOMPARE(answered->lastDirection, Direction::Outbound);

        const auto waiting = m_profile->reader().inboxRow(ConversationId(2));
        QCOMPARE(waiting->firstResponseDue, at(-90).toMSecsSinceEpoch());
    }

    // The desk's taskbar notice: unread customer messages in the conversations assigned to an agent.
    void unreadMessagesForAnAgent()
    {
        CacheReader &reader = m_profile->reader();
        const qint64 alex = reader.unreadMessagesFor(AgentId(1));
        QCOMPARE(alex, qint64(reader.inboxRow(ConversationId(1))->unreadCount +
                              reader.inboxRow(ConversationId(4))->unreadCount));
        QVERIFY(alex > 0);
        QCOMPARE(reader.unreadMessagesFor(AgentId(2)), 0); // conversation 3 was answered
        QCOMPARE(reader.unreadMessagesFor(AgentId(99)), 0);
        DataBatch batch;
        batch.messages = {message(21, 1, Direction::Inbound, QStringLiteral("Any news?"), -1)};
        m_profile->writer().writeBatch(batch);
        QCOMPARE(reader.unreadMessagesFor(AgentId(1)), alex + 1);
        m_profile->writer().markRead({ConversationId(1)});
        QCOMPARE(reader.unreadMessagesFor(AgentId(1)),
                 qint64(reader.inboxRow(ConversationId(4))->unreadCount));
    }

    void liveMessagesExtendTheSummary()
    {
        DataBatch batch;
        batch.messages = {message(20, 2, Direction::Inbound, QStringLiteral("Halo? Jest tam ktoś?"), -2)};
        m_profile->writer().writeBatch(batch);
        auto row = m_profile->reader().inboxRow(ConversationId(2));
        QCOMPARE(row->messageCount, 2);
        QCOMPARE(row->unreadCount, 2);
        QCOMPARE(row->waitingSince, at(-50).toMSecsSinceEpoch());
        QCOMPARE(row->preview, QStringLiteral("Halo? Jest tam ktoś?"));
    }

    void repeatedMessagesCountOnce()
    {
        DataBatch batch;
        batch.messages = {message(4, 1, Direction::Inbound, QStringLiteral("Hello??"), -10)};
        m_profile->writer().writeBatch(batch);
        m_profile->writer().writeBatch(batch);
        QCOMPARE(m_profile->reader().inboxRow(ConversationId(1))->messageCount, 4);
        QCOMPARE(m_profile->reader().messages(ConversationId(1)).size(), 4);
    }

    void failedBatchLeavesNothing()
    {
        DataBatch batch;
        batch.customers = {customer(50, QStringLiteral("New Person"), Language::English)};
        batch.messages = {
            message(51, 999, Direction::Inbound, QStringLiteral("orphan"), -1)}; // no such conversation
        QVERIFY_THROWS_EXCEPTION(SqliteError, m_profile->writer().writeBatch(batch));
        QCOMPARE(m_profile->db().scalar("SELECT count(*) FROM customers WHERE id = 50"), 0);
    }

    void queuedReplyIsPendingWithItsOutboxOperation()
    {
        auto &writer = m_profile->writer();
        const MessageId first =
            writer.queueReply(ConversationId(1), QStringLiteral("Checking with the bank now."), AgentId(1),
                              at(0), Language::English);
        const MessageId second =
            writer.queueReply(ConversationId(1), QStringLiteral("Done: the refund is on its way."),
                              AgentId(1), at(1), Language::English);
        QVERIFY(first.value() < 0);
        QVERIFY(second.value() < first.value());
        const QList<Message> thread = m_profile->reader().messages(ConversationId(1));
        QCOMPARE(thread.size(), 6);
        QCOMPARE(thread.back().delivery, DeliveryState::Pending);
        QCOMPARE(thread.back().direction, Direction::Outbound);
        QCOMPARE(m_profile->reader().pendingOperationCount(), 2);
        auto outbox = m_profile->db().prepare("SELECT kind, payload FROM outbox ORDER BY seq");
        QVERIFY(outbox.step());
        QCOMPARE(outbox.text(0), QStringLiteral("reply"));
        QVERIFY(outbox.text(1).contains(QStringLiteral("Checking with the bank now.")));
        const auto row = m_profile->reader().inboxRow(ConversationId(1));
        QCOMPARE(row->waitingSince, 0);
        QCOMPARE(row->unreadCount, 0);
        QCOMPARE(row->lastDirection, Direction::Outbound);
    }

    void search_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QList<qint64>>("expected");
        QTest::newRow("en word") << QStringLiteral("refund") << QList<qint64>{1};
        QTest::newRow("en capitals and prefix") << QStringLiteral("HEADPH") << QList<qint64>{1};
        QTest::newRow("pl with diacritics") << QStringLiteral("zamówienie") << QList<qint64>{2};
        QTest::newRow("pl typed without diacritics")
            << QStringLiteral("zamowienie dotarlo") << QList<qint64>{2};
        QTest::newRow("pl ł") << QStringLiteral("lodzi") << QList<qint64>{2};
        QTest::newRow("order number") << QStringLiteral("#100482") << QList<qint64>{2};
        QTest::newRow("ro without diacritics") << QStringLiteral("sparta") << QList<qint64>{3};
        QTest::newRow("ro cedilla name") << QStringLiteral("ștefan") << QList<qint64>{3};
        QTest::newRow("ru word") << QStringLiteral("деньги") << QList<qint64>{4};
        QTest::newRow("ru prefix") << QStringLiteral("курье") << QList<qint64>{4};
        QTest::newRow("ru name") << QStringLiteral("смирнов") << QList<qint64>{4};
        QTest::newRow("fa word") << QStringLiteral("سفارش") << QList<qint64>{5};
        QTest::newRow("fa without zwnj") << QStringLiteral("میخواهم") << QList<qint64>{5};
        QTest::newRow("fa arabic letters") << QStringLiteral("كريمي") << QList<qint64>{5};
        QTest::newRow("fa digits as ascii") << QStringLiteral("123") << QList<qint64>{5};
        QTest::newRow("customer e-mail") << QStringLiteral("customer3@mail") << QList<qint64>{3};
        QTest::newRow("no match") << QStringLiteral("xylophone") << QList<qint64>{};
    }

    void search()
    {
        QFETCH(QString, typed);
        QFETCH(QList<qint64>, expected);
        InboxQuery query;
        query.status = StatusFilter::Any;
        query.search = typed;
        const QSet<qint64> found = idsOf(m_profile->reader().conversationIds(query));
        QCOMPARE(found, QSet<qint64>(expected.cbegin(), expected.cend()));
    }

    void filters_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<int>("scope");
        QTest::addColumn<int>("channel");
        QTest::addColumn<QString>("language");
        QTest::addColumn<QList<qint64>>("expected");
        QTest::newRow("active") << int(StatusFilter::Active) << int(InboxScope::All) << 0 << QString()
                                << QList<qint64>{1, 2, 3, 5};
        QTest::newRow("resolved") << int(StatusFilter::Resolved) << int(InboxScope::All) << 0 << QString()
                                  << QList<qint64>{4};
        QTest::newRow("pending") << int(StatusFilter::Pending) << int(InboxScope::All) << 0 << QString()
                                 << QList<qint64>{3};
        QTest::newRow("mine, any status")
            << int(StatusFilter::Any) << int(InboxScope::Mine) << 0 << QString() << QList<qint64>{1, 4};
        QTest::newRow("unassigned") << int(StatusFilter::Any) << int(InboxScope::Unassigned) << 0 << QString()
                                    << QList<qint64>{2, 5};
        QTest::newRow("telegram") << int(StatusFilter::Any) << int(InboxScope::All) << int(Channel::Telegram)
                                  << QString() << QList<qint64>{2};
        QTest::newRow("persian") << int(StatusFilter::Any) << int(InboxScope::All) << 0
                                 << QStringLiteral("fa") << QList<qint64>{5};
    }

    void filters()
    {
        QFETCH(int, status);
        QFETCH(int, scope);
        QFETCH(int, channel);
        QFETCH(QString, language);
        QFETCH(QList<qint64>, expected);
        InboxQuery query;
        query.status = StatusFilter(status);
        query.scope = InboxScope(scope);
        query.me = AgentId(1);
        if (channel)
            query.channel = Channel(channel);
        if (!language.isEmpty())
            query.language = languageFromCode(language);
        QCOMPARE(idsOf(m_profile->reader().conversationIds(query)),
                 QSet<qint64>(expected.cbegin(), expected.cend()));
    }

    void sorting()
    {
        InboxQuery query;
        query.status = StatusFilter::Any;
        QCOMPARE(m_profile->reader().conversationIds(query),
                 (QList<ConversationId>{ConversationId(5), ConversationId(1), ConversationId(3),
                                        ConversationId(4), ConversationId(2)}));
        query.sort = InboxSort::LongestWaiting;
        // Waiting: 2 since -50, 4 since -45, 1 since -20, 5 since -5; 3 is answered and comes last.
        QCOMPARE(m_profile->reader().conversationIds(query),
                 (QList<ConversationId>{ConversationId(2), ConversationId(4), ConversationId(1),
                                        ConversationId(5), ConversationId(3)}));
    }

    void rowsComeBackInTheOrderAsked()
    {
        const QList<ConversationId> ids{ConversationId(4), ConversationId(2), ConversationId(77),
                                        ConversationId(1)};
        const QList<InboxRow> rows = m_profile->reader().inboxRows(ids);
        QCOMPARE(rows.size(), 3);
        QCOMPARE(rows.at(0).id, ConversationId(4));
        QCOMPARE(rows.at(1).id, ConversationId(2));
        QCOMPARE(rows.at(2).id, ConversationId(1));
    }

    void headerListsIdentities()
    {
        const auto header = m_profile->reader().header(ConversationId(5));
        QVERIFY(header);
        QCOMPARE(header->customerFirstName, QStringLiteral("مریم"));
        QCOMPARE(header->preferredLanguage, Language::Persian);
        QCOMPARE(header->identities.size(), 2);
        QVERIFY(header->identities.join(u' ').contains(QStringLiteral("customer5@mail.example.com")));
    }

    void pagesStoredTogetherLandWholeOrNotAtAll()
    {
        DataBatch first;
        first.customers = {customer(10, QStringLiteral("Nina Kowalczyk"), Language::Polish)};
        first.conversations = {conversation(10, 10, Channel::Email, Language::Polish)};
        first.messages = {message(100, 10, Direction::Inbound, QStringLiteral("Gdzie jest paczka?"), -3)};
        DataBatch broken;
        broken.messages = {message(101, 999, Direction::Inbound, QStringLiteral("no such conversation"), -2)};
        const QList<Agent> noAgents;
        const CacheWriter::SyncPage failing[] = {{&first, &noAgents}, {&broken, &noAgents}};
        QVERIFY_THROWS_EXCEPTION(SqliteError,
                                 m_profile->writer().applySyncPages(failing, QStringLiteral("g1"), 50));
        // The first page went with the second: nothing of it, and the cursor did not move.
        QVERIFY(!m_profile->reader().inboxRow(ConversationId(10)));
        QCOMPARE(m_profile->reader().syncCursor().cursor, 0);

        DataBatch second;
        second.messages = {message(101, 10, Direction::Inbound, QStringLiteral("Halo?"), -2)};
        const CacheWriter::SyncPage pages[] = {{&first, &noAgents}, {&second, &noAgents}};
        m_profile->writer().applySyncPages(pages, QStringLiteral("g1"), 60);
        const auto row = m_profile->reader().inboxRow(ConversationId(10));
        QVERIFY(row);
        QCOMPARE(row->messageCount, 2);
        QCOMPARE(row->preview, QStringLiteral("Halo?"));
        QCOMPARE(m_profile->reader().syncCursor().cursor, 60);
        QCOMPARE(m_profile->reader().syncCursor().generation, QStringLiteral("g1"));
    }

    // The cache's checkpoints run on a thread of their own (WalCheckpointer): the log still goes into the
    // database file, it stays bounded while commits follow each other without a pause (without
    // checkpoints these would take it to 100 MiB), and its file goes back to its limit (16 MiB) once it
    // starts over.
    void theWriteAheadLogIsCheckpointedAndKeptBounded()
    {
        const QString path = m_profile->path();
        const QString wal = path + QStringLiteral("-wal");
        const qint64 fileBefore = QFileInfo(path).size();
        const QString value(16 * 1024, u'x');
        qint64 largestLog = 0;
        for (int i = 0; i < 4000; ++i) {
            m_profile->writer().setMeta(QStringLiteral("filler-%1").arg(i % 8), value + QString::number(i));
            largestLog = std::max(largestLog, QFileInfo(wal).size());
        }
        QVERIFY2(largestLog < 48 * 1024 * 1024, QByteArray::number(largestLog));
        constexpr qint64 limit = 16 * 1024 * 1024;
        int probe = 0;
        QTRY_VERIFY((m_profile->writer().setMeta(QStringLiteral("probe"), QString::number(++probe)),
                     QFileInfo(wal).size() <= limit));
        QVERIFY(QFileInfo(path).size() > fileBefore);
        QCOMPARE(m_profile->reader().meta(QStringLiteral("filler-7")), value + QString::number(3999));
    }

    void manyRowsAreReadInPages()
    {
        TestProfile big(700);
        InboxQuery query;
        query.status = StatusFilter::Any;
        const QList<ConversationId> ids = big.reader().conversationIds(query);
        QCOMPARE(ids.size(), 700);
        const QList<InboxRow> rows = big.reader().inboxRows(ids);
        QCOMPARE(rows.size(), 700);
        for (int i = 0; i < rows.size(); ++i)
            QCOMPARE(rows.at(i).id, ids.at(i));
        QVERIFY(std::is_sorted(rows.cbegin(), rows.cend(), [](const InboxRow &a, const InboxRow &b) {
            return a.lastMessageAt > b.lastMessageAt;
        }));
    }
};

QTEST_GUILESS_MAIN(TestCache)
#include "tst_cache.moc"
