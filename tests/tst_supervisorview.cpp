// The supervisor view as a lead uses it: the live wall and its filters and saved views, an alert with why
// it fired, the lead's actions queued for the server, and a desktop notification for a new alert while
// the window is not in front.
#include "actions/DeskActions.h"
#include "cache/CacheWriter.h"
#include "cache/SupervisorReader.h"
#include "ChannelIcons.h"
#include "models/AlertModel.h"
#include "models/InboxRoles.h"
#include "models/WallFilter.h"
#include "models/WallModel.h"
#include "sql/SqliteDatabase.h"
#include "sql/SqliteStatement.h"
#include "SupervisorWindow.h"
#include "TeamFiguresView.h"
#include "TestProfile.h"
#include "WallView.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QLabel>
#include <QListView>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

using namespace empathy;
using namespace empathy::test;

namespace {

// An alert on the first open conversation of the profile, about its newest customer message.
Alert alertOn(TestProfile &profile, AlertId id, AlertKind kind, const QDateTime &at)
{
    auto row = profile.db().prepare(
        "SELECT c.id, c.customer_id, m.id FROM conversations c JOIN messages m ON m.conversation_id = c.id "
        "WHERE c.status = 1 AND m.direction = 1 ORDER BY c.id, m.id DESC LIMIT 1");
    if (!row.step())
        return {};
    Alert a;
    a.id = id;
    a.kind = kind;
    a.conversation = ConversationId(row.int64(0));
    a.customer = CustomerId(row.int64(1));
    a.message = MessageId(row.int64(2));
    a.raisedAt = at;
    a.emotion = QStringLiteral("anger");
    a.strength = 0.9f;
    a.valence = -0.8f;
    a.baselineMean = 0.3f;
    a.baselineSpread = 0.2f;
    a.baselineMessages = 12;
    return a;
}

void store(TestProfile &profile, const Alert &alert)
{
    DataBatch batch;
    batch.alerts = {alert};
    profile.writer().writeBatch(batch);
}

} // namespace

class TestSupervisorView : public QObject
{
    Q_OBJECT

    const QDateTime now = QDateTime(QDate(2026, 3, 1), QTime(9, 0), Qt::UTC);

private slots:
    void wallFiltersAndSavedViews()
    {
        TestProfile profile(300);
        QSettings settings(profile.dir() + QStringLiteral("/settings.ini"), QSettings::IniFormat);
        SupervisorReader supervisor(profile.db());
        ChannelIcons icons;
        const AgentId julia(10);
        const Alert anger = alertOn(profile, AlertId(1), AlertKind::StrongAnger, now);
        QVERIFY(anger.id.isValid());
        store(profile, anger);
        DeskActions windowActions(profile.reader(), profile.writer(), [this] { return now; });
        windowActions.setAgent(julia);
        SupervisorWindow window(
            supervisor, profile.reader(), windowActions, icons, [this] { return now; }, settings);
        window.show();
        const qint64 active =
            profile.db().scalar("SELECT count(*) FROM conversations WHERE status IN (1, 2)");
        QCOMPARE(window.wallFilter()->rowCount(), int(active));

        // "With alerts" leaves the one conversation with an open alert; the cell says so in words.
        QCheckBox *withAlerts = nullptr;
        for (QCheckBox *box : window.findChildren<QCheckBox *>()) {
            if (box->text().remove(u'&') == QStringLiteral("With alerts"))
                withAlerts = box;
        }
        QVERIFY(withAlerts);
        withAlerts->setChecked(true);
        QCOMPARE(window.wallFilter()->rowCount(), 1);
        const QModelIndex cell = window.wallFilter()->index(0, WallModel::AlertsColumn);
        QCOMPARE(cell.data(ConversationIdRole).toLongLong(), anger.conversation.value());
        QCOMPARE(WallView::cellText(cell), QStringLiteral("⚠ 1 open"));
        QVERIFY(!WallView::cellText(window.wallFilter()->index(0, WallModel::MoodColumn)).isEmpty());

        // Saved with its sort, and back in a new window from the settings.
        window.wall()->sortByColumn(WallModel::WaitingColumn, Qt::DescendingOrder);
        window.saveView(QStringLiteral("Trouble"));
        QCOMPARE(window.savedViews(), QStringList{QStringLiteral("Trouble")});
        withAlerts->setChecked(false);
        QCOMPARE(window.wallFilter()->rowCount(), int(active));
        DeskActions againActions(profile.reader(), profile.writer(), [this] { return now; });
        againActions.setAgent(julia);
        SupervisorWindow again(
            supervisor, profile.reader(), againActions, icons, [this] { return now; }, settings);
        again.show();
        QCOMPARE(again.wallFilter()->rowCount(), 1);
        QCOMPARE(again.wallFilter()->criteria().sortColumn, int(WallModel::WaitingColumn));
        QCOMPARE(again.wallFilter()->criteria().sortOrder, Qt::DescendingOrder);
        again.applyView(QStringLiteral("no such view")); // nothing happens
        QCOMPARE(again.wallFilter()->rowCount(), 1);
    }

