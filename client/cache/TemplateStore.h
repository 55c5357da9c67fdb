#pragma once

#include "templates/MessageTemplate.h"
#include "templates/ReplyTemplate.h"

#include <QDateTime>
#include <QList>

namespace empathy {

class SqliteDatabase;

// The reply template library in the profile's cache. Refuses to store a template that does not parse
// (the errors come back with their line and column) or whose name is taken in its language.
class TemplateStore
{
public:
    explicit TemplateStore(SqliteDatabase &db);

    // Adds the shipped templates the library does not have yet (by language and name); returns how many.
    int addBuiltIns(const QList<ReplyTemplate> &templates, const QDateTime &at);
    // A language's templates by name.
    QList<ReplyTemplate> templates(Language language);
    std::optional<ReplyTemplate> find(qint64 id);
    // The template Empathy Desk uses for something (ReplyTemplate::purpose) in a language.
    std::optional<ReplyTemplate> forPurpose(Language language, const QString &purpose);

    struct SaveResult
    {
        qint64 id = 0;               // 0 when not saved
        QList<TemplateError> errors; // why not: the template's own errors, or a taken name (line 0)
    };
    // A new template (id 0) or an edit.
    SaveResult save(const ReplyTemplate &t, const QDateTime &at);
    void remove(qint64 id);

private:
    SqliteDatabase &m_db;
};

} // namespace empathy
