// The reply template library: the shipped templates, the store's checks, the editor (errors with line
// and column before saving, highlighting with KDE Syntax-Highlighting and Empathy Desk's own syntax
// definition), and inserting a template filled in for the customer from the reply box.
#include "ApologyDrafter.h"
#include "cache/TemplateStore.h"
#include "code/AsyncCodeHighlighter.h"
#include "code/CodeHighlighter.h"
#include "ConversationView.h"
#include "CustomerHistoryFixture.h"
#include "MainWindow.h"
#include "models/ThreadModel.h"
#include "ReplyBox.h"
#include "TemplateEditorDialog.h"
#include "TemplateHighlighter.h"
#include "TemplateSyntax.h"
#include "TestProfile.h"

#include <QComboBox>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSet>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace empathy;
using namespace empathy::test;

namespace {

ReplyTemplate templateOf(Language language, const QString &name, const QString &body)
{
    ReplyTemplate t;
    t.language = language;
    t.name = name;
    t.body = body;
    return t;
}

} // namespace

class TestTemplates : public QObject
{
    Q_OBJECT

private slots:
    void shippedLibraryIsValidInEveryLanguage()
    {
        const QList<ReplyTemplate> library = builtInTemplates();
        for (const Language language : supportedLanguages) {
            int count = 0;
            QSet<QString> purposes;
            for (const ReplyTemplate &t : library) {
                if (t.language != language)
                    continue;
                ++count;
                purposes.insert(t.purpose);
                QList<TemplateError> errors;
                MessageTemplate parsed;
                QVERIFY2(parsed.parse(t.body, &errors), qPrintable(t.name));
            }
            QVERIFY2(count >= 4, qPrintable(languageCode(language)));
            // The apology (in both tones) and the compensation message come from the library.
            QVERIFY(purposes.contains(apologyFormalPurpose) && purposes.contains(apologyWarmPurpose));
            QVERIFY(purposes.contains(compensationPurpose));
        }
        QString error;
        QVERIFY(parseTemplateLibrary(u"en\tno text"_qs, &error).isEmpty());
        QVERIFY2(error.contains(u"line 1"_qs), qPrintable(error));
    }

    void storeRefusesBrokenTemplatesAndTakenNames()
    {
        TestProfile profile;
        TemplateStore store(profile.db());
        const int added = store.addBuiltIns(builtInTemplates(), fixedNow());
        QVERIFY(added >= 20);
        QCOMPARE(store.addBuiltIns(builtInTemplates(), fixedNow()), 0); // once
        const QList<ReplyTemplate> english = store.templates(Language::English);
        QVERIFY(english.size() >= 4);

        ReplyTemplate broken = templateOf(Language::English, u"Broken"_qs,
                                          u"Hi {{customer.first_name}}\n{{#if order.id}} {{nope}}"_qs);
        TemplateStore::SaveResult result = store.save(broken, fixedNow());
        QCOMPARE(result.id, 0);
        QCOMPARE(result.errors.size(), 2);
        QCOMPARE(result.errors[0].line, 2); // the unknown placeholder, then the block never closed
        QCOMPARE(result.errors[0].column, 18);
        ReplyTemplate taken = templateOf(Language::English, english.front().name, u"Hello"_qs);
        result = store.save(taken, fixedNow());
        QCOMPARE(result.id, 0);
        QVERIFY(result.errors.front().message.contains(u"another template"_qs));
        ReplyTemplate mine = templateOf(Language::English, u"Mine"_qs, u"Hello {{customer.first_name}}"_qs);
        result = store.save(mine, fixedNow());
        QVERIFY(result.id > 0);
        mine.id = result.id;
        mine.body = u"Hello again"_qs;
        QCOMPARE(store.save(mine, fixedNow()).id, mine.id);
        QCOMPARE(store.find(mine.id)->body, u"Hello again"_qs);
        store.remove(mine.id);
        QVERIFY(!store.find(mine.id));
    }

