#include "demo/DemoText.h"

#include "domain/Order.h"

#include <QLocale>

#include <algorithm>

namespace empathy {

namespace {

constexpr qint64 day = 24 * 60 * 60 * 1000;

QString phonePrefix(Language language)
{
    switch (language) {
    case Language::Polish:
        return QStringLiteral("+48");
    case Language::Romanian:
        return QStringLiteral("+40");
    case Language::Russian:
        return QStringLiteral("+7");
    case Language::Persian:
        return QStringLiteral("+98");
    default:
        return QStringLiteral("+1");
    }
}

QString formatAmount(const Money &money, Language language)
{
    const int decimals = currencyDigits(money.currency);
    const double value = decimals ? double(money.minorUnits) / 100.0 : double(money.minorUnits);
    switch (language) {
    case Language::English:
        return QLocale(QLocale::English, QLocale::UnitedStates)
            .toCurrencyString(value, QStringLiteral("$"), 2);
    case Language::Polish:
        return QLocale(QLocale::Polish).toString(value, 'f', 2) + QStringLiteral(" zł");
    case Language::Romanian:
        return QLocale(QLocale::Romanian).toString(value, 'f', 2) + QStringLiteral(" lei");
    case Language::Russian:
        return QLocale(QLocale::Russian).toString(qint64(value)) + QStringLiteral(" ₽");
    case Language::Persian:
        // Iranians quote prices in toman (ten rials).
        return QLocale(QLocale::Persian, QLocale::Iran).toString(qint64(value / 10)) +
               QStringLiteral(" تومان");
    case Language::Unknown:
        break;
    }
    return QString::number(value, 'f', decimals) + u' ' + money.currency;
}

qint64 orderAmountMinor(DemoRandom &random, const QString &currency)
{
    if (currency == u"PLN")
        return random.between(49, 1899) * 100 + 99;
    if (currency == u"RON")
        return random.between(39, 2199) * 100 + 99;
    if (currency == u"RUB")
        return random.between(9, 450) * 10000 - 100;
    if (currency == u"IRR")
        return random.between(30, 2500) * 100000;
    return random.between(12, 480) * 100 + 99;
}

// Polish and Russian surnames agree with the person's gender: Kowalski / Kowalska, Смирнов / Смирнова.
QString surnameFor(const QString &surname, Language language, bool female)
{
    if (language == Language::Polish) {
        for (const char *ending : {"ski", "cki", "dzki"}) {
            const QString male = QLatin1String(ending);
            const QString feminine = male.chopped(1) + u'a';
            if (female && surname.endsWith(male))
                return surname.chopped(1) + u'a';
            if (!female && surname.endsWith(feminine))
                return surname.chopped(1) + u'i';
        }
        return surname;
    }
    if (language == Language::Russian) {
        static const QStringList masculine{QStringLiteral("ов"), QStringLiteral("ев"), QStringLiteral("ёв"),
                                           QStringLiteral("ин"), QStringLiteral("ын")};
        QString base = surname;
        if (base.endsWith(u'а') && masculine.contains(base.chopped(1).right(2)))
            base.chop(1);
        const bool declines = masculine.contains(base.right(2));
        return female && declines ? base + u'а' : base;
    }
    return surname;
}

} // namespace

QString DemoText::fill(const QString &phrase, const PhraseContext &context, const PhraseBook &book,
                       DemoRandom &random)
{
    QString out = phrase;
    out.replace(QStringLiteral("{first}"), context.firstName);
    out.replace(QStringLiteral("{order}"), context.orderNumber);
    out.replace(QStringLiteral("{product}"), context.product);
    if (context.agentFirstName.isEmpty()) // "thanks {agent}, ..." reads "thanks, ..." without a name
        out.replace(QStringLiteral(" {agent}"), QString());
    out.replace(QStringLiteral("{agent}"), context.agentFirstName);
    const Language language = book.language();
    if (out.contains(QStringLiteral("{days}"))) {
        const qint64 days = random.between(2, 14);
        out.replace(QStringLiteral("{days}"), language == Language::Persian
                                                  ? QLocale(QLocale::Persian).toString(days)
                                                  : QString::number(days));
    }
    if (out.contains(QStringLiteral("{amount}"))) {
        const Money money{orderAmount(random, book.currency()), book.currency()};
        out.replace(QStringLiteral("{amount}"), formatAmount(money, language));
    }
    return out;
}

Customer DemoText::customer(CustomerId id, const PhraseBook &book, DemoRandom &random, const QDateTime &now)
{
    Customer customer;
    customer.id = id;
    const bool female = random.chance(0.5);
    customer.firstName = random.pick(
        book.list(female ? QStringLiteral("femaleFirstNames") : QStringLiteral("maleFirstNames")));
    customer.displayName =
        customer.firstName + u' ' +
        surnameFor(random.pick(book.list(QStringLiteral("lastNames"))), book.language(), female);
    customer.preferredLanguage = book.language();
    customer.createdAt = now.addMSecs(-random.between(30 * day, 700 * day));
    return customer;
}

void DemoText::addIdentity(Customer &customer, Channel channel)
{
    IdentityKind kind = IdentityKind::Email;
    QString value;
    const qint64 n = customer.id.value();
    switch (channel) {
    case Channel::Email:
        kind = IdentityKind::Email;
        value = QStringLiteral("customer%1@mail.example.com").arg(n);
        break;
    case Channel::Phone:
    case Channel::Viber:
        kind = channel == Channel::Phone ? IdentityKind::Phone : IdentityKind::Viber;
        value = phonePrefix(customer.preferredLanguage) + QString::number(500000000 + (n * 7919) % 499999999);
        break;
    case Channel::Telegram:
        kind = IdentityKind::Telegram;
        value = QStringLiteral("@tg_user%1").arg(n);
        break;
    case Channel::Vk:
        kind = IdentityKind::Vk;
        value = QStringLiteral("id%1").arg(100000 + n);
        break;
    case Channel::WebChat:
        kind = IdentityKind::WebVisitor;
        value = QStringLiteral("visitor-%1").arg(n, 8, 16, QLatin1Char('0'));
        break;
    }
    const bool present = std::any_of(customer.identities.cbegin(), customer.identities.cend(),
                                     [&](const CustomerIdentity &identity) { return identity.kind == kind; });
    if (!present)
        customer.identities.append({kind, value});
}

qint64 DemoText::orderAmount(DemoRandom &random, const QString &currency)
{
    return orderAmountMinor(random, currency);
}

} // namespace empathy
