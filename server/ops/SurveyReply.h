#pragma once

#include "domain/SurveyAnswer.h"

#include <QDateTime>

#include <optional>

namespace empathy {

class ServerStore;
struct Message;

// A customer's message that answers the satisfaction question on a channel without buttons (e-mail,
// messengers, or typed in the web chat): it comes right after the question, the conversation has no
// answer yet, and it starts with a score from 1 to 5 (also in Persian or Arabic digits) standing alone
// ("4", "5 - quick and kind", "۵ ممنون"). The rest is the comment. `inbound` is not stored yet.
std::optional<SurveyAnswer> surveyReply(ServerStore &store, const Message &inbound, const QDateTime &now);

} // namespace empathy
