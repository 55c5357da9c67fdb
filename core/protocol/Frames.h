#pragma once

#include "domain/Agent.h"
#include "protocol/ChangeKind.h"
#include "protocol/ErrorCode.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <variant>

namespace empathy {

// The protocol's messages (docs/protocol.md), one struct per "type".
inline constexpr int protocolVersion = 1;

struct HelloFrame
{
    int protocol = protocolVersion;
    QString client;
    QStringList features;
    friend bool operator==(const HelloFrame &, const HelloFrame &) = default;
};

struct WelcomeFrame
{
    int protocol = protocolVersion;
    QString server;
    QString generation;
    QStringList features;
    friend bool operator==(const WelcomeFrame &, const WelcomeFrame &) = default;
};

struct LoginFrame
{
    QString user;
    QString password;
    friend bool operator==(const LoginFrame &, const LoginFrame &) = default;
};

struct ResumeFrame
{
    QString token;
    friend bool operator==(const ResumeFrame &, const ResumeFrame &) = default;
};

struct LogoutFrame
{
    friend bool operator==(const LogoutFrame &, const LogoutFrame &) = default;
};

struct SessionFrame
{
    QString token;
    QDateTime expires;
    Agent agent;
    friend bool operator==(const SessionFrame &a, const SessionFrame &b)
    {
        return a.token == b.token && a.expires == b.expires && a.agent.id == b.agent.id &&
               a.agent.login == b.agent.login && a.agent.displayName == b.agent.displayName &&
               a.agent.role == b.agent.role;
    }
};

struct ErrorFrame
{
    ErrorCode code = ErrorCode::Internal;
    QString message;
    QString ref; // the request it answers, when there is one
    friend bool operator==(const ErrorFrame &, const ErrorFrame &) = default;
};

// One entry of the server's ordered change log: the full new state of one object (DomainJson form). A desk
// receiving pages and pushes reads their objects straight into a ChangeBatch (ReceivedFrameDecoder).
struct Change
{
    qint64 seq = 0;
    ChangeKind kind = ChangeKind::Unknown;
    QJsonObject data;
    // The data already encoded (a server reading its log): sent as it is, never parsed and re-encoded.
    QByteArray encodedData;
    friend bool operator==(const Change &a, const Change &b)
    {
        return a.seq == b.seq && a.kind == b.kind && a.data == b.data;
    }
};

struct SyncFrame
{
    QString generation; // empty on a first sync
    qint64 after = 0;
    int limit = 5000;
    friend bool operator==(const SyncFrame &, const SyncFrame &) = default;
};

struct PageFrame
{
    QString generation;
    QList<Change> changes;
    qint64 last = 0; // the cursor to store with this page
    qint64 head = 0; // the newest seq the server has
    bool more = false;
    friend bool operator==(const PageFrame &, const PageFrame &) = default;
};

struct ChangesFrame
{
    QList<Change> changes;
    friend bool operator==(const ChangesFrame &, const ChangesFrame &) = default;
};

struct ResyncFrame
{
    QString generation;
    QString reason;
    friend bool operator==(const ResyncFrame &, const ResyncFrame &) = default;
};

// An operation as it travels: its kind and data are one of the types of protocol/Operation.h, which
// encode and decode them.
struct OpFrame
{
    QString id; // client-generated UUID
    QString kind;
    QJsonObject data;
    friend bool operator==(const OpFrame &, const OpFrame &) = default;
};

// The answer to an operation: the result is the operation type's acknowledgement (Op::Ack) in JSON.
struct AckFrame
{
    QString id;
    QJsonObject result; // when applied
    QString errorCode;  // when refused: an ErrorCode key
    QString errorMessage;
    bool ok() const { return errorCode.isEmpty(); }
    friend bool operator==(const AckFrame &, const AckFrame &) = default;
};

using Frame = std::variant<HelloFrame, WelcomeFrame, LoginFrame, ResumeFrame, LogoutFrame, SessionFrame,
                           ErrorFrame, SyncFrame, PageFrame, ChangesFrame, ResyncFrame, OpFrame, AckFrame>;

} // namespace empathy
