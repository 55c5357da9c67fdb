#pragma once

#include <QString>

#include <array>
#include <optional>

namespace empathy {

// Where a conversation takes place. The stored key never changes once released.
enum class Channel : int
{
    Email = 1,
    WebChat,
    Telegram,
    Viber,
    Vk,
    Phone
};

inline constexpr std::array allChannels{Channel::Email, Channel::WebChat, Channel::Telegram,
                                        Channel::Viber, Channel::Vk,      Channel::Phone};

QString channelKey(Channel channel);
std::optional<Channel> channelFromKey(QStringView key);

} // namespace empathy
