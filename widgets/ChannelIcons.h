#pragma once

#include "domain/Channel.h"

#include <QHash>
#include <QPixmap>
#include <QString>

namespace empathy {

// Renders the channel icons (resources/icons/channels/*.svg) at any size and device pixel ratio,
// caching each rendering.
class ChannelIcons
{
public:
    QPixmap pixmap(Channel channel, int size, qreal devicePixelRatio = 1.0) const;
    QImage image(Channel channel, int size, qreal devicePixelRatio = 1.0) const;
    static QString name(Channel channel);

private:
    mutable QHash<QString, QPixmap> m_cache;
};

} // namespace empathy
