#include "WallDelegate.h"

#include "ChannelIcons.h"
#include "domain/Sla.h"
#include "models/InboxRoles.h"
#include "models/WallModel.h"
#include "MoodLook.h"
#include "WallView.h"

#include <QPainter>

namespace empathy {

WallDelegate::WallDelegate(const ChannelIcons &icons, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_icons(icons)
{}

void WallDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                         const QModelIndex &index) const
{
    const bool selected = option.state & QStyle::State_Selected;
    const QPalette &palette = option.palette;
    painter->fillRect(option.rect, selected ? palette.highlight()
                                   : (option.features & QStyleOptionViewItem::Alternate)
                                       ? palette.alternateBase()
                                       : palette.base());
    const int margin = 4;
    QRect area = option.rect.adjusted(margin, 0, -margin, 0);
    QFont font = option.font;
    QColor colour = palette.color(selected ? QPalette::HighlightedText : QPalette::Text);
    const bool rtl = option.direction == Qt::RightToLeft;
    switch (index.column()) {
    case WallModel::ChannelColumn: {
        const int size = std::min(area.height() - 4, 16);
        const QPixmap icon = m_icons.pixmap(Channel(index.data(ChannelRole).toInt()), size,
                                            painter->device()->devicePixelRatioF());
        const QRect target(rtl ? area.right() + 1 - size : area.left(),
                           area.top() + (area.height() - size) / 2, size, size);
        painter->drawPixmap(target, icon);
        area = rtl ? area.adjusted(0, 0, -(size + margin), 0) : area.adjusted(size + margin, 0, 0, 0);
        break;
    }
    case WallModel::MoodColumn:
        if (const QVariant mood = index.data(MoodRole); mood.isValid() && !selected)
            colour = moodLook(labelOfValence(mood.toDouble())).colour;
        break;
    case WallModel::SlaColumn:
        font.setBold(SlaState(index.data(SlaStateRole).toInt()) == SlaState::Breached);
        break;
    case WallModel::AlertsColumn:
        font.setBold(index.data(WallModel::OpenAlertsRole).toInt() > 0);
        break;
    default:
        break;
    }
    painter->save();
    painter->setPen(colour);
    m_texts.draw(painter, area, WallView::cellText(index), font, Qt::AlignLeading, option.direction);
    painter->restore();
    if ((option.state & QStyle::State_HasFocus) && index.column() == 0) {
        QPen focus(palette.color(QPalette::Highlight));
        focus.setStyle(Qt::DotLine);
        painter->save();
        painter->setPen(focus);
        painter->drawRect(option.rect.adjusted(0, 0, -1, -1));
        painter->restore();
    }
}

} // namespace empathy
