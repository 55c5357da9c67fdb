#include "models/InboxRowData.h"

#include "domain/Sla.h"
#include "models/InboxAccessibleText.h"
#include "models/InboxRoles.h"

#include <algorithm>

namespace empathy {

QVariant inboxRowData(const InboxRow &row, int role, qint64 nowMs, AgentId me)
{
    const bool resolved = row.status == ConversationStatus::Resolved;
    switch (role) {
    case ConversationIdRole:
        return row.id.value();
    case Qt::DisplayRole:
    case CustomerNameRole:
        return row.customerName;
    case ChannelRole:
        return int(row.channel);
    case StatusRole:
        return int(row.status);
    case PriorityRole:
        return int(row.priority);
    case AssigneeIdRole:
        return row.assignee.isValid() ? QVariant(row.assignee.value()) : QVariant();
    case AssigneeNameRole:
        return row.assignee.isValid() ? QVariant(row.assigneeName) : QVariant();
    case IsMineRole:
        return row.assignee.isValid() && row.assignee == me;
    case LanguageRole:
        return languageCode(row.language);
    case SubjectRole:
        return row.subject;
    case PreviewRole:
        return row.preview;
    case LastDirectionRole:
        return int(row.lastDirection);
    case LastMessageAtRole:
        return QDateTime::fromMSecsSinceEpoch(row.lastMessageAt, Qt::UTC);
    case WaitingSecondsRole:
        if (resolved || row.waitingSince == 0 || row.lastDirection != Direction::Inbound)
            return {};
        return std::max<qint64>(0, (nowMs - row.waitingSince) / 1000);
    case SlaKindRole:
    case SlaStateRole:
    case SlaSecondsLeftRole: {
        if (resolved)
            return {};
        const bool firstResponse = row.firstResponseDue != 0;
        const qint64 due = firstResponse ? row.firstResponseDue : row.resolutionDue;
        if (due == 0)
            return {};
        const SlaStatus sla = slaStatus(due, row.createdAt, nowMs);
        if (role == SlaKindRole)
            return int(firstResponse ? InboxSlaKind::FirstResponse : InboxSlaKind::Resolution);
        if (role == SlaStateRole)
            return int(sla.state);
        return sla.secondsLeft;
    }
    case Qt::AccessibleTextRole: {
        const QVariant waiting = inboxRowData(row, WaitingSecondsRole, nowMs, me);
        return inboxAccessibleText(row, waiting.isValid() ? waiting.toLongLong() : 0);
    }
    case UnreadCountRole:
        return row.unreadCount;
    case MessageCountRole:
        return row.messageCount;
    case MoodRole:
        return row.mood ? QVariant(*row.mood) : QVariant();
    case MoodTrendRole:
        return row.mood ? QVariant(int(row.moodTrend)) : QVariant();
    case MoodIntensityRole:
        return row.mood ? QVariant(row.moodIntensity) : QVariant();
    default:
        return {};
    }
}

} // namespace empathy
