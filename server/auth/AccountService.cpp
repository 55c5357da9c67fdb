#include "auth/AccountService.h"

#include "storage/ServerStore.h"

#include <QCryptographicHash>
#include <QRegularExpression>

#include <sodium.h>

namespace empathy {

AccountService::AccountService(ServerStore &store, const PasswordHasher &hasher, Clock clock,
                               qint64 sessionSeconds)
    : m_store(store)
    , m_hasher(hasher)
    , m_clock(std::move(clock))
    , m_sessionSeconds(sessionSeconds)
{}

QByteArray AccountService::tokenHash(const QString &token)
{
    return QCryptographicHash::hash(token.toLatin1(), QCryptographicHash::Sha256);
}

AccountService::Result AccountService::login(const QString &user, const QString &password)
{
    const LoginAttempt attempt = beginLogin(user);
    return finishLogin(attempt, passwordMatches(attempt, password));
}

AccountService::LoginAttempt AccountService::beginLogin(const QString &user) const
{
    LoginAttempt attempt;
    attempt.account = m_store.accountByLogin(user);
    attempt.hash = attempt.account ? attempt.account->passwordHash : m_hasher.dummyHash();
    return attempt;
}

bool AccountService::passwordMatches(const LoginAttempt &attempt, const QString &password) const
{
    return m_hasher.verify(attempt.hash, password) && attempt.account.has_value();
}

AccountService::Result AccountService::finishLogin(const LoginAttempt &attempt, bool passwordMatches)
{
    if (!passwordMatches || !attempt.account || attempt.account->disabled)
        return ErrorFrame{ErrorCode::BadCredentials, QStringLiteral("wrong user name or password"),
                          QString()};
    unsigned char random[32];
    randombytes_buf(random, sizeof random);
    const QString token =
        QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(random), sizeof random).toHex());
    const QDateTime expires = m_clock().addSecs(m_sessionSeconds);
    m_store.saveSession(tokenHash(token), attempt.account->agent.id, expires);
    return SessionFrame{token, expires, attempt.account->agent};
}

AccountService::Result AccountService::resume(const QString &token)
{
    const QByteArray hash = tokenHash(token);
    const auto session = m_store.session(hash);
    const ErrorFrame expired{ErrorCode::TokenExpired,
                             QStringLiteral("the session has expired or was revoked; log in again"),
                             QString()};
    if (!session)
        return expired;
    const QDateTime now = m_clock();
    if (session->expires <= now) {
        m_store.revokeSession(hash);
        return expired;
    }
    const auto account = m_store.accountById(session->agent);
    if (!account || account->disabled) {
        m_store.revokeSession(hash);
        return expired;
    }
    const QDateTime expires = now.addSecs(m_sessionSeconds); // sliding expiry
    m_store.extendSession(hash, expires);
    return SessionFrame{token, expires, account->agent};
}

void AccountService::logout(const QString &token)
{
    m_store.revokeSession(tokenHash(token));
}

QString AccountService::createUser(const QString &login, const QString &displayName, AgentRole role,
                                   const QString &password)
{
    static const QRegularExpression loginPattern(QStringLiteral("^[a-z0-9._-]{2,64}$"));
    if (!loginPattern.match(login).hasMatch())
        return QStringLiteral("a user name is 2 to 64 lower-case letters, digits, '.', '_' or '-'");
    if (password.size() < 8)
        return QStringLiteral("the password must have at least 8 characters");
    Account account;
    account.agent.login = login;
    account.agent.displayName = displayName.isEmpty() ? login : displayName;
    account.agent.role = role;
    account.passwordHash = m_hasher.hash(password);
    if (account.passwordHash.isEmpty())
        return QStringLiteral("the password could not be hashed (out of memory)");
    try {
        m_store.createAccount(account);
    } catch (const StoreError &error) {
        return error.message();
    }
    return {};
}

QString AccountService::ensureUser(const QString &login, const QString &displayName, AgentRole role,
                                   const QString &password)
{
    const auto account = m_store.accountByLogin(login);
    if (!account)
        return createUser(login, displayName, role, password);
    if (m_hasher.verify(account->passwordHash, password))
        return {};
    if (password.size() < 8)
        return QStringLiteral("the password must have at least 8 characters");
    m_store.setPasswordHash(login, m_hasher.hash(password));
    m_store.revokeSessionsOf(account->agent.id);
    return {};
}

QString AccountService::setDisabled(const QString &login, bool disabled)
{
    const auto account = m_store.accountByLogin(login);
    if (!account)
        return QStringLiteral("there is no user %1").arg(login);
    m_store.setDisabled(login, disabled);
    if (disabled)
        m_store.revokeSessionsOf(account->agent.id);
    return {};
}

} // namespace empathy
