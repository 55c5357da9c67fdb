#pragma once

#include "TextCache.h"

#include <QStyledItemDelegate>

namespace empathy {

class ChannelIcons;

// Paints the wall's cells: WallView::cellText in the row's direction, the channel's icon, the mood's colour
// (with its symbol and word, so never colour alone), bold for a broken promise or open alerts. Shaped texts
// are kept (TextCache), so a wall that refreshes many times a second repaints without laying text out again.
class WallDelegate : public QStyledItemDelegate
{
public:
    explicit WallDelegate(const ChannelIcons &icons, QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;

private:
    const ChannelIcons &m_icons;
    mutable TextCache m_texts{4000};
};

} // namespace empathy
