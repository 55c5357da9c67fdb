#pragma once

#include "domain/Alert.h"

#include <QCoreApplication>
#include <QModelIndex>
#include <QString>

namespace empathy {

// The words of the supervisor's alerts, translated: what fired, why (from an AlertModel row), and what a
// lead did about it.
struct AlertText
{
    Q_DECLARE_TR_FUNCTIONS(AlertText)

public:
    static QString kind(AlertKind kind);    // "Strong anger"
    static QString state(AlertState state); // "acknowledged"
    // Two lines (a line separator between) for the alert list: what and who, then the agent, the channel
    // and when.
    static QString summary(const QModelIndex &alert, const QDateTime &now);
    // Why it fired, in sentences: the message, the emotion and its strength, the customer's normal range,
    // the deadline; then what was done about it.
    static QString why(const QModelIndex &alert, const QDateTime &now);
};

} // namespace empathy
