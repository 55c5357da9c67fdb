#pragma once

#include "domain/Ids.h"
#include "domain/Money.h"

#include <QDateTime>
#include <QString>

namespace empathy {

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
