#include "ConversationView.h"
#include "FilterBar.h"
#include "InboxView.h"
#include "MainWindow.h"
#include "models/InboxModel.h"
#include "models/InboxRoles.h"
#include "models/ThreadModel.h"
#include "ReplyBox.h"
#include "TestProfile.h"

#include <QApplication>
#include <QComboBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSettings>
#include <QSplitter>
#include <QTest>
#include <QTextBrowser>

using namespace empathy;
using namespace empathy::test;

namespace {

// QTest::keyClicks only knows ASCII; agents type Polish, Russian and Persian.
void typeText(QWidget *widget, const QString &text)
{
    for (QChar ch : text)
        QTest::sendKeyEvent(QTest::Click, widget, Qt::Key_unknown, QString(ch), Qt::NoModifier);
}

} // namespace

class TestInboxWidget : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestProfile> m_profile;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<MainWindow> m_window;

    void openWindow()
    {
        m_window =
            std::make_unique<MainWindow>(m_profile->reader(), m_profile->history(), m_profile->writer(),
                                         m_profile->reader().ownAgent(), fixedClock(), *m_settings);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QApplication::setActiveWindow(m_window.get());
    }

    QComboBox *combo(const QString &accessibleName)
    {
        const auto combos = m_window->filterBar()->findChildren<QComboBox *>();
        for (QComboBox *c : combos) {
            if (c->accessibleName() == accessibleName)
                return c;
        }
        return nullptr;
    }

