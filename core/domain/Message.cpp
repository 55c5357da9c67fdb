#include "domain/Message.h"

#include "domain/EnumKeys.h"

namespace empathy {

namespace {

constexpr EnumKeys<MessagePurpose, 6> purposes{{{MessagePurpose::Plain, u"plain"},
                                                {MessagePurpose::Apology, u"apology"},
                                                {MessagePurpose::Survey, u"survey"},
                                                {MessagePurpose::PrivateNote, u"private_note"},
                                                {MessagePurpose::Automated, u"automated"},
                                                {MessagePurpose::Notice, u"notice"}}};

} // namespace

QString messagePurposeKey(MessagePurpose purpose)
{
    return keyOf(purposes, purpose);
}

std::optional<MessagePurpose> messagePurposeFromKey(QStringView key)
{
    return valueOf(purposes, key);
}

} // namespace empathy
