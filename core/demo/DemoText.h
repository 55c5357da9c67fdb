#pragma once

#include "demo/DemoRandom.h"
#include "demo/PhraseBook.h"
#include "domain/Channel.h"
#include "domain/Customer.h"

namespace empathy {

// What the placeholders of a phrase ({first}, {order}, {product}, {agent}, {days}, {amount}) stand for.
struct PhraseContext
{
    QString firstName;
    QString orderNumber;
    QString product;
    QString agentFirstName;
};

// Building blocks shared by the demo generator (whole histories) and the server's simulator (live
// customers): the same names, addresses and sentences.
struct DemoText
{
    static QString fill(const QString &phrase, const PhraseContext &context, const PhraseBook &book,
                        DemoRandom &random);
    // A person named the way people of that language are, surname agreeing with gender (pl, ru).
    static Customer customer(CustomerId id, const PhraseBook &book, DemoRandom &random, const QDateTime &now);
    // Gives the customer an address on the channel unless they already have one.
    static void addIdentity(Customer &customer, Channel channel);
    // A plausible order total in minor units of the currency.
    static qint64 orderAmount(DemoRandom &random, const QString &currency);
};

} // namespace empathy
