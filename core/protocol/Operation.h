#pragma once

#include "protocol/operations/AssignOp.h"
#include "protocol/operations/CompensateOp.h"
#include "protocol/operations/CorrectSentimentOp.h"
#include "protocol/operations/DecideCompensationOp.h"
#include "protocol/operations/EmpathyPutOp.h"
#include "protocol/operations/EmpathyRemoveOp.h"
#include "protocol/operations/HandleAlertOp.h"
#include "protocol/operations/PrivateNoteOp.h"
#include "protocol/operations/ReplyOp.h"
#include "protocol/operations/ReverseCompensationOp.h"
#include "protocol/operations/SetCustomerToneOp.h"
#include "protocol/operations/SetJourneyStageOp.h"
#include "protocol/operations/StatusOp.h"

#include <QStringList>

#include <variant>

namespace empathy {

// Every operation a client may send (docs/protocol.md, "Operations"), one type each. A type holds its kind
// key (Op::kind, written nowhere else), its fields, toJson/fromJson for the op frame's "data", and the
// acknowledgement it is answered with (Op::Ack). Adding an operation: its type here, its handler on the
// server (server/ops/), its caller on the desk (client/actions/DeskActions), its line in docs/protocol.md.
using Operation = std::variant<ReplyOp, AssignOp, StatusOp, CorrectSentimentOp, SetCustomerToneOp,
                               CompensateOp, DecideCompensationOp, ReverseCompensationOp, EmpathyPutOp,
                               EmpathyRemoveOp, SetJourneyStageOp, HandleAlertOp, PrivateNoteOp>;

// Every shape of acknowledgement.
using OperationAck =
    std::variant<SeqAck, MessageAck, CompensationAck, EmpathyNoteAck, EmpathyRemovalAck, AlertAck>;

QString kindOf(const Operation &operation);
QJsonObject dataOf(const Operation &operation);
// The operation of that kind read from an op frame's data; nothing, with the reason in *error, for an
// unknown kind or data that does not fit the kind.
std::optional<Operation> decodeOperation(QStringView kind, const QJsonObject &data, QString *error);
// An applied operation's result read as the acknowledgement of its kind.
std::optional<OperationAck> decodeAck(QStringView kind, const QJsonObject &result, QString *error);
// The kinds in the order of the variant.
QStringList operationKinds();

} // namespace empathy
