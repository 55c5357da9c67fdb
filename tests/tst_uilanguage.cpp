// The interface's language, look and settings: switching the language retranslates open widgets at once
// (no restart), Persian turns the layout right-to-left, the locale formats follow, and the settings
// dialog and its stored preferences round-trip.
#include "Appearance.h"
#include "FilterBar.h"
#include "Preferences.h"
#include "ReplyBox.h"
#include "SettingsDialog.h"
#include "ShortcutsDialog.h"
#include "UiLanguage.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace empathy;

class TestUiLanguage : public QObject
{
    Q_OBJECT

private slots:
    void cleanup() { m_language.apply(QStringLiteral("en")); }

    void systemChoicePicksOneOfOurs_data()
    {
        QTest::addColumn<QStringList>("system");
        QTest::addColumn<QString>("chosen");
        QTest::newRow("polish") << QStringList{QStringLiteral("pl-PL")} << QStringLiteral("pl");
        QTest::newRow("persian after german")
            << QStringList{QStringLiteral("de-DE"), QStringLiteral("fa-IR")} << QStringLiteral("fa");
        QTest::newRow("romanian moldova") << QStringList{QStringLiteral("ro-MD")} << QStringLiteral("ro");
        QTest::newRow("nothing of ours")
            << QStringList{QStringLiteral("de-DE"), QStringLiteral("uk-UA")} << QStringLiteral("en");
        QTest::newRow("empty") << QStringList{} << QStringLiteral("en");
    }
    void systemChoicePicksOneOfOurs()
    {
        QFETCH(QStringList, system);
        QFETCH(QString, chosen);
        QCOMPARE(UiLanguage::systemChoice(system), chosen);
    }

