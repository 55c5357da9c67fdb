#include "PersonalDataScrubber.h"

#include "domain/SearchText.h"
#include "training/GivenNames.h"

#include <algorithm>
#include <functional>

namespace empathy {

namespace {

constexpr auto options =
    QRegularExpression::UseUnicodePropertiesOption | QRegularExpression::CaseInsensitiveOption;

// Lower case, Persian letter variants and digits unified, accents removed: "Katarzynę" and "katarzyne"
// fold alike, as do "علي" and "علی".
QString fold(QStringView text)
{
    const QString decomposed = foldForSearch(text).normalized(QString::NormalizationForm_D);
    QString out;
    out.reserve(decomposed.size());
    for (QChar c : decomposed) {
        if (c.category() != QChar::Mark_NonSpacing)
            out.append(c);
    }
    return out;
}

// Replaces every match of `pattern` by what `replacement` returns for it (the match itself to keep it).
QString replaceEach(const QString &text, const QRegularExpression &pattern,
                    const std::function<QString(const QRegularExpressionMatch &)> &replacement)
{
    QString out;
    qsizetype last = 0;
    auto it = pattern.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        out += QStringView(text).mid(last, m.capturedStart() - last);
        out += replacement(m);
        last = m.capturedEnd();
    }
    if (last == 0)
        return text;
    out += QStringView(text).mid(last);
    return out;
}

int digitCount(QStringView text)
{
    int n = 0;
    for (QChar c : text)
        n += c.isDigit();
    return n;
}

bool luhnValid(QStringView text)
{
    int sum = 0;
    bool doubled = false;
    for (qsizetype i = text.size(); i-- > 0;) {
        if (!text[i].isDigit())
            continue;
        int d = text[i].digitValue();
        if (doubled) {
            d *= 2;
            if (d > 9)
                d -= 9;
        }
        sum += d;
        doubled = !doubled;
    }
    return sum % 10 == 0;
}

QString letterName(int index)
{
    QString name;
    for (int n = index + 1; n > 0; n = (n - 1) / 26)
        name.prepend(QChar(u'A' + (n - 1) % 26));
    return name;
}

const QString personKinds[3] = {QStringLiteral("Customer"), QStringLiteral("Agent"),
                                QStringLiteral("Person")};

// Whether `word` is `name` or an inflected form of it (a case ending, a vocative): the name's stem,
// without a final vowel, followed by a short ending. Both folded.
bool inflects(const QString &word, const QString &name)
{
    if (word == name)
        return true;
    if (name.size() < 3)
        return false;
    static const QString vowels = QStringLiteral("aeiouyаеиоуыэюяйь");
    QString stem = name;
    if (stem.size() >= 4 && vowels.contains(stem.back()))
        stem.chop(1);
    if (stem.size() >= 7)
        stem.chop(1); // consonant changes before endings: Agnieszka -> Agnieszce
    const qsizetype ending = word.size() - stem.size();
    const qsizetype longest = stem.size() <= 4 ? 2 : stem.size() >= 7 ? 5 : 4;
    return word.startsWith(stem) && ending >= 0 && ending <= longest;
}

const QRegularExpression urlPattern(QStringLiteral(R"((?:https?://|www\.)[^\s/]+(/\S*)?)"), options);
const QRegularExpression emailPattern(QStringLiteral(R"([\w.+%-]+@[\w-]+(?:\.[\w-]+)+)"), options);
const QRegularExpression addressPattern(
    QStringLiteral(
        // English: 221 Baker Street, 12b Oak Ave.
        R"(\b\d{1,5}[a-z]?\s+(?:\p{Lu}[\p{L}'-]+\s+){1,3}(?:street|st|avenue|ave|road|rd|lane|ln|drive|dr|boulevard|blvd|way|court|ct|place|pl|square|sq)\b\.?)"
        // Polish: ul. Długa 5/12, 00-950 Warszawa
        R"(|\b(?:ul\.|ulica|al\.|aleja|os\.|osiedle|pl\.)\s*\p{Lu}[\p{L}.-]*(?:\s+\p{Lu}[\p{L}.-]*){0,3}(?:\s+\d+[a-z]?(?:\s*/\s*\d+)?)?)"
        R"(|\b\d{2}-\d{3}\s+\p{Lu}\p{L}+)"
        // Romanian: str. Lalelelor nr. 7, bd. Unirii 12, bl. A4, ap. 3
        R"(|\b(?:str\.|strada|bd\.|b-dul|bulevardul|calea|șos\.|soseaua|șoseaua|aleea)\s*\p{Lu}[\p{L}.-]*(?:\s+\p{Lu}[\p{L}.-]*){0,3}(?:,?\s*nr\.?\s*\d+[a-z]?)?(?:,?\s*(?:bl|sc|et|ap)\.?\s*[\w]+)*)"
        // Russian: ул. Ленина, д. 5, кв. 12; проспект Мира 10
        R"(|(?<!\p{L})(?:ул\.|улица|пр\.|пр-т|проспект|пер\.|переулок|ш\.|шоссе|наб\.|набережная)\s*\p{Lu}[\p{L}.-]*(?:\s+\p{Lu}[\p{L}.-]*){0,3}(?:,?\s*(?:д\.|дом)?\s*\d+[а-я]?)?(?:,?\s*(?:корп\.|кв\.|квартира)\s*\d+)*)"
        // Persian: خیابان آزادی، کوچه ۱۲، پلاک ۵
        R"(|(?<!\p{L})(?:خیابان|کوچه|بلوار|میدان|بزرگراه)\s+[\p{L}\x{200C}]+(?:\s+[\p{L}\x{200C}]+)?(?:[،,]?\s*(?:کوچه|پلاک|واحد)\s*[\p{L}\d\x{200C}]+)*)"),
    options);
const QRegularExpression datePattern(
    QStringLiteral(R"(^\s*(?:\d{4}[-./]\d{1,2}[-./]\d{1,2}|\d{1,2}[-./]\d{1,2}[-./]\d{2,4})\s*$)"), options);
// Runs of digits with the separators phone and card numbers are written with.
const QRegularExpression
    numberPattern(QStringLiteral(R"((?<![\w@])\+?\(?\d(?:(?:[ .-]?\(|\)[ .-]?|[ .-])?\d){5,}(?![\w]))"),
                  options);
const QRegularExpression orderPattern(
    QStringLiteral(
        R"((?:(?<![\w&])#\s?\d{3,}\b)|(?:\b[a-z]{2,5}-\d{3,}\b)|)"
        R"((?:(?<!\p{L})(?:order|zamówieni[ae]|zamowieni[ae]|zamówieniu|nr|comanda|comenzii|comenzi|заказ[а-я]*|سفارش)\s*(?:no\.?|number|numer|nr\.?|numărul|номер|№|#|شماره)?\s*[:#№]?\s*)"
        R"((?=[\w-]*\d)[\w-]{4,}))"),
    options);
const QRegularExpression longNumberPattern(QStringLiteral(R"((?<![\w\[])\d{5,}(?![\w\]]))"), options);
const QRegularExpression idPattern(
    QStringLiteral(R"(\b(?=[a-z0-9_]*\d[a-z0-9_]*\d)(?=[a-z0-9_]*[a-z][a-z0-9_]*[a-z])[a-z0-9_]{8,}\b)"),
    options);
const QRegularExpression handlePattern(QStringLiteral(R"((?<![\w.@])@([\w.]*\w))"), options);
const QRegularExpression wordPattern(QStringLiteral(R"([\p{L}\p{M}\x{200C}]+)"), options);
const QRegularExpression introductionPattern(
    QStringLiteral(
        R"re((?:(?i:my name is|my name's|this is|i am|i'm|nazywam się|mam na imię|z tej strony|)re"
        R"re(numele meu este|mă numesc|ma numesc|sunt|меня зовут|моё имя|мое имя|это|с вами))re"
        R"re(\s+(\p{Lu}[\p{Ll}'-]+(?:\s+\p{Lu}[\p{Ll}'-]+)?))re"
        R"re(|(?:(?:اسم من|اسمم|من)\s+([\p{L}\x{200C}]+(?:\s+[\p{L}\x{200C}]+)?)\s+(?:هستم|است))))re"),
    QRegularExpression::UseUnicodePropertiesOption);

} // namespace

