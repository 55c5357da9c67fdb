#include "storage/SqlServerStore.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

static void registerServerResources()
{
    Q_INIT_RESOURCE(migrations);
}

namespace empathy {

namespace {

QSqlQuery run(QSqlDatabase &db, const QString &sql, const QVariantList &values = {})
{
    QSqlQuery query(db);
    if (!query.prepare(sql))
        throw StoreError(QStringLiteral("%1: %2").arg(sql, query.lastError().text()));
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec())
        throw StoreError(QStringLiteral("%1: %2").arg(sql, query.lastError().text()));
    return query;
}

} // namespace

SqlServerStore::SqlServerStore(const QString &dataDir)
    : m_connection(
          QStringLiteral("empathy-server-%1").arg(QUuid::createUuid().toString(QUuid::WithoutBraces)))
{
    if (!QDir().mkpath(dataDir))
        throw StoreError(QStringLiteral("cannot create the data directory %1").arg(dataDir));
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    m_db.setDatabaseName(dataDir + QStringLiteral("/empathy-server.sqlite"));
    if (!m_db.open())
        throw StoreError(
            QStringLiteral("cannot open %1: %2").arg(m_db.databaseName(), m_db.lastError().text()));
    run(m_db, QStringLiteral("PRAGMA journal_mode = WAL"));
    run(m_db, QStringLiteral("PRAGMA foreign_keys = ON"));
    run(m_db, QStringLiteral("PRAGMA busy_timeout = 5000"));
    migrate();
    QSqlQuery generation = run(m_db, QStringLiteral("SELECT value FROM meta WHERE key = 'generation'"));
    if (generation.next()) {
        m_generation = generation.value(0).toString();
    } else {
        m_generation = QUuid::createUuid().toString(QUuid::WithoutBraces);
        run(m_db, QStringLiteral("INSERT INTO meta(key, value) VALUES('generation', ?)"), {m_generation});
    }
}

SqlServerStore::~SqlServerStore()
{
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connection);
}

void SqlServerStore::migrate()
{
    registerServerResources();
    static const QRegularExpression pattern(QStringLiteral("^(\\d{4})_\\w+\\.sql$"));
    QSqlQuery current = run(m_db, QStringLiteral("PRAGMA user_version"));
    const int version = current.next() ? current.value(0).toInt() : 0;
    current.finish();
    const QDir dir(QStringLiteral(":/empathy/server/migrations"));
    const QStringList files = dir.entryList(QDir::Files, QDir::Name);
    const int latest = files.isEmpty() ? 0 : pattern.match(files.back()).captured(1).toInt();
    if (version > latest)
        throw StoreError(
            QStringLiteral("the server data was written by a newer empathy-server (schema %1, this "
                           "version knows up to %2); it was left untouched")
                .arg(version)
                .arg(latest));
    for (const QString &fileName : files) {
        const int step = pattern.match(fileName).captured(1).toInt();
        if (step <= version)
            continue;
        QFile file(dir.filePath(fileName));
        if (!file.open(QIODevice::ReadOnly))
            throw StoreError(QStringLiteral("missing migration %1").arg(fileName));
        const QString script = QString::fromUtf8(file.readAll());
        if (!m_db.transaction())
            throw StoreError(m_db.lastError().text());
        try {
            // QtSql runs one statement at a time.
            static const QRegularExpression comments(QStringLiteral("--[^\\n]*"));
            const QStringList statements = QString(script).remove(comments).split(u';', Qt::SkipEmptyParts);
            for (const QString &statement : statements) {
                if (!statement.trimmed().isEmpty())
                    run(m_db, statement.trimmed());
            }
            run(m_db, QStringLiteral("PRAGMA user_version = %1").arg(step));
        } catch (...) {
            m_db.rollback();
            throw;
        }
        if (!m_db.commit())
            throw StoreError(m_db.lastError().text());
    }
}

QString SqlServerStore::generation()
{
    return m_generation;
}

std::optional<Account> SqlServerStore::accountWhere(const QString &condition, const QVariant &value)
{
    QSqlQuery query =
        run(m_db,
            QStringLiteral("SELECT id, login, display_name, role, password_hash, disabled FROM accounts "
                           "WHERE ") +
                condition,
            {value});
    if (!query.next())
        return std::nullopt;
    Account account;
    account.agent.id = AgentId(query.value(0).toLongLong());
    account.agent.login = query.value(1).toString();
    account.agent.displayName = query.value(2).toString();
    account.agent.role = AgentRole(query.value(3).toInt());
    account.passwordHash = query.value(4).toString();
    account.disabled = query.value(5).toInt() != 0;
    return account;
}

std::optional<Account> SqlServerStore::accountByLogin(const QString &login)
{
    return accountWhere(QStringLiteral("login = ?"), login);
}

std::optional<Account> SqlServerStore::accountById(AgentId id)
{
    return accountWhere(QStringLiteral("id = ?"), id.value());
}

AgentId SqlServerStore::createAccount(const Account &account)
{
    if (accountByLogin(account.agent.login))
        throw StoreError(QStringLiteral("the user name %1 is taken").arg(account.agent.login));
    QSqlQuery query =
        run(m_db,
            QStringLiteral("INSERT INTO accounts(login, display_name, role, password_hash, disabled) "
                           "VALUES(?, ?, ?, ?, ?)"),
            {account.agent.login, account.agent.displayName, int(account.agent.role), account.passwordHash,
             int(account.disabled)});
    return AgentId(query.lastInsertId().toLongLong());
}

bool SqlServerStore::setDisabled(const QString &login, bool disabled)
{
    QSqlQuery query =
        run(m_db, QStringLiteral("UPDATE accounts SET disabled = ? WHERE login = ?"), {int(disabled), login});
    return query.numRowsAffected() > 0;
}

void SqlServerStore::saveSession(const QByteArray &tokenHash, AgentId agent, const QDateTime &expires)
{
    run(m_db, QStringLiteral("INSERT INTO sessions(token_hash, agent_id, expires_at) VALUES(?, ?, ?)"),
        {tokenHash, agent.value(), expires.toMSecsSinceEpoch()});
}

std::optional<SessionRecord> SqlServerStore::session(const QByteArray &tokenHash)
{
    QSqlQuery query = run(
        m_db, QStringLiteral("SELECT agent_id, expires_at FROM sessions WHERE token_hash = ?"), {tokenHash});
    if (!query.next())
        return std::nullopt;
    return SessionRecord{AgentId(query.value(0).toLongLong()),
                         QDateTime::fromMSecsSinceEpoch(query.value(1).toLongLong(), Qt::UTC)};
}

void SqlServerStore::extendSession(const QByteArray &tokenHash, const QDateTime &expires)
{
    run(m_db, QStringLiteral("UPDATE sessions SET expires_at = ? WHERE token_hash = ?"),
        {expires.toMSecsSinceEpoch(), tokenHash});
}

void SqlServerStore::revokeSession(const QByteArray &tokenHash)
{
    run(m_db, QStringLiteral("DELETE FROM sessions WHERE token_hash = ?"), {tokenHash});
}

void SqlServerStore::revokeSessionsOf(AgentId agent)
{
    run(m_db, QStringLiteral("DELETE FROM sessions WHERE agent_id = ?"), {agent.value()});
}

} // namespace empathy
