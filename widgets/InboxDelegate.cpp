#include "InboxDelegate.h"

#include "ChannelIcons.h"
#include "domain/Channel.h"
#include "domain/ConversationStatus.h"
#include "domain/Message.h"
#include "DurationText.h"
#include "models/InboxRoles.h"
#include "MoodLook.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QHash>
#include <QHelpEvent>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <QToolTip>

namespace empathy {

namespace {

constexpr int padding = 8;
constexpr int iconSize = 26;
constexpr int minMoodWidth = 84;

QColor blend(const QColor &a, const QColor &b, qreal t)
{
    return QColor::fromRgbF(a.redF() * (1 - t) + b.redF() * t, a.greenF() * (1 - t) + b.greenF() * t,
                            a.blueF() * (1 - t) + b.blueF() * t);
}

QFont smallerFont(const QFont &font)
{
    QFont small = font;
    if (small.pointSizeF() > 0)
        small.setPointSizeF(small.pointSizeF() * 0.88);
    else
        small.setPixelSize(std::max(9, small.pixelSize() * 88 / 100));
    return small;
}

// Wide enough for the longest mood word of the interface's language ("В замешательстве" is longer than
// "Confused"), measured once per font and language.
int moodWidthFor(const QFont &font)
{
    // Keyed without building strings: this runs for every row painted.
    static QHash<std::size_t, int> widths;
    const std::size_t key = qHash(font, std::size_t(QLocale().language()));
    if (const auto found = widths.constFind(key); found != widths.constEnd())
        return *found;
    const QFontMetrics metrics(font);
    int widest = 0;
    QStringList words{labelName(SentimentLabel::Positive), labelName(SentimentLabel::Negative),
                      labelName(SentimentLabel::Neutral)};
    for (const char *emotion : {"anger", "disgust", "fear", "joy", "sadness", "surprise", "gratitude",
                                "frustration", "disappointment", "confusion", "relief", "churn_risk"})
        words.append(emotionWord(QLatin1String(emotion)));
    for (const QString &word : words)
        widest = std::max(
            widest, metrics.horizontalAdvance(QStringLiteral("\u263A ") + word + QStringLiteral(" \u2197")));
    return widths[key] = std::max(minMoodWidth, widest + 4);
}

} // namespace

InboxDelegate::InboxDelegate(const ChannelIcons &icons, Clock clock, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_icons(icons)
    , m_clock(std::move(clock))
{}

InboxDelegate::RowLayout InboxDelegate::layoutFor(const QStyleOptionViewItem &option)
{
    const QFontMetrics fm(option.font);
    const QFontMetrics small(smallerFont(option.font));
    const QRect r = option.rect.adjusted(padding, padding, -padding, -padding);
    const int line1 = fm.height();
    const int line2 = fm.height();
    const int line3 = small.height() + 4;
    const int textLeft = r.left() + iconSize + padding + 2;
    const int timeWidth = small.horizontalAdvance(QStringLiteral("00:00 PM")) + 4;

    RowLayout l;
    l.icon = QRect(r.left(), r.top() + 2, iconSize, iconSize);
    l.time = QRect(r.right() - timeWidth + 1, r.top(), timeWidth, line1);
    const int moodWidth = std::min(moodWidthFor(smallerFont(option.font)), r.width() / 3);
    l.mood = QRect(l.time.left() - moodWidth - 4, r.top(), moodWidth, line1);
    l.name = QRect(textLeft, r.top(), l.mood.left() - 6 - textLeft, line1);
    const int unreadWidth = fm.horizontalAdvance(QStringLiteral("999")) + 10;
    l.unread = QRect(r.right() - unreadWidth + 1, r.top() + line1 + 3, unreadWidth, line2);
    l.preview = QRect(textLeft, r.top() + line1 + 3, l.unread.left() - 6 - textLeft, line2);
    l.chips = QRect(textLeft, l.preview.bottom() + 5, r.right() - textLeft + 1, line3);

    // Mirror every rectangle for right-to-left layouts.
    const auto mirror = [&](QRect &rect) { rect = QStyle::visualRect(option.direction, option.rect, rect); };
    for (QRect *rect : {&l.icon, &l.name, &l.mood, &l.time, &l.preview, &l.unread, &l.chips})
        mirror(*rect);
    return l;
}

QString InboxDelegate::moodDescription(const QModelIndex &index)
{
    const QVariant mood = index.data(MoodRole);
    if (!mood.isValid())
        return tr("Mood not known yet");
    const auto trend = MoodTrend(index.data(MoodTrendRole).toInt());
    return tr("Customer's mood: %1 (%2), %3", "mood word, valence -1..+1, trend")
        .arg(labelName(labelOfValence(mood.toDouble())), QLocale().toString(mood.toDouble(), 'f', 2),
             trendName(trend));
}

bool InboxDelegate::helpEvent(QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option,
                              const QModelIndex &index)
{
    if (event && event->type() == QEvent::ToolTip && layoutFor(option).mood.contains(event->pos()) &&
        index.data(MoodRole).isValid()) {
        QToolTip::showText(event->globalPos(), moodDescription(index), view);
        return true;
    }
    return QStyledItemDelegate::helpEvent(event, view, option, index);
}

QSize InboxDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    const QFontMetrics fm(option.font);
    const QFontMetrics small(smallerFont(option.font));
    return QSize(320, padding * 2 + fm.height() * 2 + 3 + 5 + small.height() + 4);
}

int InboxDelegate::paintChip(QPainter *painter, const QRect &area, int x, const QString &text,
                             const QColor &background, const QColor &foreground,
                             Qt::LayoutDirection direction) const
{
    const QFontMetrics fm(painter->font());
    const int width = fm.horizontalAdvance(text) + 12;
    QRect chip(x, area.top(), width, area.height());
    if (direction == Qt::RightToLeft)
        chip.moveRight(x);
    QPainterPath path;
    path.addRoundedRect(chip, area.height() / 2.0, area.height() / 2.0);
    painter->fillPath(path, background);
    painter->setPen(foreground);
    painter->drawText(chip, Qt::AlignCenter, text);
    return width;
}

void InboxDelegate::paintLoading(QPainter *painter, const QStyleOptionViewItem &option,
                                 const RowLayout &l) const
{
    const QColor bar =
        blend(option.palette.color(QPalette::Base), option.palette.color(QPalette::Text), 0.08);
    painter->fillRect(l.icon, bar);
    painter->fillRect(QRect(l.name.topLeft(), QSize(l.name.width() / 2, l.name.height() - 4)), bar);
    painter->fillRect(QRect(l.preview.topLeft(), QSize(l.preview.width() * 3 / 4, l.preview.height() - 4)),
                      bar);
}

void InboxDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    opt.icon = QIcon();
    const QStyle *style = opt.widget ? opt.widget->style() : QApplication::style();
    style->drawPrimitive(QStyle::PE_PanelItemViewItem, &opt, painter, opt.widget);

