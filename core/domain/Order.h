#pragma once

#include "domain/Ids.h"

#include <QDateTime>
#include <QString>

namespace empathy {

// Money is kept in minor units (cents, grosze, kopeks) with its ISO 4217 currency, never as a float.
struct Money
{
    qint64 minorUnits = 0;
    QString currency; // "EUR", "PLN", "RON", "RUB", "IRR", "USD"
};

struct Order
{
    OrderId id;
    CustomerId customer;
    QString number; // as the customer knows it, e.g. "100482"
    Money total;
    QString summary; // what was bought, in the customer's language
    QDateTime placedAt;
};

} // namespace empathy