PersonalDataScrubber::PersonalDataScrubber() = default;

QString PersonalDataScrubber::standInFor(const QString &kind, const QString &value)
{
    // Numbers are the same number however they are grouped: "4111-1111-..." is "4111 1111 ...".
    QString folded = fold(value).simplified();
    if (kind == u"card" || kind == u"phone" || kind == u"number" || kind == u"order")
        folded.removeIf([](QChar c) { return !c.isLetterOrNumber(); });
    const QString key = kind + u'\n' + folded;
    auto it = m_standIns.constFind(key);
    if (it != m_standIns.constEnd())
        return *it;
    const int n = ++m_counts[kind];
    const QString standIn = QStringLiteral("[%1 %2]").arg(kind).arg(n);
    m_standIns.insert(key, standIn);
    return standIn;
}

QString PersonalDataScrubber::addPerson(const QString &name, PersonKind kind)
{
    const QString folded = fold(name).simplified();
    if (folded.isEmpty())
        return name;
    auto found = m_personByName.constFind(folded);
    if (found != m_personByName.constEnd())
        return m_people[*found].standIn;
    Person person;
    person.standIn = newPersonStandIn(kind);
    auto words = wordPattern.globalMatch(folded);
    while (words.hasNext()) {
        const QString word = words.next().captured();
        if (word.size() >= 2)
            person.words.append(word);
    }
    const int index = int(m_people.size());
    m_personByName.insert(folded, index);
    for (const QString &word : std::as_const(person.words)) {
        QList<int> &people = m_peopleByPrefix[word.left(2)];
        if (!people.contains(index))
            people.append(index);
    }
    m_people.append(person);
    return person.standIn;
}

