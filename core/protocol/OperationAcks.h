#pragma once

#include "domain/Alert.h"
#include "domain/Compensation.h"
#include "domain/Ids.h"

#include <QDateTime>
#include <QJsonObject>

#include <optional>

namespace empathy {

// What the server answers an applied operation with (the "result" of an ack, docs/protocol.md). Each
// operation type names its acknowledgement (Op::Ack); several operations share a shape. Every result
// carries the head of the change log after the operation (seq).

// assign, status, correct_sentiment, set_customer_tone, set_journey_stage
struct SeqAck
{
    qint64 seq = 0;
    QJsonObject toJson() const;
    static std::optional<SeqAck> fromJson(const QJsonObject &result, QString *error);
    friend bool operator==(const SeqAck &, const SeqAck &) = default;
};

// reply, private_note: the message the server stored
struct MessageAck
{
    MessageId message;
    QDateTime sentAt;
    qint64 seq = 0;
    QJsonObject toJson() const;
    static std::optional<MessageAck> fromJson(const QJsonObject &result, QString *error);
    friend bool operator==(const MessageAck &, const MessageAck &) = default;
};

// compensate, decide_compensation, reverse_compensation: the compensation and where it stands now
struct CompensationAck
{
    CompensationId compensation;
    CompensationStatus status = CompensationStatus::Pending;
    qint64 seq = 0;
    QJsonObject toJson() const;
    static std::optional<CompensationAck> fromJson(const QJsonObject &result, QString *error);
    friend bool operator==(const CompensationAck &, const CompensationAck &) = default;
};

// empathy_put: the note and its revision; keptBoth when another edit came first and this one was kept
// beside it
struct EmpathyNoteAck
{
    EmpathyEntryId entry;
    int revision = 0;
    bool keptBoth = false;
    qint64 seq = 0;
    QJsonObject toJson() const;
    static std::optional<EmpathyNoteAck> fromJson(const QJsonObject &result, QString *error);
    friend bool operator==(const EmpathyNoteAck &, const EmpathyNoteAck &) = default;
};

// empathy_remove
struct EmpathyRemovalAck
{
    EmpathyEntryId entry;
    qint64 seq = 0;
    QJsonObject toJson() const;
    static std::optional<EmpathyRemovalAck> fromJson(const QJsonObject &result, QString *error);
    friend bool operator==(const EmpathyRemovalAck &, const EmpathyRemovalAck &) = default;
};

// handle_alert: the alert's new state
struct AlertAck
{
    AlertId alert;
    AlertState state = AlertState::Open;
    qint64 seq = 0;
    QJsonObject toJson() const;
    static std::optional<AlertAck> fromJson(const QJsonObject &result, QString *error);
    friend bool operator==(const AlertAck &, const AlertAck &) = default;
};

} // namespace empathy
