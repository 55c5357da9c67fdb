#include "models/ApprovalQueueModel.h"

namespace empathy {

ApprovalQueueModel::ApprovalQueueModel(CacheReader &reader, QObject *parent)
    : QAbstractTableModel(parent)
    , m_reader(reader)
{}

void ApprovalQueueModel::reload()
{
    beginResetModel();
    m_rows = m_reader.pendingCompensations();
    endResetModel();
}

int ApprovalQueueModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ApprovalQueueModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ApprovalQueueModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CacheReader::PendingCompensation &row = m_rows[index.row()];
    const Compensation &c = row.compensation;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case CustomerColumn:
            return row.customerName;
        case WhatColumn:
            return compensationKindKey(c.kind);
        case RequestedByColumn:
            return row.requestedBy;
        case RequestedAtColumn:
            return c.requestedAt;
        case MoodColumn:
            return row.mood ? QVariant(*row.mood) : QVariant();
        case WhyColumn:
            return c.reason;
        default:
            return {};
        }
    case CompensationIdRole:
        return c.id.value();
    case ConversationIdRole:
        return c.conversation.value();
    case KindRole:
        return int(c.kind);
    case PercentRole:
        return c.percent;
    case AmountMinorRole:
        return c.amount.minorUnits;
    case CurrencyRole:
        return c.amount.currency;
    case RequestedAtRole:
        return c.requestedAt;
    case MoodRole:
        return row.mood ? QVariant(*row.mood) : QVariant();
    case ReasonRole:
        return c.reason;
    case HeldBecauseRole:
        return c.heldBecause;
    default:
        return {};
    }
}

QVariant ApprovalQueueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case CustomerColumn:
        return tr("Customer");
    case WhatColumn:
        return tr("What");
    case RequestedByColumn:
        return tr("Asked by");
    case RequestedAtColumn:
        return tr("Asked at");
    case MoodColumn:
        return tr("Mood");
    case WhyColumn:
        return tr("Why");
    default:
        return {};
    }
}

} // namespace empathy
