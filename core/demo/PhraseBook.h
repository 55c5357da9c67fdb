#pragma once

#include "domain/Language.h"

#include <QHash>
#include <QString>
#include <QStringList>

#include <optional>

namespace empathy {

// Realistic customer and agent sentences for one language, read from the JSON files compiled into
// the core library (core/demo/phrases). Keys are dotted paths: "customer.complaint", "firstNames".
class PhraseBook
{
public:
    static std::optional<PhraseBook> load(Language language, QString *error = nullptr);
    static std::optional<PhraseBook> fromJson(const QByteArray &json, QString *error = nullptr);

    Language language() const { return m_language; }
    QString currency() const { return m_currency; }
    // Never empty for a loaded book: load() refuses a file that lacks one of requiredKeys().
    const QStringList &list(const QString &key) const;

    static QStringList requiredKeys();

private:
    Language m_language = Language::Unknown;
    QString m_currency;
    QHash<QString, QStringList> m_lists;
};

} // namespace empathy
