#include "MoneyText.h"

#include "domain/Money.h"

namespace empathy {

QString moneyText(qint64 minorUnits, const QString &currency, const QLocale &locale)
{
    const int digits = currencyDigits(currency);
    double value = double(minorUnits);
    for (int i = 0; i < digits; ++i)
        value /= 10.0;
    return locale.toString(value, 'f', digits) + QChar(0x00A0) + currency;
}

} // namespace empathy
