#pragma once

#include "cache/SupervisorReader.h"
#include "domain/Clock.h"

#include <QAbstractListModel>

namespace empathy {

// The supervisor's alerts, newest first: every alert no lead has handled yet and those of the last
// `window` (a day by default). DisplayRole is the customer's name; the roles carry the evidence (the
// message, the emotion and its strength, the customer's baseline, the deadline) and what was done.
// refresh() announces new alerts as inserted rows at the top and emits raised() for each alert that was
// not there before (not on the first reading), which is what desktop notifications follow.
class AlertModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role : int
    {
        AlertIdRole = Qt::UserRole + 1, // qint64
        KindRole,                       // int, empathy::AlertKind
        StateRole,                      // int, empathy::AlertState
        RaisedAtRole,                   // QDateTime (UTC)
        ConversationIdRole,             // qint64
        CustomerIdRole,                 // qint64
        CustomerNameRole,               // QString
        AgentNameRole,                  // QString: the conversation's agent when it fired; invalid if none
        ChannelRole,                    // int, empathy::Channel
        MessageRole,                    // QString: the message that triggered it; invalid for deadlines
        EmotionRole,                    // QString: the emotion's machine name ("anger", "churn_risk")
        StrengthRole,                   // double 0..1
        ValenceRole,                    // double -1..1
        BaselineMeanRole,               // double
        BaselineSpreadRole,             // double
        BaselineMessagesRole,           // int: how many of the customer's own messages it rests on
        DueRole,                        // QDateTime: the promise of a deadline alert
        HandledByRole,                  // QString
        HandledAtRole,                  // QDateTime
        ReassignedToRole,               // QString
        PendingRole,                    // bool: the lead's action is on its way
        RefusalRole,                    // QString: why the server refused the last action
    };

    AlertModel(SupervisorReader &reader, Clock clock, QObject *parent = nullptr);

    void setWindow(qint64 seconds) { m_windowSeconds = seconds; }
    void refresh();
    void reload();
    int openCount() const;
    int rowOf(AlertId id) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

signals:
    void raised(const empathy::AlertRow &alert);

private:
    void announce(const QList<AlertRow> &alerts);

    SupervisorReader &m_reader;
    Clock m_clock;
    qint64 m_windowSeconds = 24 * 3600;
    QList<AlertRow> m_rows;
    qint64 m_touched = 0; // the last write of an alert read
    bool m_loaded = false;
};

} // namespace empathy
