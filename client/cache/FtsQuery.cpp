#include "cache/FtsQuery.h"

#include "domain/SearchText.h"

#include <QStringList>

namespace empathy {

QString ftsQueryFor(const QString &typed)
{
    const QString folded = foldForSearch(typed);
    QStringList words;
    QString current;
    auto flush = [&] {
        if (!current.isEmpty())
            words.append(current);
        current.clear();
    };
    for (QChar ch : folded) {
        // Letters, digits and combining marks (Persian and Russian text included) form words.
        if (ch.isLetterOrNumber() || ch.isMark())
            current.append(ch);
        else
            flush();
    }
    flush();
    if (words.isEmpty())
        return {};
    const bool stillTyping = !typed.isEmpty() && !typed.back().isSpace();
    QStringList terms;
    for (qsizetype i = 0; i < words.size(); ++i) {
        QString word = words.at(i);
        word.replace(u'"', QStringLiteral("\"\""));
        QString term = u'"' + word + u'"';
        if (i == words.size() - 1 && stillTyping)
            term += u'*';
        terms.append(term);
    }
    return terms.join(u' ');
}

} // namespace empathy
