#include "CompensationText.h"

#include "MoneyText.h"

#include <QCoreApplication>
#include <QLocale>

namespace empathy {

QString CompensationText::kind(CompensationKind kind)
{
    switch (kind) {
    case CompensationKind::Discount:
        return tr("Discount");
    case CompensationKind::Voucher:
        return tr("Voucher");
    case CompensationKind::FreeShipping:
        return tr("Free shipping");
    case CompensationKind::Gift:
        return tr("Gift");
    case CompensationKind::PartialRefund:
        return tr("Partial refund");
    case CompensationKind::FullRefund:
        return tr("Full refund");
    }
    return QString();
}

QString CompensationText::status(CompensationStatus status)
{
    switch (status) {
    case CompensationStatus::Queued:
        return tr("not sent yet: waits for the connection");
    case CompensationStatus::Pending:
        return tr("waiting for a team lead");
    case CompensationStatus::Granted:
        return tr("granted");
    case CompensationStatus::Denied:
        return tr("denied by a team lead");
    case CompensationStatus::Reversed:
        return tr("reversed by a team lead");
    case CompensationStatus::Refused:
        return tr("refused by the server");
    }
    return QString();
}

QString CompensationText::what(CompensationKind kind, int percent, qint64 amountMinor,
                               const QString &currency)
{
    if (kind == CompensationKind::Discount)
        return QCoreApplication::translate("CompensationText", "%1 %2 %", "discount, percent")
            .arg(CompensationText::kind(kind), QLocale().toString(percent));
    if (kind == CompensationKind::FullRefund && amountMinor == 0)
        return CompensationText::kind(kind);
    return CompensationText::kind(kind) + u' ' + moneyText(amountMinor, currency);
}

} // namespace empathy
