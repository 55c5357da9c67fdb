#pragma once

#include "domain/Clock.h"
#include "TextCache.h"

#include <QStyledItemDelegate>

namespace empathy {

class ChannelIcons;

// Draws one inbox row in three lines:
//   [channel]  Customer name (bold when unread)            [mood]   14:32
//              Last message preview ...                          (3)
//              [Reply in 12 min] Waiting 25 min · Alex Morgan · PL
// Layout is mirrored for right-to-left. The SLA chip always carries its text, never colour alone.
// The mood slot stays empty until the conversation has been scored by the emotion engine.
class InboxDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    struct RowLayout
    {
        QRect icon;
        QRect name;
        QRect mood;
        QRect time;
        QRect preview;
        QRect unread;
        QRect chips;
    };

    InboxDelegate(const ChannelIcons &icons, Clock clock, QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    // Explains the mood slot in words when the pointer rests on it.
    bool helpEvent(QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option,
                   const QModelIndex &index) override;
    static QString moodDescription(const QModelIndex &index);

    static RowLayout layoutFor(const QStyleOptionViewItem &option);

private:
    void paintLoading(QPainter *painter, const QStyleOptionViewItem &option, const RowLayout &layout) const;
    int paintChip(QPainter *painter, const QRect &area, int x, const QString &text, const QColor &background,
                  const QColor &foreground, Qt::LayoutDirection direction) const;

    const ChannelIcons &m_icons;
    Clock m_clock;
    mutable TextCache m_texts;
};

} // namespace empathy
