#pragma once

#include "storage/ServerStore.h"

#include <QSqlDatabase>

namespace empathy {

// The server's store on QtSql. SQLite by default (one file in the data directory); the SQL is kept to
// what PostgreSQL also accepts so a QPSQL connection can take its place.
class SqlServerStore : public ServerStore
{
public:
    // Opens (creating and migrating) <dataDir>/empathy-server.sqlite. Throws StoreError.
    explicit SqlServerStore(const QString &dataDir);
    ~SqlServerStore() override;

    QString generation() override;
    std::optional<Account> accountByLogin(const QString &login) override;
    std::optional<Account> accountById(AgentId id) override;
    AgentId createAccount(const Account &account) override;
    bool setDisabled(const QString &login, bool disabled) override;
    void saveSession(const QByteArray &tokenHash, AgentId agent, const QDateTime &expires) override;
    std::optional<SessionRecord> session(const QByteArray &tokenHash) override;
    void extendSession(const QByteArray &tokenHash, const QDateTime &expires) override;
    void revokeSession(const QByteArray &tokenHash) override;
    void revokeSessionsOf(AgentId agent) override;

private:
    void migrate();
    std::optional<Account> accountWhere(const QString &condition, const QVariant &value);

    QString m_connection;
    QSqlDatabase m_db;
    QString m_generation;
};

} // namespace empathy
