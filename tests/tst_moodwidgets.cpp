// Badges, mood in the inbox, "needs attention", the correction flow in the window, and the tone coach
// in the reply box.
#include "ConversationView.h"
#include "DomainScoring.h"
#include "MainWindow.h"
#include "models/InboxModel.h"
#include "models/InboxRoles.h"
#include "models/ThreadModel.h"
#include "ReplyBox.h"
#include "TestProfile.h"
#include "ThreadDocument.h"
#include "ToneCoach.h"
#include "UiLanguage.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QLabel>
#include <QMenu>
#include <QPlainTextEdit>
#include <QSettings>
#include <QTest>
#include <QTextDocument>
#include <QTimer>

using namespace empathy;
using namespace empathy::test;

namespace {

// Two conversations of one customer each: an angry one waiting long, a grateful one waiting briefly.
DataBatch twoCustomers()
{
    DataBatch batch;
    const char16_t *names[] = {u"Laura Foster", u"Anna Nowak"};
    const char16_t *bodies[] = {
        u"This is the third time I write. Your service is a joke and I want a refund!",
        u"Dziękuję bardzo, wszystko działa świetnie!"};
    const Language languages[] = {Language::English, Language::Polish};
    const int waitedMinutes[] = {90, 5};
    for (int i = 0; i < 2; ++i) {
        Customer c;
        c.id = CustomerId(i + 1);
        c.displayName = QString::fromUtf16(names[i]);
        c.firstName = c.displayName.section(u' ', 0, 0);
        batch.customers.append(c);
        Conversation conversation;
        conversation.id = ConversationId(i + 1);
        conversation.customer = c.id;
        conversation.channel = Channel::WebChat;
        conversation.language = languages[i];
        conversation.createdAt = fixedNow().addSecs(-3600 * 3);
        batch.conversations.append(conversation);
        Message m;
        m.id = MessageId(i + 1);
        m.conversation = conversation.id;
        m.direction = Direction::Inbound;
        m.body = QString::fromUtf16(bodies[i]);
        m.language = languages[i];
        m.sentAt = fixedNow().addSecs(-60 * waitedMinutes[i]);
        batch.messages.append(m);
    }
    return batch;
}

// The desk window over a profile, with the agent's settings beside it.
struct Desk
{
    explicit Desk(std::unique_ptr<TestProfile> scored)
        : profile(std::move(scored))
        , settings(profile->dir() + QStringLiteral("/settings.ini"), QSettings::IniFormat)
        , window(profile->reader(), profile->history(), profile->writer(), AgentId(1), fixedClock(), settings)
    {}
    std::unique_ptr<TestProfile> profile;
    QSettings settings;
    MainWindow window;
};

} // namespace

class TestMoodWidgets : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<emotion::EmotionEngine> m_engine;
    std::optional<emotion::ToneCoach> m_coach;

    // A profile whose writer scores what it stores, as the desktop's does.
    std::unique_ptr<TestProfile> scoredProfile()
    {
        auto profile = std::make_unique<TestProfile>();
        CacheWriter scoring(profile->db(), [this](Message &m) { emotion::scoreMessage(*m_engine, m); });
        scoring.writeBatch(twoCustomers());
        return profile;
    }

    // Shows the window with the engine and coach, on one conversation.
    void showWith(MainWindow &window, ConversationId conversation)
    {
        window.setEmotion(m_engine.get(), &*m_coach);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.selectConversation(conversation);
        QTRY_COMPARE(window.threadModel()->conversation(), conversation);
    }

