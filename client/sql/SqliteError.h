#pragma once

#include <QString>

#include <stdexcept>

namespace empathy {

// Thrown by the SQLite wrapper when a statement fails. Carries SQLite's primary result code so callers
// can tell a corrupt file (SQLITE_CORRUPT, SQLITE_NOTADB) from a full disk or a constraint violation.
class SqliteError : public std::runtime_error
{
public:
    SqliteError(int code, const QString &message)
        : std::runtime_error(message.toStdString())
        , m_code(code)
        , m_message(message)
    {}

    int code() const { return m_code; }
    const QString &message() const { return m_message; }
    bool isCorruption() const;

private:
    int m_code;
    QString m_message;
};

} // namespace empathy
