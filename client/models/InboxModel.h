#pragma once

#include "cache/InboxQuery.h"
#include "cache/InboxRow.h"
#include "domain/Clock.h"

#include <QAbstractListModel>
#include <QHash>
#include <QList>
#include <QSet>

namespace empathy {

class CacheReader;

// The unified inbox: every conversation the query selects, backed by the cache. It holds the ordered
// ids of all matching conversations (8 bytes each) and a bounded cache of row pages, so 100,000
// conversations open instantly and stay small. data() never touches the disk: the view calls
// ensureLoaded() for the rows it is about to show, and rows not read yet report LoadedRole = false.
class InboxModel : public QAbstractListModel
{
    Q_OBJECT

public:
    static constexpr int maxCachedPages = 96;

    InboxModel(CacheReader &reader, Clock clock, InboxQuery query = InboxQuery(), QObject *parent = nullptr);

    const InboxQuery &query() const { return m_query; }
    void setQuery(const InboxQuery &query);
    // Runs the query again, e.g. after the cache changed.
    void refresh();

    // Reads one conversation's row again if it is cached, e.g. after it was marked read.
    void reloadRow(ConversationId id);

    // Reads the rows in [first, last] that are not cached yet, a page at a time. Rows that data() had
    // already reported as not loaded are announced with dataChanged. Pages far from the view are
    // dropped once more than maxCachedPages are held.
    void ensureLoaded(int first, int last);

    ConversationId conversationAt(int row) const;
    int rowOf(ConversationId id) const;
    const InboxRow *rowData(int row) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

signals:
    void queryChanged();

private:
    struct Page
    {
        QList<InboxRow> rows; // aligned with m_ids; a conversation no longer stored keeps an empty row
        quint64 lastUse = 0;
    };
    static QList<int> contentRoles();
    void loadPage(int page);
    void evictPages();

    CacheReader &m_reader;
    Clock m_clock;
    InboxQuery m_query;
    QList<ConversationId> m_ids;
    QHash<qint64, int> m_rowOfId;
    QHash<int, Page> m_pages;
    mutable QSet<int> m_pagesShownMissing; // pages data() answered "not loaded" for
    quint64 m_useCounter = 0;
};

} // namespace empathy
