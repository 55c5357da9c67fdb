#include "protocol/ChangeKind.h"

#include "domain/EnumKeys.h"

namespace empathy {

namespace {

constexpr EnumKeys<ChangeKind, 9> keys{{{ChangeKind::Customer, u"customer"},
                                        {ChangeKind::Conversation, u"conversation"},
                                        {ChangeKind::Message, u"message"},
                                        {ChangeKind::Order, u"order"},
                                        {ChangeKind::Survey, u"survey"},
                                        {ChangeKind::Compensation, u"compensation"},
                                        {ChangeKind::Empathy, u"empathy"},
                                        {ChangeKind::Agent, u"agent"},
                                        {ChangeKind::Alert, u"alert"}}};

} // namespace

QString changeKindKey(ChangeKind kind)
{
    return keyOf(keys, kind);
}

std::optional<ChangeKind> changeKindFromKey(QStringView key)
{
    return valueOf(keys, key);
}

} // namespace empathy
