#pragma once

#include "alerts/AlertService.h"
#include "auth/AccountService.h"
#include "auth/LoginChecks.h"
#include "auth/PasswordHasher.h"
#include "domain/DataBatch.h"
#include "net/ServerLog.h"
#include "net/SyncServer.h"
#include "ops/OperationService.h"
#include "storage/SqlServerStore.h"

#include <QSslConfiguration>
#include <QTemporaryDir>

#include <memory>

namespace empathy::test {

// A real empathy-server in this process, listening on loopback, with the demo team as accounts
// (password "password-<login>") and generated conversations published. stop() and start() close and
// reopen it on the same port with the same data, as a restart would.
class TestServer
{
public:
    explicit TestServer(int conversations = 200, quint64 seed = 21);
    ~TestServer();

    // Listens again (on the same port unless one is given), optionally with other connection limits.
    void start(quint16 port = 0, std::optional<ConnectionLimits> limits = std::nullopt);
    void stop();
    // Listens again on the same port, now with TLS: clients connect with wss://.
    void startSecure(const QSslConfiguration &tls);
    // A new, empty store (new generation) in place of the old one, same port.
    void replaceStore();

    quint16 port() const { return m_port; }
    QUrl url() const;
    SqlServerStore &store() { return *m_store; }
    OperationService &operations() { return *m_operations; }
    AlertService &alerts() { return *m_alerts; }
    ServerContext &context() { return *m_context; }
    AccountService &accounts() { return *m_accounts; }
    // Holds the default maxLoginChecksWaiting whatever limits start() is given.
    LoginChecks &loginChecks() { return *m_loginChecks; }
    QDateTime now() const { return m_now; }
    SyncServer &server() { return *m_server; }
    AgentId agent(const QString &login);
    const DataBatch &seeded() const { return m_batch; }
    // Publishes more data and pushes it to live clients.
    void publish(const DataBatch &batch);
    void setNow(const QDateTime &now) { m_now = now; }
    // Customers' messages from now on (web chat, publish()) are scored with it.
    void setScorer(MessageScorer scorer);

private:
    void openStore();

    QTemporaryDir m_dir;
    int m_storeNumber = 0;
    QDateTime m_now;
    std::unique_ptr<SqlServerStore> m_store;
    std::unique_ptr<PasswordHasher> m_hasher;
    std::unique_ptr<AccountService> m_accounts;
    std::unique_ptr<LoginChecks> m_loginChecks;
    std::unique_ptr<ServerLog> m_log;
    std::unique_ptr<OperationService> m_operations;
    std::unique_ptr<AlertService> m_alerts;
    std::unique_ptr<ServerContext> m_context;
    std::unique_ptr<SyncServer> m_server;
    quint16 m_port = 0;
    MessageScorer m_scorer;
    bool m_secure = false;
    DataBatch m_batch;
    int m_conversations;
    quint64 m_seed;
};

} // namespace empathy::test