private slots:
    void init()
    {
        m_profile = std::make_unique<TestProfile>(400);
        m_settings = std::make_unique<QSettings>(m_profile->dir() + QStringLiteral("/settings.ini"),
                                                 QSettings::IniFormat);
        openWindow();
    }

    void cleanup()
    {
        m_window.reset();
        m_settings.reset();
        m_profile.reset();
    }

    void showsPaintedRowsOnOpen()
    {
        InboxModel *model = m_window->inboxModel();
        QVERIFY(model->rowCount() > 0);
        QVERIFY(model->index(0).data(LoadedRole).toBool());
        const QPixmap shot = m_window->grab();
        QVERIFY(!shot.isNull());
    }

    void ctrlKSearchesAsYouType()
    {
        QTest::keyClick(m_window.get(), Qt::Key_K, Qt::ControlModifier);
        QLineEdit *search = m_window->filterBar()->searchField();
        QTRY_VERIFY(search->hasFocus());
        const int before = m_window->inboxModel()->rowCount();
        QTest::keyClicks(search, QStringLiteral("zamow"));
        QTRY_VERIFY(m_window->inboxModel()->query().search == QStringLiteral("zamow"));
        const int after = m_window->inboxModel()->rowCount();
        QVERIFY(after > 0);
        QVERIFY(after < before);
        m_window->inboxModel()->ensureLoaded(0, after - 1);
        for (int row = 0; row < after; ++row)
            QCOMPARE(m_window->inboxModel()->index(row).data(LanguageRole).toString(), QStringLiteral("pl"));

        // Enter moves to the results, Escape-free keyboard flow: the first result becomes current.
        QTest::keyClick(search, Qt::Key_Return);
        QTRY_VERIFY(m_window->inboxView()->hasFocus());
        QVERIFY(m_window->inboxView()->currentIndex().isValid());

        search->clear();
        QTRY_COMPARE(m_window->inboxModel()->rowCount(), before);
    }

    void filtersNarrowTheInbox()
    {
        QComboBox *channel = combo(QStringLiteral("Channel"));
        QVERIFY(channel);
        channel->setFocus();
        QTest::keyClick(channel, Qt::Key_Down); // first channel after "All channels": e-mail
        QTRY_COMPARE(m_window->inboxModel()->query().channel, std::optional<Channel>(Channel::Email));
        InboxModel *model = m_window->inboxModel();
        model->ensureLoaded(0, model->rowCount() - 1);
        QVERIFY(model->rowCount() > 0);
        for (int row = 0; row < model->rowCount(); ++row)
            QCOMPARE(model->index(row).data(ChannelRole).toInt(), int(Channel::Email));

        QComboBox *scope = combo(QStringLiteral("Whose conversations"));
        scope->setFocus();
        QTest::keyClick(scope, Qt::Key_Down); // Mine
        QTRY_COMPARE(model->query().scope, InboxScope::Mine);
        model->ensureLoaded(0, model->rowCount() - 1);
        for (int row = 0; row < model->rowCount(); ++row)
            QVERIFY(model->index(row).data(IsMineRole).toBool());

        QComboBox *sort = combo(QStringLiteral("Sort order"));
        sort->setFocus();
        QTest::keyClick(sort, Qt::Key_Down); // Longest waiting
        QTRY_COMPARE(model->query().sort, InboxSort::LongestWaiting);
    }

    void arrowsOpenAndCtrlEnterSends()
    {
        InboxView *inbox = m_window->inboxView();
        inbox->setFocus();
        QTRY_VERIFY(inbox->hasFocus());
        QTest::keyClick(inbox, Qt::Key_Home);
        QTest::keyClick(inbox, Qt::Key_Down);
        QTRY_COMPARE(inbox->currentIndex().row(), 1);
        const ConversationId id = inbox->currentConversation();
        QCOMPARE(m_window->threadModel()->conversation(), id);
        const QString customer = m_profile->reader().inboxRow(id)->customerName;
        QVERIFY(m_window->conversationView()->threadText().contains(customer));

        QTest::keyClick(inbox, Qt::Key_Return);
        QPlainTextEdit *editor = m_window->conversationView()->replyBox()->editor();
        QTRY_VERIFY(editor->hasFocus());
        typeText(editor, QStringLiteral("Dziękuję za cierpliwość, sprawdzam to teraz."));
        const int messagesBefore = m_window->threadModel()->rowCount();
        QTest::keyClick(editor, Qt::Key_Return, Qt::ControlModifier);

        QTRY_COMPARE(m_window->threadModel()->rowCount(), messagesBefore + 1);
        QVERIFY(editor->toPlainText().isEmpty());
        const QString shown = m_window->conversationView()->threadText();
        QVERIFY(shown.contains(QStringLiteral("Dziękuję za cierpliwość, sprawdzam to teraz.")));
        QVERIFY(shown.contains(QStringLiteral("Pending")));
        QCOMPARE(m_profile->reader().pendingOperationCount(), 1);
        // The conversation stays selected and its row now shows our reply as the last message.
        QCOMPARE(inbox->currentConversation(), id);
        QVERIFY(m_window->inboxModel()
                    ->index(inbox->currentIndex().row())
                    .data(PreviewRole)
                    .toString()
                    .startsWith(QStringLiteral("Dziękuję")));
    }

    void emptyReplyIsNotSent()
    {
        m_window->selectConversation(m_window->inboxModel()->conversationAt(0));
        QPlainTextEdit *editor = m_window->conversationView()->replyBox()->editor();
        editor->setFocus();
        QTest::keyClicks(editor, QStringLiteral("   "));
        QTest::keyClick(editor, Qt::Key_Return, Qt::ControlModifier);
        QCOMPARE(m_profile->reader().pendingOperationCount(), 0);
    }

    void layoutIsRemembered()
    {
        auto *splitter = m_window->findChild<QSplitter *>(QStringLiteral("mainSplitter"));
        QVERIFY(splitter);
        m_window->resize(1100, 700);
        QTRY_COMPARE(m_window->size(), QSize(1100, 700));
        splitter->setSizes({300, 800});
        const QList<int> sizes = splitter->sizes();
        m_window->close();
        m_window.reset();
        openWindow();
        auto *restored = m_window->findChild<QSplitter *>(QStringLiteral("mainSplitter"));
        QCOMPARE(restored->sizes(), sizes);
        QCOMPARE(m_window->size(), QSize(1100, 700));
    }
};

QTEST_MAIN(TestInboxWidget)
#include "tst_inboxwidget.moc"
