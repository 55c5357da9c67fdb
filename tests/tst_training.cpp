// Training packs: personal data replaced in five languages and scripts, the corpus importer, the pack
// file, and replay (step, scrub, speed, turning points, practice) over the desk's own models.
#include "DomainScoring.h"
#include "EmotionEngine.h"
#include "models/HistoryModel.h"
#include "models/ThreadModel.h"
#include "replay/PackSources.h"
#include "replay/ReplayCache.h"
#include "replay/ReplaySession.h"
#include "TestProfile.h"
#include "training/ConversationCorpus.h"
#include "training/PersonalDataScrubber.h"
#include "training/TrainingPackBuilder.h"
#include "training/TrainingPackFile.h"

#include <QAbstractItemModelTester>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace empathy;

namespace {

PackMessage said(PackRole role, const QString &speaker, const QString &text, const QDateTime &at = {})
{
    return PackMessage{role, speaker, at, text};
}

// A conversation in `language` full of personal data; `originals` receives every value that must not
// reach the pack.
SourceConversation personalConversation(const QString &language, QStringList *originals)
{
    SourceConversation s;
    s.conversation.id = QStringLiteral("c-") + language;
    s.conversation.source = QStringLiteral("empathy-desk");
    s.conversation.language = languageFromCode(language);
    auto add = [&](PackRole role, const QString &speaker, const QString &text) {
        s.conversation.messages.append(said(role, speaker, text));
    };
    if (language == u"en") {
        s.customers = {QStringLiteral("Jennifer Walsh")};
        s.agents = {QStringLiteral("Oliver Grant")};
        add(PackRole::Customer, QStringLiteral("Jennifer Walsh"),
            QStringLiteral(
                "Hi, Jennifer Walsh here. Order #48213 never came to 221 Baker Street. Call me on "
                "+1 (415) 555-0132 or write to jennifer.walsh@gmail.com. I paid with 4111 1111 1111 1111 "
                "on 2024-03-05, 129.99 in total."));
        add(PackRole::Agent, QStringLiteral("Oliver Grant"),
            QStringLiteral(
                "I'm sorry, Jennifer. My name is Oliver Grant; my colleague Thomas Reed will call you."));
        add(PackRole::Customer, QStringLiteral("Jennifer Walsh"),
            QStringLiteral(
                "Thanks Oliver. Tell Thomas Reed to ask for Jennifer's husband. My name is Jennifer."));
        *originals << QStringLiteral("Jennifer") << QStringLiteral("Walsh") << QStringLiteral("Oliver")
                   << QStringLiteral("Grant") << QStringLiteral("Thomas") << QStringLiteral("Reed")
                   << QStringLiteral("48213") << QStringLiteral("221 Baker") << QStringLiteral("555-0132")
                   << QStringLiteral("jennifer.walsh@gmail.com") << QStringLiteral("4111 1111 1111 1111");
    } else if (language == u"pl") {
        s.customers = {QStringLiteral("Katarzyna Nowak")};
        s.agents = {QStringLiteral("Paweł Wiśniewski")};
        s.values = {{QStringLiteral("kasia_n"), QStringLiteral("handle")}};
        add(PackRole::Customer, QStringLiteral("Katarzyna Nowak"),
            QStringLiteral("Dzień dobry, zamówienie nr 55123 nie dotarło na ul. Długa 5/12, 00-950 Warszawa. "
                           "Telefon +48 601 234 567, mail katarzyna.nowak@wp.pl, telegram kasia_n. Karta "
                           "5500 0000 0000 0004."));
        add(PackRole::Agent, QStringLiteral("Paweł Wiśniewski"),
            QStringLiteral(
                "Pani Katarzyno, przepraszam. Nazywam się Paweł Wiśniewski, oddzwoni Piotr Zieliński."));
        add(PackRole::Customer, QStringLiteral("Katarzyna Nowak"),
            QStringLiteral(
                "Dziękuję, panie Pawle. Proszę przekazać Piotrowi Zielińskiemu, że Katarzynie się śpieszy."));
        *originals << QStringLiteral("Katarzyn") << QStringLiteral("Nowak") << QStringLiteral("Paweł")
                   << QStringLiteral("Wiśniewsk") << QStringLiteral("Piotr") << QStringLiteral("Zieliński")
                   << QStringLiteral("55123") << QStringLiteral("Długa") << QStringLiteral("00-950")
                   << QStringLiteral("601 234 567") << QStringLiteral("katarzyna.nowak@wp.pl")
                   << QStringLiteral("kasia_n") << QStringLiteral("5500 0000 0000 0004");
    } else if (language == u"ro") {
        s.customers = {QStringLiteral("Andreea Ionescu")};
        s.agents = {QStringLiteral("Mihai Popescu")};
        add(PackRole::Customer, QStringLiteral("Andreea Ionescu"),
            QStringLiteral("Bună ziua, comanda 884213 nu a ajuns la str. Lalelelor nr. 7, bl. A4, ap. 3. "
                           "Telefon 0722 123 456, e-mail andreea.ionescu@yahoo.ro."));
        add(PackRole::Agent, QStringLiteral("Mihai Popescu"),
            QStringLiteral(
                "Doamnă Ionescu, îmi pare rău. Mă numesc Mihai Popescu; vă sună colega Elena Dumitrescu."));
        *originals << QStringLiteral("Andreea") << QStringLiteral("Ionescu") << QStringLiteral("Mihai")
                   << QStringLiteral("Popescu") << QStringLiteral("Elena") << QStringLiteral("Dumitrescu")
                   << QStringLiteral("884213") << QStringLiteral("Lalelelor")
                   << QStringLiteral("0722 123 456") << QStringLiteral("andreea.ionescu@yahoo.ro");
    } else if (language == u"ru") {
        s.customers = {QStringLiteral("Ольга Смирнова")};
        s.agents = {QStringLiteral("Дмитрий Волков")};
        add(PackRole::Customer, QStringLiteral("Ольга Смирнова"),
            QStringLiteral(
                "Здравствуйте, заказ № 771234 не доставлен на ул. Ленина, д. 5, кв. 12. Мой телефон "
                "+7 912 345-67-89, почта olga.smirnova@mail.ru."));
        add(PackRole::Agent, QStringLiteral("Дмитрий Волков"),
            QStringLiteral("Ольга, простите. Меня зовут Дмитрий Волков, вам перезвонит Анна Кузнецова."));
        add(PackRole::Customer, QStringLiteral("Ольга Смирнова"),
            QStringLiteral("Спасибо, Дмитрию передам. Скажите Анне Кузнецовой, что Ольге некогда."));
        *originals << QStringLiteral("Ольг") << QStringLiteral("Смирнов") << QStringLiteral("Дмитри")
                   << QStringLiteral("Волков") << QStringLiteral("Анн") << QStringLiteral("Кузнецов")
                   << QStringLiteral("771234") << QStringLiteral("Ленина") << QStringLiteral("345-67-89")
                   << QStringLiteral("olga.smirnova@mail.ru");
    } else {
        s.customers = {QStringLiteral("مهدی صادقی")};
        s.agents = {QStringLiteral("سارا احمدی")};
        add(PackRole::Customer, QStringLiteral("مهدی صادقی"),
            QStringLiteral("سلام، سفارش ۴۵۶۷۸ به خیابان آزادی کوچه ۱۲ پلاک ۵ نرسید. شماره من ۰۹۱۲ ۳۴۵ ۶۷۸۹ "
                           "و ایمیل mahdi.sadeghi@gmail.com است."));
        add(PackRole::Agent, QStringLiteral("سارا احمدی"),
            QStringLiteral("آقای صادقی، متأسفم. اسم من سارا احمدی است."));
        *originals << QStringLiteral("مهدی") << QStringLiteral("صادقی") << QStringLiteral("سارا")
                   << QStringLiteral("احمدی") << QStringLiteral("۴۵۶۷۸") << QStringLiteral("آزادی")
                   << QStringLiteral("۳۴۵ ۶۷۸۹") << QStringLiteral("mahdi.sadeghi@gmail.com");
    }
    return s;
}

QString foldedForSearch(const QString &text)
{
    return text.normalized(QString::NormalizationForm_D).toCaseFolded();
}

} // namespace

class TrainingTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QString error;
        m_engine = emotion::EmotionEngine::loadBuiltIn(&error);
        QVERIFY2(m_engine, qPrintable(error));
    }

    void packHoldsNoPersonalData_data()
    {
        QTest::addColumn<QString>("language");
        for (const char *language : {"en", "pl", "ro", "ru", "fa"})
            QTest::newRow(language) << QString::fromLatin1(language);
    }

    void packHoldsNoPersonalData()
    {
        QFETCH(QString, language);
        QStringList originals;
        const SourceConversation source = personalConversation(language, &originals);
        const TrainingPack pack =
            buildTrainingPack({source}, QStringLiteral("Difficult deliveries"), QDateTime());
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("pack.empathypack"));
        QString error;
        QVERIFY2(TrainingPackFile::save(pack, path, &error), qPrintable(error));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString written = foldedForSearch(QString::fromUtf8(file.readAll()));
        for (const QString &original : originals)
            QVERIFY2(!written.contains(foldedForSearch(original)),
                     qPrintable(QStringLiteral("%1 leaked: %2").arg(original, written)));
        // The same person is the same stand-in in speaker and text, and the pack says what it replaced.
        const PackConversation &c = pack.conversations.front();
        QCOMPARE(c.messages.front().speaker, QStringLiteral("Customer A"));
        QVERIFY(c.messages.at(1).text.contains(QStringLiteral("Customer A")) || language == u"fa");
        QCOMPARE(c.messages.at(1).speaker, QStringLiteral("Agent A"));
        QVERIFY(pack.replaced.value(QStringLiteral("name")) >= 2);
        QCOMPARE(pack.replaced.value(QStringLiteral("email")), 1);
        QVERIFY(pack.replaced.value(QStringLiteral("phone")) >= 1);
        QVERIFY(pack.replaced.value(QStringLiteral("order")) >= 1);
        QVERIFY(pack.replaced.value(QStringLiteral("address")) >= 1);
    }

    void packFromTheDeskHoldsNoCustomerData()
    {
        test::TestProfile profile(40);
        QList<ConversationId> ids;
        QStringList originals;
        for (qint64 id = 1; id <= 40; ++id) {
            const auto row = profile.reader().inboxRow(ConversationId(id));
            if (!row)
                continue;
            ids.append(row->id);
            const auto record = profile.history().customer(row->customer);
            QVERIFY(record);
            originals << record->customer.displayName.split(u' ');
            for (const CustomerIdentity &identity : record->customer.identities)
                originals << identity.value;
        }
        for (const Agent &agent : profile.reader().agents())
            originals << agent.displayName.split(u' ');
        QVERIFY(ids.size() >= 30);
        const QList<SourceConversation> sources = packSources(profile.reader(), profile.history(), ids);
        QCOMPARE(sources.size(), ids.size());
        const TrainingPack pack = buildTrainingPack(sources, QStringLiteral("desk"), QDateTime());
        const QString written = foldedForSearch(QString::fromUtf8(TrainingPackFile::encode(pack)));
        for (const QString &original : std::as_const(originals)) {
            // As a word: "Tom" may stay inside "tomorrow".
            const QRegularExpression word(QStringLiteral("(?<![\\w])%1(?![\\w])")
                                              .arg(QRegularExpression::escape(foldedForSearch(original))),
                                          QRegularExpression::UseUnicodePropertiesOption);
            const QRegularExpressionMatch found = word.match(written);
            QVERIFY2(!found.hasMatch(), qPrintable(original + QStringLiteral(" leaked: ") +
                                                   written.mid(found.capturedStart() - 80, 160)));
        }
        QVERIFY(pack.replaced.value(QStringLiteral("name")) >= 30);
    }

    void ordinaryTextIsKept()
    {
        PersonalDataScrubber scrubber;
        scrubber.addPerson(QStringLiteral("Anna Kowalska"), PersonKind::Customer);
        const QString text = QStringLiteral("I ordered 3 chairs on 2024-03-05 and paid 129.99; anyone can "
                                            "see www.ikea.com. Anna wrote twice.");
        QCOMPARE(scrubber.scrub(text),
                 QStringLiteral("I ordered 3 chairs on 2024-03-05 and paid 129.99; anyone "
                                "can see www.ikea.com. Customer A wrote twice."));
        // The same card, written two ways, is one stand-in; a number failing Luhn is not called a card.
        QCOMPARE(scrubber.scrub(QStringLiteral("4111111111111111 / 4111-1111-1111-1111")),
                 QStringLiteral("[card 1] / [card 1]"));
        QCOMPARE(scrubber.scrub(QStringLiteral("4111 1111 1111 1112")), QStringLiteral("[number 1]"));
        QCOMPARE(scrubber.replacedCounts().value(QStringLiteral("card")), 1);
        // Two people who share a surname are told apart by the whole name; the surname alone is the
        // first of them.
        scrubber.addPerson(QStringLiteral("Jan Kowalski"), PersonKind::Customer);
        QCOMPARE(scrubber.scrub(QStringLiteral("Anna Kowalska and Jan Kowalski; Kowalski, Jan.")),
                 QStringLiteral("Customer A and Customer B; Customer B, Customer B."));
        // Introduced people are found even with names the scrubber has never seen.
        scrubber.learnNames(QStringLiteral("Hello, my name is Zbyszko Bogdaniec and this is Ridiculous."));
        QCOMPARE(scrubber.scrub(QStringLiteral("Zbyszko Bogdaniec, again Zbyszko; Ridiculous stays.")),
                 QStringLiteral("Person A, again Person A; Ridiculous stays."));
    }

    void packFileRoundTripsAndRefusesDamage()
    {
        QStringList originals;
        TrainingPack pack =
            buildTrainingPack({personalConversation(QStringLiteral("ro"), &originals)}, QStringLiteral("t"),
                              QDateTime(QDate(2026, 11, 1), QTime(9, 0), Qt::UTC));
        pack.conversations[0].annotations.append(
            PackAnnotation{1, QStringLiteral("Good apology"), QStringLiteral("Trainer"), QDateTime()});
        QString error;
        const auto back = TrainingPackFile::decode(TrainingPackFile::encode(pack), &error);
        QVERIFY2(back, qPrintable(error));
        QCOMPARE(back->conversations.front().messages.size(), pack.conversations.front().messages.size());
        QCOMPARE(back->conversations.front().annotations.front().text, QStringLiteral("Good apology"));
        QCOMPARE(back->replaced, pack.replaced);
        QCOMPARE(back->created, pack.created);

        QVERIFY(!TrainingPackFile::decode("{", &error));
        QVERIFY(error.startsWith(QStringLiteral("not JSON")));
        QVERIFY(!TrainingPackFile::decode(R"({"format":"something else"})", &error));
        QByteArray bad = TrainingPackFile::encode(pack);
        bad.replace("\"role\": \"agent\"", "\"role\": \"robot\"");
        QVERIFY(!TrainingPackFile::decode(bad, &error));
        QVERIFY2(error.contains(QStringLiteral("conversations[0].messages[1]")), qPrintable(error));
    }

    void corpusImportReportsBadLines()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("corpus.jsonl"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(
            R"({"id": "a1", "source": "sample", "domain": "AcmeHelp", "turns": [)"
            R"({"role": "customer", "speaker": "jane_d77", "time": "2020-04-01T17:31:32.000Z", "text": "@AcmeHelp my parcel is lost, I am furious. Mail me: jane@example.org"},)"
            R"({"role": "agent", "speaker": "AcmeHelp", "time": "Wed Apr 01 17:45:10 +0000 2020", "text": "@jane_d77 So sorry! Please DM us your order number &amp; name."},)"
            R"({"role": "customer", "speaker": "jane_d77", "time": null, "text": "Done, thank you so much!"}]})"
            "\n"
            "this is not json\n"
            R"({"id": 7, "source": "sample", "domain": null, "turns": []})"
            "\n"
            R"({"id": 8, "source": "sample", "domain": null, "turns": [{"role": "bot", "speaker": "b", "time": "yesterday", "text": "Hi"}]})"
            "\n");
        file.close();
        QStringList problems;
        QString error;
        const auto sources = readConversationCorpus(path, &problems, &error);
        QVERIFY2(sources, qPrintable(error));
        QCOMPARE(sources->size(), 2);
        QCOMPARE(problems.size(), 4); // not JSON, no turns, unknown role, unknown time
        QVERIFY(problems.at(0).startsWith(QStringLiteral("line 2:")));
        const PackConversation &c = sources->front().conversation;
        QCOMPARE(c.messages.at(1).at, QDateTime(QDate(2020, 4, 1), QTime(17, 45, 10), Qt::UTC));
        QVERIFY(!c.messages.at(2).at.isValid());
        QCOMPARE(sources->at(1).conversation.messages.front().role, PackRole::System);

        const TrainingPack pack = buildTrainingPack(*sources, QStringLiteral("sample"), QDateTime());
        const QString written = QString::fromUtf8(TrainingPackFile::encode(pack));
        QVERIFY(!written.contains(QStringLiteral("jane")));
        QVERIFY(written.contains(QStringLiteral("@AcmeHelp"))); // the company's account stays
        QCOMPARE(pack.conversations.front().messages.at(1).text,
                 QStringLiteral("@CustomerA So sorry! Please DM us your order number & name."));

        QVERIFY(!readConversationCorpus(dir.filePath(QStringLiteral("missing.jsonl")), &problems, &error));
        QVERIFY(error.contains(QStringLiteral("missing.jsonl")));
    }

    void replayStepsScrubsAndSpeeds()
    {
        ReplaySession session(replayConversation(), scorer());
        QCOMPARE(session.messages().size(), 6);
        QCOMPARE(session.shown(), 0);
        // Pauses: real ones cut to 1..6 s; the first message after half a second.
        QCOMPARE(session.offsetOf(0), 500);
        QCOMPARE(session.offsetOf(1), 500 + ReplaySession::longestPauseMs); // 2 hours later, compressed
        QCOMPARE(session.offsetOf(2), session.offsetOf(1) + ReplaySession::shortestPauseMs); // 0.3 s

        QSignalSpy shown(&session, &ReplaySession::shownChanged);
        session.step();
        QCOMPARE(session.shown(), 1);
        session.step();
        session.step();
        QCOMPARE(session.shown(), 3);
        session.stepBack();
        QCOMPARE(session.shown(), 2);
        QCOMPARE(shown.count(), 4);

        session.seek(session.durationMs());
        QCOMPARE(session.shown(), 6);
        session.seek(0);
        QCOMPARE(session.shown(), 0);
        session.seek(session.offsetOf(3) + 10);
        QCOMPARE(session.shown(), 4);

        // Speed: the same wall time covers 16 times the replay time.
        session.seek(0);
        session.setSpeed(16);
        session.setSpeed(40);
        QCOMPARE(session.speed(), ReplaySession::maxSpeed);
        session.play();
        session.advance(400);
        QCOMPARE(session.playheadMs(), 400 * 16);
        QCOMPARE(session.shown(), 1);
        session.setSpeed(1);
        session.advance(100);
        QCOMPARE(session.playheadMs(), 400 * 16 + 100);
        QCOMPARE(session.shown(), 2);
        session.advance(1000000); // to the end: playback stops there
        QCOMPARE(session.shown(), 6);
        QVERIFY(!session.isPlaying());
        // Played for real through the timer, it reaches the end too.
        session.setSpeed(16);
        session.play();
        QTRY_COMPARE_WITH_TIMEOUT(session.isPlaying(), false, 10000);
        QCOMPARE(session.shown(), 6);
    }

    void replayJumpsToTurningPoints()
    {
        ReplaySession session(replayConversation(), scorer());
        // Angry, angrier, then thanks: the mood turns at the customer's last message (index 5).
        QVERIFY(!session.turningPoints().isEmpty());
        QCOMPARE(session.turningPoints().back(), 5);
        QVERIFY(session.jumpToNextTurningPoint());
        QCOMPARE(session.shown(), session.turningPoints().front() + 1);
        while (session.jumpToNextTurningPoint()) {
        }
        QCOMPARE(session.shown(), 6);
        QVERIFY(session.jumpToPreviousTurningPoint() || session.turningPoints().size() == 1);
    }

    void practiceStopsBeforeTheAgentsReply()
    {
        ReplaySession session(replayConversation(), scorer());
        session.setPractice(true);
        QSignalSpy asked(&session, &ReplaySession::practiceRequested);
        session.setSpeed(16);
        session.play();
        session.advance(100000);
        // Stopped after the customer's two messages, before the agent's reply.
        QCOMPARE(asked.count(), 1);
        QCOMPARE(asked.front().front().toInt(), 1);
        QCOMPARE(session.shown(), 2);
        QCOMPARE(session.awaitingReplyTo(), 1);
        QVERIFY(!session.isPlaying());
        session.play(); // waits for the trainee
        QVERIFY(!session.isPlaying());
        session.finishPractice();
        QCOMPARE(session.shown(), 3); // the real reply, then playing on
        QVERIFY(session.isPlaying());
        session.advance(100000);
        QCOMPARE(asked.count(), 2);
        QCOMPARE(session.awaitingReplyTo(), 3);
        session.step(); // skipping the exercise shows the reply
        QCOMPARE(session.shown(), 5);
    }

    void replayFillsTheDesksModels()
    {
        test::TestProfile profile;
        ReplaySession session(replayConversation(), scorer());
        ReplayCache cache(profile.writer());
        ThreadModel thread(profile.reader());
        QAbstractItemModelTester threadTester(&thread);
        HistoryModel history(profile.history());
        QAbstractItemModelTester historyTester(&history);
        cache.sync(session);
        thread.setConversation(ConversationId(1));
        history.setCustomer(session.customer().id);
        QCOMPARE(thread.rowCount(), 0);
        session.step();
        session.step();
        cache.sync(session);
        thread.reload();
        QCOMPARE(thread.rowCount(), 2);
        QVERIFY(thread.index(0).data(ThreadModel::ValenceRole).toDouble() < 0); // the badge is there
        QCOMPARE(thread.index(0).data(ThreadModel::AuthorNameRole).toString(), QStringLiteral("Customer A"));
        session.seek(session.durationMs());
        cache.sync(session);
        thread.reload();
        QCOMPARE(thread.rowCount(), 6);
        QCOMPARE(thread.index(2).data(ThreadModel::AuthorNameRole).toString(), QStringLiteral("AcmeHelp"));
        session.seek(session.offsetOf(1)); // back: the cache holds only what was shown
        cache.sync(session);
        thread.reload();
        QCOMPARE(thread.rowCount(), 2);
        history.reload();
        QCOMPARE(history.rowCount(), 2);
    }

