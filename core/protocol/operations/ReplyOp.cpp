#include "protocol/operations/ReplyOp.h"

#include "protocol/JsonReader.h"

namespace empathy {

QJsonObject ReplyOp::toJson() const
{
    QJsonObject data{{QStringLiteral("conversation"), conversation.value()}, {QStringLiteral("body"), body}};
    if (purpose == MessagePurpose::Apology)
        data.insert(QStringLiteral("purpose"), messagePurposeKey(purpose));
    return data;
}

std::optional<ReplyOp> ReplyOp::fromJson(const QJsonObject &data, QString *error)
{
    JsonReader r(data);
    ReplyOp op;
    op.conversation = ConversationId(r.integer("conversation"));
    op.body = r.optionalString("body");
    // A reply is plain or an apology; the other purposes are the server's own (survey, automated) or
    // another operation's (private_note).
    const auto purpose =
        messagePurposeFromKey(r.optionalString("purpose", messagePurposeKey(MessagePurpose::Plain)));
    if (purpose == MessagePurpose::Plain || purpose == MessagePurpose::Apology)
        op.purpose = *purpose;
    else
        r.failWith(QStringLiteral("purpose is plain or apology"));
    return r.result(op, error);
}

} // namespace empathy