private slots:
    void initTestCase()
    {
        QString error;
        m_engine = emotion::EmotionEngine::loadBuiltIn(&error);
        QVERIFY2(m_engine, qPrintable(error));
        m_coach = emotion::ToneCoach::loadBuiltIn(&error);
        QVERIFY2(m_coach, qPrintable(error));
    }

    void badgesShowSymbolWordAndColour()
    {
        auto profile = scoredProfile();
        ThreadModel thread(profile->reader());
        QAbstractItemModelTester tester(&thread, QAbstractItemModelTester::FailureReportingMode::QtTest);
        thread.setConversation(ConversationId(1));
        const QModelIndex angry = thread.index(0, 0);
        QCOMPARE(SentimentLabel(angry.data(ThreadModel::SentimentLabelRole).toInt()),
                 SentimentLabel::Negative);
        const QString badge = badgeHtml(angry);
        QVERIFY2(badge.contains(QStringLiteral("\u2639")), qPrintable(badge)); // a symbol, not colour alone
        QVERIFY(badge.contains(QStringLiteral("#d55e00")));                    // vermillion
        QVERIFY(badge.contains(badgeUrl(1)));
        QTextDocument document;
        document.setHtml(badge);
        QVERIFY(!document.toPlainText().trimmed().isEmpty()); // a word is written out

        thread.setConversation(ConversationId(2));
        const QString grateful = badgeHtml(thread.index(0, 0));
        QVERIFY(grateful.contains(QStringLiteral("\u263A")));
        QVERIFY(grateful.contains(QStringLiteral("#0072b2"))); // blue
    }

    void inboxShowsMoodAndSortsByNeedsAttention()
    {
        auto profile = scoredProfile();
        InboxQuery query;
        query.sort = InboxSort::NeedsAttention;
        InboxModel inbox(profile->reader(), fixedClock(), query);
        QAbstractItemModelTester tester(&inbox, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(inbox.rowCount(), 2);
        inbox.ensureLoaded(0, 1);
        QCOMPARE(inbox.index(0).data(ConversationIdRole).toLongLong(), 1); // angry and waiting longest
        QVERIFY(inbox.index(0).data(MoodRole).toDouble() < 0);
        QVERIFY(inbox.index(1).data(MoodRole).toDouble() > 0);
        QVERIFY(inbox.index(0).data(MoodTrendRole).isValid());
    }

    void correctionInTwoClicks()
    {
        Desk desk(scoredProfile());
        MainWindow &window = desk.window;
        showWith(window, ConversationId(2));
        QAbstractItemModelTester tester(window.threadModel(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);

        // Click one: the badge opens the menu; click two: the right label.
        QTimer::singleShot(0, this, [] {
            auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
            QVERIFY(menu);
            for (QAction *action : menu->actions()) {
                if (action->text().contains(QStringLiteral("Neutral")))
                    action->trigger();
            }
            menu->close();
        });
        window.conversationView()->openCorrectionMenu(2, window.mapToGlobal(QPoint(400, 100)));

        const QModelIndex message = window.threadModel()->index(0, 0);
        QTRY_VERIFY(message.data(ThreadModel::CorrectedRole).toBool());
        QCOMPARE(SentimentLabel(message.data(ThreadModel::SentimentLabelRole).toInt()),
                 SentimentLabel::Neutral);
        QCOMPARE(desk.profile->reader().pendingOperationCount(), 1);
        QVERIFY(desk.profile->reader().outbox().front().kind == u"correct_sentiment");
        QVERIFY(badgeHtml(message).contains(QStringLiteral("\u270E"))); // shown as corrected
        QVERIFY(window.conversationView()->threadText().contains(QStringLiteral("\u270E")));
    }

    void toneCoachUpdatesAsTheAgentTypes()
    {
        Desk desk(scoredProfile());
        MainWindow &window = desk.window;
        showWith(window, ConversationId(1)); // Laura, angry
        ReplyBox *reply = window.conversationView()->replyBox();
        reply->editor()->setPlainText(QStringLiteral("Thank you for your patience, the parcel ships today."));
        QTRY_VERIFY(reply->coachNotes()->isVisible());
        const QString notes = reply->coachNotes()->text();
        QVERIFY2(notes.contains(QStringLiteral("thank you for your patience")), qPrintable(notes));
        QVERIFY(notes.contains(QStringLiteral("Laura")));
        QVERIFY(notes.contains(QStringLiteral("apologise")));
        reply->editor()->setPlainText(
            QStringLiteral("Laura, I'm sorry: the parcel ships today, tracking follows."));
        QTRY_VERIFY(!reply->coachNotes()->isVisible());
    }

    // A language chosen while the window is open reaches every part of it at once, Persian turning it
    // right to left; English comes back the same way.
    void languageSwitchesWhileTheWindowIsOpen()
    {
        Desk desk(scoredProfile());
        MainWindow &window = desk.window;
        showWith(window, ConversationId(1));
        const auto labelStartingWith = [&](const QString &start) {
            for (QLabel *label : window.findChildren<QLabel *>()) {
                if (label->text().startsWith(start))
                    return label;
            }
            return static_cast<QLabel *>(nullptr);
        };
        QVERIFY(labelStartingWith(QStringLiteral("Conversations: ")));
        UiLanguage language;
        QVERIFY(language.apply(QStringLiteral("pl")));
        QTRY_VERIFY(labelStartingWith(QStringLiteral("Rozmowy: ")));
        const auto anyLabelContains = [&](const QString &part) {
            const auto labels = window.findChildren<QLabel *>();
            return std::any_of(labels.begin(), labels.end(),
                               [&](const QLabel *label) { return label->text().contains(part); });
        };
        QTRY_VERIFY(anyLabelContains(QStringLiteral("Język: "))); // the conversation's header
        // The thread is drawn again: its channel and badges in Polish.
        QTRY_VERIFY(window.conversationView()->threadText().contains(QStringLiteral("Czat na stronie")));
        QVERIFY(!window.conversationView()->threadText().contains(QStringLiteral("Web chat")));
        QVERIFY(language.apply(QStringLiteral("fa")));
        QTRY_COMPARE(window.layoutDirection(), Qt::RightToLeft);
        QTRY_VERIFY(labelStartingWith(QStringLiteral("گفتگوها: ")));
        QVERIFY(language.apply(QStringLiteral("en")));
        QTRY_COMPARE(window.layoutDirection(), Qt::LeftToRight);
        QTRY_VERIFY(labelStartingWith(QStringLiteral("Conversations: ")));
    }

    // The rules the agent turned off in the settings stay quiet; the others still speak.
    void toneRulesTurnedOffStayQuiet()
    {
        Desk desk(scoredProfile());
        MainWindow &window = desk.window;
        showWith(window, ConversationId(1)); // Laura, angry
        Preferences preferences;
        preferences.toneRulesOff = {emotion::ToneIssue::MissingName, emotion::ToneIssue::StockPhrase};
        window.setPreferences(preferences, true);
        ReplyBox *reply = window.conversationView()->replyBox();
        reply->editor()->setPlainText(QStringLiteral("Thank you for your patience, the parcel ships today."));
        QTRY_VERIFY(reply->coachNotes()->isVisible());
        const QString notes = reply->coachNotes()->text();
        QVERIFY2(notes.contains(QStringLiteral("apologise")), qPrintable(notes));
        QVERIFY2(!notes.contains(QStringLiteral("Laura")), qPrintable(notes));
        QVERIFY2(!notes.contains(QStringLiteral("thank you for your patience")), qPrintable(notes));
        window.setPreferences(Preferences(), true); // all back on: heard again at once
        QTRY_VERIFY(reply->coachNotes()->text().contains(QStringLiteral("Laura")));
    }
};

QTEST_MAIN(TestMoodWidgets)
#include "tst_moodwidgets.moc"
