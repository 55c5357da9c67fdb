#pragma once

#include "domain/Agent.h"
#include "protocol/ErrorCode.h"

#include <QDateTime>
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

using Frame =
    std::variant<HelloFrame, WelcomeFrame, LoginFrame, ResumeFrame, LogoutFrame, SessionFrame, ErrorFrame>;

} // namespace empathy
