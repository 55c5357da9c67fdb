#pragma once

#include "domain/Conversation.h"
#include "domain/Customer.h"
#include "domain/Message.h"
#include "domain/SurveyAnswer.h"

#include <QString>

#include <array>
#include <optional>

namespace empathy::domainKeys {

// The wire keys of the enums that have no key functions of their own in domain/, for DomainJson's writer
// and DomainReaders.h.
template<typename Enum, size_t N>
using Table = std::array<std::pair<Enum, const char *>, N>;

inline constexpr Table<Priority, 4> priorities{{{Priority::Low, "low"},
                                                {Priority::Normal, "normal"},
                                                {Priority::High, "high"},
                                                {Priority::Urgent, "urgent"}}};
inline constexpr Table<IdentityKind, 6> identityKinds{{{IdentityKind::Email, "email"},
                                                       {IdentityKind::Phone, "phone"},
                                                       {IdentityKind::Telegram, "telegram"},
                                                       {IdentityKind::Viber, "viber"},
                                                       {IdentityKind::Vk, "vk"},
                                                       {IdentityKind::WebVisitor, "web"}}};
inline constexpr Table<Direction, 2> directions{{{Direction::Inbound, "in"}, {Direction::Outbound, "out"}}};
inline constexpr Table<SurveyKind, 2> surveyKinds{{{SurveyKind::Nps, "nps"}, {SurveyKind::Csat, "csat"}}};
inline constexpr Table<SentimentLabel, 3> labels{{{SentimentLabel::Negative, "negative"},
                                                  {SentimentLabel::Neutral, "neutral"},
                                                  {SentimentLabel::Positive, "positive"}}};

template<typename Enum, size_t N>
QString keyOf(const Table<Enum, N> &table, Enum value)
{
    for (const auto &[entry, key] : table) {
        if (entry == value)
            return QString::fromLatin1(key);
    }
    return {};
}

template<typename Enum, size_t N>
std::optional<Enum> valueOf(const Table<Enum, N> &table, const QString &key)
{
    for (const auto &[entry, name] : table) {
        if (key == QLatin1String(name))
            return entry;
    }
    return std::nullopt;
}

} // namespace empathy::domainKeys
