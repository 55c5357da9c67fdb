#include "cli/ServerOptions.h"

#include "webchat/ChatPage.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstdio>

namespace empathy {

namespace {

// Every option, in the order --help lists them.
struct Options
{
    QCommandLineOption dataDir{QStringLiteral("data-dir"), QStringLiteral("Where the server keeps its data."),
                               QStringLiteral("dir")};
    QCommandLineOption listen{QStringLiteral("listen"),
                              QStringLiteral("Address to listen on (default 127.0.0.1)."),
                              QStringLiteral("address"), QStringLiteral("127.0.0.1")};
    QCommandLineOption port{QStringLiteral("port"),
                            QStringLiteral("Port (default 8765; 0 picks a free one)."),
                            QStringLiteral("port"), QStringLiteral("8765")};
    QCommandLineOption httpPort{
        QStringLiteral("http-port"),
        QStringLiteral("Port of the web chat page (default 8766; 0 picks a free one)."),
        QStringLiteral("port"), QStringLiteral("8766")};
    QCommandLineOption tlsCert{QStringLiteral("tls-cert"),
                               QStringLiteral("PEM certificate: clients then connect with wss://."),
                               QStringLiteral("file")};
    QCommandLineOption tlsKey{QStringLiteral("tls-key"),
                              QStringLiteral("PEM private key of the certificate."), QStringLiteral("file")};
    QCommandLineOption compensationPolicy{
        QStringLiteral("compensation-policy"),
        QStringLiteral(
            "JSON file with the compensation limits per role (docs/compensation.md); without it the "
            "built-in defaults apply."),
        QStringLiteral("file")};
    QCommandLineOption slaPolicy{
        QStringLiteral("sla-policy"),
        QStringLiteral(
            "JSON file with the first-response and resolution targets per channel "
            "(docs/supervisor.md); without it 30 minutes for chat and messengers, 24 hours for e-mail."),
        QStringLiteral("file")};
    QCommandLineOption limits{
        QStringLiteral("limits"),
        QStringLiteral(
            "JSON file with the limits of the sync and HTTP ports (connections, deadlines, sizes, rates; "
            "docs/SECURITY.md lists each with its default); without it the defaults apply."),
        QStringLiteral("file")};
    QCommandLineOption chatSocketUrl{
        QStringLiteral("chat-socket-url"),
        QStringLiteral(
            "Where customers' browsers reach the web chat socket: wss://support.example.com/chat, or a path "
            "on the page's own host (/chat) behind a reverse proxy (default: the sync port on the host the "
            "page was loaded from)."),
        QStringLiteral("url")};
    QCommandLineOption createUser{QStringLiteral("create-user"),
                                  QStringLiteral("Create a user; the password is read from standard input."),
                                  QStringLiteral("name")};
    QCommandLineOption role{QStringLiteral("role"),
                            QStringLiteral("Role of the new user: agent, lead, trainer, admin."),
                            QStringLiteral("role"), QStringLiteral("agent")};
    QCommandLineOption displayName{QStringLiteral("display-name"),
                                   QStringLiteral("The new user's full name."), QStringLiteral("text")};
    QCommandLineOption disableUser{QStringLiteral("disable-user"),
                                   QStringLiteral("Disable a user and end their sessions."),
                                   QStringLiteral("name")};
    QCommandLineOption enableUser{QStringLiteral("enable-user"), QStringLiteral("Enable a disabled user."),
                                  QStringLiteral("name")};
    QCommandLineOption demoTeam{
        QStringLiteral("demo-team"),
        QStringLiteral("Create the demo team's accounts (alex, julia, ...), all with the "
                       "password read from standard input.")};
    QCommandLineOption seedDemo{
        QStringLiteral("seed-demo"),
        QStringLiteral("When the store has no conversations, generate N of them first."),
        QStringLiteral("n")};
    QCommandLineOption simulate{QStringLiteral("simulate"),
                                QStringLiteral("Simulated customers writing about RATE messages a second."),
                                QStringLiteral("rate")};