QString PersonalDataScrubber::newPersonStandIn(PersonKind kind)
{
    const int k = int(kind);
    ++m_counts[QStringLiteral("name")];
    return personKinds[k] + u' ' + letterName(m_peopleOfKind[k]++);
}

QString PersonalDataScrubber::addHandle(const QString &handle, PersonKind kind)
{
    const QString folded = fold(handle).trimmed();
    if (folded.isEmpty())
        return handle;
    const QString known = standInOf(handle);
    if (!known.isEmpty())
        return known;
    const QString standIn = newPersonStandIn(kind);
    m_handles.insert(folded, standIn);
    return standIn;
}

QString PersonalDataScrubber::standInOf(const QString &nameOrHandle) const
{
    const QString folded = fold(nameOrHandle).simplified();
    const auto handle = m_handles.constFind(folded);
    if (handle != m_handles.constEnd())
        return *handle;
    const auto person = m_personByName.constFind(folded);
    return person != m_personByName.constEnd() ? m_people[*person].standIn : QString();
}

void PersonalDataScrubber::addValue(const QString &value, const QString &kind)
{
    if (!value.trimmed().isEmpty()) {
        m_values.insert(fold(value.trimmed()), kind);
        m_valuesPatternStale = true;
    }
}

void PersonalDataScrubber::keep(const QString &name)
{
    m_kept.append(fold(name));
}

void PersonalDataScrubber::learnWords(const QString &text)
{
    auto it = wordPattern.globalMatch(text);
    while (it.hasNext()) {
        const QString word = it.next().captured();
        if (word.front().isLower())
            m_lowerCaseWords.insert(fold(word));
    }
}