    void editorReportsLineAndColumnAndHighlights()
    {
        TestProfile profile;
        TemplateStore store(profile.db());
        store.addBuiltIns(builtInTemplates(), fixedNow());
        std::unique_ptr<CodeHighlighter> backend = makeCodeHighlighter();
        QVERIFY2(backend, "KDE Syntax-Highlighting (in process or its program) is part of the setup");
        QTemporaryDir data;
        QVERIFY(installTemplateSyntax(*backend, data.path()));
        AsyncCodeHighlighter code(std::move(backend));
        TemplateEditorDialog editor(store, &code, Language::Polish, fixedNow());
        QVERIFY(editor.templateList()->count() >= 4);
        QVERIFY(editor.saveButton()->isEnabled());

        editor.bodyEdit()->setPlainText(
            u"Dzień dobry {{customer.first_name}},\n{{#if order.id}}{{order.number}}"_qs);
        QVERIFY(!editor.saveButton()->isEnabled());
        const QString problems = editor.problems();
        QVERIFY2(problems.contains(u"Line 2, column 17"_qs), qPrintable(problems));
        QVERIFY2(problems.contains(u"order.number"_qs), qPrintable(problems));

        editor.bodyEdit()->setPlainText(
            u"Dzień dobry {{customer.first_name}},\n{{#if order.id}}nr {{order.id}}{{/if}}"_qs);
        QVERIFY(editor.saveButton()->isEnabled());
        // KDE Syntax-Highlighting colours the placeholder with Empathy Desk's definition.
        QTRY_VERIFY_WITH_TIMEOUT(editor.highlighter()->formattedRanges() > 0, 20000);
        const QTextCharFormat placeholder = editor.highlighter()->formatAt(int(u"Dzień dobry {{"_qs.size()));
        QVERIFY(placeholder.fontWeight() > QFont::Normal ||
                placeholder.hasProperty(QTextFormat::ForegroundBrush));
        QCOMPARE(code.backendName().isEmpty(), false);

        editor.nameEdit()->setText(u"Moje"_qs);
        editor.templateList()->setCurrentItem(nullptr);
        QVERIFY(editor.save());
        QVERIFY(!editor.templateList()->findItems(u"Moje"_qs, Qt::MatchExactly).isEmpty());
    }

    void insertedFilledInForTheCustomer()
    {
        TestProfile profile;
        CustomerHistoryFixture().writeTo(profile.writer());
        TemplateStore store(profile.db());
        store.addBuiltIns(builtInTemplates(), fixedNow());
        QSettings settings(profile.dir() + u"/settings.ini"_qs, QSettings::IniFormat);
        settings.setValue(u"company/name"_qs, u"Acme"_qs);
        MainWindow window(profile.reader(), profile.history(), profile.writer(), AgentId(1), fixedClock(),
                          settings);
        window.setTemplateStore(&store);
        window.show();
        window.selectConversation(ConversationId(13));
        QTRY_COMPARE(window.threadModel()->conversation(), ConversationId(13));
        ReplyBox *reply = window.conversationView()->replyBox();
        qint64 orderStatus = 0;
        for (const ReplyTemplate &t : store.templates(Language::English))
            orderStatus = t.name == u"Order status"_qs ? t.id : orderStatus;
        QVERIFY(orderStatus > 0);
        emit reply->templateChosen(orderStatus);
        const QString text = reply->text();
        QVERIFY2(text.startsWith(u"Hi Anna,"_qs), qPrintable(text));
        QVERIFY2(text.contains(u"order #100482"_qs), qPrintable(text)); // her latest order
    }

    void apologyComesFromTheLibraryAsEdited()
    {
        TestProfile profile;
        CustomerHistoryFixture().writeTo(profile.writer());
        TemplateStore store(profile.db());
        store.addBuiltIns(builtInTemplates(), fixedNow());
        ReplyTemplate polish = store.forPurpose(Language::Polish, apologyFormalPurpose).value();
        polish.body = u"Pani {{customer.first_name_vocative}}, przepraszamy za {{problem}}. Zespół Acme"_qs;
        QVERIFY(store.save(polish, fixedNow()).id > 0);
        QString error;
        const auto drafter = emotion::ApologyDrafter::loadBuiltIn(&error);
        QVERIFY2(drafter, qPrintable(error));
        QSettings settings(profile.dir() + u"/settings.ini"_qs, QSettings::IniFormat);
        MainWindow window(profile.reader(), profile.history(), profile.writer(), AgentId(1), fixedClock(),
                          settings);
        window.setApologyDrafter(&*drafter);
        window.setTemplateStore(&store);
        window.show();
        window.selectConversation(ConversationId(13));
        QTRY_COMPARE(window.threadModel()->conversation(), ConversationId(13));
        ReplyBox *reply = window.conversationView()->replyBox();
        reply->apologyButton()->click();
        const QString text = reply->text();
        QVERIFY2(text.startsWith(u"Pani Anno, przepraszamy za "_qs), qPrintable(text)); // vocative filled in
        QVERIFY2(text.endsWith(u"Zespół Acme"_qs), qPrintable(text));
        QCOMPARE(reply->purpose(), MessagePurpose::Apology);
    }
};

QTEST_MAIN(TestTemplates)
#include "tst_templates.moc"
