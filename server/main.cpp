// empathy-server: the reference sync server. Wires storage, accounts and the WebSocket endpoint.
#include "alerts/AlertService.h"
#include "auth/AccountService.h"
#include "auth/PasswordHasher.h"
#include "demo/DemoGenerator.h"
#include "domain/SlaPolicy.h"
#include "DomainScoring.h"
#include "net/ServerLog.h"
#include "net/SyncServer.h"
#include "ops/OperationService.h"
#include "ops/SentimentRescorer.h"
#include "ShutdownSignals.h"
#include "sim/Simulator.h"
#include "storage/Publish.h"
#include "storage/SqlServerStore.h"
#include "webchat/ChatPage.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QSslCertificate>
#include <QSslKey>
#include <QStandardPaths>
#include <QTextStream>

#include <cstdio>

using namespace empathy;

namespace {

int fail(const QString &message, int code = 1)
{
    std::fprintf(stderr, "empathy-server: %s\n", qPrintable(message));
    return code;
}

// A policy from its JSON file (Policy::fromJson), or the defaults when no file is given.
template<typename Policy>
std::optional<Policy> readPolicy(const QString &path, QString *error)
{
    if (path.isEmpty())
        return Policy::defaults();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read %1: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    QString problem;
    auto policy = Policy::fromJson(file.readAll(), &problem);
    if (!policy)
        *error = QStringLiteral("%1: %2").arg(path, problem);
    return policy;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("EmpathyDesk"));
    QCoreApplication::setApplicationName(QStringLiteral("empathy-server"));
    QCoreApplication::setApplicationVersion(QStringLiteral(EMPATHY_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Empathy Desk sync server."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dataDir(QStringLiteral("data-dir"),
                                     QStringLiteral("Where the server keeps its data."),
                                     QStringLiteral("dir"));
    const QCommandLineOption listen(QStringLiteral("listen"),
                                    QStringLiteral("Address to listen on (default 127.0.0.1)."),
                                    QStringLiteral("address"), QStringLiteral("127.0.0.1"));
    const QCommandLineOption port(QStringLiteral("port"),
                                  QStringLiteral("Port (default 8765; 0 picks a free one)."),
                                  QStringLiteral("port"), QStringLiteral("8765"));
    const QCommandLineOption createUser(
        QStringLiteral("create-user"),
        QStringLiteral("Create a user; the password is read from standard input."), QStringLiteral("name"));
    const QCommandLineOption role(QStringLiteral("role"),
                                  QStringLiteral("Role of the new user: agent, lead, trainer, admin."),
                                  QStringLiteral("role"), QStringLiteral("agent"));
    const QCommandLineOption displayName(QStringLiteral("display-name"),
                                         QStringLiteral("The new user's full name."), QStringLiteral("text"));
    const QCommandLineOption disableUser(QStringLiteral("disable-user"),
                                         QStringLiteral("Disable a user and end their sessions."),
                                         QStringLiteral("name"));
    const QCommandLineOption enableUser(QStringLiteral("enable-user"),
                                        QStringLiteral("Enable a disabled user."), QStringLiteral("name"));
    const QCommandLineOption demoTeam(QStringLiteral("demo-team"),
                                      QStringLiteral("Create the demo team's accounts (alex, julia, ...), "
                                                     "all with the password read from standard input."));
    const QCommandLineOption seedDemo(
        QStringLiteral("seed-demo"),
        QStringLiteral("When the store has no conversations, generate N of them first."),
        QStringLiteral("n"));
    const QCommandLineOption simulate(
        QStringLiteral("simulate"),
        QStringLiteral("Simulated customers writing about RATE messages a second."), QStringLiteral("rate"));
    const QCommandLineOption httpPort(
        QStringLiteral("http-port"),
        QStringLiteral("Port of the web chat page (default 8766; 0 picks a free one)."),
        QStringLiteral("port"), QStringLiteral("8766"));
    const QCommandLineOption tlsCert(QStringLiteral("tls-cert"),
                                     QStringLiteral("PEM certificate: clients then connect with wss://."),
                                     QStringLiteral("file"));
    const QCommandLineOption tlsKey(QStringLiteral("tls-key"),
                                    QStringLiteral("PEM private key of the certificate."),
                                    QStringLiteral("file"));
    const QCommandLineOption compensationPolicy(
        QStringLiteral("compensation-policy"),
        QStringLiteral("JSON file with the compensation limits per role (docs/compensation.md); without it "
                       "the built-in defaults apply."),
        QStringLiteral("file"));
    const QCommandLineOption slaPolicy(
        QStringLiteral("sla-policy"),
        QStringLiteral("JSON file with the first-response and resolution targets per channel "
                       "(docs/supervisor.md); without it 30 minutes for chat and messengers, 24 hours for "
                       "e-mail."),
        QStringLiteral("file"));
    parser.addOptions({httpPort, tlsCert, tlsKey, compensationPolicy, slaPolicy});
    parser.addOptions({dataDir, listen, port, createUser, role, displayName, disableUser, enableUser,
                       demoTeam, seedDemo, simulate});
    parser.process(app);

    const QString dir = parser.isSet(dataDir)
                            ? parser.value(dataDir)
                            : QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    ServerLog log;
    try {
        SqlServerStore store(dir);
        PasswordHasher hasher;
        AccountService accounts(store, hasher, [] { return QDateTime::currentDateTimeUtc(); });

        if (parser.isSet(createUser)) {
            const auto parsedRole = roleFromKey(parser.value(role));
            if (!parsedRole)
                return fail(
                    QStringLiteral("unknown role %1 (agent, lead, trainer, admin)").arg(parser.value(role)),
                    2);
            QTextStream in(stdin);
            const QString password = in.readLine();
            const QString error = accounts.createUser(parser.value(createUser), parser.value(displayName),
                                                      *parsedRole, password);
            if (!error.isEmpty())
                return fail(error, 2);
            std::printf("created %s (%s)\n", qPrintable(parser.value(createUser)),
                        qPrintable(parser.value(role)));
            return 0;
        }
        if (parser.isSet(disableUser) || parser.isSet(enableUser)) {
            const bool disable = parser.isSet(disableUser);
            const QString login = parser.value(disable ? disableUser : enableUser);
            const QString error = accounts.setDisabled(login, disable);
            if (!error.isEmpty())
                return fail(error, 2);
            std::printf("%s %s\n", disable ? "disabled" : "enabled", qPrintable(login));
            return 0;
        }

        QString engineError;
        const auto emotionEngine = emotion::EmotionEngine::loadBuiltIn(&engineError);
        if (!emotionEngine)
            return fail(QStringLiteral("the emotion engine cannot load its data: %1").arg(engineError));
        const MessageScorer scorer = [&engine = *emotionEngine](Message &m) {
            emotion::scoreMessage(engine, m);
        };
        // Messages scored by an older engine are scored again once the server listens (below); a store
        // without messages yet has nothing old in it.
        SentimentRescorer rescorer(store, scorer, emotionEngine->fingerprint());
        if (store.conversationCount() == 0)
            rescorer.markUpToDate();

        QList<PhraseBook> books;
        if (parser.isSet(demoTeam) || parser.isSet(seedDemo) || parser.isSet(simulate)) {
            for (Language language : supportedLanguages) {
                QString error;
                auto book = PhraseBook::load(language, &error);
                if (!book)
                    return fail(error);
                books.append(*book);
            }
        }
        DemoOptions demoOptions;
        demoOptions.seed = quint64(QDateTime::currentMSecsSinceEpoch());
        demoOptions.now = QDateTime::currentDateTimeUtc();
        DemoGenerator generator(demoOptions, books.isEmpty() ? QList<PhraseBook>() : books);
        if (parser.isSet(demoTeam)) {
            QTextStream in(stdin);
            const QString password = in.readLine();
            for (const Agent &agent : generator.agents()) {
                const QString error =
                    accounts.ensureUser(agent.login, agent.displayName, agent.role, password);
                if (!error.isEmpty())
                    return fail(error, 2);
            }
        }
        if (parser.isSet(seedDemo) && store.conversationCount() == 0) {
            bool ok = false;
            const int count = parser.value(seedDemo).toInt(&ok);
            if (!ok || count < 0 || count > 1'000'000)
                return fail(QStringLiteral("--seed-demo takes a number from 0 to 1000000"), 2);
            publishBatch(store, generator.next(count), scorer);
            log.info(QStringLiteral("seeded"), {{QStringLiteral("conversations"), count}});
        }
        double rate = 0;
        if (parser.isSet(simulate)) {
            bool ok = false;
            rate = parser.value(simulate).toDouble(&ok);
            if (!ok || rate <= 0 || rate > 10000)
                return fail(QStringLiteral("--simulate takes a rate from 0 to 10000 messages a second"), 2);
        }

        bool portOk = false;
        const uint portNumber = parser.value(port).toUInt(&portOk);
        const QHostAddress address(parser.value(listen));
        if (!portOk || portNumber > 65535)
            return fail(QStringLiteral("--port takes a number from 0 to 65535"), 2);
        if (address.isNull())
            return fail(QStringLiteral("--listen takes an IP address"), 2);

        QString policyError;
        const auto policy = readPolicy<CompensationPolicy>(parser.value(compensationPolicy), &policyError);
        const auto sla = readPolicy<SlaPolicy>(parser.value(slaPolicy), &policyError);
        if (!policy || !sla)
            return fail(policyError, 2);
        OperationService operations(
            store, [] { return QDateTime::currentDateTimeUtc(); }, *policy);
        AlertService alerts(store, [] { return QDateTime::currentDateTimeUtc(); });
        ServerContext context{accounts, store, operations, log, ConnectionLimits(), scorer, alerts, *sla};
        std::optional<QSslConfiguration> tls;
        if (parser.isSet(tlsCert) || parser.isSet(tlsKey)) {
            QFile certFile(parser.value(tlsCert));
            QFile keyFile(parser.value(tlsKey));
            if (!certFile.open(QIODevice::ReadOnly) || !keyFile.open(QIODevice::ReadOnly))
                return fail(QStringLiteral("--tls-cert and --tls-key need readable PEM files"), 2);
            const QSslCertificate certificate(&certFile, QSsl::Pem);
            const QByteArray keyPem = keyFile.readAll();
            QSslKey key(keyPem, QSsl::Rsa, QSsl::Pem);
            if (key.isNull())
                key = QSslKey(keyPem, QSsl::Ec, QSsl::Pem);
            if (certificate.isNull() || key.isNull())
                return fail(QStringLiteral("the TLS certificate or key cannot be read"), 2);
            QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
            configuration.setLocalCertificate(certificate);
            configuration.setPrivateKey(key);
            configuration.setPeerVerifyMode(QSslSocket::VerifyNone);
            tls = configuration;
        }
        SyncServer server(context, tls);
        QString error;
        if (!server.listen(address, quint16(portNumber), &error))
            return fail(QStringLiteral("cannot listen on %1:%2: %3")
                            .arg(address.toString())
                            .arg(portNumber)
                            .arg(error));
        ChatPage chatPage(
            QStringLiteral("%1://%2:%3/chat")
                .arg(server.isSecure() ? QStringLiteral("wss") : QStringLiteral("ws"), address.toString())
                .arg(server.port()));
        const quint16 chatPort = chatPage.listen(address, quint16(parser.value(httpPort).toUInt()));
        if (chatPort == 0)
            return fail(
                QStringLiteral("cannot serve the web chat page on port %1").arg(parser.value(httpPort)));
        std::printf("web chat on http://%s:%u/\n", qPrintable(address.toString()), unsigned(chatPort));
        std::printf("listening on %s:%u\n", qPrintable(address.toString()), unsigned(server.port()));
        std::fflush(stdout);
        log.info(QStringLiteral("started"), {{QStringLiteral("port"), int(server.port())},
                                             {QStringLiteral("data_dir"), dir},
                                             {QStringLiteral("generation"), store.generation()}});

        Simulator simulator(
            store, books, [] { return QDateTime::currentDateTimeUtc(); },
            quint64(QDateTime::currentMSecsSinceEpoch()), scorer);
        simulator.setSlaPolicy(*sla);
        QObject::connect(&simulator, &Simulator::published, &server, &SyncServer::publishChanges);
        if (rate > 0)
            simulator.start(rate);

        QObject::connect(&rescorer, &SentimentRescorer::published, &server, &SyncServer::publishChanges);
        QObject::connect(&rescorer, &SentimentRescorer::finished, &app, [&](qint64 messages, qint64 changed) {
            log.info(QStringLiteral("rescored"), {{QStringLiteral("messages"), messages},
                                                  {QStringLiteral("changed"), changed},
                                                  {QStringLiteral("engine"), emotionEngine->fingerprint()}});
        });
        if (rescorer.startIfOutdated())
            log.info(QStringLiteral("rescoring"), {{QStringLiteral("engine"), emotionEngine->fingerprint()}});

        ShutdownSignals shutdown;
        QObject::connect(&shutdown, &ShutdownSignals::shutdownRequested, &app, [&](int number) {
            log.info(QStringLiteral("stopping"), {{QStringLiteral("signal"), number}});
            simulator.stop();
            server.close();
            QCoreApplication::quit();
        });
        const int code = QCoreApplication::exec();
        log.info(QStringLiteral("stopped"));
        return code;
    } catch (const StoreError &error) {
        return fail(error.message());
    } catch (const std::exception &error) {
        return fail(QString::fromUtf8(error.what()));
    }
}
