#pragma once

#include "auth/PasswordHasher.h"
#include "domain/Clock.h"
#include "protocol/Frames.h"
#include "storage/ServerStore.h"

#include <functional>
#include <optional>
#include <variant>

namespace empathy {

// Log-in, resuming a session with its token, log-out, and account management, over a ServerStore.
// Tokens are 256-bit random values given to the client once; the store keeps only their SHA-256.
class AccountService
{
public:
    using Result = std::variant<SessionFrame, ErrorFrame>;

    AccountService(ServerStore &store, const PasswordHasher &hasher, Clock clock,
                   qint64 sessionSeconds = 7 * 24 * 3600);

    // A log-in all at once: beginLogin, passwordMatches and finishLogin in a row.
    Result login(const QString &user, const QString &password);

    // A log-in in three steps, so the slow middle one (Argon2id) can run on another thread while the
    // store is only touched from the server's thread.
    struct LoginAttempt
    {
        std::optional<Account> account; // none for an unknown user name
        QString hash; // checked against: the account's, or a decoy for an unknown name (same time, no hint)
    };
    LoginAttempt beginLogin(const QString &user) const;
    // Safe from any thread; takes as long for an unknown user as for a known one.
    bool passwordMatches(const LoginAttempt &attempt, const QString &password) const;
    Result finishLogin(const LoginAttempt &attempt, bool passwordMatches);
    Result resume(const QString &token);
    void logout(const QString &token);

    // Returns an error text, empty on success.
    QString createUser(const QString &login, const QString &displayName, AgentRole role,
                       const QString &password);
    QString setDisabled(const QString &login, bool disabled);
    // Creates the account, or gives an existing one this password (and ends its sessions).
    QString ensureUser(const QString &login, const QString &displayName, AgentRole role,
                       const QString &password);

    static QByteArray tokenHash(const QString &token);

private:
    ServerStore &m_store;
    const PasswordHasher &m_hasher;
    Clock m_clock;
    qint64 m_sessionSeconds;
};

} // namespace empathy
