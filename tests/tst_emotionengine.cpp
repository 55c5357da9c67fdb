// The emotion engine: language identification, folding, negation, intensifiers, contrast, emphasis,
// emoji, explanations, churn risk, and the trainer.
#include "DomainScoring.h"
#include "EmotionEngine.h"
#include "Lexicon.h"
#include "ModelTrainer.h"
#include "TextScanner.h"
#include "TokenHash.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace empathy;
using namespace empathy::emotion;

namespace {

// A lexicon loaded from `terms` and a text scanned from `words`, to ask which entry matches where.
struct LexiconProbe
{
    Lexicon lexicon;
    ScannedText text;
    QString error;

    bool load(QStringView terms, QStringView words)
    {
        scanText(words, text);
        return lexicon.load(terms, &error);
    }
    const LexiconEntry *at(std::size_t token) const { return lexicon.match(text, token).entry; }
};

} // namespace

class TestEmotionEngine : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<EmotionEngine> m_engine;

    const EmotionEngine &engine() { return *m_engine; }
    QString evidenceText(const QString &text, const MessageAnalysis &a)
    {
        QStringList words;
        for (const Evidence &e : a.evidence)
            words << text.mid(e.start, e.length);
        return words.join(u'|');
    }

private slots:
    void initTestCase()
    {
        QString error;
        m_engine = EmotionEngine::loadBuiltIn(&error);
        QVERIFY2(m_engine, qPrintable(error));
    }

    // The memo keeps each word's trigram sums between messages: the answers must be exactly those
    // without it, for words seen before, words new to it, and texts read twice.
    void identifierAnswersTheSameWithItsMemo()
    {
        const LanguageIdentifier &identifier = m_engine->languageIdentifier();
        const QStringList texts = {
            QStringLiteral("Simply beautiful, loved it"),
            QStringLiteral("Karygodne zachowanie obsługi"),
            QStringLiteral("Produs excelent, livrare rapida"),
            QStringLiteral("Simply awful, hated it"),
            QStringLiteral("Ich habe das Paket nicht bekommen"),
            QStringLiteral("Karygodne zachowanie obsługi"),
            QStringLiteral("Спасибо, всё пришло"),
            QStringLiteral("Produs excelent, livrare rapida"),
            QStringLiteral("Simply beautiful"),
            QStringLiteral("Karygodne"),
            QStringLiteral("Produs bun"),
            QStringLiteral("Great stuff"),
            QStringLiteral("Szybka wysyłka"),
            QStringLiteral("Mulțumesc frumos"),
            QStringLiteral("Zdecydowanie polecam"),
        };
        IdentifierMemo memo;
        ScannedText scanned;
        for (int round = 0; round < 2; ++round) {
            for (const QString &text : texts) {
                scanText(text, scanned);
                const LanguageGuess plain = identifier.identify(scanned);
                const LanguageGuess remembered = identifier.identify(scanned, &memo);
                QCOMPARE(remembered.language, plain.language);
                QCOMPARE(remembered.confidence, plain.confidence);
                QCOMPARE(remembered.foreign, plain.foreign);
            }
        }
    }

    // The scanner takes ASCII words eight units at a time where it can and one at a time elsewhere (the
    // tail of a text, stretched letters): words of every length up to 20, at every place, come out alike.
    void scansAsciiWordsOfEveryLength()
    {
        const QString letters = QStringLiteral("aBcDeFgHiJkLmNoPqRsT");
        const auto hashOf = [](QStringView folded) {
            std::uint64_t h = hashSeed;
            for (const QChar c : folded)
                h = hashUnit(h, c.unicode());
            return h;
        };
        ScannedText scanned;
        for (int length = 1; length <= 20; ++length) {
            for (const QString &word : {letters.left(length), letters.left(length).toUpper(),
                                        QString::number(12345678901234567890ull).left(length)}) {
                for (const QString &text :
                     {word, QStringLiteral("x ") + word, word + QStringLiteral(" tail of it"),
                      QStringLiteral("(") + word + QStringLiteral(")!"), word + QStringLiteral("é")}) {
                    scanText(text, scanned);
                    const bool endsInLetter = text.endsWith(u'é');
                    const auto start = std::uint32_t(text.indexOf(word));
                    const auto it = std::find_if(scanned.tokens.begin(), scanned.tokens.end(),
                                                 [&](const Token &t) { return t.start == start; });
                    QVERIFY2(it != scanned.tokens.end(), qPrintable(text));
                    const QString expected = endsInLetter ? word.toLower() + u'e' : word.toLower();
                    const QStringView folded(scanned.folded.data() + it->foldedStart, it->foldedLength);
                    QCOMPARE(folded.toString(), expected);
                    QCOMPARE(it->hash, hashOf(expected));
                    const bool digits = word.front().isDigit();
                    QCOMPARE(it->kind, digits && !endsInLetter ? TokenKind::Number : TokenKind::Word);
                    const int upper =
                        int(std::count_if(word.begin(), word.end(), [](QChar c) { return c.isUpper(); }));
                    QCOMPARE(bool(it->flags & AllCaps),
                             !digits && length >= 2 && upper == length && !endsInLetter);
                    QCOMPARE(it->flags & Stretched, 0);
                    QCOMPARE(scanned.letters, int(std::count_if(text.begin(), text.end(),
                                                                [](QChar c) { return c.isLetter(); })));
                    QCOMPARE(scanned.upperLetters, int(std::count_if(text.begin(), text.end(),
                                                                     [](QChar c) { return c.isUpper(); })));
                }
            }
        }
        // A letter three times or more, before, across and after the eighth unit.
        for (const QString &stretched :
             {QStringLiteral("sooooo good"), QStringLiteral("abcdefffffgh rest"),
              QStringLiteral("abcdefghhhhhh rest"), QStringLiteral("abcdeeeeeeeeeeeeeeeeeeef"),
              QStringLiteral("1000000 apples")}) {
            scanText(stretched, scanned);
            const Token &first = scanned.tokens.front();
            const QStringView folded(scanned.folded.data() + first.foldedStart, first.foldedLength);
            const QString word = stretched.section(u' ', 0, 0);
            if (word.front().isDigit()) { // digits repeat as they are
                QCOMPARE(folded.toString(), word);
                QCOMPARE(first.flags & Stretched, 0);
                continue;
            }
            QString twice; // each run of a letter kept at most twice
            for (const QChar c : word) {
                if (twice.size() < 2 || twice.back() != c || twice.at(twice.size() - 2) != c)
                    twice.append(c);
            }
            QCOMPARE(folded.toString(), twice);
            QCOMPARE(first.hash, hashOf(twice));
            QVERIFY(first.flags & Stretched);
        }
    }

    void identifiesOurLanguages_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("language");
        QTest::newRow("en") << QStringLiteral("My order has not arrived yet and nobody answers")
                            << QStringLiteral("en");
        QTest::newRow("pl") << QStringLiteral("Moje zamówienie jeszcze nie dotarło, proszę o pomoc")
                            << QStringLiteral("pl");
        QTest::newRow("pl without diacritics")
            << QStringLiteral("Moje zamowienie jeszcze nie dotarlo, prosze o pomoc") << QStringLiteral("pl");
        QTest::newRow("ro") << QStringLiteral("Comanda mea nu a ajuns încă, vă rog să mă ajutați")
                            << QStringLiteral("ro");
        QTest::newRow("ro without diacritics")
            << QStringLiteral("Comanda mea nu a ajuns inca, va rog sa ma ajutati") << QStringLiteral("ro");
        QTest::newRow("ru") << QStringLiteral("Мой заказ до сих пор не пришёл, помогите пожалуйста")
                            << QStringLiteral("ru");
        QTest::newRow("fa") << QStringLiteral("سفارش من هنوز نرسیده است لطفا کمک کنید")
                            << QStringLiteral("fa");
        QTest::newRow("fa Arabic keyboard")
            << QStringLiteral("سفارش من هنوز نرسيده است لطفا كمك كنيد") << QStringLiteral("fa");
    }

    void identifiesOurLanguages()
    {
        QFETCH(QString, text);
        QFETCH(QString, language);
        QCOMPARE(languageCode(engine().identifyLanguage(text).language), language);
    }

    void answersUnknownForOtherLanguages()
    {
        QFile file(QStringLiteral(EMPATHY_TEST_DATA "/langid_other_languages.txt"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        int checked = 0;
        for (const QString &line : QString::fromUtf8(file.readAll()).split(u'\n')) {
            if (line.isEmpty() || line.startsWith(u'#'))
                continue;
            ++checked;
            QVERIFY2(engine().identifyLanguage(line).language == Language::Unknown, qPrintable(line));
        }
        QVERIFY(checked >= 30);
    }

    void shortTextsTakeTheLanguageOfTheirFeelingWords_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("language");
        QTest::addColumn<SentimentLabel>("label");
        QTest::newRow("en") << QStringLiteral("Awful.") << QStringLiteral("en") << SentimentLabel::Negative;
        QTest::newRow("pl") << QStringLiteral("Okropne!") << QStringLiteral("pl") << SentimentLabel::Negative;
        QTest::newRow("ro") << QStringLiteral("Groaznic!") << QStringLiteral("ro")
                            << SentimentLabel::Negative;
        QTest::newRow("no feeling word")
            << QStringLiteral("10/10") << QStringLiteral("und") << SentimentLabel::Neutral;
    }

    void shortTextsTakeTheLanguageOfTheirFeelingWords()
    {
        QFETCH(QString, text);
        QFETCH(QString, language);
        QFETCH(SentimentLabel, label);
        QCOMPARE(languageCode(engine().identifyLanguage(text).language), QStringLiteral("und"));
        const MessageAnalysis a = engine().analyze(text);
        QCOMPARE(languageCode(a.language), language);
        QCOMPARE(a.label, label);
        QVERIFY(a.languageConfidence <= 0.25f); // a guess, and it says so
    }

    void otherLanguagesAreNotScoredAsOurs()
    {
        QFile file(QStringLiteral(EMPATHY_TEST_DATA "/langid_other_languages.txt"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        for (const QString &line : QString::fromUtf8(file.readAll()).split(u'\n')) {
            if (line.isEmpty() || line.startsWith(u'#'))
                continue;
            QVERIFY2(engine().analyze(line).language == Language::Unknown, qPrintable(line));
        }
        QCOMPARE(engine().analyze(u"Das ist super!").valence, 0.0f);
    }

    void foldsSpellingVariants()
    {
        // Romanian with cedillas, Persian with ZWNJ and Arabic letters: one form for matching.
        QCOMPARE(foldTerm(u"mulţumesc"), foldTerm(u"mulțumesc"));
        QCOMPARE(foldTerm(u"mulțumesc"), foldTerm(u"multumesc"));
        QCOMPARE(foldTerm(u"dziękuję"), foldTerm(u"dziekuje"));
        QCOMPARE(foldTerm(u"می‌خواهم"), foldTerm(u"میخواهم"));
        QCOMPARE(foldTerm(u"كيفيت"), foldTerm(u"کیفیت"));
        QCOMPARE(foldTerm(u"ВСЁ"), foldTerm(u"все"));
        // and the engine reads them alike
        QCOMPARE(engine().analyze(u"Vă mulţumesc foarte mult!").label, SentimentLabel::Positive);
        QCOMPARE(engine().analyze(u"Dziekuje bardzo, wszystko super").label, SentimentLabel::Positive);
    }

    void negationFlipsPerLanguage_data()
    {
        QTest::addColumn<QString>("plain");
        QTest::addColumn<QString>("negated");
        QTest::newRow("en") << QStringLiteral("The service was good")
                            << QStringLiteral("The service was not good");
        QTest::newRow("pl") << QStringLiteral("Obsługa była miła") << QStringLiteral("Obsługa nie była miła");
        QTest::newRow("ro") << QStringLiteral("Produsul este bun") << QStringLiteral("Produsul nu este bun");
        QTest::newRow("ru") << QStringLiteral("Сервис хороший") << QStringLiteral("Сервис не хороший");
        QTest::newRow("fa, negation after the adjective")
            << QStringLiteral("غذا خوب بود") << QStringLiteral("غذا خوب نبود");
    }

    void negationFlipsPerLanguage()
    {
        QFETCH(QString, plain);
        QFETCH(QString, negated);
        const MessageAnalysis a = engine().analyze(plain);
        const MessageAnalysis b = engine().analyze(negated);
        QVERIFY2(a.valence > 0.1f, qPrintable(QString::number(a.valence)));
        QVERIFY2(b.valence < 0.0f, qPrintable(QString::number(b.valence)));
        bool sawNegated = false;
        for (const Evidence &e : b.evidence)
            sawNegated = sawNegated || e.negated;
        QVERIFY(sawNegated);
    }

    // Russian, Polish and Romanian negate twice for emphasis: "nothing does not work" means nothing works.
    // The first negator's reach ends at the second, which speaks for both.
    void aSecondNegatorAgreesWithTheFirst_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("ru, phrase") << QStringLiteral("Ничего не работает");
        QTest::newRow("ru, someone") << QStringLiteral("Никто не отвечает уже третий день");
        QTest::newRow("pl") << QStringLiteral("Nic nie działa");
        QTest::newRow("ro") << QStringLiteral("Nimic nu merge");
        QTest::newRow("ru, word after the second") << QStringLiteral("Никто так и не помог");
    }

    void aSecondNegatorAgreesWithTheFirst()
    {
        QFETCH(QString, text);
        const MessageAnalysis a = engine().analyze(text);
        QVERIFY2(a.valence < 0.0f, qPrintable(QString::number(a.valence)));
        QCOMPARE(a.label, SentimentLabel::Negative);
    }

    void phrasesStartingWithANegatorAreKnown()
    {
        LexiconProbe probe;
        QVERIFY2(probe.load(u"не\tNEG\nотсутств*\tNEG\nне работает\t-2\nотсутствует связь\t-2\nочень "
                            u"плохо\t-2\n",
                            u"не работает отсутствует связь очень плохо"),
                 qPrintable(probe.error));
        QVERIFY(probe.at(0) && probe.at(2) && probe.at(4));
        QVERIFY(probe.at(0)->startsWithNegator);
        QVERIFY(probe.at(2)->startsWithNegator);
        QVERIFY(!probe.at(4)->startsWithNegator);
    }

    void intensifiersStrengthenPerLanguage_data()
    {
        QTest::addColumn<QString>("plain");
        QTest::addColumn<QString>("stronger");
        QTest::newRow("en") << QStringLiteral("This is bad") << QStringLiteral("This is extremely bad");
        QTest::newRow("pl") << QStringLiteral("To jest złe") << QStringLiteral("To jest bardzo złe");
        QTest::newRow("ro") << QStringLiteral("Este rău") << QStringLiteral("Este foarte rău");
        QTest::newRow("ru") << QStringLiteral("Это плохо") << QStringLiteral("Это очень плохо");
        QTest::newRow("fa") << QStringLiteral("این بد است") << QStringLiteral("این خیلی بد است");
    }

    void intensifiersStrengthenPerLanguage()
    {
        QFETCH(QString, plain);
        QFETCH(QString, stronger);
        const float a = engine().analyze(plain).valence;
        const float b = engine().analyze(stronger).valence;
        QVERIFY2(a < 0 && b < a, qPrintable(QStringLiteral("%1 then %2").arg(a).arg(b)));
    }

    void contrastWeighsWhatFollowsBut()
    {
        const MessageAnalysis a = engine().analyze(u"The food was great but the delivery was terrible");
        QVERIFY(a.valence < 0);
        const MessageAnalysis b = engine().analyze(u"The delivery was terrible but the food was great");
        QVERIFY(b.valence > 0);
    }

    // A contrast word may say how much it weighs: Persian "ولی" adds a complaint to a verdict more often
    // than it overturns it.
    void contrastWeightIsPerWord()
    {
        LexiconProbe probe;
        QVERIFY2(probe.load(u"but\tBUT\nyet\tBUT\t0.15\n", u"but yet"), qPrintable(probe.error));
        QVERIFY(probe.at(0) && probe.at(1));
        QCOMPARE(probe.at(0)->factor, defaultContrastWeight);
        QCOMPARE(probe.at(1)->factor, 0.15f);
        QVERIFY(!probe.load(u"but\tBUT\t1.5\n", u"but"));
        QVERIFY2(probe.error.contains(QStringLiteral("BUT")), qPrintable(probe.error));
        QVERIFY(engine().analyze(u"غذا خوشمزه بود ولی یکم سرد بود", Language::Persian).valence > 0);
        QVERIFY(engine().analyze(u"غذا خوشمزه بود ولی خیلی دیر رسید و سرد بود", Language::Persian).valence <
                0);
    }

    // An ending the lexicon lists (Persian comparative, superlative, spoken "is") leaves a feeling word's
    // feeling, and is tried only when the whole word is unknown; it never makes a feeling of a negator.
    void endingsKeepTheFeeling()
    {
        LexiconProbe probe;
        QVERIFY2(probe.load(u"bad\t-2\nbest\t3\nnot\tNEG\nest\tSUFFIX\n", u"badest best notest west"),
                 qPrintable(probe.error));
        QVERIFY(probe.at(0) && probe.at(1));
        QCOMPARE(probe.at(0)->term, u"bad"_qs);
        QCOMPARE(probe.at(1)->term, u"best"_qs);
        QVERIFY(!probe.at(2));
        QVERIFY(!probe.at(3)); // "w" is too short to be a word
        const MessageAnalysis shoddiest =
            engine().analyze(u"بی‌کیفیت‌ترین غذایی بود", Language::Persian);
        QVERIFY(shoddiest.valence < 0);
        QVERIFY(engine().analyze(u"غذا سرده", Language::Persian).valence < 0);
        QVERIFY(engine().analyze(u"از همیشه خوشمزه‌تر بود", Language::Persian).valence >
                0);
    }

    // "Although" opens a clause that counts less, wherever it stands: the point is the other clause.
    void concessionWeighsTheMainClause()
    {
        auto lexiconValence = [&](const QString &text, Language language) {
            float sum = 0.0f;
            for (const Evidence &e : engine().analyze(text, language).evidence)
                sum += e.fromModel ? 0.0f : e.valence;
            return sum;
        };
        const float plain = lexiconValence(QStringLiteral("Coletul tot nu a ajuns"), Language::Romanian);
        QCOMPARE(lexiconValence(QStringLiteral("Coletul tot nu a ajuns, deși a trecut o săptămână"),
                                Language::Romanian),
                 plain);
        QCOMPARE(lexiconValence(QStringLiteral("Deși coletul tot nu a ajuns, vă scriu abia azi"),
                                Language::Romanian),
                 plain * 0.5f);
        QVERIFY(engine().analyze(u"Although delivery was a bit slow, the product is excellent").valence >
                0.3f);
        QVERIFY(engine().analyze(u"The product is terrible, although delivery was quick").valence < -0.3f);
    }

    void emphasisRaisesIntensity()
    {
        const MessageAnalysis calm = engine().analyze(u"This is bad");
        const MessageAnalysis loud = engine().analyze(u"This is BAD!!!");
        const MessageAnalysis stretched = engine().analyze(u"This is baaaad");
        QVERIFY(loud.valence < calm.valence);
        QVERIFY(loud.intensity > calm.intensity);
        QVERIFY(stretched.valence < calm.valence);
    }

    // A stretched word still finds its stem: "عااالییی" is "عالی*", "greaaaat" is "great".
    void stretchedWordsFindTheirStems()
    {
        QVERIFY(engine().analyze(u"کیفیت غذا عاااااالییییی", Language::Persian).valence > 0.3f);
        QVERIFY(engine().analyze(u"Service was greaaaaaat", Language::English).valence > 0.3f);
    }

    // A Persian backward negator after a closed clause ("نپخته بود نشد بخورم", "it was raw, I could not eat
    // it") starts a clause of its own: "raw" stays negative.
    void persianNegatorDoesNotReachPastAClosedClause()
    {
        const MessageAnalysis a = engine().analyze(u"مرغ نپخته بود نشد بخورمش", Language::Persian);
        QVERIFY2(a.valence < 0.0f, qPrintable(QString::number(a.valence)));
        QVERIFY(engine().analyze(u"غذا خوب نبود", Language::Persian).valence < 0.0f); // still negated
    }

    // Complaints that name no feeling: the wrong item, a delay chased, something forgotten or damaged, a
    // double charge.
    void complaintsWithoutFeelingWords_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<Language>("language");
        QTest::newRow("fa wrong item")
            << QStringLiteral("به جای سالاد مرغ، کشک بادمجان فرستادند") << Language::Persian;
        QTest::newRow("fa ordered but")
            << QStringLiteral("کیک شکلاتی سفارش داده بودم ولی وانیلی آوردند") << Language::Persian;
        QTest::newRow("fa chased") << QStringLiteral("با کلی پیگیری بعد از دو ساعت رسید")
                                   << Language::Persian;
        QTest::newRow("fa forgotten") << QStringLiteral("قاشق و چنگال فراموش شده بود") << Language::Persian;
        QTest::newRow("fa not delivered") << QStringLiteral("عدم تحویل بخشی از سفارش") << Language::Persian;
        QTest::newRow("pl cracked") << QStringLiteral("Dzień dobry, dzisiaj przyszło zamówienie, ale zegarek "
                                                      "jest pęknięty z boku. Co mogę zrobić?")
                                    << Language::Polish;
        QTest::newRow("pl crushed") << QStringLiteral("Pudełko było zgniecione, a kubek stłuczony")
                                    << Language::Polish;
        QTest::newRow("ro still not arrived")
            << QStringLiteral("Comanda tot nu a ajuns după zece zile") << Language::Romanian;
        QTest::newRow("ro wrong colour")
            << QStringLiteral("Mi-a venit altă culoare decât cea comandată") << Language::Romanian;
        QTest::newRow("ro cracked") << QStringLiteral("Ecranul tabletei a sosit crăpat")
                                    << Language::Romanian;
        QTest::newRow("ro fissured") << QStringLiteral("Am primit o tabletă cu ecranul fisurat")
                                     << Language::Romanian;
        QTest::newRow("ro charged twice")
            << QStringLiteral("M-ați taxat de două ori pentru aceeași comandă") << Language::Romanian;
        QTest::newRow("ro no diacritics")
            << QStringLiteral("am primit alta marime decat am comandat") << Language::Romanian;
        QTest::newRow("en on hold") << QStringLiteral("I have been on hold for forty minutes")
                                    << Language::English;
        QTest::newRow("en charged twice")
            << QStringLiteral("They charged me twice for the same order") << Language::English;
        QTest::newRow("en other item")
            << QStringLiteral("This jacket is not what I ordered") << Language::English;
        QTest::newRow("ru missing part")
            << QStringLiteral("В коробке не хватает зарядки") << Language::Russian;
        QTest::newRow("ru no signal")
            << QStringLiteral("Второй день сидим без связи в Мариуполе") << Language::Russian;
        QTest::newRow("ru price rise")
            << QStringLiteral("С августа МТС повышает тарифы на звонки") << Language::Russian;
        QTest::newRow("ru waiting") << QStringLiteral("Жду ответа по заявке с семнадцатого числа")
                                    << Language::Russian;
        QTest::newRow("ru stopped working")
            << QStringLiteral("Со вчерашнего дня домашний интернет перестал работать") << Language::Russian;
        QTest::newRow("ru wrong size")
            << QStringLiteral("Мне прислали не тот размер, заказывал L, пришёл S") << Language::Russian;
        QTest::newRow("ru promo code")
            << QStringLiteral("Промокод не сработал, пришлось платить полную цену") << Language::Russian;
        QTest::newRow("ru prices raised, feminine")
            << QStringLiteral("МТС опять повысила цены на старых тарифах") << Language::Russian;
        QTest::newRow("ru without consent")
            << QStringLiteral("Подключили подписку без моего согласия") << Language::Russian;
    }
    void complaintsWithoutFeelingWords()
    {
        QFETCH(QString, text);
        QFETCH(Language, language);
        const MessageAnalysis a = engine().analyze(text, language);
        QCOMPARE(a.language, language);
        QVERIFY2(a.valence < -0.1f, qPrintable(QString::number(a.valence)));
        QVERIFY(std::max(a.score(Emotion::Frustration), a.score(Emotion::Disappointment)) > 0.1f);
    }

    // "Исправьте" asks for a fix; "исправили" reports one.
    void russianRequestToFixIsNoRelief()
    {
        QVERIFY(engine().analyze(u"Исправьте, пожалуйста, ошибку в счёте.", Language::Russian).label !=
                SentimentLabel::Positive);
        const MessageAnalysis fixed =
            engine().analyze(u"Наконец-то всё исправили, связь восстановилась.", Language::Russian);
        QCOMPARE(fixed.label, SentimentLabel::Positive);
        QVERIFY(fixed.score(Emotion::Relief) > 0.3f);
    }

    // "Vă rog să rezolvați" asks for a fix; "s-a rezolvat" reports one.
    void romanianRequestToResolveIsNoRelief()
    {
        QVERIFY(engine().analyze(u"Vă rog să rezolvați până mâine.", Language::Romanian).label !=
                SentimentLabel::Positive);
        QVERIFY(engine().analyze(u"Perfect, s-a rezolvat, mulțumesc!", Language::Romanian).valence > 0.3f);
        QCOMPARE(engine()
                     .analyze(u"Colegul dumneavoastră m-a ajutat enorm.", Language::Romanian)
                     .dominantEmotion(),
                 Emotion::Gratitude);
        QVERIFY(engine().analyze(u"Sunt foarte nemulțumit de comandă.", Language::Romanian).valence < -0.1f);
    }

    void emojiAndEmoticonsCount()
    {
        QVERIFY(engine().analyze(u"ok 😡", Language::English).valence < 0);
        QVERIFY(engine().analyze(u"ok 😍", Language::English).valence > 0);
        QVERIFY(engine().analyze(u"спасибо)))").valence > 0);
        QVERIFY(engine().analyze(u"delivered late :(", Language::English).valence < 0);
        // a link is not an emoticon
        QCOMPARE(engine().analyze(u"see http://example.com/x", Language::English).evidence.size(), 0);
    }

    void explanationPointsAtTheWords()
    {
        const QString text = QStringLiteral("Thanks, but the parcel is damaged and I want a refund");
        const MessageAnalysis a = engine().analyze(text);
        const QString words = evidenceText(text, a);
        QVERIFY2(words.contains(QStringLiteral("damaged")), qPrintable(words));
        QVERIFY2(words.contains(QStringLiteral("refund")), qPrintable(words));
        for (const Evidence &e : a.evidence)
            QVERIFY(e.start + e.length <= std::uint32_t(text.size()));
        QVERIFY(a.score(Emotion::ChurnRisk) > 0.3f);
    }

    // A word inside a lexicon phrase is explained by the phrase, not once more by the model.
    void evidenceSpansDoNotOverlap_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("ru on hold, manager")
            << QStringLiteral("Вишу на линии 40 минут. Соедините с руководителем.");
        QTest::newRow("en refund") << QStringLiteral("Thanks, but the parcel is damaged and I want a refund");
        QTest::newRow("pl not working") << QStringLiteral("Aplikacja znowu nie działa, jestem wściekły");
        QTest::newRow("fa late") << QStringLiteral("غذا خیلی دیر رسید و سرد بود");
    }
    void evidenceSpansDoNotOverlap()
    {
        QFETCH(QString, text);
        const MessageAnalysis a = engine().analyze(text);
        QVERIFY(!a.evidence.isEmpty());
        for (qsizetype i = 0; i < a.evidence.size(); ++i) {
            for (qsizetype j = i + 1; j < a.evidence.size(); ++j) {
                const Evidence &x = a.evidence[i];
                const Evidence &y = a.evidence[j];
                QVERIFY2(x.start + x.length <= y.start || y.start + y.length <= x.start,
                         qPrintable(evidenceText(text, a)));
            }
        }
    }

    // At most maxEvidence pieces, strongest first, and of equally strong ones the earlier in the text:
    // the same whether a message has a few pieces, more than fit, or more than sixteen (sorted otherwise).
    void evidenceIsStrongestFirst_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("pieces");
        QTest::newRow("few") << QStringLiteral("Great people, but the parcel was damaged and late :(") << 3;
        QTest::newRow("twelve equal") << QStringLiteral("👍 ").repeated(12) << 8;
        QTest::newRow("twenty equal") << QStringLiteral("👍 ").repeated(20) << 8;
        QTest::newRow("twenty mixed") << QStringLiteral("👍 😡 ").repeated(10) << 8;
    }
    void evidenceIsStrongestFirst()
    {
        QFETCH(QString, text);
        QFETCH(int, pieces);
        const MessageAnalysis a = engine().analyze(text, Language::English);
        QVERIFY2(a.evidence.size() >= pieces, qPrintable(evidenceText(text, a)));
        QVERIFY(a.evidence.size() <= maxEvidence);
        for (qsizetype i = 1; i < a.evidence.size(); ++i) {
            const Evidence &before = a.evidence[i - 1];
            const Evidence &after = a.evidence[i];
            QVERIFY2(std::abs(before.valence) > std::abs(after.valence) ||
                         (std::abs(before.valence) == std::abs(after.valence) && before.start < after.start),
                     qPrintable(evidenceText(text, a)));
        }
        // Equal pieces: the first ones in the text are kept.
        if (!text.contains(u"😡") && text.startsWith(u"👍")) {
            for (qsizetype i = 0; i < a.evidence.size(); ++i)
                QCOMPARE(a.evidence[i].start, std::uint32_t(3 * i));
        }
    }

    void customerServiceEmotions()
    {
        QVERIFY(engine()
                    .analyze(u"This is the third time I write, I want to speak to a manager")
                    .score(Emotion::ChurnRisk) > 0.5f);
        QVERIFY(engine()
                    .analyze(u"Вишу на линии сорок минут. Соедините с руководителем.")
                    .score(Emotion::ChurnRisk) > 0.4f);
        QCOMPARE(engine().analyze(u"Thank you so much for your help!").dominantEmotion(), Emotion::Gratitude);
        QCOMPARE(engine().analyze(u"I don't understand how this works").dominantEmotion(),
                 Emotion::Confusion);
        // Question marks make a message confused as well, but an angry one is named angry.
        const MessageAnalysis kept =
            engine().analyze(u"Seriously?? You cancelled my order without telling me and kept the money?");
        QCOMPARE(kept.label, SentimentLabel::Negative);
        QVERIFY(kept.score(Emotion::Confusion) > kept.score(Emotion::Anger));
        QCOMPARE(kept.dominantEmotion(), Emotion::Anger);
        QCOMPARE(engine().analyze(u"Still waiting for an answer, this is ridiculous").dominantEmotion(),
                 Emotion::Frustration);
    }

    // A plain request names no feeling: neutral, and no emotion badge whatever the model's one-vs-rest
    // scores say. (None of these is in the project's training files, emotion/training/.)
    void plainRequestsCarryNoEmotion()
    {
        for (const QString &text :
             {QStringLiteral("Is it possible to change the delivery address?"),
              QStringLiteral("Can I pay for the order in instalments?"),
              QStringLiteral("Quick question - do you ship to Ireland and how much does it cost?"),
              QStringLiteral("Does the kettle come with a warranty? How long is it?"),
              QStringLiteral("How long does shipping take?"),
              QStringLiteral("Можно оплатить заказ в рассрочку?"), QStringLiteral("Pot plăti cu cardul?"),
              QStringLiteral("Czy wysyłacie paczki do Niemiec?"),
              QStringLiteral("Kiedy słuchawki będą znowu dostępne?"),
              QStringLiteral("آیا هنوز این مدل موجود است؟"),
              QStringLiteral("می‌توانم هنوز آدرس ارسال را عوض کنم؟"),
              QStringLiteral("Подскажите, работает ли салон на Тверской в субботу?")}) {
            const MessageAnalysis a = engine().analyze(text);
            QVERIFY2(!a.dominantEmotion(), qPrintable(text));
            QVERIFY2(a.label == SentimentLabel::Neutral, qPrintable(text));
        }
        // "Still" in a complaint is one.
        QVERIFY(engine().analyze(u"سفارشم هنوز نرسیده").valence < -0.1f);
        // So is a parcel that did not arrive, with or without Polish letters.
        QCOMPARE(engine().analyze(u"Zamówiłem etui 13 dni temu i nadal nic nie dotarło").label,
                 SentimentLabel::Negative);
        QCOMPARE(engine().analyze(u"Paczka nie doszla do dzis").label, SentimentLabel::Negative);
        // So is "how long" when it asks how long the customer has to wait.
        QVERIFY(engine().analyze(u"How long do I have to wait for my refund?").valence < -0.1f);
        // A question that complains in words the lexicon knows is still a complaint.
        QCOMPARE(engine().analyze(u"Why is my order still not here?").label, SentimentLabel::Negative);
        // Asking why something takes so long is impatience; "so long" on its own is a farewell.
        QCOMPARE(engine().analyze(u"Why does it take so long?").label, SentimentLabel::Negative);
        QCOMPARE(engine().analyze(u"Why is it taking this long to answer me").label,
                 SentimentLabel::Negative);
        QCOMPARE(engine().analyze(u"So long, and thanks for all the help!").label, SentimentLabel::Positive);
        // A feeling word lets the model's emotions through as before.
        QCOMPARE(engine().analyze(u"Я очень зол, заказ опять опоздал").dominantEmotion(), Emotion::Anger);
    }

    void scoresCustomersMessagesOnly()
    {
        Message inbound;
        inbound.direction = Direction::Inbound;
        inbound.body = QStringLiteral("Awful service, I am furious");
        QVERIFY(scoreMessage(engine(), inbound));
        QVERIFY(inbound.sentiment.isScored());
        QCOMPARE(inbound.sentiment.label, SentimentLabel::Negative);
        QCOMPARE(inbound.language, Language::English);
        QVERIFY(!scoreMessage(engine(), inbound)); // already scored
        Message outbound = inbound;
        outbound.direction = Direction::Outbound;
        outbound.sentiment = Sentiment();
        QVERIFY(!scoreMessage(engine(), outbound));
    }

    void lexiconErrorsNameTheLine()
    {
        Lexicon lexicon;
        QString error;
        QVERIFY(!lexicon.load(u"good\t2\nbad\tworse\n", &error));
        QVERIFY2(error.startsWith(QStringLiteral("line 2")), qPrintable(error));
        QVERIFY(!lexicon.load(u"odd\t1\tnot_an_emotion\n", &error));
        QVERIFY(error.contains(QStringLiteral("unknown emotion")));
        QVERIFY(!lexicon.load(u"fine\t1\nnot arriv*\t-1\n", &error));
        QVERIFY2(error.startsWith(QStringLiteral("line 2")) && error.contains(QStringLiteral("stem")),
                 qPrintable(error));
    }

    // Words are remembered per thread; a second engine in the same thread must not get the first one's.
    void enginesInOneThreadKeepTheirOwnWords()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        for (const QString &name : {QStringLiteral("langid.tsv"), QStringLiteral("lexicon_common.tsv"),
                                    QStringLiteral("lexicon_pl.tsv"), QStringLiteral("lexicon_ro.tsv"),
                                    QStringLiteral("lexicon_ru.tsv"), QStringLiteral("lexicon_fa.tsv")})
            QVERIFY(QFile::copy(u":/empathy/emotion/"_qs + name, dir.filePath(name)));
        QFile english(dir.filePath(QStringLiteral("lexicon_en.tsv")));
        QVERIFY(english.open(QIODevice::WriteOnly));
        english.write("excellent\t-3\nterribl*\t3\n"); // the opposite of the built-in lexicon
        english.close();
        QString error;
        const auto inverted = EmotionEngine::load(dir.path(), &error, false);
        QVERIFY2(inverted, qPrintable(error));
        for (int round = 0; round < 2; ++round) {
            QVERIFY(engine().analyze(u"excellent", Language::English).valence > 0);
            QVERIFY(inverted->analyze(u"excellent", Language::English).valence < 0);
            QVERIFY(engine().analyze(u"terribly", Language::English).valence < 0);
            QVERIFY(inverted->analyze(u"terribly", Language::English).valence > 0);
        }
        // The same letters as a stretched word and as typed are different lookups: "sooo" is also "so".
        QCOMPARE(engine().analyze(u"goood", Language::English).label, SentimentLabel::Positive);
        QCOMPARE(engine().analyze(u"good", Language::English).label, SentimentLabel::Positive);
    }

    void malformedModelFilesAreRefused_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("error");
        QTest::newRow("no outputs") << QStringLiteral("#bias 0:5\n")
                                    << QStringLiteral("line 1: #outputs must come first");
        QTest::newRow("unknown output") << QStringLiteral("#outputs negative neutral positive glee\n")
                                        << QStringLiteral("line 1: unknown output glee");
        QTest::newRow("output out of range")
            << QStringLiteral("#outputs anger\nabc 1:5\n") << QStringLiteral("line 2: bad weight 1:5");
        QTest::newRow("bad hash") << QStringLiteral("#outputs anger\nxyz 0:5\n")
                                  << QStringLiteral("line 2: bad feature hash");
    }

    void malformedModelFilesAreRefused()
    {
        QFETCH(QString, text);
        QFETCH(QString, error);
        LinearModel model;
        QString why;
        QVERIFY(!model.load(text, &why));
        QCOMPARE(why, error);
    }

    void trainerIsDeterministicAndRoundTrips()
    {
        std::vector<TrainingExample> examples;
        const QStringList positive{QStringLiteral("wonderful stay lovely staff"),
                                   QStringLiteral("lovely room")};
        const QStringList negative{QStringLiteral("dirty room rude staff"), QStringLiteral("rude and dirty")};
        for (int round = 0; round < 20; ++round) {
            for (const QString &t : positive) {
                TrainingExample e;
                engine().features(t, Language::English, e.features);
                e.polarity = 2;
                examples.push_back(e);
            }
            for (const QString &t : negative) {
                TrainingExample e;
                engine().features(t, Language::English, e.features);
                e.polarity = 0;
                examples.push_back(e);
            }
        }
        const ModelWeights a = trainModel(examples, true, {});
        const ModelWeights b = trainModel(examples, true, {});
        QCOMPARE(a.save(), b.save());
        QString error;
        ModelWeights reread;
        QVERIFY2(reread.parse(a.save(), &error), qPrintable(error));
        QCOMPARE(reread.save(), a.save());

        // Loaded for scoring, each weight is quantised to 8 bits: within half a step of the file's.
        LinearModel loaded;
        QVERIFY2(loaded.load(a.save(), &error), qPrintable(error));
        QCOMPARE(loaded.featureCount(), a.keys.size());
        for (int o = 0; o < a.outputs(); ++o) {
            float largest = 0.0f;
            for (std::size_t r = 0; r < a.keys.size(); ++r)
                largest = std::max(largest, std::abs(reread.row(r)[std::size_t(o)]));
            for (std::size_t r = 0; r < a.keys.size(); ++r) {
                const LinearModel::Row row = loaded.row(a.keys[r]);
                QVERIFY(row);
                QVERIFY(std::abs(loaded.weight(row, o) - reread.row(r)[std::size_t(o)]) <=
                        largest / 127.0f / 2.0f + 1e-6f);
            }
        }
        QVERIFY(!loaded.row(0x1234567ull)); // a feature it never saw
        std::vector<std::uint64_t> features;
        engine().features(u"rude staff", Language::English, features);
        float out[LinearModel::maxOutputs];
        loaded.score(features, out);
        QVERIFY(out[0] > out[2]); // negative beats positive
    }
};

QTEST_GUILESS_MAIN(TestEmotionEngine)
#include "tst_emotionengine.moc"
