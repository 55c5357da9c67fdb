#pragma once

#include "cache/InboxRow.h"
#include "cache/TeamFigures.h"
#include "domain/Alert.h"

#include <QHash>
#include <QList>

#include <array>

namespace empathy {

class SqliteDatabase;

// One alert as the supervisor view lists it, with the names and the message it is about.
struct AlertRow
{
    Alert alert;
    QString customerName;
    QString agentName; // the conversation's agent when the alert fired
    QString handledByName;
    QString reassignedToName;
    Channel channel = Channel::Email;
    QString messageBody;  // the message that triggered it, if one did
    bool pending = false; // a lead's action on it is on its way to the server
    QString refusal;      // why the server refused the last action, if it did
    qint64 touched = 0;   // the cache's number of the alert's last write
};

// What the supervisor view reads from the cache: every agent's live conversations and the alerts. Only a
// lead's cache has other agents' conversations and any alerts at all (the server sends them to no one
// else).
class SupervisorReader
{
public:
    explicit SupervisorReader(SqliteDatabase &db);

    // Every open and pending conversation, by id.
    QList<InboxRow> activeConversations();
    // What changes when an open or pending conversation does (its messages, mood, agent, status and
    // promises), by id: cheap enough to read for every conversation on every refresh, so only the
    // conversations whose mark moved are read in full (conversationRows).
    struct Mark
    {
        qint64 id = 0;
        std::array<qint64, 9> values{};
        double mood = 0.0;
        friend bool operator==(const Mark &, const Mark &) = default;
    };
    QList<Mark> activeMarks();
    // Rows of the given conversations, in no particular order.
    QList<InboxRow> conversationRows(const QList<ConversationId> &ids);
    // The open alerts and those raised at or after sinceMs, newest first.
    QList<AlertRow> alerts(qint64 sinceMs);
    // The alerts written to the cache after the write numbered `touched` (AlertRow::touched), newest first.
    QList<AlertRow> alertsTouchedAfter(qint64 touched);
    // How many open alerts each conversation has (conversations without any are left out).
    QHash<qint64, int> openAlertCounts();
    // The team's figures from `from` (inclusive) to `to` (exclusive).
    TeamFigures figures(const QDateTime &from, const QDateTime &to);

private:
    SqliteDatabase &m_db;
};

} // namespace empathy
