// Conversation mood (current, trend, turning points, recovered) and the customer baseline.
#include "CustomerBaseline.h"
#include "domain/ConversationMood.h"

#include <QTest>

using namespace empathy;
using namespace empathy::emotion;

class TestConversationMood : public QObject
{
    Q_OBJECT

private slots:
    void emptyConversationHasNoMood()
    {
        const ConversationMood m = conversationMood({});
        QVERIFY(!m.current);
        QCOMPARE(m.trend, MoodTrend::Steady);
        QVERIFY(!m.recovered);
    }

    void recoveryFromNegativeToPositive()
    {
        const ConversationMood m = conversationMood({-0.8, -0.6, 0.2, 0.7});
        QVERIFY(m.current && *m.current > 0.1);
        QCOMPARE(m.trend, MoodTrend::Rising);
        QVERIFY(m.recovered);
        QVERIFY(!m.turningPoints.empty());
        // the first turning point is where the mood left the negative side
        const std::size_t first = m.turningPoints.front();
        QVERIFY(m.curve[first - 1] < 0.1 && m.curve[first] > m.curve[first - 1]);
    }

    void worseningIsNotRecovery()
    {
        const ConversationMood m = conversationMood({0.5, 0.1, -0.7});
        QCOMPARE(m.trend, MoodTrend::Falling);
        QVERIFY(!m.recovered);
        QCOMPARE(m.turningPoints, std::vector<std::size_t>{2});
    }

    void steadyConversationHasNoTurningPoint()
    {
        const ConversationMood m = conversationMood({0.3, 0.35, 0.3, 0.32});
        QVERIFY(m.turningPoints.empty());
        QCOMPARE(m.trend, MoodTrend::Steady);
    }

    void newCustomerIsJudgedByTheGlobalBaseline()
    {
        const Baseline b = customerBaseline({});
        QVERIFY(b.mostlyGlobal);
        QCOMPARE(b.mean, globalBaseline.mean);
        QVERIFY(qAbs(b.spread - globalBaseline.spread) < 1e-9);
        QVERIFY(!outsideNormalRange(-0.5, b)); // a complaint is normal for customers in general
        QVERIFY(outsideNormalRange(-0.95, b)); // fury is not
    }

    void calmCustomerOutOfCharacter()
    {
        const std::vector<double> history(12, 0.5); // always pleasant
        const Baseline b = customerBaseline(history);
        QVERIFY(!b.mostlyGlobal);
        QVERIFY(b.mean > 0.3);
        QVERIFY(!outsideNormalRange(0.4, b));
        QVERIFY(outsideNormalRange(-0.4, b)); // mildly negative is unusual for them
    }

    void usuallyAngryCustomerIsNotFlaggedForAnger()
    {
        std::vector<double> history;
        for (int i = 0; i < 12; ++i)
            history.push_back(i % 2 ? -0.7 : -0.5);
        const Baseline b = customerBaseline(history);
        QVERIFY(!outsideNormalRange(-0.7, b));
        QVERIFY(outsideNormalRange(0.9, b)); // delight would be unusual
    }
};

QTEST_GUILESS_MAIN(TestConversationMood)
#include "tst_conversationmood.moc"
