#include "net/ServerLog.h"

#include <QDateTime>
#include <QJsonDocument>

namespace empathy {

void ServerLog::write(const char *level, const QString &event, const QJsonObject &fields)
{
    if (!m_stream)
        return;
    QJsonObject line = fields;
    line.insert(QStringLiteral("time"), m_clock().toString(Qt::ISODateWithMs));
    line.insert(QStringLiteral("level"), QLatin1String(level));
    line.insert(QStringLiteral("event"), event);
    std::fprintf(m_stream, "%s\n", QJsonDocument(line).toJson(QJsonDocument::Compact).constData());
    std::fflush(m_stream);
}

} // namespace empathy
