#include "domain/Money.h"

namespace empathy {

int currencyDigits(QStringView currency)
{
    return currency == u"IRR" || currency == u"JPY" || currency == u"KRW" ? 0 : 2;
}

std::optional<qint64> parseMinorUnits(QStringView text, QStringView currency)
{
    const int digits = currencyDigits(currency);
    text = text.trimmed();
    const qsizetype point = text.indexOf(u'.');
    const QStringView whole = point < 0 ? text : text.left(point);
    const QStringView fraction = point < 0 ? QStringView() : text.mid(point + 1);
    if (whole.isEmpty() || whole.size() > 13 || fraction.size() > digits ||
        (point >= 0 && fraction.isEmpty()))
        return std::nullopt;
    qint64 value = 0;
    for (const QChar c : whole) {
        if (c < u'0' || c > u'9')
            return std::nullopt;
        value = value * 10 + (c.unicode() - u'0');
    }
    for (int i = 0; i < digits; ++i) {
        const QChar c = i < fraction.size() ? fraction[i] : QChar(u'0');
        if (c < u'0' || c > u'9')
            return std::nullopt;
        value = value * 10 + (c.unicode() - u'0');
    }
    return value;
}

QString plainAmount(qint64 minorUnits, QStringView currency)
{
    const int digits = currencyDigits(currency);
    if (digits == 0)
        return QString::number(minorUnits);
    qint64 scale = 1;
    for (int i = 0; i < digits; ++i)
        scale *= 10;
    const qint64 magnitude = minorUnits < 0 ? -minorUnits : minorUnits;
    return QStringLiteral("%1%2.%3")
        .arg(minorUnits < 0 ? QStringLiteral("-") : QString())
        .arg(magnitude / scale)
        .arg(magnitude % scale, digits, 10, QChar(u'0'));
}

} // namespace empathy