    void addTo(QCommandLineParser &parser) const
    {
        parser.addOptions({httpPort, tlsCert, tlsKey, compensationPolicy, slaPolicy, limits, chatSocketUrl});
        parser.addOptions({dataDir, listen, port, createUser, role, displayName, disableUser, enableUser,
                           demoTeam, seedDemo, simulate});
    }
};

std::optional<quint16> portOf(const QString &text)
{
    bool ok = false;
    const uint port = text.toUInt(&ok);
    return ok && port <= 65535 ? std::optional<quint16>(quint16(port)) : std::nullopt;
}

// The account commands: which one, and for whom.
bool readAccountCommand(const QCommandLineParser &parser, const Options &o, ServerOptions &out,
                        QString *error)
{
    if (parser.isSet(o.createUser)) {
        const auto role = roleFromKey(parser.value(o.role));
        if (!role) {
            *error =
                QStringLiteral("unknown role %1 (agent, lead, trainer, admin)").arg(parser.value(o.role));
            return false;
        }
        out.command = ServerOptions::Command::CreateUser;
        out.login = parser.value(o.createUser);
        out.displayName = parser.value(o.displayName);
        out.role = *role;
    } else if (parser.isSet(o.disableUser)) {
        out.command = ServerOptions::Command::DisableUser;
        out.login = parser.value(o.disableUser);
    } else if (parser.isSet(o.enableUser)) {
        out.command = ServerOptions::Command::EnableUser;
        out.login = parser.value(o.enableUser);
    }
    return true;
}

// Where and how to serve, and the demo's options.
bool readServing(const QCommandLineParser &parser, const Options &o, ServerOptions &out, QString *error)
{
    const auto port = portOf(parser.value(o.port));
    const auto httpPort = portOf(parser.value(o.httpPort));
    out.listen = QHostAddress(parser.value(o.listen));
    if (!port) {
        *error = QStringLiteral("--port takes a number from 0 to 65535");
        return false;
    }
    if (!httpPort) {
        *error = QStringLiteral("--http-port takes a number from 0 to 65535");
        return false;
    }
    if (out.listen.isNull()) {
        *error = QStringLiteral("--listen takes an IP address");
        return false;
    }
    out.port = *port;
    out.httpPort = *httpPort;
    out.tlsCert = parser.value(o.tlsCert);
    out.tlsKey = parser.value(o.tlsKey);
    if (out.tlsCert.isEmpty() != out.tlsKey.isEmpty()) {
        *error = QStringLiteral("--tls-cert and --tls-key need readable PEM files");
        return false;
    }
    out.compensationPolicy = parser.value(o.compensationPolicy);
    out.slaPolicy = parser.value(o.slaPolicy);
    out.limits = parser.value(o.limits);
    out.chatSocketUrl = parser.value(o.chatSocketUrl);
    if (!ChatSocket::isValidUrl(out.chatSocketUrl, error))
        return false;
    out.demoTeam = parser.isSet(o.demoTeam);
    if (parser.isSet(o.seedDemo)) {
        bool ok = false;
        out.seedDemo = parser.value(o.seedDemo).toInt(&ok);
        if (!ok || out.seedDemo < 0 || out.seedDemo > 1'000'000) {
            *error = QStringLiteral("--seed-demo takes a number from 0 to 1000000");
            return false;
        }
    }
    if (parser.isSet(o.simulate)) {
        bool ok = false;
        out.simulateRate = parser.value(o.simulate).toDouble(&ok);
        if (!ok || out.simulateRate <= 0 || out.simulateRate > 10000) {
            *error = QStringLiteral("--simulate takes a rate from 0 to 10000 messages a second");
            return false;
        }
    }
    return true;
}

} // namespace

ServerOptions ServerOptions::parse(const QStringList &arguments, QString *error, std::optional<int> *exitCode)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Empathy Desk sync server."));
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption version = parser.addVersionOption();
    const Options o;
    o.addTo(parser);

    ServerOptions out;
    const auto refuse = [&](const QString &why) {
        *error = why;
        *exitCode = 2;
        return out;
    };
    if (!parser.parse(arguments))
        return refuse(parser.errorText());
    if (parser.isSet(help)) {
        std::fputs(qPrintable(parser.helpText()), stdout);
        *exitCode = 0;
        return out;
    }
    if (parser.isSet(version)) {
        std::printf("%s %s\n", qPrintable(QCoreApplication::applicationName()),
                    qPrintable(QCoreApplication::applicationVersion()));
        *exitCode = 0;
        return out;
    }
    if (!parser.positionalArguments().isEmpty())
        return refuse(
            QStringLiteral("unexpected argument: %1").arg(parser.positionalArguments().constFirst()));
    out.dataDir = parser.value(o.dataDir);
    QString problem;
    if (!readAccountCommand(parser, o, out, &problem) || !readServing(parser, o, out, &problem))
        return refuse(problem);
    return out;
}

} // namespace empathy
