#include "cache/ProfilePaths.h"

#include <QRegularExpression>
#include <QStandardPaths>

namespace empathy {

ProfilePaths::ProfilePaths(QString dataDir)
    : m_dataDir(dataDir.isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
                                  : std::move(dataDir))
{}

QString ProfilePaths::cacheFile(const QString &profile) const
{
    return m_dataDir + QStringLiteral("/profiles/") + profile + QStringLiteral(".sqlite");
}

bool ProfilePaths::isValidProfileName(const QString &name)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9_-]{1,64}$"));
    return pattern.match(name).hasMatch();
}

} // namespace empathy