    void alertExplainsItselfAndActionsAreQueued()
    {
        TestProfile profile(120);
        QSettings settings(profile.dir() + QStringLiteral("/settings.ini"), QSettings::IniFormat);
        SupervisorReader supervisor(profile.db());
        ChannelIcons icons;
        const Alert anger = alertOn(profile, AlertId(7), AlertKind::StrongAnger, now);
        store(profile, anger);
        DeskActions windowActions(profile.reader(), profile.writer(), [this] { return now; });
        windowActions.setAgent(AgentId(10));
        SupervisorWindow window(
            supervisor, profile.reader(), windowActions, icons, [this] { return now; }, settings);
        window.show();
        QCOMPARE(window.alerts()->openCount(), 1);
        window.selectAlert(anger.id);
        QString text;
        for (QLabel *label : window.findChildren<QLabel *>()) {
            if (label->accessibleName() == QStringLiteral("Why the alert fired"))
                text = label->text();
        }
        QVERIFY2(text.contains(QStringLiteral("The customer wrote")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("angry"), Qt::CaseInsensitive) ||
                     text.contains(QStringLiteral("anger"), Qt::CaseInsensitive),
                 qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("from 12 of their own messages")), qPrintable(text));

        QPushButton *acknowledge = nullptr;
        for (QPushButton *b : window.findChildren<QPushButton *>()) {
            if (b->text().remove(u'&') == QStringLiteral("Acknowledge"))
                acknowledge = b;
        }
        QVERIFY(acknowledge && acknowledge->isEnabled());
        acknowledge->click();
        // Queued for the server with the alert's id, and shown as on its way (no second click).
        auto op = profile.db().prepare("SELECT kind, payload FROM outbox");
        QVERIFY(op.step());
        QCOMPARE(op.text(0), QStringLiteral("handle_alert"));
        QVERIFY2(op.text(1).contains(QStringLiteral("\"action\":\"acknowledge\"")), qPrintable(op.text(1)));
        QVERIFY2(op.text(1).contains(QStringLiteral("\"alert\":7")), qPrintable(op.text(1)));
        QVERIFY(!acknowledge->isEnabled());
        QVERIFY(
            window.alerts()->index(window.alerts()->rowOf(anger.id)).data(AlertModel::PendingRole).toBool());

