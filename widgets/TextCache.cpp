#include "TextCache.h"

#include <QFontMetrics>
#include <QPainter>
#include <QTextOption>

namespace empathy {

TextCache::TextCache(int maxEntries)
    : m_cache(maxEntries)
{}

qreal TextCache::draw(QPainter *painter, const QRect &rect, const QString &text, const QFont &font,
                      Qt::Alignment alignment, Qt::LayoutDirection layout)
{
    if (text.isEmpty() || rect.width() <= 0)
        return 0;
    const QString key = font.key() + QChar(0x1f) + QString::number(rect.width()) + QChar(0x1f) + text;
    Entry *entry = m_cache.object(key);
    if (!entry) {
        entry = new Entry;
        const QString elided = QFontMetrics(font).elidedText(text, Qt::ElideRight, rect.width());
        QTextOption option;
        option.setTextDirection(text.isRightToLeft() ? Qt::RightToLeft : Qt::LeftToRight);
        option.setWrapMode(QTextOption::NoWrap);
        entry->text.setText(elided);
        entry->text.setTextFormat(Qt::PlainText);
        entry->text.setTextOption(option);
        entry->text.setPerformanceHint(QStaticText::AggressiveCaching);
        entry->text.prepare(QTransform(), font);
        entry->size = entry->text.size();
        m_cache.insert(key, entry);
    }
    const bool leading = alignment & Qt::AlignLeading;
    const bool towardsRight = (layout == Qt::RightToLeft) == leading;
    const qreal x = towardsRight ? rect.right() + 1 - entry->size.width() : rect.left();
    const qreal y = rect.top() + (rect.height() - entry->size.height()) / 2.0;
    painter->setFont(font);
    painter->drawStaticText(QPointF(x, y), entry->text);
    return entry->size.width();
}

} // namespace empathy
