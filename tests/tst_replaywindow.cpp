// The replay window: plays a pack with no server, the timeline scrubs, annotations are saved in the
// pack, practice compares the trainee's reply with the agent's, and an imported corpus plays.
#include "ChannelIcons.h"
#include "ConversationView.h"
#include "EmotionEngine.h"
#include "MainWindow.h"
#include "models/InboxModel.h"
#include "replay/ReplaySession.h"
#include "replay/TrainingPackExport.h"
#include "ReplayTimeline.h"
#include "ReplayWindow.h"
#include "ReplyBox.h"
#include "TestProfile.h"
#include "ToneCoach.h"
#include "training/ConversationCorpus.h"
#include "training/TrainingPackFile.h"

#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

using namespace empathy;

class ReplayWindowTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QString error;
        m_engine = emotion::EmotionEngine::loadBuiltIn(&error);
        QVERIFY2(m_engine, qPrintable(error));
        m_coach = emotion::ToneCoach::loadBuiltIn(&error);
        QVERIFY2(m_coach, qPrintable(error));
    }

    void importedCorpusPlays()
    {
        QTemporaryDir dir;
        const QString corpus = dir.filePath(QStringLiteral("corpus.jsonl"));
        QFile file(corpus);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(
            R"({"id": "t1", "source": "sample", "domain": "ShopHelp", "turns": [)"
            R"({"role": "customer", "speaker": "mark_k9", "time": "Wed Oct 11 06:55:44 +0000 2017", "text": "@ShopHelp my order never arrived and nobody answers. Awful!"},)"
            R"({"role": "agent", "speaker": "ShopHelp", "time": "Wed Oct 11 07:05:00 +0000 2017", "text": "@mark_k9 We are so sorry! Could you DM us the order number?"},)"
            R"({"role": "customer", "speaker": "mark_k9", "time": "Wed Oct 11 07:20:00 +0000 2017", "text": "@ShopHelp done. Still waiting, this is ridiculous."},)"
            R"({"role": "agent", "speaker": "ShopHelp", "time": "Wed Oct 11 07:31:00 +0000 2017", "text": "@mark_k9 Found it: it arrives tomorrow and shipping is refunded."},)"
            R"({"role": "customer", "speaker": "mark_k9", "time": "Wed Oct 11 07:40:00 +0000 2017", "text": "@ShopHelp wonderful, thank you so much, great help!"}]})"
            "\n"
            R"({"id": "t2", "source": "sample", "domain": "ShopHelp", "turns": [{"role": "customer", "speaker": "ann_w", "time": null, "text": "Where is my refund?"}]})"
            "\n");
        file.close();
        QString error;
        const auto sources = readConversationCorpus(corpus, nullptr, &error);
        QVERIFY2(sources, qPrintable(error));
        const QString packPath = dir.filePath(QStringLiteral("sample.empathypack"));
        QVERIFY(TrainingPackFile::save(buildTrainingPack(*sources, QStringLiteral("sample"), QDateTime()),
                                       packPath, &error));
        const auto pack = TrainingPackFile::load(packPath, &error);
        QVERIFY2(pack, qPrintable(error));

        test::TestProfile scratch;
        ChannelIcons icons;
        ReplayWindow window(*pack, packPath, dependencies(scratch, icons, QStringLiteral("Trainer T")));
        window.resize(1400, 800);
        window.show();
        QCOMPARE(window.conversationList()->count(), 2);
        ReplaySession *session = window.session();
        QVERIFY(session);
        QCOMPARE(session->messages().size(), 5);

        // Played for real at 16x: the thread fills in, badges with it, and it stops at the end.
        session->setSpeed(16);
        session->play();
        QTRY_VERIFY(window.conversationView()->threadText().contains(QStringLiteral("ridiculous")));
        QTRY_COMPARE_WITH_TIMEOUT(session->isPlaying(), false, 15000);
        QCOMPARE(session->shown(), 5);
        QVERIFY(window.conversationView()->threadText().contains(QStringLiteral("great help")));
        QVERIFY(!window.conversationView()->threadText().contains(QStringLiteral("mark_k9")));
        QVERIFY(session->mood().recovered);

        // A click on the start of the timeline goes back there; the thread empties.
        ReplayTimeline *timeline = window.timeline();
        QTest::mouseClick(timeline, Qt::LeftButton, {}, QPoint(timeline->xOf(0), timeline->height() / 2));
        QCOMPARE(session->shown(), 0);
        QVERIFY(!window.conversationView()->threadText().contains(QStringLiteral("order never arrived")));
        QTest::mouseClick(timeline, Qt::LeftButton, {},
                          QPoint(timeline->xOf(session->offsetOf(2)), timeline->height() / 2));
        QCOMPARE(session->shown(), 3);

        // A comment pinned to the last message shown is in the pack file.
        QVERIFY(window.annotate(QStringLiteral("Note how the agent apologised first.")));
        QCOMPARE(window.annotationList()->count(), 1);
        const auto saved = TrainingPackFile::load(packPath, &error);
        QVERIFY2(saved, qPrintable(error));
        QCOMPARE(saved->conversations.front().annotations.size(), 1);
        QCOMPARE(saved->conversations.front().annotations.front().message, 2);
        QCOMPARE(saved->conversations.front().annotations.front().author, QStringLiteral("Trainer T"));

        // The other conversation, and back.
        window.conversationList()->setCurrentRow(1);
        QCOMPARE(window.session()->messages().size(), 1);
        window.conversationList()->setCurrentRow(0);
        QCOMPARE(window.session()->shown(), 0);
    }

    void practiceComparesTheTraineesReply()
    {
        QTemporaryDir dir;
        TrainingPack pack;
        PackConversation c;
        c.id = QStringLiteral("p1");
        c.language = Language::English;
        c.messages = {
            {PackRole::Customer, QStringLiteral("Customer A"),
             QDateTime(QDate(2026, 1, 5), QTime(9, 0), Qt::UTC),
             QStringLiteral("This is the third time I write. My package is lost and I am furious!")},
            {PackRole::Agent, QStringLiteral("Agent A"), QDateTime(QDate(2026, 1, 5), QTime(9, 10), Qt::UTC),
             QStringLiteral("I am so sorry about your package. I have sent a new one today, with "
                            "express delivery.")},
            {PackRole::Customer, QStringLiteral("Customer A"),
             QDateTime(QDate(2026, 1, 5), QTime(9, 20), Qt::UTC), QStringLiteral("Thank you, that helps.")}};
        pack.conversations = {c};
        const QString packPath = dir.filePath(QStringLiteral("p.empathypack"));
        QString error;
        QVERIFY(TrainingPackFile::save(pack, packPath, &error));
        test::TestProfile scratch;
        ChannelIcons icons;
        ReplayWindow window(pack, packPath, dependencies(scratch, icons, QStringLiteral("Trainer")));
        window.show();
        ReplaySession *session = window.session();
        ReplyBox *reply = window.conversationView()->replyBox();
        QVERIFY(!reply->isEnabled()); // nothing to answer outside practice
        session->setPractice(true);
        session->setSpeed(16);
        session->play();
        QTRY_COMPARE(session->awaitingReplyTo(), 0);
        QCOMPARE(session->shown(), 1);
        QVERIFY(reply->isEnabled());
        QCOMPARE(window.sideTabs()->currentWidget(), window.practiceResult());

        // A reply with a stock phrase and no apology to an angry customer: the coach says so, beside the
        // agent's real reply and its own score.
        reply->editor()->setPlainText(QStringLiteral("Your call is very important to us."));
        window.submitPractice(reply->text());
        const QString result = window.practiceResult()->toPlainText();
        QVERIFY2(result.contains(QStringLiteral("Your reply")), qPrintable(result));
        QVERIFY(result.contains(QStringLiteral("The agent's reply")));
        QVERIFY(result.contains(QStringLiteral("apologise")));
        QVERIFY(result.contains(QStringLiteral("I have sent a new one today")));
        QCOMPARE(result.count(QStringLiteral("Tone: passes")), 2);
        QCOMPARE(session->shown(), 2); // the agent's reply is played
        QVERIFY(!reply->isEnabled());
        QTRY_COMPARE_WITH_TIMEOUT(session->shown(), 3, 15000);
    }

    void leadsAndTrainersExportPacksThatReplay()
    {
        test::TestProfile desk(30);
        QSettings settings(desk.dir() + QStringLiteral("/settings.ini"), QSettings::IniFormat);
        MainWindow window(desk.reader(), desk.history(), desk.writer(), AgentId(1), test::fixedClock(),
                          settings);
        window.show();
        window.setRole(AgentRole::Agent);
        QPushButton *button = nullptr;
        for (QPushButton *b : window.findChildren<QPushButton *>()) {
            if (b->text().startsWith(QStringLiteral("Training pack")))
                button = b;
        }
        QVERIFY(button);
        QVERIFY(!button->isVisible());
        window.setRole(AgentRole::Trainer);
        QVERIFY(button->isVisible());

        QList<ConversationId> ids;
        for (int row = 0; row < 5; ++row)
            ids.append(window.inboxModel()->conversationAt(row));
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("desk.empathypack"));
        QSignalSpy finished(&window, &MainWindow::trainingPackFinished);
        QVERIFY(window.exportTrainingPack(ids, path));
        QVERIFY(finished.wait(30000));
        QCOMPARE(finished.takeFirst().at(0).toString(), QString());
        QString error;
        const auto pack = TrainingPackFile::load(path, &error);
        QVERIFY2(pack, qPrintable(error));
        QCOMPARE(pack->conversations.size(), 5);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        for (int row = 0; row < 5; ++row) {
            const auto inboxRow = desk.reader().inboxRow(ids.at(row));
            QVERIFY(inboxRow);
            for (const QString &part : inboxRow->customerName.split(u' '))
                QVERIFY2(!bytes.contains(part.toUtf8()), qPrintable(part));
        }
        // ... and that pack replays.
        test::TestProfile scratch;
        ChannelIcons icons;
        ReplayWindow replay(*pack, path, dependencies(scratch, icons, QStringLiteral("T")));
        replay.session()->seek(replay.session()->durationMs());
        QCOMPARE(replay.session()->shown(), pack->conversations.front().messages.size());
        QVERIFY(!replay.conversationView()->threadText().isEmpty());
        QVERIFY(window.exportTrainingPack({ConversationId(999999)}, path));
        QVERIFY(finished.wait(30000));
        QCOMPARE(finished.takeFirst().at(0).toString(),
                 QStringLiteral("None of these conversations has messages in this desk."));
    }

    // The export runs off the GUI thread, says how far it got, and stops when asked, writing nothing.
    void aTrainingPackExportShowsProgressAndCanBeCancelled()
    {
        test::TestProfile desk(300);
        QList<ConversationId> ids;
        for (qint64 id = 1; id <= 300; ++id)
            ids.append(ConversationId(id));
        QTemporaryDir dir;
        TrainingPackExport exporter;
        QSignalSpy progressed(&exporter, &TrainingPackExport::progressed);
        QSignalSpy finished(&exporter, &TrainingPackExport::finished);

        const QString written = dir.filePath(QStringLiteral("all.empathypack"));
        QVERIFY(
            exporter.start({desk.path(), ids.mid(0, 20), written, QStringLiteral("t"), test::fixedNow()}));
        QVERIFY(!exporter.start(
            {desk.path(), ids, written, QStringLiteral("t"), test::fixedNow()})); // one at a time
        QVERIFY(finished.wait(30000));
        auto outcome = finished.takeFirst().at(0).value<TrainingPackExport::Outcome>();
        QCOMPARE(outcome.status, TrainingPackExport::Outcome::Status::Written);
        QCOMPARE(outcome.conversations, 20);
        QVERIFY(QFile::exists(written));
        QVERIFY(progressed.size() >= 20);
        QCOMPARE(progressed.last().at(0).toInt(), progressed.last().at(1).toInt()); // ends at the whole

        const QString cancelled = dir.filePath(QStringLiteral("cancelled.empathypack"));
        QVERIFY(exporter.start({desk.path(), ids, cancelled, QStringLiteral("t"), test::fixedNow()}));
        exporter.cancel();
        QVERIFY(finished.wait(30000));
        outcome = finished.takeFirst().at(0).value<TrainingPackExport::Outcome>();
        QCOMPARE(outcome.status, TrainingPackExport::Outcome::Status::Cancelled);
        QVERIFY(!QFile::exists(cancelled));
    }

private:
    ReplayDependencies dependencies(test::TestProfile &scratch, const ChannelIcons &icons,
                                    const QString &trainer)
    {
        return ReplayDependencies{scratch.reader(),   scratch.writer(), scratch.history(),
                                  *m_engine,          *m_coach,         icons,
                                  test::fixedClock(), trainer};
    }

    std::unique_ptr<emotion::EmotionEngine> m_engine;
    std::optional<emotion::ToneCoach> m_coach;
};

QTEST_MAIN(ReplayWindowTest)
#include "tst_replaywindow.moc"
