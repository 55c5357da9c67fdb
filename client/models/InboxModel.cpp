#include "models/InboxModel.h"

#include "cache/CacheReader.h"
#include "models/InboxRoles.h"
#include "models/InboxRowData.h"

#include <algorithm>

namespace empathy {

InboxModel::InboxModel(CacheReader &reader, Clock clock, InboxQuery query, QObject *parent)
    : QAbstractListModel(parent)
    , m_reader(reader)
    , m_clock(std::move(clock))
    , m_query(std::move(query))
{
    refresh();
}

void InboxModel::setQuery(const InboxQuery &query)
{
    if (query == m_query)
        return;
    m_query = query;
    refresh();
    emit queryChanged();
}

void InboxModel::refresh()
{
    beginResetModel();
    InboxQuery query = m_query;
    query.nowMs = m_clock().toMSecsSinceEpoch(); // "needs attention" depends on how long customers waited
    m_ids = m_reader.conversationIds(query);
    m_rowOfId.clear();
    m_rowOfId.reserve(m_ids.size());
    for (int row = 0; row < int(m_ids.size()); ++row)
        m_rowOfId.insert(m_ids.at(row).value(), row);
    m_pages.clear();
    m_pagesShownMissing.clear();
    endResetModel();
}

void InboxModel::ensureLoaded(int first, int last)
{
    if (m_ids.isEmpty())
        return;
    first = std::clamp(first, 0, int(m_ids.size()) - 1);
    last = std::clamp(last, first, int(m_ids.size()) - 1);
    const int firstPage = first / CacheReader::pageSize;
    const int lastPage = last / CacheReader::pageSize;
    bool loaded = false;
    for (int page = firstPage; page <= lastPage; ++page) {
        auto it = m_pages.find(page);
        if (it != m_pages.end()) {
            it->lastUse = ++m_useCounter;
            continue;
        }
        loadPage(page);
        loaded = true;
        // Announce only rows someone was already shown as not loaded. A view that asks for its rows
        // before painting them saw no change, and item views answer dataChanged by laying out every row.
        if (m_pagesShownMissing.remove(page)) {
            const int top = page * CacheReader::pageSize;
            const int bottom = std::min(int(m_ids.size()), top + CacheReader::pageSize) - 1;
            emit dataChanged(index(top), index(bottom), contentRoles());
        }
    }
    if (loaded)
        evictPages();
}

void InboxModel::reloadRow(ConversationId id)
{
    const int row = rowOf(id);
    auto it = m_pages.find(row / CacheReader::pageSize);
    if (row < 0 || it == m_pages.end())
        return;
    const auto fresh = m_reader.inboxRow(id);
    if (!fresh)
        return;
    it->rows[row % CacheReader::pageSize] = *fresh;
    emit dataChanged(index(row), index(row), contentRoles());
}

void InboxModel::loadPage(int page)
{
    const int start = page * CacheReader::pageSize;
    const QList<ConversationId> ids = m_ids.mid(start, CacheReader::pageSize);
    QList<InboxRow> found = m_reader.inboxRows(ids);
    Page entry;
    entry.rows.reserve(ids.size());
    qsizetype next = 0;
    for (ConversationId id : ids) {
        if (next < found.size() && found.at(next).id == id) {
            entry.rows.append(std::move(found[next++]));
        } else {
            InboxRow gone;
            gone.id = id;
            entry.rows.append(gone);
        }
    }
    entry.lastUse = ++m_useCounter;
    m_pages.insert(page, std::move(entry));
}

void InboxModel::evictPages()
{
    while (m_pages.size() > maxCachedPages) {
        auto oldest = std::min_element(m_pages.begin(), m_pages.end(),
                                       [](const Page &a, const Page &b) { return a.lastUse < b.lastUse; });
        m_pages.erase(oldest);
    }
}

ConversationId InboxModel::conversationAt(int row) const
{
    return row >= 0 && row < int(m_ids.size()) ? m_ids.at(row) : ConversationId();
}

int InboxModel::rowOf(ConversationId id) const
{
    return m_rowOfId.value(id.value(), -1);
}

const InboxRow *InboxModel::rowData(int row) const
{
    const auto it = m_pages.constFind(row / CacheReader::pageSize);
    if (it == m_pages.constEnd())
        return nullptr;
    const auto &rows = it->rows;
    const int offset = row % CacheReader::pageSize;
    return offset < rows.size() ? &rows.at(offset) : nullptr;
}

int InboxModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_ids.size());
}

QVariant InboxModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (role == ConversationIdRole)
        return m_ids.at(index.row()).value();
    const InboxRow *row = rowData(index.row());
    if (!row)
        m_pagesShownMissing.insert(index.row() / CacheReader::pageSize);
    if (role == LoadedRole)
        return row != nullptr;
    if (!row)
        return {};

    return inboxRowData(*row, role, m_clock().toMSecsSinceEpoch(), m_query.me);
}

QHash<int, QByteArray> InboxModel::roleNames() const
{
    auto names = QAbstractListModel::roleNames();
    names.insert({{ConversationIdRole, "conversationId"},
                  {CustomerNameRole, "customerName"},
                  {ChannelRole, "channel"},
                  {StatusRole, "status"},
                  {PriorityRole, "priority"},
                  {AssigneeIdRole, "assigneeId"},
                  {AssigneeNameRole, "assigneeName"},
                  {IsMineRole, "isMine"},
                  {LanguageRole, "language"},
                  {SubjectRole, "subject"},
                  {PreviewRole, "preview"},
                  {LastDirectionRole, "lastDirection"},
                  {LastMessageAtRole, "lastMessageAt"},
                  {WaitingSecondsRole, "waitingSeconds"},
                  {SlaKindRole, "slaKind"},
                  {SlaStateRole, "slaState"},
                  {SlaSecondsLeftRole, "slaSecondsLeft"},
                  {UnreadCountRole, "unreadCount"},
                  {MessageCountRole, "messageCount"},
                  {MoodRole, "mood"},
                  {MoodTrendRole, "moodTrend"},
                  {MoodIntensityRole, "moodIntensity"},
                  {LoadedRole, "loaded"}});
    return names;
}

QList<int> InboxModel::contentRoles()
{
    // Everything but Qt::SizeHintRole: rows keep their height when their data arrives, and an empty
    // list would make item views lay out all rows again.
    QList<int> roles{Qt::DisplayRole, Qt::AccessibleTextRole};
    for (int role = ConversationIdRole; role <= LoadedRole; ++role)
        roles.append(role);
    return roles;
}

} // namespace empathy
