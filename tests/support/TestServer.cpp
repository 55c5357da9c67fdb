#include "TestServer.h"

#include "demo/DemoGenerator.h"
#include "storage/Publish.h"

#include <stdexcept>

namespace empathy::test {

TestServer::TestServer(int conversations, quint64 seed)
    : m_now(QDate(2026, 3, 1), QTime(9, 0), Qt::UTC)
    , m_hasher(std::make_unique<PasswordHasher>(PasswordHasher::Strength::Minimal))
    , m_log(std::make_unique<ServerLog>(qEnvironmentVariableIsSet("EMPATHY_TEST_LOG") ? stderr : nullptr))
    , m_conversations(conversations)
    , m_seed(seed)
{
    openStore();
    start();
}

TestServer::~TestServer()
{
    stop();
}

void TestServer::openStore()
{
    m_server.reset();
    m_context.reset();
    m_alerts.reset();
    m_operations.reset();
    m_loginChecks.reset();
    m_accounts.reset();
    m_store.reset();
    m_store =
        std::make_unique<SqlServerStore>(m_dir.filePath(QStringLiteral("store-%1").arg(++m_storeNumber)));
    m_accounts = std::make_unique<AccountService>(*m_store, *m_hasher, [this] { return m_now; });
    m_loginChecks = std::make_unique<LoginChecks>(ConnectionLimits{}.maxLoginChecksWaiting);
    m_operations = std::make_unique<OperationService>(*m_store, [this] { return m_now; });
    m_alerts = std::make_unique<AlertService>(*m_store, [this] { return m_now; });
    m_context = std::make_unique<ServerContext>(
        ServerContext{*m_accounts, *m_loginChecks, *m_store, *m_operations, *m_log, {}, m_scorer, *m_alerts});

    QList<PhraseBook> books;
    for (Language language : supportedLanguages)
        books.append(*PhraseBook::load(language));
    DemoOptions options;
    options.seed = m_seed;
    options.now = m_now;
    DemoGenerator generator(options, books);
    for (const Agent &agent : generator.agents()) {
        const QString error = m_accounts->createUser(agent.login, agent.displayName, agent.role,
                                                     QStringLiteral("password-") + agent.login);
        if (!error.isEmpty())
            throw std::runtime_error(error.toStdString());
    }
    m_batch = generator.next(m_conversations);
    publishBatch(*m_store, m_batch);
}

void TestServer::start(quint16 port, std::optional<ConnectionLimits> limits)
{
    if (limits)
        m_context->limits = *limits;
    m_server = std::make_unique<SyncServer>(*m_context);
    QString error;
    if (!m_server->listen(QHostAddress::LocalHost, port ? port : m_port, &error))
        throw std::runtime_error(error.toStdString());
    m_port = m_server->port();
}

void TestServer::startSecure(const QSslConfiguration &tls)
{
    stop();
    m_server = std::make_unique<SyncServer>(*m_context, tls);
    QString error;
    if (!m_server->listen(QHostAddress::LocalHost, m_port, &error))
        throw std::runtime_error(error.toStdString());
    m_secure = true;
}

void TestServer::stop()
{
    m_server.reset();
}

void TestServer::replaceStore()
{
    openStore();
    start(m_port);
}

QUrl TestServer::url() const
{
    return QUrl(QStringLiteral("%1://127.0.0.1:%2")
                    .arg(m_secure ? QStringLiteral("wss") : QStringLiteral("ws"))
                    .arg(m_port));
}

AgentId TestServer::agent(const QString &login)
{
    const auto account = m_store->accountByLogin(login);
    return account ? account->agent.id : AgentId();
}

void TestServer::setScorer(MessageScorer scorer)
{
    m_scorer = std::move(scorer);
    m_context->scoreMessage = m_scorer;
}

void TestServer::publish(const DataBatch &batch)
{
    publishBatch(*m_store, batch, m_scorer);
    if (m_server)
        m_server->publishChanges();
}

} // namespace empathy::test
