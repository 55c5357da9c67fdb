#pragma once

#include <QString>

namespace empathy {

// Argon2id password hashes through libsodium (crypto_pwhash_str). The hash string carries its own
// parameters, so hashes made with other limits still verify.
class PasswordHasher
{
public:
    enum class Strength
    {
        Interactive, // libsodium's interactive limits: what accounts get
        Minimal      // the smallest limits libsodium allows: for tests only
    };

    explicit PasswordHasher(Strength strength = Strength::Interactive);

    // Empty on failure (out of memory).
    QString hash(const QString &password) const;
    bool verify(const QString &hash, const QString &password) const;
    // A hash of no one's password, with this hasher's limits: unknown users are verified against it,
    // so timing does not tell who exists.
    const QString &dummyHash() const { return m_dummy; }

private:
    Strength m_strength;
    QString m_dummy;
};

} // namespace empathy
