#pragma once

#include "cache/CacheReader.h"

#include <QAbstractTableModel>

namespace empathy {

// The compensations waiting for a team lead, oldest first: one row each with the customer, what was asked
// for, by whom and when, the conversation's mood and why it waits. Columns carry display text; the roles
// carry the values (views decide looks).
class ApprovalQueueModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column : int
    {
        CustomerColumn,
        WhatColumn, // the kind's key and the amount or percentage; the view words it
        RequestedByColumn,
        RequestedAtColumn,
        MoodColumn,
        WhyColumn, // the agent's reason, then why it waits
        ColumnCount
    };
    enum Role : int
    {
        CompensationIdRole = Qt::UserRole + 1, // qint64
        ConversationIdRole,                    // qint64
        KindRole,                              // int, empathy::CompensationKind
        PercentRole,                           // int (discounts)
        AmountMinorRole,                       // qint64
        CurrencyRole,                          // QString
        RequestedAtRole,                       // QDateTime (UTC)
        MoodRole,                              // double, or invalid when not scored
        ReasonRole,                            // QString
        HeldBecauseRole,                       // QString
    };

    explicit ApprovalQueueModel(CacheReader &reader, QObject *parent = nullptr);

    void reload();

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    CacheReader &m_reader;
    QList<CacheReader::PendingCompensation> m_rows;
};

} // namespace empathy