void PersonalDataScrubber::learnNames(const QString &text)
{
    auto it = introductionPattern.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        const QString name = m.captured(1).isEmpty() ? m.captured(2) : m.captured(1);
        // "I am Sorry", "this is Ridiculous": a capital after "I am" is a name only if it is not a
        // word the sentence would have anyway; one capitalised word is accepted only after a phrase
        // that introduces a name.
        const QString phrase = fold(m.captured(0).left(m.capturedStart(1) - m.capturedStart(0))).trimmed();
        const bool weak = phrase == u"this is" || phrase == u"i am" || phrase == u"i'm" ||
                          phrase == u"sunt" || phrase == u"это" || phrase == u"من";
        if (weak && !name.contains(u' '))
            continue;
        addPerson(name, PersonKind::Other);
    }
    // People named in passing: a common given name (capitalised, in scripts with capitals), with the
    // surname after it ("my colleague Thomas Reed", "oddzwoni Piotr Zieliński", "سارا احمدی").
    QList<QRegularExpressionMatch> words;
    auto all = wordPattern.globalMatch(text);
    while (all.hasNext())
        words.append(all.next());
    auto capitalised = [](const QString &word) { return word.front().isUpper(); };
    auto caseless = [](const QString &word) { return word.front().script() == QChar::Script_Arabic; };
    for (qsizetype i = 0; i < words.size(); ++i) {
        const QString word = words.at(i).captured();
        if (!(capitalised(word) || caseless(word)) || !isCommonGivenName(fold(word)) ||
            m_kept.contains(fold(word)))
            continue;
        QString name = word;
        if (i + 1 < words.size()) {
            const QString next = words.at(i + 1).captured();
            const QStringView gap = QStringView(text).mid(
                words.at(i).capturedEnd(), words.at(i + 1).capturedStart() - words.at(i).capturedEnd());
            // Greetings and thanks follow names without a comma often enough to be ruled out by name.
            static const QSet<QString> notSurnames = {
                QStringLiteral("thanks"),  QStringLiteral("thank"),     QStringLiteral("thx"),
                QStringLiteral("hi"),      QStringLiteral("hello"),     QStringLiteral("please"),
                QStringLiteral("sorry"),   QStringLiteral("dear"),      QStringLiteral("dziekuje"),
                QStringLiteral("prosze"),  QStringLiteral("multumesc"), QStringLiteral("va"),
                QStringLiteral("спасибо"), QStringLiteral("пожалуиста")};
            const QString foldedNext = fold(next);
            const bool surname = caseless(word) ? next.size() >= 4 && next.back() == QChar(0x06CC)
                                                : capitalised(next) && next.size() >= 2 &&
                                                      !m_lowerCaseWords.contains(foldedNext) &&
                                                      !notSurnames.contains(foldedNext);
            if (gap == u" " && surname && !isCommonGivenName(fold(next))) {
                name += u' ' + next;
                ++i;
            }
        }
        addPerson(name, PersonKind::Other);
    }
}

QList<int> PersonalDataScrubber::peopleNamedBy(const QString &word) const
{
    QList<int> exact;
    QList<int> inflected;
    for (int index : m_peopleByPrefix.value(word.left(2))) {
        const QList<QString> &names = m_people.at(index).words;
        if (names.contains(word))
            exact.append(index);
        else if (std::any_of(names.begin(), names.end(),
                             [&](const QString &name) { return inflects(word, name); }))
            inflected.append(index);
    }
    return exact + inflected; // "Anna" is Anna before it is an inflected Ann
}

QString PersonalDataScrubber::replaceNames(const QString &text)
{
    // The words that name someone, with everyone they could name.
    struct Found
    {
        qsizetype start = 0;
        qsizetype end = 0;
        QList<int> people;
    };
    QList<Found> found;
    auto it = wordPattern.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        const QString word = fold(m.captured());
        // Parts of links, addresses and stand-ins ("www.web.de", "[email 1]") are not names.
        const QChar before = m.capturedStart() > 0 ? text.at(m.capturedStart() - 1) : QChar();
        const QChar after = m.capturedEnd() < text.size() ? text.at(m.capturedEnd()) : QChar();
        const bool embedded = before == u'.' || before == u'/' || before == u'@' || before == u'[' ||
                              before == u'_' || after == u'/' || after == u'_' || after == u'@' ||
                              (after == u'.' && m.capturedEnd() + 1 < text.size() &&
                               text.at(m.capturedEnd() + 1).isLetterOrNumber());
        if (embedded || m_kept.contains(word))
            continue;
        QList<int> people = peopleNamedBy(word);
        if (!people.isEmpty())
            found.append({m.capturedStart(), m.capturedEnd(), people});
    }
    if (found.isEmpty())
        return text;
    auto adjacent = [&](qsizetype i) { // found[i] and found[i + 1] are one name ("Katarzyna Nowak")
        return i + 1 < found.size() &&
               QStringView(text).mid(found[i].end, found[i + 1].start - found[i].end).trimmed().isEmpty();
    };
    // Who each word names: in a run of name words, the person all of them name (two customers called
    // Nowak are told apart by their first names), else the first person added (customers come first).
    QList<int> chosen(found.size(), -1);
    for (qsizetype i = 0; i < found.size(); ++i) {
        QList<int> candidates = found[i].people;
        if (i > 0 && adjacent(i - 1) && candidates.contains(chosen[i - 1])) {
            chosen[i] = chosen[i - 1];
            continue;
        }
        for (qsizetype j = i; adjacent(j); ++j) {
            QList<int> both;
            for (int person : std::as_const(candidates)) {
                if (found[j + 1].people.contains(person))
                    both.append(person);
            }
            if (both.isEmpty())
                break;
            candidates = both;
        }
        chosen[i] = candidates.front();
    }
    // Consecutive words of one person become one stand-in ("Customer A", not "Customer A Customer A").
    QString out;
    qsizetype last = 0;
    for (qsizetype i = 0; i < found.size(); ++i) {
        if (i > 0 && adjacent(i - 1) && chosen[i] == chosen[i - 1]) {
            last = found[i].end;
            continue;
        }
        out += QStringView(text).mid(last, found[i].start - last);
        out += m_people.at(chosen[i]).standIn;
        last = found[i].end;
    }
    out += QStringView(text).mid(last);
    return out;
}

