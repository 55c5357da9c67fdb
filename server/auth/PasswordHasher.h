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
    // Spends the time a verification takes, for unknown users, so timing does not tell who exists.
    void verifyDummy(const QString &password) const;

private:
    Strength m_strength;
    QString m_dummy;
};

} // namespace empathy
