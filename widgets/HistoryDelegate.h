#pragma once

#include <QStyledItemDelegate>

namespace empathy {

class ChannelIcons;

// One entry of the customer's history in two lines: when, what (channel and direction, order, survey)
// and, for the customer's scored messages, the mood symbol and word, with "turning point" spelled out;
// then the text, elided.
class HistoryDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    HistoryDelegate(const ChannelIcons &icons, QObject *parent = nullptr);

    // The first line as text (also the row's accessible description).
    static QString title(const QModelIndex &index);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    const ChannelIcons &m_icons;
};

} // namespace empathy
