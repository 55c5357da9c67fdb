// Reply templates (placeholders, conditionals, errors with line and column) and the apology drafted from
// them in the customer's language and tone, naming the actual problem and the customer's first name.
#include "ApologyDrafter.h"
#include "templates/MessageTemplate.h"

#include <QTemporaryDir>
#include <QTest>

using namespace empathy;
using namespace empathy::emotion;

class TestApology : public QObject
{
    Q_OBJECT

    std::optional<ApologyDrafter> m_drafter;

private slots:
    void initTestCase()
    {
        QString error;
        m_drafter = ApologyDrafter::loadBuiltIn(&error);
        QVERIFY2(m_drafter, qPrintable(error));
    }

    void templatesFillIn()
    {
        MessageTemplate t;
        QList<TemplateError> errors;
        QVERIFY(t.parse(u"Hi {{customer.first_name}}!{{#if order.id}} Order #{{order.id}}.{{else}} No order."
                        "{{/if}}"_qs,
                        &errors));
        QCOMPARE(t.render({{u"customer.first_name"_qs, u"Anna"_qs}, {u"order.id"_qs, u"100482"_qs}}),
                 u"Hi Anna! Order #100482."_qs);
        QCOMPARE(t.render({{u"customer.first_name"_qs, u"Anna"_qs}}), u"Hi Anna! No order."_qs);
    }

    void templateErrorsSayWhere()
    {
        MessageTemplate t;
        QList<TemplateError> errors;
        QVERIFY(!t.parse(u"Hello {{customer.nickname}},\n{{#if order.id}}\n  #{{order.id}}\n{{/if}}{{/if}}\n"
                         "{{#if problem}} {{else}} {{else}}"_qs,
                         &errors));
        QCOMPARE(errors.size(), 4);
        QCOMPARE(errors[0].line, 1);
        QCOMPARE(errors[0].column, 7);
        QVERIFY(errors[0].message.contains(u"customer.nickname"_qs));
        QCOMPARE(errors[1].line, 4); // the second {{/if}} closes nothing
        QCOMPARE(errors[1].column, 8);
        QCOMPARE(errors[2].line, 5); // the second {{else}}
        QCOMPARE(errors[3].line, 5); // {{#if problem}} never closed
        QCOMPARE(errors[3].column, 1);
        QVERIFY(!t.parse(u"Hi {{customer.first_name"_qs, &errors));
        QCOMPARE(errors.size(), 1);
        QCOMPARE(errors[0].column, 4);
    }

    void draftsInEachLanguage_data()
    {
        QTest::addColumn<int>("language");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("message");
        QTest::addColumn<QString>("problem");
        QTest::addColumn<QString>("mustContain");
        QTest::newRow("en") << int(Language::English) << u"Ryan"_qs
                            << u"My parcel is still not arrived, third week!"_qs << u"late"_qs
                            << u"Dear Ryan"_qs;
        QTest::newRow("pl") << int(Language::Polish) << u"Anna"_qs
                            << u"Paczka przyszła uszkodzona, pudełko mokre"_qs << u"damaged"_qs
                            << u"Szanowna Pani Anno"_qs;
        QTest::newRow("pl without diacritics")
            << int(Language::Polish) << u"Piotr"_qs << u"Pobraliscie pieniadze podwojnie, pobrali dwa razy"_qs
            << u"charge"_qs << u"Szanowny Panie Piotrze"_qs;
        QTest::newRow("ro") << int(Language::Romanian) << u"Ana"_qs << u"Produsul nu funcționează deloc"_qs
                            << u"defect"_qs << u"Stimată Ana"_qs;
        QTest::newRow("ru") << int(Language::Russian) << u"Юлия"_qs << u"Мне нахамил оператор, очень грубо"_qs
                            << u"rude"_qs << u"Уважаемая Юлия"_qs;
        QTest::newRow("fa") << int(Language::Persian) << u"مریم"_qs << u"سفارشم هنوز نرسیده، تاخیر زیاد"_qs
                            << u"late"_qs << u"مریم گرامی"_qs;
    }

    void draftsInEachLanguage()
    {
        QFETCH(int, language);
        QFETCH(QString, name);
        QFETCH(QString, message);
        QFETCH(QString, problem);
        QFETCH(QString, mustContain);
        ApologyContext context;
        context.language = Language(language);
        context.customerFirstName = name;
        context.orderNumber = u"100482"_qs;
        context.agentFirstName = u"Alex"_qs;
        context.customerMessages = {u"ok"_qs, message}; // newest first: the newest naming a problem decides
        const ApologyDraft draft = m_drafter->draft(context);
        QCOMPARE(draft.problem, problem);
        QVERIFY2(draft.text.contains(mustContain), qPrintable(draft.text));
        QVERIFY2(draft.text.contains(u"Alex"_qs), qPrintable(draft.text));
        QVERIFY2(!draft.text.contains(u"{{"_qs), qPrintable(draft.text));
        if (problem == u"late" || problem == u"damaged")
            QVERIFY2(draft.text.contains(u"100482"_qs), qPrintable(draft.text));

        context.tone = PreferredTone::Warm;
        const ApologyDraft warm = m_drafter->draft(context);
        QVERIFY(warm.text != draft.text);
        QVERIFY2(warm.text.contains(ApologyDrafter::vocative(name, Language(language))),
                 qPrintable(warm.text));
    }

    void fallsBackWhenNothingIsNamed()
    {
        ApologyContext context;
        context.customerFirstName = u"Sam"_qs;
        context.customerMessages = {u"Hello?"_qs};
        const ApologyDraft draft = m_drafter->draft(context); // language unknown: English
        QCOMPARE(draft.language, Language::English);
        QCOMPARE(draft.problem, u"other"_qs);
        QVERIFY(draft.text.contains(u"Dear Sam"_qs));
        QVERIFY(!draft.text.contains(u"#"_qs)); // no order: no order number
    }

    void polishVocativeAndGender()
    {
        QCOMPARE(ApologyDrafter::vocative(u"Katarzyna"_qs, Language::Polish), u"Katarzyno"_qs);
        QCOMPARE(ApologyDrafter::vocative(u"Tomasz"_qs, Language::Polish), u"Tomaszu"_qs);
        QCOMPARE(ApologyDrafter::vocative(u"Anna"_qs, Language::English), u"Anna"_qs);
        QVERIFY(ApologyDrafter::looksFemale(u"Zofia"_qs, Language::Polish));
        QVERIFY(!ApologyDrafter::looksFemale(u"Kuba"_qs, Language::Polish));
        QVERIFY(!ApologyDrafter::looksFemale(u"Никита"_qs, Language::Russian));
    }

    void badDataIsReportedWithItsLine()
    {
        QTemporaryDir dir;
        for (const char *lang : {"en", "pl", "ro", "ru", "fa"}) {
            QFile file(dir.filePath(u"apology_"_qs + QString::fromLatin1(lang) + u".tsv"_qs));
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("problem\tlate\tlate\tthe delay\nproblem\tother\t\tthe trouble\n"
                       "template\tformal\tDear {{customer.first_name}}, sorry for {{problem}}\n"
                       "template\twarm\tHi {{customer.nick}}\n");
        }
        QString error;
        QVERIFY(!ApologyDrafter::load(dir.path(), &error));
        QVERIFY2(error.contains(u":4: column 4"_qs) && error.contains(u"customer.nick"_qs),
                 qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestApology)
#include "tst_apology.moc"
