#pragma once

#include "domain/Compensation.h"

#include <QCoreApplication>
#include <QString>

namespace empathy {

// Translated words for compensations, as the history, the dialog and the leads' queue show them.
struct CompensationText
{
    Q_DECLARE_TR_FUNCTIONS(CompensationText)

public:
    static QString kind(CompensationKind kind);       // "Voucher"
    static QString status(CompensationStatus status); // "waiting for a team lead"
    // "Voucher 20,00 EUR", "Discount 15 %", "Full refund"
    static QString what(CompensationKind kind, int percent, qint64 amountMinor, const QString &currency);
};

} // namespace empathy
