#include "domain/SlaPolicy.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace empathy {

namespace {

constexpr qint64 minute = 60;
constexpr qint64 hour = 60 * minute;

bool readMinutes(const QJsonObject &o, const QString &member, const QString &path, qint64 *seconds,
                 QString *error)
{
    const QJsonValue value = o.value(member);
    if (value.isUndefined())
        return true;
    const double minutes = value.toDouble(-1);
    if (!value.isDouble() || minutes < 0 || minutes > 60.0 * 24 * 365 || minutes != double(qint64(minutes))) {
        *error =
            QStringLiteral("%1.%2: a whole number of minutes from 0 (no promise) to one year is expected")
                .arg(path, member);
        return false;
    }
    *seconds = qint64(minutes) * minute;
    return true;
}

} // namespace

SlaPolicy SlaPolicy::defaults()
{
    SlaPolicy policy;
    policy.setTargets(Channel::Email, {24 * hour, 72 * hour});
    for (Channel channel : {Channel::WebChat, Channel::Telegram, Channel::Viber, Channel::Vk, Channel::Phone})
        policy.setTargets(channel, {30 * minute, 24 * hour});
    return policy;
}

std::optional<SlaPolicy> SlaPolicy::fromJson(const QByteArray &json, QString *error)
{
    QJsonParseError parse;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parse);
    const QJsonValue channels = document.object().value(QStringLiteral("channels"));
    if (!document.isObject() || !channels.isObject()) {
        *error = parse.error != QJsonParseError::NoError
                     ? QStringLiteral("not JSON: %1 at offset %2").arg(parse.errorString()).arg(parse.offset)
                     : QStringLiteral("a JSON object with \"channels\" is expected");
        return std::nullopt;
    }
    SlaPolicy policy = defaults();
    const QJsonObject byChannel = channels.toObject();
    for (auto it = byChannel.begin(); it != byChannel.end(); ++it) {
        const QString path = QStringLiteral("channels.%1").arg(it.key());
        const auto channel = channelFromKey(it.key());
        if (!channel || !it->isObject()) {
            *error = !channel ? QStringLiteral("%1: unknown channel").arg(path)
                              : QStringLiteral("%1: an object is expected").arg(path);
            return std::nullopt;
        }
        Targets targets = policy.targets(*channel);
        const QJsonObject o = it->toObject();
        if (!readMinutes(o, QStringLiteral("first_response_minutes"), path, &targets.firstResponseSeconds,
                         error) ||
            !readMinutes(o, QStringLiteral("resolution_minutes"), path, &targets.resolutionSeconds, error))
            return std::nullopt;
        policy.setTargets(*channel, targets);
    }
    return policy;
}

QDateTime SlaPolicy::firstResponseDue(Channel channel, const QDateTime &from) const
{
    const qint64 seconds = targets(channel).firstResponseSeconds;
    return seconds > 0 ? from.addSecs(seconds) : QDateTime();
}

QDateTime SlaPolicy::resolutionDue(Channel channel, const QDateTime &from) const
{
    const qint64 seconds = targets(channel).resolutionSeconds;
    return seconds > 0 ? from.addSecs(seconds) : QDateTime();
}

} // namespace empathy
