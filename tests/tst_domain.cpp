#include "cache/FtsQuery.h"
#include "domain/AgentRole.h"
#include "domain/Channel.h"
#include "domain/ConversationStatus.h"
#include "domain/Ids.h"
#include "domain/Language.h"
#include "domain/SearchText.h"
#include "domain/Sla.h"
#include "domain/SurveyAnswer.h"

#include <QTest>

#include <type_traits>

using namespace empathy;

class TestDomain : public QObject
{
    Q_OBJECT

private slots:
    void idsAreDistinctTypes()
    {
        static_assert(!std::is_convertible_v<CustomerId, ConversationId>);
        static_assert(!std::is_convertible_v<qint64, MessageId>);
        QVERIFY(!ConversationId().isValid());
        QVERIFY(ConversationId(4) < ConversationId(5));
        QCOMPARE(qHash(AgentId(9)), qHash(AgentId(9)));
    }

    void keysRoundTrip()
    {
        for (Channel channel : allChannels)
            QCOMPARE(channelFromKey(channelKey(channel)), channel);
        QVERIFY(!channelFromKey(u"fax"));
        for (ConversationStatus status : allConversationStatuses)
            QCOMPARE(statusFromKey(statusKey(status)), status);
        for (AgentRole role : {AgentRole::Agent, AgentRole::Lead, AgentRole::Trainer, AgentRole::Admin})
            QCOMPARE(roleFromKey(roleKey(role)), role);
        for (Language language : supportedLanguages)
            QCOMPARE(languageFromCode(languageCode(language)), language);
        QCOMPARE(languageFromCode(u"de"), Language::Unknown);
        QVERIFY(isRightToLeft(Language::Persian));
        QVERIFY(!isRightToLeft(Language::Russian));
    }

    void surveyScoresAreValidated()
    {
        SurveyAnswer nps;
        nps.kind = SurveyKind::Nps;
        nps.score = 0;
        QVERIFY(nps.hasValidScore());
        nps.score = 11;
        QVERIFY(!nps.hasValidScore());
        SurveyAnswer csat;
        csat.kind = SurveyKind::Csat;
        csat.score = 0;
        QVERIFY(!csat.hasValidScore());
        csat.score = 5;
        QVERIFY(csat.hasValidScore());
    }

    void sla_data()
    {
        QTest::addColumn<qint64>("dueMinutes"); // from start
        QTest::addColumn<qint64>("nowMinutes"); // from start
        QTest::addColumn<int>("state");
        QTest::addColumn<qint64>("secondsLeft");
        QTest::newRow("fresh chat") << 30LL << 1LL << int(SlaState::OnTrack) << 29LL * 60;
        QTest::newRow("chat warning window") << 30LL << 26LL << int(SlaState::DueSoon) << 4LL * 60;
        QTest::newRow("exactly due") << 30LL << 30LL << int(SlaState::DueSoon) << 0LL;
        QTest::newRow("chat breached") << 30LL << 37LL << int(SlaState::Breached) << -7LL * 60;
        QTest::newRow("e-mail, 4 h left") << 24LL * 60 << 20LL * 60 << int(SlaState::DueSoon) << 4LL * 3600;
        QTest::newRow("e-mail, 6 h left")
            << 24LL * 60 << 18LL * 60 - 1 << int(SlaState::OnTrack) << 6LL * 3600 + 60;
    }

    void sla()
    {
        QFETCH(qint64, dueMinutes);
        QFETCH(qint64, nowMinutes);
        QFETCH(int, state);
        QFETCH(qint64, secondsLeft);
        const QDateTime start(QDate(2026, 1, 1), QTime(9, 0), Qt::UTC);
        const SlaStatus status =
            slaStatus(start.addSecs(dueMinutes * 60), start, start.addSecs(nowMinutes * 60));
        QCOMPARE(int(status.state), state);
        QCOMPARE(status.secondsLeft, secondsLeft);
        QCOMPARE(int(slaStatus(QDateTime(), start, start).state), int(SlaState::None));
    }

    // The moments slaDueSoonFrom and slaBreachedFrom name are those at which slaStatus changes, to the
    // millisecond, for short and long promises and starts in the past or after the due time.
    void slaChangesAtTheMomentsNamed()
    {
        const qint64 start = QDateTime(QDate(2026, 1, 1), QTime(9, 0), Qt::UTC).toMSecsSinceEpoch();
        for (const qint64 targetMs : {qint64(0), qint64(90'000), qint64(30 * 60'000), qint64(1'800'123),
                                      qint64(24 * 3'600'000), qint64(-60'000)}) {
            const qint64 due = start + targetMs;
            const qint64 soon = slaDueSoonFrom(due, start);
            const qint64 breached = slaBreachedFrom(due);
            QVERIFY(soon < breached);
            QCOMPARE(int(slaStatus(due, start, soon - 1).state), int(SlaState::OnTrack));
            QCOMPARE(int(slaStatus(due, start, soon).state), int(SlaState::DueSoon));
            QCOMPARE(int(slaStatus(due, start, breached - 1).state), int(SlaState::DueSoon));
            QCOMPARE(int(slaStatus(due, start, breached).state), int(SlaState::Breached));
        }
    }

    void foldForSearch_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("folded");
        QTest::newRow("case") << QStringLiteral("ZAMÓWIENIE") << QStringLiteral("zamówienie");
        QTest::newRow("polish l") << QStringLiteral("Łódź") << QStringLiteral("lódź");
        QTest::newRow("romanian cedilla") << QStringLiteral("Ştefan ţară") << QStringLiteral("ștefan țară");
        QTest::newRow("arabic yeh and kaf") << QStringLiteral("كيف") << QStringLiteral("کیف");
        QTest::newRow("zwnj") << QStringLiteral("می\u200Cخواهم") << QStringLiteral("میخواهم");
        QTest::newRow("persian digits") << QStringLiteral("سفارش ۱۲۳") << QStringLiteral("سفارش 123");
        QTest::newRow("cyrillic") << QStringLiteral("ЗАКАЗ") << QStringLiteral("заказ");
    }

    void foldForSearch()
    {
        QFETCH(QString, input);
        QFETCH(QString, folded);
        QCOMPARE(empathy::foldForSearch(input), folded);
    }

    void ftsQuery_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("expression");
        QTest::newRow("empty") << QString() << QString();
        QTest::newRow("punctuation only") << QStringLiteral("?!") << QString();
        QTest::newRow("typing one word") << QStringLiteral("refu") << QStringLiteral("\"refu\"*");
        QTest::newRow("finished word") << QStringLiteral("refund ") << QStringLiteral("\"refund\"");
        QTest::newRow("operators are literal")
            << QStringLiteral("NOT OR") << QStringLiteral("\"not\" \"or\"*");
        QTest::newRow("quotes") << QStringLiteral("say \"hi") << QStringLiteral("\"say\" \"hi\"*");
        QTest::newRow("order number") << QStringLiteral("#100482") << QStringLiteral("\"100482\"*");
        QTest::newRow("persian") << QStringLiteral("سفارش من") << QStringLiteral("\"سفارش\" \"من\"*");
    }

    void ftsQuery()
    {
        QFETCH(QString, typed);
        QFETCH(QString, expression);
        QCOMPARE(ftsQueryFor(typed), expression);
    }
};

QTEST_GUILESS_MAIN(TestDomain)
#include "tst_domain.moc"
