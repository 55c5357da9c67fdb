#pragma once

#include <QCache>
#include <QFont>
#include <QRect>
#include <QStaticText>
#include <QString>

class QPainter;

namespace empathy {

// Draws single-line texts elided to a width, each in the direction of its own first strong character
// and aligned to the layout's leading or trailing edge. Elision and shaping are kept per (font, width,
// text), so rows that stay on screen while the inbox scrolls are not laid out again every frame.
class TextCache
{
public:
    explicit TextCache(int maxEntries = 3000);

    // alignment: Qt::AlignLeading or Qt::AlignTrailing; returns the width drawn.
    qreal draw(QPainter *painter, const QRect &rect, const QString &text, const QFont &font,
               Qt::Alignment alignment, Qt::LayoutDirection layout);
    void clear() { m_cache.clear(); }

private:
    struct Entry
    {
        QStaticText text;
        QSizeF size;
    };
    QCache<QString, Entry> m_cache;
};

} // namespace empathy