        // The server's answer arrives: acknowledged by the lead, the buttons stay off.
        Alert handled = anger;
        handled.state = AlertState::Acknowledged;
        handled.handledBy = AgentId(10);
        handled.handledAt = now;
        store(profile, handled);
        window.refresh();
        QCOMPARE(window.alerts()->openCount(), 0);
        QVERIFY(
            !window.alerts()->index(window.alerts()->rowOf(anger.id)).data(AlertModel::PendingRole).toBool());
    }

    // The alert list reads only what the cache wrote since it last looked, and ends where reading everything
    // again would: the same rows in the same order, each new open alert announced once.
    void theAlertListFollowsChangesAsAFullReadWould()
    {
        TestProfile profile(120);
        SupervisorReader supervisor(profile.db());
        QDateTime clock = now;
        AlertModel alerts(supervisor, [&clock] { return clock; });
        QAbstractItemModelTester tester(&alerts, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy raised(&alerts, &AlertModel::raised);
        const auto ids = [](const AlertModel &model) {
            QList<qint64> out;
            for (int row = 0; row < model.rowCount(); ++row)
                out.append(model.index(row).data(AlertModel::AlertIdRole).toLongLong());
            return out;
        };

        store(profile, alertOn(profile, AlertId(1), AlertKind::StrongAnger, now.addSecs(-600)));
        store(profile, alertOn(profile, AlertId(2), AlertKind::ChurnRisk, now.addSecs(-60)));
        alerts.refresh();
        QCOMPARE(ids(alerts), (QList<qint64>{2, 1}));
        QCOMPARE(raised.size(), 2);
        QCOMPARE(raised.at(0).at(0).value<AlertRow>().alert.id, AlertId(1)); // in the order they fired

        // One raised between the two lands between them; a handled one from two days ago is not shown.
        store(profile, alertOn(profile, AlertId(3), AlertKind::StrongAnger, now.addSecs(-300)));
        Alert old = alertOn(profile, AlertId(4), AlertKind::StrongAnger, now.addDays(-2));
        old.state = AlertState::Acknowledged;
        store(profile, old);
        alerts.refresh();
        QCOMPARE(ids(alerts), (QList<qint64>{2, 3, 1}));
        QCOMPARE(raised.size(), 3);

        // An action on its way shows as pending; the server's answer (handled) keeps it in the day's list.
        profile.writer().queueAlertAction(AlertId(3), CacheWriter::AlertAction::Acknowledge, AgentId(), now);
        alerts.refresh();
        QVERIFY(alerts.index(1).data(AlertModel::PendingRole).toBool());
        Alert handled = alertOn(profile, AlertId(3), AlertKind::StrongAnger, now.addSecs(-300));
        handled.state = AlertState::Acknowledged;
        store(profile, handled);
        alerts.refresh();
        QVERIFY(!alerts.index(1).data(AlertModel::PendingRole).toBool());
        QCOMPARE(AlertState(alerts.index(1).data(AlertModel::StateRole).toInt()), AlertState::Acknowledged);
        QCOMPARE(alerts.openCount(), 2);

        // A day later the handled one has left the window; the open ones stay.
        clock = now.addDays(1);
        alerts.refresh();
        QCOMPARE(ids(alerts), (QList<qint64>{2, 1}));
        QCOMPARE(raised.size(), 3);

        AlertModel fresh(supervisor, [&clock] { return clock; });
        QCOMPARE(ids(fresh), ids(alerts));
    }

    // A cache that cannot be written (here: read-only) never ends the program: every action of the lead
    // says so in words, the window stays up and unchanged, and nothing is queued.
    void aCacheThatCannotBeWrittenLeavesTheWindowUpWithAMessage()
    {
        TestProfile profile(120);
        QSettings settings(profile.dir() + QStringLiteral("/settings.ini"), QSettings::IniFormat);
        SupervisorReader supervisor(profile.db());
        ChannelIcons icons;
        const Alert anger = alertOn(profile, AlertId(7), AlertKind::StrongAnger, now);
        store(profile, anger);
        DeskActions actions(profile.reader(), profile.writer(), [this] { return now; });
        actions.setAgent(AgentId(10));
        SupervisorWindow window(
            supervisor, profile.reader(), actions, icons, [this] { return now; }, settings);
        window.show();
        window.selectAlert(anger.id);
        profile.db().exec("PRAGMA query_only = ON");

        QStringList said;
        const auto answerBoxes = [&] {
            QTimer::singleShot(0, &window, [&] {
                if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
                    said.append(box->windowTitle() + u'\n' + box->text());
                    box->close();
                }
            });
        };
        QPushButton *acknowledge = nullptr;
        for (QPushButton *b : window.findChildren<QPushButton *>()) {
            if (b->text().remove(u'&') == QStringLiteral("Acknowledge"))
                acknowledge = b;
        }
        QVERIFY(acknowledge && acknowledge->isEnabled());
        answerBoxes();
        acknowledge->click();
        QTRY_COMPARE(said.size(), 1);
        QVERIFY2(
            said.front().startsWith(QStringLiteral("Alert not acknowledged\nIt could not be saved in the "
                                                   "local cache: ")),
            qPrintable(said.front()));
        QVERIFY(window.isVisible());
        QVERIFY(acknowledge->isEnabled()); // nothing on its way: it can be tried again
        QVERIFY(
            !window.alerts()->index(window.alerts()->rowOf(anger.id)).data(AlertModel::PendingRole).toBool());

        // The private note and taking over fail the same way.
        answerBoxes();
        QVERIFY(actions.takeOver(anger.id).failed());
        QVERIFY(actions.privateNote(anger.conversation, QStringLiteral("psst")).failed());
        QCOMPARE(profile.db().scalar("SELECT count(*) FROM outbox"), 0);

        // The cache mended, the same button works.
        profile.db().exec("PRAGMA query_only = OFF");
        acknowledge->click();
        QCOMPARE(profile.db().scalar("SELECT count(*) FROM outbox"), 1);
    }

    void teamFiguresForAPeriod()
    {
        TestProfile profile(0);
        QSettings settings(profile.dir() + QStringLiteral("/settings.ini"), QSettings::IniFormat);
        DataBatch batch;
        qint64 nextMessage = 1;
        // Three conversations yesterday: answered after 10, 20 and 60 minutes; the first recovers from
        // negative to positive, the second stays negative, the third was never negative.
        const QList<QList<float>> moods{{-0.8f, -0.5f, 0.6f, 0.7f}, {-0.6f, -0.7f, -0.4f}, {0.2f, 0.3f}};
        const int answeredAfter[] = {10, 20, 60};
        for (int i = 0; i < 3; ++i) {
            Customer customer;
            customer.id = CustomerId(i + 1);
            customer.displayName = QStringLiteral("Customer %1").arg(i + 1);
            customer.createdAt = now.addDays(-10);
            batch.customers.append(customer);
            Conversation c;
            c.id = ConversationId(i + 1);
            c.customer = customer.id;
            c.channel = Channel::WebChat;
            c.createdAt = now.addDays(-1).addSecs(i * 3600);
            c.status = i == 0 ? ConversationStatus::Resolved : ConversationStatus::Open;
            batch.conversations.append(c);
            for (int k = 0; k < moods[i].size(); ++k) {
                Message m;
                m.id = MessageId(nextMessage++);
                m.conversation = c.id;
                m.direction = Direction::Inbound;
                m.body = QStringLiteral("message");
                m.sentAt = c.createdAt.addSecs(k == 0 ? 0 : answeredAfter[i] * 60 + k * 60);
                m.sentiment.valence = moods[i][k];
                m.sentiment.label = labelOfValence(moods[i][k]);
                batch.messages.append(m);
            }
            Message answer;
            answer.id = MessageId(nextMessage++);
            answer.conversation = c.id;
            answer.direction = Direction::Outbound;
            answer.author = AgentId(1);
            answer.body = QStringLiteral("answer");
            answer.sentAt = c.createdAt.addSecs(answeredAfter[i] * 60);
            batch.messages.append(answer);
        }
        const auto answers = [&](SurveyKind kind, CustomerId customer, int daysAgo,
                                 std::initializer_list<int> scores) {
            for (int score : scores) {
                SurveyAnswer a;
                a.id = SurveyAnswerId(nextMessage++);
                a.customer = customer;
                a.kind = kind;
                a.score = score;
                a.answeredAt = now.addDays(-daysAgo);
                batch.surveys.append(a);
            }
        };
        answers(SurveyKind::Csat, CustomerId(1), 1, {5, 4, 2});
        answers(SurveyKind::Nps, CustomerId(2), 2, {10, 9, 3, 7});
        for (int i = 0; i < 3; ++i) {
            Alert a;
            a.id = AlertId(i + 1);
            a.kind = AlertKind::StrongAnger;
            a.conversation = ConversationId(i + 1);
            a.customer = CustomerId(i + 1);
            a.raisedAt = now.addDays(-1);
            if (i < 2) {
                a.state = AlertState::Acknowledged;
                a.handledAt = a.raisedAt.addSecs(i == 0 ? 60 : 180);
            }
            batch.alerts.append(a);
        }
        // A conversation 40 days ago is outside every period offered.
        Conversation old = batch.conversations.front();
        old.id = ConversationId(9);
        old.createdAt = now.addDays(-40);
        batch.conversations.append(old);
        profile.writer().writeBatch(batch);

        SupervisorReader supervisor(profile.db());
        TeamFiguresView view(
            supervisor, [this] { return now; }, settings);
        view.refresh();
        const TeamFigures &f = view.figures(); // the last 7 days
        QCOMPARE(f.conversations, 3);
        QCOMPARE(*f.firstResponseMedian, 20.0 * 60);
        QCOMPARE(*f.firstResponseP90, 60.0 * 60);
        QCOMPARE(f.resolved, 1);
        QCOMPARE(f.csatAnswers, 3);
        QCOMPARE(*f.csatSatisfied, 2.0 / 3.0);
        QCOMPARE(f.npsAnswers, 4);
        QCOMPARE(*f.nps, 25.0); // 2 promoters, 1 detractor of 4
        QCOMPARE(f.hadNegativeMood, 2);
        QCOMPARE(*f.recoveredShare, 0.5);
        QCOMPARE(f.alertsRaised, 3);
        QCOMPARE(f.alertsHandled, 2);
        QVERIFY(*f.alertHandlingMedian >= 60 && *f.alertHandlingMedian <= 180);
        QCOMPARE(f.days.size(), 7);
        QVERIFY2(view.figureText(QStringLiteral("recovered")).contains(QStringLiteral("50")),
                 qPrintable(view.figureText(QStringLiteral("recovered"))));
        QVERIFY2(view.figureText(QStringLiteral("alerts")).startsWith(QStringLiteral("3 raised, 2 handled")),
                 qPrintable(view.figureText(QStringLiteral("alerts"))));
    }

    void newAlertNotifiesWhenNotInFront()
    {
        TestProfile profile(60);
        QSettings settings(profile.dir() + QStringLiteral("/settings.ini"), QSettings::IniFormat);
        SupervisorReader supervisor(profile.db());
        ChannelIcons icons;
        store(profile, alertOn(profile, AlertId(1), AlertKind::StrongAnger, now));
        DeskActions windowActions(profile.reader(), profile.writer(), [this] { return now; });
        windowActions.setAgent(AgentId(10));
        SupervisorWindow window(
            supervisor, profile.reader(), windowActions, icons, [this] { return now; }, settings);
        QCOMPARE(window.notificationCount(), 0); // what was there at the start is not news
        QVERIFY(QApplication::activeWindow() == nullptr);
        store(profile, alertOn(profile, AlertId(2), AlertKind::ChurnRisk, now.addSecs(5)));
        window.refresh();
        QCOMPARE(window.notificationCount(), 1);
        QCOMPARE(window.alerts()->rowCount(), 2);
        QCOMPARE(window.alerts()->index(0).data(AlertModel::AlertIdRole).toLongLong(), 2); // newest first
        window.refresh(); // nothing new, nothing announced
        QCOMPARE(window.notificationCount(), 1);
    }
};

QTEST_MAIN(TestSupervisorView)
#include "tst_supervisorview.moc"