private:
    MessageScorer scorer() const
    {
        return [engine = m_engine.get()](Message &m) { emotion::scoreMessage(*engine, m); };
    }

    static PackConversation replayConversation()
    {
        const QDateTime t0(QDate(2020, 4, 1), QTime(17, 0), Qt::UTC);
        PackConversation c;
        c.id = QStringLiteral("r1");
        c.source = QStringLiteral("sample");
        c.topic = QStringLiteral("AcmeHelp");
        c.language = Language::English;
        c.messages = {
            said(PackRole::Customer, QStringLiteral("Customer A"),
                 QStringLiteral("My parcel is two weeks late. This is terrible service."), t0),
            said(PackRole::Customer, QStringLiteral("Customer A"),
                 QStringLiteral("Still nothing!!! I am furious and I want a refund NOW."), t0.addSecs(7200)),
            said(PackRole::Agent, QStringLiteral("AcmeHelp"),
                 QStringLiteral("I'm so sorry, Customer A. Let me check the parcel right away."),
                 t0.addMSecs(7200300)),
            said(PackRole::Customer, QStringLiteral("Customer A"), QStringLiteral("Ok, please hurry.")),
            said(PackRole::Agent, QStringLiteral("AcmeHelp"),
                 QStringLiteral("It arrives tomorrow morning, and shipping is refunded.")),
            said(PackRole::Customer, QStringLiteral("Customer A"),
                 QStringLiteral("Wonderful, thank you so much! You saved my day, great help.")),
        };
        return c;
    }

    std::unique_ptr<emotion::EmotionEngine> m_engine;
};

QTEST_GUILESS_MAIN(TrainingTest)
#include "tst_training.moc"