    void everyLanguageLoadsAndTranslates_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("send");
        QTest::newRow("pl") << QStringLiteral("pl") << QStringLiteral("Wyślij");
        QTest::newRow("ro") << QStringLiteral("ro") << QStringLiteral("Trimite");
        QTest::newRow("ru") << QStringLiteral("ru") << QStringLiteral("Отправить");
        QTest::newRow("fa") << QStringLiteral("fa") << QStringLiteral("ارسال");
        QTest::newRow("en") << QStringLiteral("en") << QStringLiteral("Send");
    }
    void everyLanguageLoadsAndTranslates()
    {
        QFETCH(QString, code);
        QFETCH(QString, send);
        QString error;
        QVERIFY2(m_language.apply(code, &error), qPrintable(error));
        QCOMPARE(m_language.current(), code);
        QCOMPARE(QCoreApplication::translate("empathy::ReplyBox", "Send"), send);
        QCOMPARE(QLocale().name().section(u'_', 0, 0),
                 code == u"en" ? QLocale().name().section(u'_', 0, 0) : code);
        QCOMPARE(QGuiApplication::layoutDirection(), code == u"fa" ? Qt::RightToLeft : Qt::LeftToRight);
    }

    void unknownLanguageIsRefusedAndKeepsTheCurrentOne()
    {
        QVERIFY(m_language.apply(QStringLiteral("pl")));
        QString error;
        QVERIFY(!m_language.apply(QStringLiteral("de"), &error));
        QVERIFY(error.contains(QLatin1String("de")));
        QCOMPARE(m_language.current(), QStringLiteral("pl"));
        QCOMPARE(QCoreApplication::translate("empathy::ReplyBox", "Send"), QStringLiteral("Wyślij"));
    }

    // Open widgets take the new language without being made again.
    void openWidgetsRetranslateLive()
    {
        FilterBar bar(AgentId(1));
        ReplyBox reply;
        bar.show();
        reply.show();
        QCOMPARE(bar.searchField()->accessibleName(), QStringLiteral("Search"));
        auto *send = reply.findChild<QPushButton *>();
        QVERIFY(send);
        const QString english = send->text();

        QVERIFY(m_language.apply(QStringLiteral("ru")));
        QTRY_COMPARE(bar.searchField()->accessibleName(), QStringLiteral("Поиск"));
        QTRY_VERIFY(send->text() != english);
        const auto combos = bar.findChildren<QComboBox *>();
        QVERIFY(!combos.isEmpty());
        for (QComboBox *combo : combos) {
            for (int i = 0; i < combo->count(); ++i)
                QVERIFY2(!combo->itemText(i).isEmpty(), qPrintable(combo->accessibleName()));
        }
        QTRY_COMPARE(bar.layoutDirection(), Qt::LeftToRight);

        QVERIFY(m_language.apply(QStringLiteral("fa")));
        QTRY_COMPARE(bar.layoutDirection(), Qt::RightToLeft);
        QTRY_COMPARE(bar.searchField()->accessibleName(), QStringLiteral("جستجو"));

        QVERIFY(m_language.apply(QStringLiteral("en")));
        QTRY_COMPARE(bar.searchField()->accessibleName(), QStringLiteral("Search"));
        QTRY_COMPARE(send->text(), english);
    }

    // The trainer's "Compare" survives a language change as "Compare" in the new language.
    void ownSendTextIsKept()
    {
        ReplyBox reply;
        reply.setSendText(QCoreApplication::translate("empathy::ReplayWindow", "Compare"));
        auto *send = reply.findChild<QPushButton *>();
        QCOMPARE(send->text(), QStringLiteral("Compare"));
        QVERIFY(m_language.apply(QStringLiteral("pl")));
        QCoreApplication::processEvents();
        QCOMPARE(send->text(), QStringLiteral("Compare")); // the replay window sets its own text again
    }

    void preferencesRoundTrip()
    {
        QTemporaryDir dir;
        QSettings settings(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
        QCOMPARE(Preferences::load(settings), Preferences());
        Preferences p;
        p.language = QStringLiteral("fa");
        p.theme = Theme::HighContrast;
        p.textScalePercent = 150;
        p.flashOnCustomerMessage = false;
        p.alertMessages = false;
        p.alertSound = true;
        p.server = QUrl(QStringLiteral("wss://desk.example.com:8443"));
        p.toneRulesOff = {emotion::ToneIssue::MissingName, emotion::ToneIssue::LanguageMismatch};
        p.save(settings);
        QCOMPARE(Preferences::load(settings), p);
        // A size out of range from a hand-edited file is brought back into range.
        settings.setValue(QStringLiteral("ui/textScale"), 5000);
        QCOMPARE(Preferences::load(settings).textScalePercent, 200);
    }

    void settingsDialogGivesWhatWasChosen()
    {
        Preferences start;
        start.toneRulesOff = {emotion::ToneIssue::StockPhrase};
        SettingsDialog dialog(start, false);
        QCOMPARE(dialog.preferences(), start);
        auto combos = dialog.findChildren<QComboBox *>();
        QComboBox *language = nullptr;
        QComboBox *theme = nullptr;
        for (QComboBox *c : combos) {
            if (c->findData(QStringLiteral("fa")) >= 0)
                language = c;
            else if (c->count() == 4)
                theme = c;
        }
        QVERIFY(language && theme);
        for (QComboBox *c : combos)
            QVERIFY2(!c->accessibleName().isEmpty(), "every choice is named for screen readers");
        language->setCurrentIndex(language->findData(QStringLiteral("ro")));
        theme->setCurrentIndex(int(Theme::Dark));
        auto *server = dialog.findChild<QLineEdit *>();
        server->setText(QStringLiteral("not an address"));
        QSignalSpy applied(&dialog, &SettingsDialog::applied);
        dialog.accept(); // refused: the address is wrong, nothing applied, the dialog stays
        QCOMPARE(applied.count(), 0);
        QVERIFY(dialog.result() != QDialog::Accepted);
        server->setText(QStringLiteral("ws://127.0.0.1:8765"));
        dialog.accept();
        QCOMPARE(applied.count(), 1);
        const auto chosen = applied.first().first().value<Preferences>();
        QCOMPARE(chosen.language, QStringLiteral("ro"));
        QCOMPARE(chosen.theme, Theme::Dark);
        QCOMPARE(chosen.server, QUrl(QStringLiteral("ws://127.0.0.1:8765")));
        QCOMPARE(chosen.toneRulesOff, start.toneRulesOff);
    }

    void settingsDialogRetranslatesWhileOpen()
    {
        SettingsDialog dialog(Preferences(), true);
        dialog.show();
        QCOMPARE(dialog.windowTitle(), QStringLiteral("Settings"));
        QVERIFY(m_language.apply(QStringLiteral("pl")));
        QTRY_COMPARE(dialog.windowTitle(), QStringLiteral("Ustawienia"));
        for (QCheckBox *box : dialog.findChildren<QCheckBox *>())
            QVERIFY(!box->text().isEmpty());
    }

    void shortcutsAreListed()
    {
        ShortcutsDialog dialog;
        auto *list = dialog.findChild<QTreeWidget *>();
        QVERIFY(list->topLevelItemCount() >= 15);
        for (int i = 0; i < list->topLevelItemCount(); ++i) {
            QVERIFY(!list->topLevelItem(i)->text(0).isEmpty());
            QVERIFY(!list->topLevelItem(i)->text(1).isEmpty());
        }
    }

    void highContrastIsReadable()
    {
        const QPalette p = Appearance::highContrastPalette();
        const auto contrast = [](QColor a, QColor b) {
            const auto luminance = [](QColor c) {
                const auto channel = [](double v) {
                    return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
                };
                return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) +
                       0.0722 * channel(c.blueF());
            };
            const double x = luminance(a), y = luminance(b);
            return (std::max(x, y) + 0.05) / (std::min(x, y) + 0.05);
        };
        QVERIFY(contrast(p.color(QPalette::Text), p.color(QPalette::Base)) >= 7.0);
        QVERIFY(contrast(p.color(QPalette::HighlightedText), p.color(QPalette::Highlight)) >= 7.0);
        QVERIFY(contrast(p.color(QPalette::Disabled, QPalette::Text), p.color(QPalette::Base)) >= 7.0);
        QVERIFY(contrast(Appearance::darkPalette().color(QPalette::Text),
                         Appearance::darkPalette().color(QPalette::Base)) >= 7.0);
    }

    void appearanceScalesTheTextAndComesBack()
    {
        Appearance appearance;
        const QFont system = QApplication::font();
        appearance.apply(Theme::HighContrast, 150);
        QCOMPARE(QApplication::palette().color(QPalette::Base), QColor(Qt::black));
        if (system.pointSizeF() > 0)
            QCOMPARE(QApplication::font().pointSizeF(), system.pointSizeF() * 1.5);
        appearance.apply(Theme::System, 100);
        QCOMPARE(QApplication::font(), system);
    }

private:
    UiLanguage m_language;
};

QTEST_MAIN(TestUiLanguage)
#include "tst_uilanguage.moc"
