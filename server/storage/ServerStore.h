#pragma once

#include "domain/Agent.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <optional>
#include <stdexcept>

namespace empathy {

struct Account
{
    Agent agent;
    QString passwordHash; // libsodium crypto_pwhash_str (Argon2id)
    bool disabled = false;
};

struct SessionRecord
{
    AgentId agent;
    QDateTime expires;
};

class StoreError : public std::runtime_error
{
public:
    explicit StoreError(const QString &message)
        : std::runtime_error(message.toStdString())
        , m_message(message)
    {}
    const QString &message() const { return m_message; }

private:
    QString m_message;
};

// Everything the server keeps. Nothing the server needs to be correct lives only in process memory:
// another implementation (PostgreSQL) can back several server instances at once.
class ServerStore
{
public:
    virtual ~ServerStore() = default;

    // Identifies this store's change log; a new database gets a new generation.
    virtual QString generation() = 0;

    virtual std::optional<Account> accountByLogin(const QString &login) = 0;
    virtual std::optional<Account> accountById(AgentId id) = 0;
    // Throws StoreError when the login is taken.
    virtual AgentId createAccount(const Account &account) = 0;
    // false when there is no such login.
    virtual bool setDisabled(const QString &login, bool disabled) = 0;

    // Sessions are kept by the SHA-256 of their token; the token itself is never stored.
    virtual void saveSession(const QByteArray &tokenHash, AgentId agent, const QDateTime &expires) = 0;
    virtual std::optional<SessionRecord> session(const QByteArray &tokenHash) = 0;
    virtual void extendSession(const QByteArray &tokenHash, const QDateTime &expires) = 0;
    virtual void revokeSession(const QByteArray &tokenHash) = 0;
    virtual void revokeSessionsOf(AgentId agent) = 0;
};

} // namespace empathy