    const RowLayout l = layoutFor(option);
    painter->save();
    if (!index.data(LoadedRole).toBool()) {
        paintLoading(painter, option, l);
        painter->restore();
        return;
    }

    const bool selected = option.state & QStyle::State_Selected;
    const QPalette::ColorGroup group =
        option.state & QStyle::State_Enabled ? QPalette::Normal : QPalette::Disabled;
    const QColor text = option.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text);
    const QColor muted =
        blend(option.palette.color(group, selected ? QPalette::Highlight : QPalette::Base), text, 0.62);
    const QFont small = smallerFont(option.font);
    const Qt::Alignment leading = Qt::AlignVCenter | Qt::AlignLeading;
    const Qt::Alignment trailing = Qt::AlignVCenter | Qt::AlignTrailing;

    const auto channel = Channel(index.data(ChannelRole).toInt());
    painter->drawPixmap(l.icon, m_icons.pixmap(channel, iconSize, painter->device()->devicePixelRatioF()));

    const int unread = index.data(UnreadCountRole).toInt();
    QFont nameFont = option.font;
    nameFont.setBold(unread > 0);
    painter->setPen(text);
    const QString name = index.data(CustomerNameRole).toString();
    m_texts.draw(painter, l.name, name, nameFont, leading, option.direction);

    // The customer's mood: symbol, word and trend arrow in the mood colour (never colour alone).
    const QVariant mood = index.data(MoodRole);
    if (mood.isValid()) {
        const MoodLook look = moodLook(labelOfValence(mood.toDouble()));
        const auto trend = MoodTrend(index.data(MoodTrendRole).toInt());
        painter->setPen(selected ? text : look.colour);
        const QString moodText = look.symbol + u' ' + look.word + u' ' + trendArrow(trend);
        m_texts.draw(painter, l.mood, moodText, small, trailing, option.direction);
    }

    painter->setFont(small);
    painter->setPen(muted);
    const QDateTime now = m_clock();
    m_texts.draw(painter, l.time, DurationText::when(index.data(LastMessageAtRole).toDateTime(), now), small,
                 trailing, option.direction);

    painter->setFont(option.font);
    QString preview = index.data(PreviewRole).toString();
    if (Direction(index.data(LastDirectionRole).toInt()) == Direction::Outbound)
        preview = tr("You: %1", "inbox preview of our own last reply").arg(preview);
    painter->setPen(unread > 0 ? text : muted);
    m_texts.draw(painter, l.preview, preview, option.font, leading, option.direction);

    if (unread > 0) {
        const QString count = unread > 99 ? QStringLiteral("99+") : QString::number(unread);
        const int w = QFontMetrics(small).horizontalAdvance(count) + 12;
        QRect pill(0, 0, w, QFontMetrics(small).height() + 2);
        pill.moveCenter(l.unread.center());
        if (option.direction == Qt::RightToLeft)
            pill.moveLeft(l.unread.left());
        else
            pill.moveRight(l.unread.right());
        QPainterPath path;
        path.addRoundedRect(pill, pill.height() / 2.0, pill.height() / 2.0);
        painter->fillPath(
            path, option.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Highlight));
        painter->setFont(small);
        painter->setPen(
            option.palette.color(group, selected ? QPalette::Highlight : QPalette::HighlightedText));
        painter->drawText(pill, Qt::AlignCenter, count);
    }

    // Third line: SLA chip, then plain facts.
    painter->setFont(small);
    const bool rtl = option.direction == Qt::RightToLeft;
    int x = rtl ? l.chips.right() : l.chips.left();
    const auto advance = [&](int width) { x += rtl ? -(width + 6) : width + 6; };
    const QVariant slaState = index.data(SlaStateRole);
    if (slaState.isValid()) {
        const auto state = SlaState(slaState.toInt());
        const auto kind = InboxSlaKind(index.data(SlaKindRole).toInt());
        const QString label = DurationText::sla(kind, state, index.data(SlaSecondsLeftRole).toLongLong());
        // Colours chosen to stay apart for red-green colour blindness; the text carries the meaning.
        QColor background(0x1b, 0x7f, 0x3b);
        QColor foreground(Qt::white);
        if (state == SlaState::DueSoon) {
            background = QColor(0xf2, 0xb1, 0x34);
            foreground = QColor(0x2b, 0x1d, 0x00);
        } else if (state == SlaState::Breached) {
            background = QColor(0xb3, 0x26, 0x1e);
        }
        advance(paintChip(painter, l.chips, x, label, background, foreground, option.direction));
    }
    QStringList facts;
    const QVariant waiting = index.data(WaitingSecondsRole);
    if (waiting.isValid())
        facts << tr("Waiting %1").arg(DurationText::compact(waiting.toLongLong()));
    const QVariant assignee = index.data(AssigneeNameRole);
    facts << (assignee.isValid() ? (index.data(IsMineRole).toBool() ? tr("Mine") : assignee.toString())
                                 : tr("Unassigned"));
    const auto priority = Priority(index.data(PriorityRole).toInt());
    if (priority == Priority::Urgent)
        facts << tr("Urgent");
    else if (priority == Priority::High)
        facts << tr("High priority");
    const auto status = ConversationStatus(index.data(StatusRole).toInt());
    if (status == ConversationStatus::Pending)
        facts << tr("Pending");
    else if (status == ConversationStatus::Resolved)
        facts << tr("Resolved");
    facts << index.data(LanguageRole).toString().toUpper();
    QRect factsRect = l.chips;
    if (rtl)
        factsRect.setRight(x);
    else
        factsRect.setLeft(x);
    painter->setPen(muted);
    const QString line = facts.join(QStringLiteral(" · "));
    m_texts.draw(painter, factsRect, line, small, leading, option.direction);
    painter->restore();
}

} // namespace empathy
