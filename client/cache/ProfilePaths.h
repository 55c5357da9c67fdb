#pragma once

#include <QString>

namespace empathy {

// Where a profile's cache lives: <data dir>/profiles/<name>.sqlite. The data directory is the
// platform's application data location unless one is given (tests, benchmarks, portable installs).
class ProfilePaths
{
public:
    explicit ProfilePaths(QString dataDir = QString());

    QString dataDir() const { return m_dataDir; }
    QString cacheFile(const QString &profile) const;
    static bool isValidProfileName(const QString &name);

private:
    QString m_dataDir;
};

} // namespace empathy
