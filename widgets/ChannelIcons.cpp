#include "ChannelIcons.h"

#include <QCoreApplication>
#include <QImage>
#include <QPainter>
#include <QSvgRenderer>

static void registerWidgetResources()
{
    Q_INIT_RESOURCE(resources);
}

namespace empathy {

QImage ChannelIcons::image(Channel channel, int size, qreal devicePixelRatio) const
{
    registerWidgetResources();
    const int pixels = qRound(size * devicePixelRatio);
    QImage image(pixels, pixels, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QSvgRenderer renderer(QStringLiteral(":/empathy/icons/channels/%1.svg").arg(channelKey(channel)));
    QPainter painter(&image);
    renderer.render(&painter);
    painter.end();
    image.setDevicePixelRatio(devicePixelRatio);
    return image;
}

QPixmap ChannelIcons::pixmap(Channel channel, int size, qreal devicePixelRatio) const
{
    const QString key = QStringLiteral("%1/%2/%3").arg(int(channel)).arg(size).arg(devicePixelRatio);
    auto it = m_cache.find(key);
    if (it == m_cache.end())
        it = m_cache.insert(key, QPixmap::fromImage(image(channel, size, devicePixelRatio)));
    return *it;
}

QString ChannelIcons::name(Channel channel)
{
    switch (channel) {
    case Channel::Email:
        return QCoreApplication::translate("Channel", "E-mail");
    case Channel::WebChat:
        return QCoreApplication::translate("Channel", "Web chat");
    case Channel::Telegram:
        return QCoreApplication::translate("Channel", "Telegram");
    case Channel::Viber:
        return QCoreApplication::translate("Channel", "Viber");
    case Channel::Vk:
        return QCoreApplication::translate("Channel", "VK");
    case Channel::Phone:
        return QCoreApplication::translate("Channel", "Phone call");
    }
    return {};
}

} // namespace empathy
