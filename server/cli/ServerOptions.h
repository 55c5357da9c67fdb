#pragma once

#include "domain/AgentRole.h"

#include <QHostAddress>
#include <QString>
#include <QStringList>

#include <optional>

namespace empathy {

// What the administrator asked empathy-server to do (empathy-server --help; man empathy-server).
struct ServerOptions
{
    enum class Command
    {
        Serve,
        CreateUser,  // password read from standard input
        DisableUser, // and end their sessions
        EnableUser,
    };

    Command command = Command::Serve;
    QString dataDir; // empty: the platform's application data directory
    // Accounts
    QString login;
    QString displayName;
    AgentRole role = AgentRole::Agent;
    // Serving
    QHostAddress listen = QHostAddress(QHostAddress::LocalHost);
    quint16 port = 8765;     // 0 picks a free one
    quint16 httpPort = 8766; // the web chat page; 0 picks a free one
    QString tlsCert;         // PEM; with tlsKey, clients connect with wss://
    QString tlsKey;
    QString compensationPolicy; // JSON files; empty: the built-in defaults
    QString slaPolicy;
    QString limits;        // JSON file of the ports' limits (docs/SECURITY.md); empty: the defaults
    QString chatSocketUrl; // where browsers reach /chat (ChatSocket::url); empty: the sync port, page's host
    // The demo
    bool demoTeam = false;   // create the demo team's accounts, password from standard input
    int seedDemo = -1;       // when the store has no conversations, generate this many first
    double simulateRate = 0; // simulated customer messages a second; 0: none

    // Parses the arguments (the program's name first). On --help or --version prints and sets *exitCode
    // to 0; on bad input sets *error and *exitCode to 2.
    static ServerOptions parse(const QStringList &arguments, QString *error, std::optional<int> *exitCode);
};

} // namespace empathy
