#include "HistoryDelegate.h"

#include "ChannelIcons.h"
#include "CompensationText.h"
#include "DurationText.h"
#include "EmpathyMapView.h"
#include "models/HistoryModel.h"
#include "MoneyText.h"
#include "MoodLook.h"

#include <QApplication>
#include <QLocale>
#include <QPainter>
#include <QTextOption>

namespace empathy {

namespace {

constexpr int iconSize = 16;
constexpr int padding = 6;

// One line of text, elided, on the leading side of the row; the text reads in its own direction (a
// Persian message in an English interface, English words in a Persian one), so bidi never scrambles it.
void drawLine(QPainter *painter, const QRect &rect, const QString &text, bool rightToLeftLayout)
{
    const QString elided = painter->fontMetrics().elidedText(text, Qt::ElideRight, rect.width());
    QTextOption option(Qt::AlignVCenter | Qt::AlignAbsolute |
                       (rightToLeftLayout ? Qt::AlignRight : Qt::AlignLeft));
    option.setTextDirection(text.isRightToLeft() ? Qt::RightToLeft : Qt::LeftToRight);
    option.setWrapMode(QTextOption::NoWrap);
    painter->drawText(rect, elided, option);
}

} // namespace

HistoryDelegate::HistoryDelegate(const ChannelIcons &icons, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_icons(icons)
{}

QString HistoryDelegate::title(const QModelIndex &index)
{
    const QLocale locale;
    const QString when = DurationText::dateTime(index.data(HistoryModel::TimeRole).toDateTime());
    QString what;
    switch (HistoryKind(index.data(HistoryModel::KindRole).toInt())) {
    case HistoryKind::Apology:
        what = tr("%1 · apology")
                   .arg(ChannelIcons::name(Channel(index.data(HistoryModel::ChannelRole).toInt())));
        break;
    case HistoryKind::Message: {
        const QString channel = ChannelIcons::name(Channel(index.data(HistoryModel::ChannelRole).toInt()));
        what = Direction(index.data(HistoryModel::DirectionRole).toInt()) == Direction::Inbound
                   ? tr("%1 · customer").arg(channel)
                   : tr("%1 · us").arg(channel);
        const QVariant label = index.data(HistoryModel::SentimentLabelRole);
        if (label.isValid()) {
            const MoodLook look = moodLook(SentimentLabel(label.toInt()));
            what += QStringLiteral(" · ") + look.symbol + u' ' + look.word;
        }
        if (index.data(HistoryModel::TurningPointRole).toBool())
            what += QStringLiteral(" · ") + tr("turning point");
        break;
    }
    case HistoryKind::Order:
        what = tr("Order #%1 · %2")
                   .arg(index.data(HistoryModel::OrderNumberRole).toString(),
                        moneyText(index.data(HistoryModel::AmountMinorRole).toLongLong(),
                                  index.data(HistoryModel::CurrencyRole).toString(), locale));
        break;
    case HistoryKind::Compensation: {
        what =
            CompensationText::what(CompensationKind(index.data(HistoryModel::CompensationKindRole).toInt()),
                                   index.data(HistoryModel::PercentRole).toInt(),
                                   index.data(HistoryModel::AmountMinorRole).toLongLong(),
                                   index.data(HistoryModel::CurrencyRole).toString()) +
            QStringLiteral(" · ") +
            CompensationText::status(
                CompensationStatus(index.data(HistoryModel::CompensationStatusRole).toInt()));
        const QVariant before = index.data(HistoryModel::MoodBeforeRole);
        const QVariant after = index.data(HistoryModel::MoodAfterRole);
        if (before.isValid() && after.isValid())
            what += QStringLiteral(" · ") + tr("mood %1 → %2")
                                                .arg(locale.toString(before.toDouble(), 'f', 1),
                                                     locale.toString(after.toDouble(), 'f', 1));
        else if (before.isValid())
            what +=
                QStringLiteral(" · ") + tr("mood before %1").arg(locale.toString(before.toDouble(), 'f', 1));
        break;
    }
    case HistoryKind::Note:
        what = tr("Empathy map · %1")
                   .arg(EmpathyMapView::quadrantName(
                       EmpathyQuadrant(index.data(HistoryModel::QuadrantRole).toInt())));
        break;
    case HistoryKind::Survey: {
        const int score = index.data(HistoryModel::ScoreRole).toInt();
        what = SurveyKind(index.data(HistoryModel::SurveyKindRole).toInt()) == SurveyKind::Nps
                   ? tr("Survey · NPS %1 of 10").arg(score)
                   : tr("Survey · CSAT %1 of 5").arg(score);
        break;
    }
    }
    return when + QStringLiteral(" · ") + what;
}

void HistoryDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                            const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    QStyle *style = opt.widget ? opt.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);

    painter->save();
    const bool selected = opt.state & QStyle::State_Selected;
    const QColor text = opt.palette.color(selected ? QPalette::HighlightedText : QPalette::Text);
    QRect r = opt.rect.adjusted(padding, padding / 2, -padding, -padding / 2);
    const bool rtl = opt.direction == Qt::RightToLeft;

    const QVariant channel = index.data(HistoryModel::ChannelRole);
    if (channel.isValid()) {
        const QPixmap icon =
            m_icons.pixmap(Channel(channel.toInt()), iconSize, painter->device()->devicePixelRatioF());
        const QRect iconRect =
            QStyle::alignedRect(opt.direction, Qt::AlignLeft | Qt::AlignTop, {iconSize, iconSize}, r);
        painter->drawPixmap(iconRect, icon);
    }
    r.adjust(rtl ? 0 : iconSize + padding, 0, rtl ? -(iconSize + padding) : 0, 0);

    const QFontMetrics fm(opt.font);
    const QRect line1(r.left(), r.top(), r.width(), fm.height());
    const QRect line2(r.left(), r.top() + fm.height() + 2, r.width(), fm.height());
    QFont small = opt.font;
    small.setPointSizeF(small.pointSizeF() * 0.9);
    painter->setFont(small);
    const QVariant label = index.data(HistoryModel::SentimentLabelRole);
    painter->setPen(label.isValid() && !selected ? moodLook(SentimentLabel(label.toInt())).colour.darker(130)
                                                 : text);
    drawLine(painter, line1, title(index), rtl);
    painter->setFont(opt.font);
    painter->setPen(text);
    QString detail = index.data(HistoryModel::TextRole).toString().simplified();
    if (const QString note = index.data(HistoryModel::NoteRole).toString(); !note.isEmpty())
        detail =
            tr("%1 — %2", "a compensation's reason, then why it waits or was decided so").arg(detail, note);
    drawLine(painter, line2, detail, rtl);
    painter->restore();
}

QSize HistoryDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    const QFontMetrics fm(option.font);
    return {200, 2 * fm.height() + padding + 2};
}

} // namespace empathy
