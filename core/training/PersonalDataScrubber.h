#pragma once

#include <QHash>
#include <QList>
#include <QMap>
#include <QRegularExpression>
#include <QSet>
#include <QString>

namespace empathy {

enum class PersonKind : int
{
    Customer,
    Agent,
    Other, // someone named in a message ("my name is ...", "ask Maria")
};

// Replaces personal data in text, the same value by the same stand-in wherever it appears, so a
// conversation still reads as one: names (given, in inflected forms too: Katarzyna, Katarzyno,
// Katarzynę), e-mail addresses, @handles, phone numbers, card numbers (Luhn-checked), order and other
// reference numbers, street addresses and postal codes, and links, in English, Polish, Romanian,
// Russian and Persian. Stand-ins say what they replace: "Customer A", "Agent B", "[email 1]",
// "[phone 2]", "[card 1]", "[order 3]", "[address 1]", "[number 4]", "https://host/[link 1]".
//
// Over-replacing is preferred to leaking: a long number that is not personal also becomes
// "[number n]". The scrubber never records the original values, only how many of each kind it
// replaced (replacedCounts()).
class PersonalDataScrubber
{
public:
    PersonalDataScrubber();

    // A person whose name must not leave; returns their stand-in. Each word of the name is replaced
    // on its own too (a first name alone, a surname in another case).
    QString addPerson(const QString &name, PersonKind kind);
    // A user name on a channel ("CinVakas", "jane_d77"): replaced where it is mentioned (@jane_d77) and
    // as a speaker, never split into words. Returns the stand-in.
    QString addHandle(const QString &handle, PersonKind kind);
    // The stand-in of a person or handle added before, or an empty string.
    QString standInOf(const QString &nameOrHandle) const;
    // An exact value to replace (a messenger user id, an address the desk knows), as `kind`.
    void addValue(const QString &value, const QString &kind);
    // A name to leave as it is even where it looks like a handle (a company's account: "@TeamYouTube").
    void keep(const QString &name);
    // Notes the words the text writes in lower case: a capitalised word that is also written that way
    // is an ordinary word at the start of a sentence, not a surname ("Maria Thanks" is not a person).
    void learnWords(const QString &text);
    // Finds people the text introduces ("my name is Anna Kowalska", "меня зовут Ольга") and adds them.
    void learnNames(const QString &text);

    QString scrub(const QString &text);
    QMap<QString, int> replacedCounts() const;

private:
    struct Person
    {
        QString standIn;
        QList<QString> words; // folded, for the inflected forms
    };
    QString standInFor(const QString &kind, const QString &value);
    QString newPersonStandIn(PersonKind kind);
    // The people `word` names: those with it in their name first, then those it is an inflected form of,
    // each group in the order they were added.
    QList<int> peopleNamedBy(const QString &word) const;
    QString replaceNames(const QString &text);
    QString replaceValues(const QString &text);

    QHash<QString, QString> m_standIns; // kind + '\n' + folded value -> stand-in
    QMap<QString, int> m_counts;
    QList<Person> m_people;
    QHash<QString, int> m_personByName; // folded full name -> index into m_people
    // The first two letters of each word of each person's name -> the people: a word can only be an
    // inflected form of a name word that starts like it, so only those are compared.
    QHash<QString, QList<int>> m_peopleByPrefix;
    QHash<QString, QString> m_handles; // folded handle -> stand-in
    int m_peopleOfKind[3] = {0, 0, 0};
    QHash<QString, QString> m_values;   // folded exact value -> kind
    QList<QString> m_kept;              // folded
    QSet<QString> m_lowerCaseWords;     // folded
    QRegularExpression m_valuesPattern; // every exact value at once, longest first
    bool m_valuesPatternStale = false;
};

} // namespace empathy
