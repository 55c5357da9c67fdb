#pragma once

#include "history/CustomerFacts.h"
#include "history/HistoryItem.h"

#include <QAbstractListModel>
#include <QList>
#include <QSet>

namespace empathy {

class HistoryReader;

// A customer's history, newest first, across conversations and channels: messages, orders, survey
// answers and compensations, filtered by kind. Qt::DisplayRole is the item's text. The figures of the panel's
// header (CustomerFacts.h) are computed from items(), the whole history whatever the filter.
class HistoryModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role : int
    {
        KindRole = Qt::UserRole + 1, // int, empathy::HistoryKind
        ItemIdRole,                  // qint64: message, order or survey answer id
        TimeRole,                    // QDateTime (UTC)
        ConversationIdRole,          // qint64; invalid QVariant when none
        ChannelRole,                 // int, empathy::Channel; invalid for orders
        DirectionRole,               // int, empathy::Direction (messages)
        TextRole,                    // QString: body, order summary, survey comment
        ValenceRole,                 // double -1 .. +1 (scored customer messages)
        SentimentLabelRole,          // int, empathy::SentimentLabel (scored customer messages)
        TurningPointRole,            // bool: the customer's mood turned with this message
        OrderNumberRole,             // QString (orders)
        AmountMinorRole,             // qint64 (orders, compensations other than discounts)
        CurrencyRole,                // QString (orders, compensations other than discounts)
        SurveyKindRole,              // int, empathy::SurveyKind (surveys)
        ScoreRole,                   // int (surveys)
        CompensationKindRole,        // int, empathy::CompensationKind (compensations)
        CompensationStatusRole,      // int, empathy::CompensationStatus (compensations)
        PercentRole,                 // int (discounts)
        NoteRole,                    // QString: why a compensation waits, was decided so, or was refused
        MoodBeforeRole,              // double: the conversation's mood when the compensation was asked for
        MoodAfterRole,               // double: the customer's first scored message after it was granted
        QuadrantRole,                // int, empathy::EmpathyQuadrant (notes)
    };

    explicit HistoryModel(HistoryReader &reader, QObject *parent = nullptr);

    // Reads the customer's record and history; an unknown id empties the model.
    void setCustomer(CustomerId customer);
    CustomerId customer() const { return m_record.customer.id; }
    void reload();
    // A set of HistoryKind bits; allHistoryKinds shows everything.
    void setKinds(int kinds);
    int kinds() const { return m_kinds; }

    const CustomerRecord &record() const { return m_record; }
    const QList<HistoryItem> &items() const { return m_all; }
    const QList<SentimentPoint> &sentiment() const { return m_sentiment; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

signals:
    // The record or the whole history changed (not only the filter).
    void customerChanged();

private:
    void applyFilter();

    HistoryReader &m_reader;
    CustomerRecord m_record;
    QList<HistoryItem> m_all;
    QList<qsizetype> m_shown; // indices into m_all
    QList<SentimentPoint> m_sentiment;
    QSet<qint64> m_turningPoints; // message ids
    int m_kinds = allHistoryKinds;
};

} // namespace empathy
