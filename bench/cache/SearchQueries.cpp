#include "SearchQueries.h"

#include "demo/DemoRandom.h"
#include "demo/PhraseBook.h"

#include <QRegularExpression>

namespace empathy::bench {

namespace {

QStringList wordsOf(const PhraseBook &book)
{
    static const QRegularExpression split(QStringLiteral("[^\\p{L}\\p{M}\\x{200C}]+"));
    QStringList words;
    for (const QString &key : PhraseBook::requiredKeys()) {
        if (!key.startsWith(QLatin1String("customer.")) && !key.startsWith(QLatin1String("agent.")) &&
            key != QLatin1String("products"))
            continue;
        for (const QString &sentence : book.list(key)) {
            for (const QString &word : sentence.split(split, Qt::SkipEmptyParts)) {
                if (word.size() >= 4)
                    words.append(word);
            }
        }
    }
    words.removeDuplicates();
    return words;
}

} // namespace

QStringList searchQueries(int count, quint64 seed)
{
    DemoRandom random(seed);
    QList<PhraseBook> books;
    for (Language language : supportedLanguages)
        books.append(*PhraseBook::load(language));
    QList<QStringList> words;
    for (const PhraseBook &book : books)
        words.append(wordsOf(book));

    QStringList queries;
    for (int i = 0; i < count; ++i) {
        const int language = i % int(books.size());
        const QStringList &pool = words.at(language);
        const QString word = random.pick(pool);
        const int kind = random.below(100);
        if (kind < 35) {
            queries.append(word);
        } else if (kind < 60) {
            queries.append(word.left(3 + random.below(int(word.size()) - 2))); // still typing
        } else if (kind < 80) {
            queries.append(word + u' ' + random.pick(pool));
        } else if (kind < 92) {
            const PhraseBook &book = books.at(language);
            queries.append(random.pick(book.list(QStringLiteral("femaleFirstNames"))) + u' ' +
                           random.pick(book.list(QStringLiteral("lastNames"))).left(4));
        } else {
            queries.append(QString::number(random.between(100000, 199999)));
        }
    }
    return queries;
}

} // namespace empathy::bench