QString PersonalDataScrubber::replaceValues(const QString &text)
{
    if (m_values.isEmpty())
        return text;
    if (m_valuesPatternStale) {
        QStringList values = m_values.keys();
        std::sort(values.begin(), values.end(),
                  [](const QString &a, const QString &b) { return a.size() > b.size(); });
        for (QString &value : values)
            value = QRegularExpression::escape(value);
        m_valuesPattern =
            QRegularExpression(QStringLiteral("(?<![\\w])(?:%1)(?![\\w])").arg(values.join(u'|')), options);
        m_valuesPatternStale = false;
    }
    return replaceEach(text, m_valuesPattern, [&](const QRegularExpressionMatch &m) {
        return standInFor(m_values.value(fold(m.captured())), m.captured());
    });
}

QString PersonalDataScrubber::scrub(const QString &input)
{
    QString text = input;
    // Values the desk knows exactly (identities), before the patterns cut them up.
    text = replaceValues(text);
    text = replaceEach(text, urlPattern, [&](const QRegularExpressionMatch &m) {
        if (m.captured(1).size() <= 1)
            return m.captured(); // a bare site ("www.ikea.com") names no one
        return m.captured().left(m.capturedStart(1) - m.capturedStart()) + u'/' +
               standInFor(QStringLiteral("link"), m.captured());
    });
    text = replaceEach(text, emailPattern, [&](const QRegularExpressionMatch &m) {
        return standInFor(QStringLiteral("email"), m.captured());
    });
    text = replaceEach(text, handlePattern, [&](const QRegularExpressionMatch &m) {
        const QString handle = fold(m.captured(1));
        if (m_kept.contains(handle))
            return m.captured();
        QString standIn = standInOf(m.captured(1));
        if (standIn.isEmpty())
            standIn = addHandle(m.captured(1), PersonKind::Other);
        return u'@' + standIn.remove(u' ');
    });
    text = replaceEach(text, addressPattern, [&](const QRegularExpressionMatch &m) {
        return standInFor(QStringLiteral("address"), m.captured());
    });
    text = replaceEach(text, orderPattern, [&](const QRegularExpressionMatch &m) {
        return standInFor(QStringLiteral("order"), m.captured());
    });
    text = replaceEach(text, numberPattern, [&](const QRegularExpressionMatch &m) {
        const QString value = m.captured();
        const int digits = digitCount(value);
        if (datePattern.match(value).hasMatch() || digits < 7)
            return value;
        if (digits >= 13 && digits <= 19 && luhnValid(value))
            return standInFor(QStringLiteral("card"), value);
        if (digits <= 15)
            return standInFor(QStringLiteral("phone"), value);
        return standInFor(QStringLiteral("number"), value);
    });
    text = replaceEach(text, longNumberPattern, [&](const QRegularExpressionMatch &m) {
        return standInFor(QStringLiteral("number"), m.captured());
    });
    text = replaceEach(text, idPattern, [&](const QRegularExpressionMatch &m) {
        return standInFor(QStringLiteral("number"), m.captured());
    });
    return replaceNames(text);
}

QMap<QString, int> PersonalDataScrubber::replacedCounts() const
{
    QMap<QString, int> counts;
    for (auto it = m_counts.begin(); it != m_counts.end(); ++it) {
        if (it.value() > 0)
            counts.insert(it.key(), it.value());
    }
    return counts;
}

} // namespace empathy
