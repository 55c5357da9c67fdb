#include "cli/ServeCommand.h"

#include "alerts/AlertService.h"
#include "auth/AccountService.h"
#include "auth/LoginChecks.h"
#include "demo/DemoGenerator.h"
#include "domain/SlaPolicy.h"
#include "DomainScoring.h"
#include "HeapTrim.h"
#include "http/HttpEdge.h"
#include "net/LimitsFile.h"
#include "net/ServerLog.h"
#include "net/SyncServer.h"
#include "ops/OperationService.h"
#include "ops/SentimentRescorer.h"
#include "ShutdownSignals.h"
#include "sim/Simulator.h"
#include "storage/Publish.h"
#include "storage/SqlServerStore.h"
#include "webchat/ChatPage.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSslCertificate>
#include <QSslKey>
#include <QTextStream>

#include <cstdio>

namespace empathy {

namespace {

int fail(const QString &message, int code)
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

// The certificate and key for wss://, or nothing with the reason.
std::optional<QSslConfiguration> tlsConfiguration(const ServerOptions &options, QString *error)
{
    QFile certFile(options.tlsCert);
    QFile keyFile(options.tlsKey);
    if (!certFile.open(QIODevice::ReadOnly) || !keyFile.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("--tls-cert and --tls-key need readable PEM files");
        return std::nullopt;
    }
    const QSslCertificate certificate(&certFile, QSsl::Pem);
    const QByteArray keyPem = keyFile.readAll();
    QSslKey key(keyPem, QSsl::Rsa, QSsl::Pem);
    if (key.isNull())
        key = QSslKey(keyPem, QSsl::Ec, QSsl::Pem);
    if (certificate.isNull() || key.isNull()) {
        *error = QStringLiteral("the TLS certificate or key cannot be read");
        return std::nullopt;
    }
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setLocalCertificate(certificate);
    configuration.setPrivateKey(key);
    configuration.setPeerVerifyMode(QSslSocket::VerifyNone);
    return configuration;
}

// The demo's phrase books, loaded only when the demo is asked for.
std::optional<QList<PhraseBook>> demoPhraseBooks(const ServerOptions &options, QString *error)
{
    QList<PhraseBook> books;
    if (!options.demoTeam && options.seedDemo < 0 && options.simulateRate <= 0)
        return books;
    for (Language language : supportedLanguages) {
        auto book = PhraseBook::load(language, error);
        if (!book)
            return std::nullopt;
        books.append(*book);
    }
    return books;
}

// The demo team's accounts and the first conversations, as asked.
int prepareDemo(const ServerOptions &options, SqlServerStore &store, AccountService &accounts,
                const QList<PhraseBook> &books, const MessageScorer &scorer, const Clock &clock,
                ServerLog &log)
{
    DemoOptions demoOptions;
    demoOptions.seed = quint64(clock().toMSecsSinceEpoch());
    demoOptions.now = clock();
    DemoGenerator generator(demoOptions, books);
    if (options.demoTeam) {
        QTextStream in(stdin);
        const QString password = in.readLine();
        for (const Agent &agent : generator.agents()) {
            const QString error = accounts.ensureUser(agent.login, agent.displayName, agent.role, password);
            if (!error.isEmpty())
                return fail(error, 2);
        }
    }
    if (options.seedDemo >= 0 && store.conversationCount() == 0) {
        publishBatch(store, generator.next(options.seedDemo), scorer);
        log.info(QStringLiteral("seeded"), {{QStringLiteral("conversations"), options.seedDemo}});
    }
    return 0;
}

} // namespace

int serve(const ServerOptions &options, SqlServerStore &store, AccountService &accounts, ServerLog &log)
{
    const Clock clock = systemClock();
    QString error;
    const auto emotionEngine = emotion::EmotionEngine::loadBuiltIn(&error);
    if (!emotionEngine)
        return fail(QStringLiteral("the emotion engine cannot load its data: %1").arg(error), 1);
    const MessageScorer scorer = [&engine = *emotionEngine](Message &m) { emotion::scoreMessage(engine, m); };
    // Messages scored by an older engine are scored again once the server listens (below); a store without
    // messages yet has nothing old in it.
    SentimentRescorer rescorer(store, scorer, emotionEngine->fingerprint());
    if (store.conversationCount() == 0)
        rescorer.markUpToDate();

    const auto books = demoPhraseBooks(options, &error);
    if (!books)
        return fail(error, 1);
    if (const int code = prepareDemo(options, store, accounts, *books, scorer, clock, log); code != 0)
        return code;

    const auto policy = readPolicy<CompensationPolicy>(options.compensationPolicy, &error);
    const auto sla = readPolicy<SlaPolicy>(options.slaPolicy, &error);
    const auto limits = readPolicy<ServerLimits>(options.limits, &error);
    if (!policy || !sla || !limits)
        return fail(error, 2);
    std::optional<QSslConfiguration> tls;
    if (!options.tlsCert.isEmpty() && !(tls = tlsConfiguration(options, &error)))
        return fail(error, 2);

    OperationService operations(store, clock, *policy);
    AlertService alerts(store, clock);
    LoginChecks loginChecks(limits->sync.maxLoginChecksWaiting);
    ServerContext context{accounts, loginChecks, store, operations, log, limits->sync, scorer, alerts, *sla};
    context.proxies = limits->trustedProxies;
    SyncServer server(context, tls);
    if (!server.listen(options.listen, options.port, &error))
        return fail(QStringLiteral("cannot listen on %1:%2: %3")
                        .arg(options.listen.toString())
                        .arg(options.port)
                        .arg(error),
                    1);
    HttpRoutes routes;
    ChatPage({options.chatSocketUrl, server.port(), server.isSecure()}).addRoutes(routes);
    HttpEdge http(std::move(routes), limits->http, QDir(options.dataDir).filePath(QStringLiteral("spool")),
                  log, clock);
    http.trustProxies(limits->trustedProxies);
    if (!http.listen(options.listen, options.httpPort, &error))
        return fail(
            QStringLiteral("cannot serve the web chat page on port %1: %2").arg(options.httpPort).arg(error),
            1);
    std::printf("web chat on http://%s:%u/\n", qPrintable(options.listen.toString()), unsigned(http.port()));
    std::printf("listening on %s:%u\n", qPrintable(options.listen.toString()), unsigned(server.port()));
    std::fflush(stdout);
    log.info(QStringLiteral("started"), {{QStringLiteral("port"), int(server.port())},
                                         {QStringLiteral("data_dir"), options.dataDir},
                                         {QStringLiteral("generation"), store.generation()}});

    Simulator simulator(store, *books, clock, quint64(clock().toMSecsSinceEpoch()), scorer);
    simulator.setSlaPolicy(*sla);
    QObject::connect(&simulator, &Simulator::published, &server, &SyncServer::publishChanges);
    if (options.simulateRate > 0)
        simulator.start(options.simulateRate);

    QObject::connect(&rescorer, &SentimentRescorer::published, &server, &SyncServer::publishChanges);
    QObject::connect(&rescorer, &SentimentRescorer::finished, &server, [&](qint64 messages, qint64 changed) {
        log.info(QStringLiteral("rescored"), {{QStringLiteral("messages"), messages},
                                              {QStringLiteral("changed"), changed},
                                              {QStringLiteral("engine"), emotionEngine->fingerprint()}});
    });
    if (rescorer.startIfOutdated())
        log.info(QStringLiteral("rescoring"), {{QStringLiteral("engine"), emotionEngine->fingerprint()}});

    HeapTrim heapTrim(5000); // freed memory back to the system: the server's footprint follows its load
    ShutdownSignals shutdown;
    QObject::connect(&shutdown, &ShutdownSignals::shutdownRequested, &server, [&](int number) {
        log.info(QStringLiteral("stopping"), {{QStringLiteral("signal"), number}});
        simulator.stop();
        server.close();
        QCoreApplication::quit();
    });
    const int code = QCoreApplication::exec();
    log.info(QStringLiteral("stopped"));
    return code;
}

} // namespace empathy
