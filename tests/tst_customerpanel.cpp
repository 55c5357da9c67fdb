// The customer history panel beside a conversation: key facts, contact fatigue and its warning before one
// more unasked message, the order the customer keeps coming back about, the sentiment chart and the
// timeline filtered by kind.
#include "ApologyDrafter.h"
#include "ApprovalQueueView.h"
#include "cache/TemplateStore.h"
#include "CompensationDialog.h"
#include "ConversationView.h"
#include "CustomerHistoryFixture.h"
#include "CustomerPanel.h"
#include "HistoryDelegate.h"
#include "MainWindow.h"
#include "models/ApprovalQueueModel.h"
#include "models/HistoryModel.h"
#include "models/ThreadModel.h"
#include "ReplyBox.h"
#include "SentimentChart.h"
#include "TestProfile.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QListView>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QTimer>

using namespace empathy;
using namespace empathy::test;

class TestCustomerPanel : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestProfile> m_profile;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<MainWindow> m_window;

    void open(ConversationId conversation)
    {
        m_window->selectConversation(conversation);
        QTRY_COMPARE(m_window->threadModel()->conversation(), conversation);
    }

    // Answers the next message box with `button` once it is shown; returns whether one was shown.
    std::shared_ptr<bool> answerNextQuestion(QMessageBox::StandardButton button)
    {
        auto asked = std::make_shared<bool>(false);
        QTimer::singleShot(0, this, [asked, button] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (!box)
                return;
            *asked = true;
            box->button(button)->click();
        });
        return asked;
    }

    void send(const QString &text)
    {
        QPlainTextEdit *editor = m_window->conversationView()->replyBox()->editor();
        editor->setPlainText(text);
        editor->setFocus();
        QTest::keyClick(editor, Qt::Key_Return, Qt::ControlModifier);
    }

