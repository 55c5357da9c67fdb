#pragma once

#include "domain/EmpathyMap.h"
#include "domain/Ids.h"
#include "domain/Language.h"
#include "domain/PreferredTone.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace empathy {

// How a customer can be reached on a channel. One customer owns many identities, which is what lets
// the inbox show a person's whole history whatever channel they write from.
enum class IdentityKind : int
{
    Email = 1,
    Phone,
    Telegram,
    Viber,
    Vk,
    WebVisitor
};

struct CustomerIdentity
{
    IdentityKind kind = IdentityKind::Email;
    QString value; // e-mail address, E.164 phone number, messenger user id, web chat visitor id
};

struct Customer
{
    CustomerId id;
    QString displayName;
    QString firstName;
    Language preferredLanguage = Language::Unknown;
    PreferredTone preferredTone = PreferredTone::Unknown;
    JourneyStage journeyStage = JourneyStage::Unknown; // for the empathy map
    QList<CustomerIdentity> identities;
    QDateTime createdAt;
};

} // namespace empathy
