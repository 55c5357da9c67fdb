#include "demo/PhraseBook.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

// Resources compiled into a static library must be registered from the global namespace.
static void registerPhraseResources()
{
    Q_INIT_RESOURCE(phrases);
}

namespace empathy {

namespace {

void collect(const QJsonObject &object, const QString &prefix, QHash<QString, QStringList> &out)
{
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QString key = prefix.isEmpty() ? it.key() : prefix + u'.' + it.key();
        if (it->isObject()) {
            collect(it->toObject(), key, out);
        } else if (it->isArray()) {
            QStringList values;
            const auto array = it->toArray();
            for (const auto &value : array)
                values.append(value.toString());
            out.insert(key, values);
        }
    }
}

} // namespace

QStringList PhraseBook::requiredKeys()
{
    static const QStringList keys{QStringLiteral("femaleFirstNames"),   QStringLiteral("maleFirstNames"),
                                  QStringLiteral("lastNames"),          QStringLiteral("products"),
                                  QStringLiteral("subjects.complaint"), QStringLiteral("subjects.question"),
                                  QStringLiteral("subjects.angry"),     QStringLiteral("subjects.praise"),
                                  QStringLiteral("customer.complaint"), QStringLiteral("customer.question"),
                                  QStringLiteral("customer.angry"),     QStringLiteral("customer.praise"),
                                  QStringLiteral("customer.details"),   QStringLiteral("customer.impatient"),
                                  QStringLiteral("customer.thanks"),    QStringLiteral("customer.unhappy"),
                                  QStringLiteral("customer.escalate"),  QStringLiteral("agent.acknowledge"),
                                  QStringLiteral("agent.apology"),      QStringLiteral("agent.askDetails"),
                                  QStringLiteral("agent.answer"),       QStringLiteral("agent.resolution"),
                                  QStringLiteral("agent.closing")};
    return keys;
}

std::optional<PhraseBook> PhraseBook::fromJson(const QByteArray &json, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (!document.isObject()) {
        if (error)
            *error = QStringLiteral("phrase book is not a JSON object: %1").arg(parseError.errorString());
        return std::nullopt;
    }
    const QJsonObject root = document.object();
    PhraseBook book;
    book.m_language = languageFromCode(root.value(QStringLiteral("language")).toString());
    book.m_currency = root.value(QStringLiteral("currency")).toString();
    collect(root, QString(), book.m_lists);
    if (book.m_language == Language::Unknown || book.m_currency.isEmpty()) {
        if (error)
            *error = QStringLiteral("phrase book lacks a known language or a currency");
        return std::nullopt;
    }
    for (const QString &key : requiredKeys()) {
        if (book.m_lists.value(key).isEmpty()) {
            if (error)
                *error = QStringLiteral("phrase book %1 has no entries for %2")
                             .arg(languageCode(book.m_language), key);
            return std::nullopt;
        }
    }
    return book;
}

std::optional<PhraseBook> PhraseBook::load(Language language, QString *error)
{
    registerPhraseResources();
    QFile file(QStringLiteral(":/empathy/demo/phrases/%1.json").arg(languageCode(language)));
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = QStringLiteral("no phrase book for language %1").arg(languageCode(language));
        return std::nullopt;
    }
    return fromJson(file.readAll(), error);
}

const QStringList &PhraseBook::list(const QString &key) const
{
    static const QStringList empty;
    const auto it = m_lists.constFind(key);
    return it == m_lists.constEnd() ? empty : *it;
}

} // namespace empathy
