#include "cache/CacheReader.h"
#include "domain/Sla.h"
#include "models/InboxModel.h"
#include "models/InboxRoles.h"
#include "TestProfile.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace empathy;
using namespace empathy::test;

class TestInboxModel : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestProfile> m_profile;

private slots:
    void initTestCase() { m_profile = std::make_unique<TestProfile>(600); }
    void cleanupTestCase() { m_profile.reset(); }

    void passesTheModelTester()
    {
        InboxModel model(m_profile->reader(), fixedClock());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.ensureLoaded(0, model.rowCount() - 1);
        InboxQuery query = model.query();
        query.status = StatusFilter::Any;
        model.setQuery(query);
        model.ensureLoaded(0, 300);
        query.search = QStringLiteral("refund");
        model.setQuery(query);
        model.ensureLoaded(0, model.rowCount() - 1);
        model.refresh();
    }

    void rowsAreReadOnlyWhenAsked()
    {
        InboxModel model(m_profile->reader(), fixedClock());
        InboxQuery query;
        query.status = StatusFilter::Any;
        model.setQuery(query);
        QCOMPARE(model.rowCount(), 600);
        QCOMPARE(model.index(10).data(LoadedRole).toBool(), false);
        QVERIFY(!model.index(10).data(Qt::DisplayRole).isValid());
        QVERIFY(model.index(10).data(ConversationIdRole).toLongLong() > 0);

        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.ensureLoaded(0, 20);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(model.index(10).data(LoadedRole).toBool(), true);
        QVERIFY(!model.index(10).data(Qt::DisplayRole).toString().isEmpty());
        model.ensureLoaded(0, 20); // already cached: nothing to announce
        QCOMPARE(changed.size(), 1);
        // Rows nobody was shown as missing load silently: there is nothing to repaint.
        model.ensureLoaded(400, 420);
        QCOMPARE(changed.size(), 1);
        QVERIFY(model.index(410).data(LoadedRole).toBool());
    }

    void cacheStaysBounded()
    {
        TestProfile large(InboxModel::maxCachedPages * CacheReader::pageSize + 800);
        InboxModel model(large.reader(), fixedClock());
        InboxQuery query;
        query.status = StatusFilter::Any;
        model.setQuery(query);
        for (int row = 0; row < model.rowCount(); row += 100)
            model.ensureLoaded(row, row + 30);
        int loaded = 0;
        for (int row = 0; row < model.rowCount(); ++row)
            loaded += model.index(row).data(LoadedRole).toBool() ? 1 : 0;
        QVERIFY(loaded <= InboxModel::maxCachedPages * CacheReader::pageSize);
        QVERIFY(model.index(model.rowCount() - 1).data(LoadedRole).toBool()); // the latest stays
    }

    void rolesDescribeTheConversation()
    {
        InboxModel model(m_profile->reader(), fixedClock());
        InboxQuery query;
        query.status = StatusFilter::Open;
        query.sort = InboxSort::LongestWaiting;
        model.setQuery(query);
        QVERIFY(model.rowCount() > 0);
        model.ensureLoaded(0, model.rowCount() - 1);
        bool sawBreach = false;
        qint64 previousWaiting = std::numeric_limits<qint64>::max();
        for (int row = 0; row < model.rowCount(); ++row) {
            const QModelIndex index = model.index(row);
            QCOMPARE(index.data(StatusRole).toInt(), int(ConversationStatus::Open));
            const QVariant waiting = index.data(WaitingSecondsRole);
            if (waiting.isValid()) {
                QVERIFY(waiting.toLongLong() <= previousWaiting); // longest waiting first
                previousWaiting = waiting.toLongLong();
            }
            const QVariant state = index.data(SlaStateRole);
            if (state.isValid() && SlaState(state.toInt()) == SlaState::Breached) {
                sawBreach = true;
                QVERIFY(index.data(SlaSecondsLeftRole).toLongLong() < 0);
            }
            QVERIFY(!index.data(CustomerNameRole).toString().isEmpty());
            QVERIFY(index.data(LastMessageAtRole).toDateTime() <= fixedNow());
        }
        QVERIFY(sawBreach);
    }

    void mineMeansTheOwnAgent()
    {
        InboxModel model(m_profile->reader(), fixedClock());
        InboxQuery query;
        query.status = StatusFilter::Any;
        query.scope = InboxScope::Mine;
        query.me = m_profile->reader().ownAgent();
        model.setQuery(query);
        QVERIFY(model.rowCount() > 0);
        model.ensureLoaded(0, model.rowCount() - 1);
        for (int row = 0; row < model.rowCount(); ++row)
            QVERIFY(model.index(row).data(IsMineRole).toBool());
    }

    void reloadRowShowsMarkedRead()
    {
        InboxModel model(m_profile->reader(), fixedClock());
        model.ensureLoaded(0, 10);
        int row = -1;
        for (int r = 0; r <= 10 && row < 0; ++r)
            row = model.index(r).data(UnreadCountRole).toInt() > 0 ? r : -1;
        QVERIFY(row >= 0);
        const ConversationId id = model.conversationAt(row);
        m_profile->writer().markRead({id});
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.reloadRow(id);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(model.index(row).data(UnreadCountRole).toInt(), 0);
    }
};

QTEST_GUILESS_MAIN(TestInboxModel)
#include "tst_inboxmodel.moc"
