#pragma once

#include "cache/InboxRow.h"
#include "cache/SupervisorReader.h"
#include "domain/Clock.h"

#include <QAbstractTableModel>
#include <QHash>

namespace empathy {

// The supervisor's live wall: every open and pending conversation of the team, one row each. Every cell
// answers the inbox roles (models/InboxRoles.h) for its row, plus the roles below; DisplayRole is the
// customer's or the agent's name in those columns. It is empty until the first refresh(), which reads
// the cache; every later one announces only
// what changed (rows in, rows out, rows whose data moved), so views keep their selection and scroll.
class WallModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column : int
    {
        CustomerColumn,
        AgentColumn,
        ChannelColumn,
        MoodColumn,
        WaitingColumn,
        SlaColumn,
        LanguageColumn,
        AlertsColumn,
        ColumnCount
    };
    enum Role : int
    {
        OpenAlertsRole = Qt::UserRole + 100, // int: the conversation's alerts no lead has handled yet
        SortRole,                            // the column's value to sort by (numbers, names)
    };

    WallModel(SupervisorReader &reader, Clock clock, QObject *parent = nullptr);

    void refresh();
    // The row of a conversation, or -1.
    int rowOf(ConversationId id) const;
    ConversationId conversationAt(int row) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        InboxRow conversation;
        int openAlerts = 0;
        SupervisorReader::Mark mark; // what the row was read at
    };
    static bool sameData(const Row &a, const Row &b);
    QVariant sortValue(const Row &row, int column, qint64 nowMs) const;

    SupervisorReader &m_reader;
    Clock m_clock;
    QList<Row> m_rows; // by conversation id
};

} // namespace empathy
