#include "WallView.h"

#include "ChannelIcons.h"
#include "DurationText.h"
#include "models/InboxRoles.h"
#include "models/WallModel.h"
#include "MoodLook.h"
#include "WallDelegate.h"

#include <QEvent>
#include <QHeaderView>
#include <QLocale>

namespace empathy {

WallView::WallView(const ChannelIcons &icons, QWidget *parent)
    : QTableView(parent)
    , m_icons(icons)
{
    setItemDelegate(new WallDelegate(m_icons, this));
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setSortingEnabled(true);
    setWordWrap(false);
    setAlternatingRowColors(true);
    verticalHeader()->hide();
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);
    verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    horizontalHeader()->setStretchLastSection(true);
    horizontalHeader()->setSortIndicatorShown(true);
    const int em = fontMetrics().horizontalAdvance(u'M');
    horizontalHeader()->setDefaultSectionSize(10 * em);
    for (const auto &[column, width] : {std::pair{WallModel::CustomerColumn, 13},
                                        {WallModel::AgentColumn, 11},
                                        {WallModel::ChannelColumn, 9},
                                        {WallModel::MoodColumn, 10},
                                        {WallModel::WaitingColumn, 6},
                                        {WallModel::SlaColumn, 14},
                                        {WallModel::LanguageColumn, 6}})
        horizontalHeader()->resizeSection(column, width * em);
    retranslate();
    connect(this, &QTableView::activated, this, [this](const QModelIndex &index) {
        emit conversationActivated(index.siblingAtColumn(0).data(ConversationIdRole).toLongLong());
    });
}

void WallView::retranslate()
{
    setAccessibleName(tr("Live wall of open conversations"));
    setAccessibleDescription(tr("Every open conversation of the team with its agent, mood, waiting time and "
                                "promise. Enter opens the conversation."));
}

void WallView::changeEvent(QEvent *event)
{
    QTableView::changeEvent(event);
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        viewport()->update();
        horizontalHeader()->viewport()->update();
    }
}

QString WallView::cellText(const QModelIndex &index)
{
    switch (index.column()) {
    case WallModel::CustomerColumn:
        return index.data().toString();
    case WallModel::AgentColumn: {
        const QVariant name = index.data();
        return name.isValid() ? name.toString() : tr("nobody yet");
    }
    case WallModel::ChannelColumn:
        return ChannelIcons::name(Channel(index.data(ChannelRole).toInt()));
    case WallModel::MoodColumn: {
        const QVariant mood = index.data(MoodRole);
        if (!mood.isValid())
            return tr("not scored yet");
        const MoodLook look = moodLook(labelOfValence(mood.toDouble()));
        const QString arrow = trendArrow(MoodTrend(index.data(MoodTrendRole).toInt()));
        return QStringLiteral("%1 %2 %3").arg(look.symbol, look.word, arrow);
    }
    case WallModel::WaitingColumn: {
        const QVariant seconds = index.data(WaitingSecondsRole);
        return seconds.isValid() ? DurationText::compact(seconds.toLongLong()) : QStringLiteral("—");
    }
    case WallModel::SlaColumn: {
        const QVariant state = index.data(SlaStateRole);
        if (!state.isValid() || SlaState(state.toInt()) == SlaState::None)
            return QStringLiteral("—");
        return DurationText::sla(InboxSlaKind(index.data(SlaKindRole).toInt()), SlaState(state.toInt()),
                                 index.data(SlaSecondsLeftRole).toLongLong());
    }
    case WallModel::LanguageColumn:
        return index.data(LanguageRole).toString().toUpper();
    case WallModel::AlertsColumn: {
        const int open = index.data(WallModel::OpenAlertsRole).toInt();
        return open > 0 ? tr("⚠ %n open", nullptr, open) : QString();
    }
    default:
        return QString();
    }
}

} // namespace empathy
