#pragma once

#include <QLocale>
#include <QString>

namespace empathy {

// "1 234,50 EUR" in the locale's digits and separators, with the currency's own number of decimals.
QString moneyText(qint64 minorUnits, const QString &currency, const QLocale &locale = QLocale());

} // namespace empathy
