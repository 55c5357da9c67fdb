#include "domain/Channel.h"

namespace empathy {

QString channelKey(Channel channel)
{
    switch (channel) {
    case Channel::Email:
        return QStringLiteral("email");
    case Channel::WebChat:
        return QStringLiteral("webchat");
    case Channel::Telegram:
        return QStringLiteral("telegram");
    case Channel::Viber:
        return QStringLiteral("viber");
    case Channel::Vk:
        return QStringLiteral("vk");
    case Channel::Phone:
        return QStringLiteral("phone");
    }
    return {};
}

std::optional<Channel> channelFromKey(QStringView key)
{
    for (Channel channel : allChannels) {
        if (channelKey(channel) == key)
            return channel;
    }
    return std::nullopt;
}

} // namespace empathy
