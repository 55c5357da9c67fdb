#include "cache/TemplateStore.h"

#include "sql/SqliteDatabase.h"
#include "sql/SqliteStatement.h"
#include "sql/SqlTransaction.h"

#include <QCoreApplication>

namespace empathy {

namespace {

ReplyTemplate rowOf(SqliteStatement &query)
{
    ReplyTemplate t;
    t.id = query.int64(0);
    t.language = languageFromCode(query.text(1));
    t.name = query.text(2);
    t.body = query.text(3);
    t.builtIn = query.int32(4) != 0;
    t.purpose = query.text(5);
    return t;
}

} // namespace

TemplateStore::TemplateStore(SqliteDatabase &db)
    : m_db(db)
{}

int TemplateStore::addBuiltIns(const QList<ReplyTemplate> &templates, const QDateTime &at)
{
    SqlTransaction transaction(m_db);
    auto insert =
        m_db.prepare("INSERT OR IGNORE INTO reply_templates(language, name, body, built_in, updated_at, "
                     "purpose) VALUES(?1, ?2, ?3, 1, ?4, ?5)");
    // A purpose the shipped template has and the stored one lacks (stored by an older version) is added.
    auto purpose =
        m_db.prepare("UPDATE reply_templates SET purpose = ?3 WHERE language = ?1 AND name = ?2 AND "
                     "built_in = 1 AND purpose = ''");
    int added = 0;
    for (const ReplyTemplate &t : templates) {
        insert.bind(1, languageCode(t.language))
            .bind(2, t.name)
            .bind(3, t.body)
            .bind(4, at.toMSecsSinceEpoch())
            .bind(5, t.purpose);
        insert.run();
        added += int(m_db.changes());
        if (!t.purpose.isEmpty())
            purpose.bind(1, languageCode(t.language)).bind(2, t.name).bind(3, t.purpose).run();
    }
    transaction.commit();
    return added;
}

QList<ReplyTemplate> TemplateStore::templates(Language language)
{
    auto query = m_db.prepare(
        "SELECT id, language, name, body, built_in, purpose FROM reply_templates WHERE language = ?1 "
        "ORDER BY name COLLATE NOCASE");
    query.bind(1, languageCode(language));
    QList<ReplyTemplate> out;
    while (query.step())
        out.append(rowOf(query));
    return out;
}

std::optional<ReplyTemplate> TemplateStore::forPurpose(Language language, const QString &purpose)
{
    auto query = m_db.prepare("SELECT id, language, name, body, built_in, purpose FROM reply_templates "
                              "WHERE language = ?1 AND purpose = ?2 ORDER BY id LIMIT 1");
    query.bind(1, languageCode(language)).bind(2, purpose);
    if (!query.step())
        return std::nullopt;
    return rowOf(query);
}

std::optional<ReplyTemplate> TemplateStore::find(qint64 id)
{
    auto query =
        m_db.prepare("SELECT id, language, name, body, built_in, purpose FROM reply_templates WHERE id = ?1");
    query.bind(1, id);
    if (!query.step())
        return std::nullopt;
    return rowOf(query);
}

TemplateStore::SaveResult TemplateStore::save(const ReplyTemplate &t, const QDateTime &at)
{
    SaveResult result;
    MessageTemplate parsed;
    if (!parsed.parse(t.body, &result.errors))
        return result;
    if (t.name.trimmed().isEmpty()) {
        result.errors.append({0, 0, QCoreApplication::translate("TemplateStore", "a template needs a name")});
        return result;
    }
    auto taken =
        m_db.prepare("SELECT count(*) FROM reply_templates WHERE language = ?1 AND name = ?2 AND id != ?3");
    taken.bind(1, languageCode(t.language)).bind(2, t.name.trimmed()).bind(3, t.id);
    if (taken.step() && taken.int64(0) > 0) {
        result.errors.append(
            {0, 0,
             QCoreApplication::translate("TemplateStore", "another template is called \"%1\"")
                 .arg(t.name.trimmed())});
        return result;
    }
    taken.reset();
    if (t.id == 0) {
        auto insert = m_db.prepare("INSERT INTO reply_templates(language, name, body, built_in, updated_at) "
                                   "VALUES(?1, ?2, ?3, 0, ?4)");
        insert.bind(1, languageCode(t.language))
            .bind(2, t.name.trimmed())
            .bind(3, t.body)
            .bind(4, at.toMSecsSinceEpoch());
        insert.run();
        result.id = m_db.scalar("SELECT last_insert_rowid()");
    } else {
        auto update = m_db.prepare(
            "UPDATE reply_templates SET language = ?2, name = ?3, body = ?4, updated_at = ?5 WHERE id = ?1");
        update.bind(1, t.id)
            .bind(2, languageCode(t.language))
            .bind(3, t.name.trimmed())
            .bind(4, t.body)
            .bind(5, at.toMSecsSinceEpoch());
        update.run();
        result.id = t.id;
    }
    return result;
}

void TemplateStore::remove(qint64 id)
{
    auto drop = m_db.prepare("DELETE FROM reply_templates WHERE id = ?1");
    drop.bind(1, id).run();
}

} // namespace empathy
