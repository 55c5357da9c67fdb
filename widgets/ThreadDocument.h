#pragma once

#include <QColor>
#include <QDateTime>
#include <QString>

#include <functional>

class QAbstractItemModel;
class QModelIndex;

namespace empathy {

// Turns a thread model into the rich text the conversation view shows: one bubble per message, the
// customer's on the leading side and ours on the trailing side, each paragraph in its own direction so
// Persian and English read correctly side by side.
struct ThreadStyle
{
    QColor inboundBackground;
    QColor outboundBackground;
    QColor noteBackground; // a lead's private note, which the customer never sees
    QColor metaText;
    QDateTime now;
    bool rightToLeft = false; // the layout's direction: the customer's bubbles sit on its leading side
    QColor codeBackground;
    // The inside of a code block's <pre> (code found by splitCode, client/code/CodeSegments.h): highlighted
    // HTML when it is ready, else the escaped text. Unset: always the escaped text.
    std::function<QString(const QString &code, const QString &syntax)> codeHtml;
};

QString threadHtml(const QAbstractItemModel &thread, const ThreadStyle &style);

// The badge of a customer's message: its mood symbol, word and colour, linked to badgeUrl() so the
// view can explain it on hover and offer the correction on click. Empty for agents' messages.
QString badgeHtml(const QModelIndex &message);
QString badgeUrl(qint64 messageId);

// The resource URL the HTML uses for a channel's icon; the view registers the image under it.
QString channelIconUrl(int channel);

} // namespace empathy
