#include "ops/SurveyReply.h"

#include "storage/ServerStore.h"

namespace empathy {

namespace {

// 1..5 from an ASCII, Persian or Arabic-Indic digit; 0 for anything else.
int scoreDigit(QChar c)
{
    const char16_t u = c.unicode();
    if (u >= u'1' && u <= u'5')
        return u - u'0';
    if (u >= 0x06F1 && u <= 0x06F5)
        return u - 0x06F0;
    if (u >= 0x0661 && u <= 0x0665)
        return u - 0x0660;
    return 0;
}

} // namespace

std::optional<SurveyAnswer> surveyReply(ServerStore &store, const Message &inbound, const QDateTime &now)
{
    if (inbound.direction != Direction::Inbound)
        return std::nullopt;
    const QString text = inbound.body.trimmed();
    const int score = text.isEmpty() ? 0 : scoreDigit(text.front());
    if (score == 0 || (text.size() > 1 && (text[1].isDigit() || text[1] == u'.' || text[1] == u',')))
        return std::nullopt; // not a score standing alone ("12", "3.5", "2,5")
    const auto last = store.lastMessage(inbound.conversation);
    if (!last || last->purpose != MessagePurpose::Survey || store.hasSurveyAnswer(inbound.conversation))
        return std::nullopt;
    const auto conversation = store.conversation(inbound.conversation);
    if (!conversation)
        return std::nullopt;
    SurveyAnswer answer;
    answer.id = store.nextSurveyAnswerId();
    answer.customer = conversation->customer;
    answer.conversation = conversation->id;
    answer.kind = SurveyKind::Csat;
    answer.score = score;
    QString comment = text.mid(1).trimmed();
    while (!comment.isEmpty() && (comment.front().isPunct() || comment.front().isSpace()))
        comment.remove(0, 1);
    answer.comment = comment.left(2000);
    answer.answeredAt = now;
    return answer;
}

} // namespace empathy
