#pragma once

#include <QString>

#include <optional>

namespace empathy {

// Money is kept in minor units (cents, grosze, kopeks) with its ISO 4217 currency, never as a float.
struct Money
{
    qint64 minorUnits = 0;
    QString currency; // "EUR", "PLN", "RON", "RUB", "IRR", "USD"

    friend bool operator==(const Money &, const Money &) = default;
};

// Digits after the decimal point the currency is written with (2 for most, 0 for IRR, JPY, KRW).
int currencyDigits(QStringView currency);
// "50", "50.5" or "50.00" in the currency's major unit -> minor units; nullopt for anything else
// (negative, more digits than the currency has, not a number, absurdly large).
std::optional<qint64> parseMinorUnits(QStringView text, QStringView currency);
// Minor units -> "50.00" (no grouping, no symbol): for files and logs; views format with their locale.
QString plainAmount(qint64 minorUnits, QStringView currency);

} // namespace empathy
