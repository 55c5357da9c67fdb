#pragma once

#include <QHashFunctions>
#include <QMetaType>
#include <QtGlobal>

#include <compare>

namespace empathy {

// A 64-bit identifier that cannot be mixed up with another kind of identifier.
// Tag is an empty struct naming the entity; 0 means "no id".
template<typename Tag>
class Id
{
public:
    constexpr Id() = default;
    constexpr explicit Id(qint64 value)
        : m_value(value)
    {}

    constexpr qint64 value() const { return m_value; }
    constexpr bool isValid() const { return m_value != 0; }

    friend constexpr auto operator<=>(Id, Id) = default;
    friend size_t qHash(Id id, size_t seed = 0) { return ::qHash(id.m_value, seed); }

private:
    qint64 m_value = 0;
};

using CustomerId = Id<struct CustomerTag>;
using ConversationId = Id<struct ConversationTag>;
using MessageId = Id<struct MessageTag>;
using AgentId = Id<struct AgentTag>;
using OrderId = Id<struct OrderTag>;
using SurveyAnswerId = Id<struct SurveyAnswerTag>;
using CompensationId = Id<struct CompensationTag>;
using EmpathyEntryId = Id<struct EmpathyEntryTag>;
using AlertId = Id<struct AlertTag>;

} // namespace empathy

Q_DECLARE_METATYPE(empathy::ConversationId)
Q_DECLARE_METATYPE(empathy::CustomerId)
Q_DECLARE_METATYPE(empathy::MessageId)
Q_DECLARE_METATYPE(empathy::AgentId)