private slots:
    void init()
    {
        m_profile = std::make_unique<TestProfile>();
        CustomerHistoryFixture().writeTo(m_profile->writer());
        m_settings =
            std::make_unique<QSettings>(m_profile->dir() + u"/settings.ini"_qs, QSettings::IniFormat);
        m_window = std::make_unique<MainWindow>(m_profile->reader(), m_profile->history(),
                                                m_profile->writer(), AgentId(1), fixedClock(), *m_settings);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void cleanup()
    {
        m_window.reset();
        m_settings.reset();
        m_profile.reset();
    }

    void showsTheCustomerOfTheOpenConversation()
    {
        CustomerPanel *panel = m_window->customerPanel();
        QAbstractItemModelTester tester(&panel->model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(panel->factsText().contains(u"No customer selected"_qs));
        open(ConversationId(13));

        const QString facts = panel->factsText();
        QVERIFY2(facts.contains(u"Anna Kowalska"_qs), qPrintable(facts));
        QVERIFY2(facts.contains(u"Polish"_qs), qPrintable(facts));
        QVERIFY2(facts.contains(u"prefers Telegram"_qs), qPrintable(facts));
        QVERIFY2(facts.contains(u"PLN"_qs) && facts.contains(u"EUR"_qs), qPrintable(facts));
        QVERIFY2(facts.contains(u"2 open of 6"_qs), qPrintable(facts));
        QVERIFY2(facts.contains(u"3 in 7 days, 4 in 30 days"_qs), qPrintable(facts));
        QVERIFY2(facts.contains(u"\u26A0"_qs), qPrintable(facts)); // at the limit of 3
        QVERIFY2(facts.contains(u"Order #100482: 3 contacts in 4 d"_qs), qPrintable(facts));
        QCOMPARE(panel->chart()->pointCount(), 7);
        QVERIFY(panel->chart()->turningPointCount() >= 2);

        // Every channel she used is in the timeline; the filter narrows it, the figures stay.
        QListView *timeline = panel->timeline();
        QCOMPARE(timeline->model()->rowCount(), 23);
        QSet<int> channels;
        for (int row = 0; row < timeline->model()->rowCount(); ++row) {
            const QVariant channel = timeline->model()->index(row, 0).data(HistoryModel::ChannelRole);
            if (channel.isValid())
                channels.insert(channel.toInt());
        }
        QCOMPARE(channels.size(), 4);
        for (QCheckBox *box : panel->findChildren<QCheckBox *>()) {
            if (box->text() == u"Messages"_qs)
                box->click();
        }
        QCOMPARE(timeline->model()->rowCount(), 5);
        QVERIFY(panel->factsText().contains(u"3 in 7 days"_qs));

        // Boris's conversation shows Boris.
        open(ConversationId(20));
        QVERIFY(panel->factsText().contains(u"Boris Ivanov"_qs));
        QVERIFY(!panel->factsText().contains(u"\u26A0"_qs));
    }

    void chartGroupsLongHistoriesButKeepsEveryTurningPoint()
    {
        SentimentChart chart(fixedClock());
        QList<SentimentPoint> points;
        for (int i = 0; i < 1000; ++i)
            points.append({qint64(i) * 60000, i, i % 2 ? 0.5 : -0.5, 0.0, i % 100 == 0});
        chart.setPoints(points);
        QCOMPARE(chart.pointCount(), 1000);
        QVERIFY(chart.dotCount() <= int(SentimentChart::maxBuckets));
        QVERIFY(chart.dotCount() >= int(SentimentChart::maxBuckets) / 2);
        QCOMPARE(chart.turningPointCount(), 10);
        points.resize(12);
        chart.setPoints(points);
        QCOMPARE(chart.dotCount(), 12); // short histories: one dot per message
    }

    void warnsBeforeOneMoreUnaskedMessage()
    {
        open(ConversationId(13)); // our voucher was the last word there
        const int before = m_window->threadModel()->rowCount();

        auto asked = answerNextQuestion(QMessageBox::No);
        send(u"One more offer for you"_qs);
        QTRY_VERIFY(*asked);
        QCOMPARE(m_window->threadModel()->rowCount(), before); // not sent, and not lost:
        QCOMPARE(m_window->conversationView()->replyBox()->editor()->toPlainText(),
                 u"One more offer for you"_qs);

        asked = answerNextQuestion(QMessageBox::Yes);
        send(u"One more offer for you"_qs);
        QTRY_VERIFY(*asked);
        QCOMPARE(m_window->threadModel()->rowCount(), before + 1);
        QCOMPARE(m_profile->reader().pendingOperationCount(), 1);

        // Where she waits for us, answering is no unasked contact: no question.
        open(ConversationId(12));
        const int waiting = m_window->threadModel()->rowCount();
        asked = answerNextQuestion(QMessageBox::No);
        send(u"The courier has it"_qs);
        QTRY_COMPARE(m_window->threadModel()->rowCount(), waiting + 1);
        QVERIFY(!*asked);
    }

    void notesTheCustomersTone()
    {
        open(ConversationId(12));
        CustomerPanel *panel = m_window->customerPanel();
        QComboBox *tone = panel->toneChooser();
        QCOMPARE(PreferredTone(tone->currentData().toInt()), PreferredTone::Unknown);
        tone->setFocus();
        QTest::keyClick(tone, Qt::Key_Down); // "Prefers a formal tone"
        QCOMPARE(m_profile->reader().pendingOperationCount(), 1);
        QCOMPARE(m_profile->reader().outbox().front().kind, u"set_customer_tone"_qs);
        QCOMPARE(m_profile->reader().header(ConversationId(12))->preferredTone, PreferredTone::Formal);
        // Another conversation of hers shows it too; Boris's does not.
        open(ConversationId(13));
        QCOMPARE(PreferredTone(tone->currentData().toInt()), PreferredTone::Formal);
        QVERIFY(panel->factsText().contains(u"formal"_qs));
        open(ConversationId(20));
        QCOMPARE(PreferredTone(tone->currentData().toInt()), PreferredTone::Unknown);
    }

    void apologyDraftedIntoTheReply()
    {
        QString error;
        const auto drafter = emotion::ApologyDrafter::loadBuiltIn(&error);
        QVERIFY2(drafter, qPrintable(error));
        ReplyBox *reply = m_window->conversationView()->replyBox();
        QVERIFY(reply->apologyButton()->isHidden());
        m_window->setApologyDrafter(&*drafter);
        QVERIFY(!reply->apologyButton()->isHidden());
        open(ConversationId(12)); // Anna, Polish, about order 100482: "Still nothing for #100482, again"
        reply->editor()->setPlainText(u"Sprawdzam u kuriera."_qs);
        reply->apologyButton()->click();
        const QString text = reply->editor()->toPlainText();
        QVERIFY2(text.startsWith(u"Szanowna Pani Anno,"_qs), qPrintable(text)); // formal: no tone noted yet
        QVERIFY2(text.endsWith(u"Sprawdzam u kuriera."_qs), qPrintable(text));  // what she wrote stays
        QCOMPARE(m_profile->reader().pendingOperationCount(), 0);               // nothing sent: ready to edit

        // Sent, it is an apology in her history; the next plain reply is not.
        QTest::keyClick(reply->editor(), Qt::Key_Return, Qt::ControlModifier);
        QTRY_COMPARE(m_profile->reader().pendingOperationCount(), 1);
        QVERIFY(m_profile->reader().outbox().front().payload.contains("\"purpose\":\"apology\""));
        HistoryModel &history = m_window->customerPanel()->model();
        QCOMPARE(HistoryKind(history.index(0).data(HistoryModel::KindRole).toInt()), HistoryKind::Apology);
        m_window->customerPanel()->setKinds(int(HistoryKind::Apology));
        QCOMPARE(history.rowCount(), 1);
        QVERIFY(HistoryDelegate::title(history.index(0)).contains(u"apology"_qs));
        const auto asked = answerNextQuestion(QMessageBox::Yes); // our apology was the last word: unasked now
        send(u"Anything else?"_qs);
        QTRY_COMPARE(m_profile->reader().pendingOperationCount(), 2);
        QVERIFY(*asked);
        QVERIFY(!m_profile->reader().outbox().back().payload.contains("apology"));
        QCOMPARE(history.rowCount(), 1);
    }

    void compensationAskedForShownWaitingThenDecided()
    {
        open(ConversationId(13));
        CustomerPanel *panel = m_window->customerPanel();
        auto filled = std::make_shared<QString>();
        QTimer::singleShot(0, this, [filled] {
            auto *dialog = qobject_cast<CompensationDialog *>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            *filled = dialog->problem(); // no amount yet
            dialog->amountEdit()->setText(u"15,50"_qs);
            *filled += u" | "_qs + dialog->problem(); // no reason yet
            dialog->reasonEdit()->setPlainText(u"Order 100482 two weeks late"_qs);
            if (dialog->problem().isEmpty())
                dialog->accept();
        });
        panel->compensateButton()->click();
        QVERIFY2(filled->contains(u"amount"_qs) && filled->contains(u"Say why"_qs), qPrintable(*filled));

        // Stored as queued with its operation, in the order's currency, and never shown as granted.
        const auto outbox = m_profile->reader().outbox();
        QCOMPARE(outbox.size(), 1);
        QCOMPARE(outbox[0].kind, u"compensate"_qs);
        const QJsonObject payload = QJsonDocument::fromJson(outbox[0].payload).object();
        QCOMPARE(payload.value(u"amount_minor"_qs).toInteger(), 1550);
        QCOMPARE(payload.value(u"currency"_qs).toString(), u"PLN"_qs);
        QCOMPARE(payload.value(u"order"_qs).toInteger(), 1000);
        auto compensationRow = [&] {
            QAbstractItemModel *model = panel->timeline()->model();
            for (int row = 0; row < model->rowCount(); ++row) {
                if (HistoryKind(model->index(row, 0).data(HistoryModel::KindRole).toInt()) ==
                    HistoryKind::Compensation)
                    return model->index(row, 0);
            }
            return QModelIndex();
        };
        QVERIFY(compensationRow().isValid());
        QVERIFY2(HistoryDelegate::title(compensationRow()).contains(u"not sent yet"_qs),
                 qPrintable(HistoryDelegate::title(compensationRow())));
        QObject menu;
        panel->setDecidesCompensation(true);
        QVERIFY(panel->compensationActions(compensationRow(), &menu).isEmpty()); // not on the server yet

        // The server's record: waiting for a lead, then granted; the customer's next message is the after.
        Compensation record;
        record.id = CompensationId(7);
        record.opId = outbox[0].opId;
        record.conversation = ConversationId(13);
        record.customer = CustomerId(1);
        record.order = OrderId(1000);
        record.kind = CompensationKind::Voucher;
        record.amount = Money{1550, u"PLN"_qs};
        record.reason = u"Order 100482 two weeks late"_qs;
        record.status = CompensationStatus::Pending;
        record.heldBecause = u"over the limit of 10.00 PLN per compensation"_qs;
        record.requestedBy = AgentId(1);
        record.requestedAt = fixedNow().addSecs(-55 * 60);
        record.moodBefore = -0.9f;
        DataBatch batch;
        batch.compensations = {record};
        m_profile->writer().applySyncPage(batch, {}, u"g"_qs, 1);
        panel->reload();
        QCOMPARE(panel->timeline()->model()->rowCount(), 24); // one row, not two
        QVERIFY(HistoryDelegate::title(compensationRow()).contains(u"waiting for a team lead"_qs));
        QCOMPARE(compensationRow().data(HistoryModel::NoteRole).toString(), record.heldBecause);
        QStringList offered;
        for (QAction *action : panel->compensationActions(compensationRow(), &menu))
            offered << action->text();
        QCOMPARE(offered, (QStringList{u"Approve…"_qs, u"Deny…"_qs}));
        panel->setDecidesCompensation(false);
        QVERIFY(panel->compensationActions(compensationRow(), &menu).isEmpty()); // agents do not decide

        record.status = CompensationStatus::Granted;
        record.decidedBy = AgentId(10);
        record.decidedAt = fixedNow().addSecs(-52 * 60);
        batch.compensations = {record};
        m_profile->writer().applySyncPage(batch, {}, u"g"_qs, 2);
        panel->reload();
        QCOMPARE(compensationRow().data(HistoryModel::MoodAfterRole).toDouble(), 0.0); // "ok", 50 min ago
        QVERIFY(HistoryDelegate::title(compensationRow()).contains(u"granted"_qs));
        // Granted: now the customer may hear of it, in the words of the library's compensation template.
        TemplateStore templates(m_profile->db());
        templates.addBuiltIns(builtInTemplates(), fixedNow());
        m_window->setTemplateStore(&templates);
        const QList<QAction *> tell = panel->compensationActions(compensationRow(), &menu);
        QCOMPARE(tell.size(), 1);
        tell.front()->trigger();
        const QString reply = m_window->conversationView()->replyBox()->text();
        QVERIFY2(reply.contains(u"15.50"_qs) && reply.contains(u"#100482"_qs), qPrintable(reply));
        m_window->setTemplateStore(nullptr);
        for (QCheckBox *box : panel->findChildren<QCheckBox *>()) {
            if (box->text() == u"Compensations"_qs)
                box->click();
        }
        QVERIFY(!compensationRow().isValid());
    }

    void leadsSeeTheCompensationsWaitingForThem()
    {
        ApprovalQueueModel &queue = *m_window->approvals();
        QAbstractItemModelTester tester(&queue, QAbstractItemModelTester::FailureReportingMode::QtTest);
        Compensation waiting;
        waiting.id = CompensationId(8);
        waiting.conversation = ConversationId(13);
        waiting.customer = CustomerId(1);
        waiting.kind = CompensationKind::FullRefund;
        waiting.amount = Money{12999, u"PLN"_qs};
        waiting.reason = u"parcel lost"_qs;
        waiting.heldBecause = u"only a team lead may grant a full refund"_qs;
        waiting.status = CompensationStatus::Pending;
        waiting.requestedBy = AgentId(1);
        waiting.requestedAt = fixedNow().addSecs(-600);
        Compensation granted = waiting;
        granted.id = CompensationId(9);
        granted.kind = CompensationKind::Voucher;
        granted.status = CompensationStatus::Granted;
        DataBatch batch;
        batch.compensations = {waiting, granted};
        m_profile->writer().applySyncPage(batch, {}, u"g"_qs, 1);

        QPushButton *approvals = nullptr;
        for (QPushButton *b : m_window->findChildren<QPushButton *>())
            approvals = b->text().startsWith(u"Waiting for a lead"_qs) ? b : approvals;
        QVERIFY(!approvals || approvals->isHidden()); // an agent has no queue
        m_window->setLead(true);
        for (QPushButton *b : m_window->findChildren<QPushButton *>())
            approvals = b->text().startsWith(u"Waiting for a lead"_qs) ? b : approvals;
        QVERIFY(approvals && !approvals->isHidden());
        QCOMPARE(approvals->text(), u"Waiting for a lead: 1"_qs); // the granted one is not waiting
        QCOMPARE(queue.rowCount(), 1);
        QCOMPARE(queue.index(0, ApprovalQueueModel::CustomerColumn).data().toString(), u"Anna Kowalska"_qs);
        const QString why = ApprovalQueueView::cellText(queue.index(0, ApprovalQueueModel::WhyColumn));
        QVERIFY2(why.contains(u"parcel lost"_qs) && why.contains(u"full refund"_qs), qPrintable(why));
        QVERIFY(ApprovalQueueView::cellText(queue.index(0, ApprovalQueueModel::WhatColumn))
                    .contains(u"129.99"_qs));
        QVERIFY(ApprovalQueueView::cellText(queue.index(0, ApprovalQueueModel::MoodColumn))
                    .contains(u"Negative"_qs));

        // Opening a row's conversation brings the customer's history; the buttons ask for a decision.
        m_window->showApprovals();
        auto *view = m_window->findChild<ApprovalQueueView *>();
        QVERIFY(view);
        QVERIFY(!view->approveButton()->isEnabled());
        view->table()->selectRow(0);
        QVERIFY(view->approveButton()->isEnabled());
        emit view->table()->doubleClicked(queue.index(0, 0));
        QTRY_COMPARE(m_window->threadModel()->conversation(), ConversationId(13));
    }

    void limitComesFromTheSettings()
    {
        m_window.reset();
        m_settings->setValue(u"customer/contactLimitPer7Days"_qs, 10);
        m_window = std::make_unique<MainWindow>(m_profile->reader(), m_profile->history(),
                                                m_profile->writer(), AgentId(1), fixedClock(), *m_settings);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        open(ConversationId(13));
        QCOMPARE(m_window->customerPanel()->contactLimit(), 10);
        QVERIFY(!m_window->customerPanel()->factsText().contains(u"\u26A0"_qs));
        const int before = m_window->threadModel()->rowCount();
        auto asked = answerNextQuestion(QMessageBox::No);
        send(u"Thanks again"_qs);
        QTRY_COMPARE(m_window->threadModel()->rowCount(), before + 1);
        QVERIFY(!*asked);
    }
};

QTEST_MAIN(TestCustomerPanel)
#include "tst_customerpanel.moc"
