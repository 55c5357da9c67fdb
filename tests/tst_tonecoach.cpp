// The tone coach: stock phrases per language, the customer's name, register, apology, language.
#include "EmotionEngine.h"
#include "ToneCoach.h"

#include <QTest>

using namespace empathy;
using namespace empathy::emotion;

class TestToneCoach : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<EmotionEngine> m_engine;
    std::optional<ToneCoach> m_coach;

    QList<ToneIssue> issues(const QString &reply, const ReplyContext &context)
    {
        QList<ToneIssue> found;
        for (const ToneNote &note : m_coach->review(reply, context, *m_engine))
            found << note.issue;
        return found;
    }

private slots:
    void initTestCase()
    {
        QString error;
        m_engine = EmotionEngine::loadBuiltIn(&error);
        QVERIFY2(m_engine, qPrintable(error));
        m_coach = ToneCoach::loadBuiltIn(&error);
        QVERIFY2(m_coach, qPrintable(error));
    }

    void stockPhrasesPerLanguage_data()
    {
        QTest::addColumn<int>("language");
        QTest::addColumn<QString>("reply");
        QTest::addColumn<QString>("phrase");
        QTest::newRow("en") << int(Language::English)
                            << QStringLiteral("Hi Anna, your call is very important to us.")
                            << QStringLiteral("your call is very important to us");
        QTest::newRow("pl") << int(Language::Polish)
                            << QStringLiteral("Pani Anno, przepraszamy za wszelkie niedogodnosci.")
                            << QStringLiteral("przepraszamy za wszelkie niedogodności");
        QTest::newRow("ro") << int(Language::Romanian)
                            << QStringLiteral("Stimată Ana, vă mulţumim pentru răbdare.")
                            << QStringLiteral("vă mulțumim pentru răbdare");
        QTest::newRow("ru") << int(Language::Russian)
                            << QStringLiteral("Анна, ваш звонок очень важен для нас.")
                            << QStringLiteral("ваш звонок очень важен для нас");
        QTest::newRow("fa") << int(Language::Persian)
                            << QStringLiteral("مریم عزیز، تماس شما برای ما بسیار مهم است")
                            << QStringLiteral("تماس شما برای ما بسیار مهم است");
    }

    void stockPhrasesPerLanguage()
    {
        QFETCH(int, language);
        QFETCH(QString, reply);
        QFETCH(QString, phrase);
        ReplyContext context;
        context.customerLanguage = Language(language);
        const QList<ToneNote> notes = m_coach->review(reply, context, *m_engine);
        QCOMPARE(notes.size(), 1);
        QCOMPARE(notes.front().issue, ToneIssue::StockPhrase);
        QCOMPARE(notes.front().detail, phrase);
        QVERIFY(notes.front().length > 0 &&
                notes.front().start + notes.front().length <= std::uint32_t(reply.size()));
    }

    void missingNameAllowsInflection()
    {
        ReplyContext context;
        context.customerLanguage = Language::Polish;
        context.customerFirstName = QStringLiteral("Anna");
        QVERIFY(issues(QStringLiteral("Dzień dobry, paczka jest już w drodze."), context)
                    .contains(ToneIssue::MissingName));
        QVERIFY(!issues(QStringLiteral("Pani Anno, paczka jest już w drodze."), context)
                     .contains(ToneIssue::MissingName));
    }

    void upsetCustomerNeedsAnApology()
    {
        ReplyContext context;
        context.customerLanguage = Language::English;
        context.customerUpset = true;
        QVERIFY(
            issues(QStringLiteral("Your parcel ships tomorrow."), context).contains(ToneIssue::NoApology));
        QVERIFY(!issues(QStringLiteral("I'm sorry, your parcel ships tomorrow."), context)
                     .contains(ToneIssue::NoApology));
        context.customerUpset = false;
        QVERIFY(
            !issues(QStringLiteral("Your parcel ships tomorrow."), context).contains(ToneIssue::NoApology));
    }

    void registerMismatch()
    {
        ReplyContext context;
        context.customerLanguage = Language::Russian;
        context.preferredRegister = Register::Formal;
        QVERIFY(issues(QStringLiteral("Привет! Твой заказ уже в пути."), context)
                    .contains(ToneIssue::RegisterMismatch));
        QVERIFY(!issues(QStringLiteral("Уважаемый клиент, ваш заказ уже в пути."), context)
                     .contains(ToneIssue::RegisterMismatch));
    }

    void replyInAnotherLanguage()
    {
        ReplyContext context;
        context.customerLanguage = Language::Romanian;
        QVERIFY(
            issues(QStringLiteral("Your order will arrive tomorrow morning, thank you for waiting."), context)
                .contains(ToneIssue::LanguageMismatch));
        QVERIFY(!issues(QStringLiteral("Comanda dumneavoastră va ajunge mâine dimineață."), context)
                     .contains(ToneIssue::LanguageMismatch));
    }
};

QTEST_GUILESS_MAIN(TestToneCoach)
#include "tst_tonecoach.moc"
