#include "models/WallModel.h"

#include "cache/SupervisorReader.h"
#include "models/InboxRoles.h"
#include "models/InboxRowData.h"

#include <limits>

namespace empathy {

WallModel::WallModel(SupervisorReader &reader, Clock clock, QObject *parent)
    : QAbstractTableModel(parent)
    , m_reader(reader)
    , m_clock(std::move(clock))
{}

bool WallModel::sameData(const Row &a, const Row &b)
{
    const InboxRow &x = a.conversation;
    const InboxRow &y = b.conversation;
    return a.openAlerts == b.openAlerts && x.customerName == y.customerName && x.status == y.status &&
           x.assignee == y.assignee && x.assigneeName == y.assigneeName && x.language == y.language &&
           x.lastDirection == y.lastDirection && x.waitingSince == y.waitingSince &&
           x.firstResponseDue == y.firstResponseDue && x.resolutionDue == y.resolutionDue &&
           x.mood == y.mood && x.moodTrend == y.moodTrend && x.moodIntensity == y.moodIntensity &&
           x.priority == y.priority && x.lastMessageAt == y.lastMessageAt;
}

void WallModel::refresh()
{
    // Only conversations whose mark moved (or that are new to the wall) are read in full.
    const QList<SupervisorReader::Mark> marks = m_reader.activeMarks();
    const QHash<qint64, int> alerts = m_reader.openAlertCounts();
    QList<Row> fresh;
    fresh.reserve(marks.size());
    QList<ConversationId> toRead;
    qsizetype old = 0;
    for (const SupervisorReader::Mark &mark : marks) {
        while (old < m_rows.size() && m_rows[old].conversation.id.value() < mark.id)
            ++old;
        Row row;
        row.mark = mark;
        row.openAlerts = alerts.value(mark.id);
        if (old < m_rows.size() && m_rows[old].conversation.id.value() == mark.id && m_rows[old].mark == mark)
            row.conversation = m_rows[old].conversation;
        else
            toRead.append(ConversationId(mark.id));
        fresh.append(std::move(row));
    }
    if (!toRead.isEmpty()) {
        QHash<qint64, InboxRow> read;
        for (InboxRow &row : m_reader.conversationRows(toRead))
            read.insert(row.id.value(), std::move(row));
        for (Row &row : fresh) {
            if (!row.conversation.id.isValid())
                row.conversation = read.value(row.mark.id);
        }
        // A conversation that left between the two reads is left out until the next refresh.
        fresh.removeIf([](const Row &row) { return !row.conversation.id.isValid(); });
    }
    // Both lists are ordered by id: walk them together, removing, inserting and updating in place.
    int i = 0;
    int j = 0;
    while (i < m_rows.size() || j < fresh.size()) {
        const qint64 oldId =
            i < m_rows.size() ? m_rows[i].conversation.id.value() : std::numeric_limits<qint64>::max();
        const qint64 newId =
            j < fresh.size() ? fresh[j].conversation.id.value() : std::numeric_limits<qint64>::max();
        if (oldId < newId) {
            int last = i;
            while (last + 1 < m_rows.size() && m_rows[last + 1].conversation.id.value() < newId)
                ++last;
            beginRemoveRows(QModelIndex(), i, last);
            m_rows.remove(i, last - i + 1);
            endRemoveRows();
        } else if (newId < oldId) {
            int last = j;
            while (last + 1 < fresh.size() && fresh[last + 1].conversation.id.value() < oldId)
                ++last;
            beginInsertRows(QModelIndex(), i, i + (last - j));
            for (int k = j; k <= last; ++k)
                m_rows.insert(i + (k - j), fresh[k]);
            endInsertRows();
            i += last - j + 1;
            j = last + 1;
        } else {
            if (!sameData(m_rows[i], fresh[j])) {
                m_rows[i] = fresh[j];
                emit dataChanged(index(i, 0), index(i, ColumnCount - 1));
            } else {
                m_rows[i].mark = fresh[j].mark;
            }
            ++i;
            ++j;
        }
    }
}

int WallModel::rowOf(ConversationId id) const
{
    const auto it =
        std::lower_bound(m_rows.cbegin(), m_rows.cend(), id.value(),
                         [](const Row &row, qint64 v) { return row.conversation.id.value() < v; });
    return it != m_rows.cend() && it->conversation.id == id ? int(it - m_rows.cbegin()) : -1;
}

ConversationId WallModel::conversationAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows[row].conversation.id : ConversationId();
}

int WallModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int WallModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant WallModel::sortValue(const Row &row, int column, qint64 nowMs) const
{
    const InboxRow &c = row.conversation;
    switch (column) {
    case CustomerColumn:
        return c.customerName;
    case AgentColumn:
        return c.assigneeName;
    case ChannelColumn:
        return int(c.channel);
    case MoodColumn:
        return c.mood.value_or(2.0); // unscored after the happiest
    case WaitingColumn:
        // Longest waiting first when sorted descending; those nobody waits for last.
        return inboxRowData(c, WaitingSecondsRole, nowMs, AgentId()).toLongLong();
    case SlaColumn: {
        const QVariant left = inboxRowData(c, SlaSecondsLeftRole, nowMs, AgentId());
        return left.isValid() ? left.toLongLong() : std::numeric_limits<qint64>::max();
    }
    case LanguageColumn:
        return languageCode(c.language);
    case AlertsColumn:
        return row.openAlerts;
    default:
        return {};
    }
}

QVariant WallModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    const qint64 nowMs = m_clock().toMSecsSinceEpoch();
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == CustomerColumn)
            return row.conversation.customerName;
        if (index.column() == AgentColumn)
            return row.conversation.assignee.isValid() ? QVariant(row.conversation.assigneeName) : QVariant();
        return {};
    case OpenAlertsRole:
        return row.openAlerts;
    case SortRole:
        return sortValue(row, index.column(), nowMs);
    default:
        return inboxRowData(row.conversation, role, nowMs, AgentId());
    }
}

QVariant WallModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case CustomerColumn:
        return tr("Customer");
    case AgentColumn:
        return tr("Agent");
    case ChannelColumn:
        return tr("Channel");
    case MoodColumn:
        return tr("Mood");
    case WaitingColumn:
        return tr("Waiting");
    case SlaColumn:
        return tr("Promise");
    case LanguageColumn:
        return tr("Language");
    case AlertsColumn:
        return tr("Alerts");
    default:
        return {};
    }
}

} // namespace empathy
