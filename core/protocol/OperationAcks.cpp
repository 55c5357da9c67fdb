#include "protocol/OperationAcks.h"

#include "protocol/JsonReader.h"
#include "protocol/WireTime.h"

namespace empathy {

QJsonObject SeqAck::toJson() const
{
    return {{QStringLiteral("seq"), seq}};
}

std::optional<SeqAck> SeqAck::fromJson(const QJsonObject &result, QString *error)
{
    JsonReader r(result);
    return r.result(SeqAck{r.integer("seq")}, error);
}

QJsonObject MessageAck::toJson() const
{
    return {{QStringLiteral("message"), message.value()},
            {QStringLiteral("sent_at"), wireTime(sentAt)},
            {QStringLiteral("seq"), seq}};
}

std::optional<MessageAck> MessageAck::fromJson(const QJsonObject &result, QString *error)
{
    JsonReader r(result);
    MessageAck ack;
    ack.message = MessageId(r.integer("message"));
    ack.sentAt = r.time("sent_at");
    ack.seq = r.integer("seq");
    return r.result(ack, error);
}

QJsonObject CompensationAck::toJson() const
{
    return {{QStringLiteral("compensation"), compensation.value()},
            {QStringLiteral("status"), compensationStatusKey(status)},
            {QStringLiteral("seq"), seq}};
}

std::optional<CompensationAck> CompensationAck::fromJson(const QJsonObject &result, QString *error)
{
    JsonReader r(result);
    CompensationAck ack;
    ack.compensation = CompensationId(r.integer("compensation"));
    ack.status = r.key("status", &compensationStatusFromKey,
                       QStringLiteral("status is pending, granted, denied or reversed"));
    ack.seq = r.integer("seq");
    return r.result(ack, error);
}

QJsonObject EmpathyNoteAck::toJson() const
{
    return {{QStringLiteral("entry"), entry.value()},
            {QStringLiteral("revision"), revision},
            {QStringLiteral("kept_both"), keptBoth},
            {QStringLiteral("seq"), seq}};
}

std::optional<EmpathyNoteAck> EmpathyNoteAck::fromJson(const QJsonObject &result, QString *error)
{
    JsonReader r(result);
    EmpathyNoteAck ack;
    ack.entry = EmpathyEntryId(r.integer("entry"));
    ack.revision = int(r.integer("revision"));
    ack.keptBoth = r.optionalBoolean("kept_both");
    ack.seq = r.integer("seq");
    return r.result(ack, error);
}

QJsonObject EmpathyRemovalAck::toJson() const
{
    return {{QStringLiteral("entry"), entry.value()}, {QStringLiteral("seq"), seq}};
}

std::optional<EmpathyRemovalAck> EmpathyRemovalAck::fromJson(const QJsonObject &result, QString *error)
{
    JsonReader r(result);
    EmpathyRemovalAck ack;
    ack.entry = EmpathyEntryId(r.integer("entry"));
    ack.seq = r.integer("seq");
    return r.result(ack, error);
}

QJsonObject AlertAck::toJson() const
{
    return {{QStringLiteral("alert"), alert.value()},
            {QStringLiteral("state"), alertStateKey(state)},
            {QStringLiteral("seq"), seq}};
}

std::optional<AlertAck> AlertAck::fromJson(const QJsonObject &result, QString *error)
{
    JsonReader r(result);
    AlertAck ack;
    ack.alert = AlertId(r.integer("alert"));
    ack.state = r.key("state", &alertStateFromKey,
                      QStringLiteral("state is open, acknowledged, taken_over or reassigned"));
    ack.seq = r.integer("seq");
    return r.result(ack, error);
}

} // namespace empathy
