#pragma once

#include "storage/ServerStore.h"
#include "storage/StatementCache.h"

#include <QSqlDatabase>

namespace empathy {

// The server's store on QtSql over SQLite: one file in the data directory, in WAL mode, its schema brought
// up to date by ServerMigrations. Written for one server process. What PostgreSQL (issue 28) will need
// besides a QPSQL connection: a schema-version table in place of PRAGMA user_version, BIGSERIAL/identity
// columns in place of AUTOINCREMENT and BYTEA in place of BLOB in the migrations, ids taken from sequences
// in place of max(id) + 1 (which two instances would both take), and a change log whose order no reader
// can skip while another instance's transaction is still open. The upserts (INSERT … ON CONFLICT … DO
// UPDATE … excluded.x) are already PostgreSQL's syntax.
class SqlServerStore : public ServerStore
{
public:
    // Opens (creating and migrating) <dataDir>/empathy-server.sqlite. Throws StoreError.
    explicit SqlServerStore(const QString &dataDir);
    ~SqlServerStore() override;

    QString generation() override;
    std::optional<Account> accountByLogin(const QString &login) override;
    std::optional<Account> accountById(AgentId id) override;
    AgentId createAccount(const Account &account) override;
    bool setDisabled(const QString &login, bool disabled) override;
    bool setPasswordHash(const QString &login, const QString &passwordHash) override;
    void saveSession(const QByteArray &tokenHash, AgentId agent, const QDateTime &expires) override;
    std::optional<SessionRecord> session(const QByteArray &tokenHash) override;
    void extendSession(const QByteArray &tokenHash, const QDateTime &expires) override;
    void revokeSession(const QByteArray &tokenHash) override;
    void revokeSessionsOf(AgentId agent) override;

    void inTransaction(const std::function<void()> &work) override;
    void putAgent(const Agent &agent) override;
    void putCustomer(const Customer &customer) override;
    void putConversation(const Conversation &conversation) override;
    void putMessage(const Message &message) override;
    void putOrder(const Order &order) override;
    void putSurveyAnswer(const SurveyAnswer &answer) override;
    void republishCustomer(CustomerId id) override;
    void republishConversationContents(ConversationId id) override;
    std::optional<Conversation> conversation(ConversationId id) override;
    QList<Message> messagesFrom(MessageId after, int limit) override;
    MessageId nextMessageId() override;
    std::optional<Customer> customer(CustomerId id) override;
    CustomerId customerByIdentity(IdentityKind kind, const QString &value) override;
    ConversationId openConversationOf(CustomerId customer, Channel channel) override;
    QList<Message> messagesAfter(ConversationId conversation, MessageId after) override;
    std::optional<Message> lastMessage(ConversationId id) override;
    std::optional<Message> message(MessageId id) override;
    void recordCorrection(const SentimentCorrection &correction) override;
    int correctionCount() override;
    AgentId lastAssigneeOf(CustomerId id) override;
    CustomerId nextCustomerId() override;
    ConversationId nextConversationId() override;
    qint64 conversationCount() override;
    CompensationId nextCompensationId() override;
    void putCompensation(const Compensation &compensation, const Money &value) override;
    std::optional<Compensation> compensation(CompensationId id) override;
    std::optional<Compensation> activeCompensation(ConversationId conversation,
                                                   CompensationKind kind) override;
    qint64 grantedOnOwnSince(AgentId agent, const QString &currency, const QDateTime &since) override;
    QList<Compensation> pendingCompensations() override;
    qint64 compensationCount() override;
    void recordCompensationEvent(const CompensationEvent &event) override;
    QList<CompensationEvent> compensationEvents(CompensationId id) override;
    std::optional<Order> order(OrderId id) override;
    SurveyAnswerId nextSurveyAnswerId() override;
    bool hasSurveyAnswer(ConversationId conversation) override;
    EmpathyEntryId nextEmpathyEntryId() override;
    void putEmpathyEntry(const EmpathyEntry &entry) override;
    std::optional<EmpathyEntry> empathyEntry(EmpathyEntryId id) override;
    QList<EmpathyEntry> empathyEntries(CustomerId customer) override;
    qint64 head() override;
    QList<Change> changesAfter(qint64 after, qint64 upTo, int limit, qint64 maxBytes, const Agent &viewer,
                               bool *cut = nullptr) override;
    QList<AudiencedChange> changeRange(qint64 after, qint64 upTo, int limit, qint64 maxBytes,
                                       bool *cut = nullptr) override;
    std::optional<QJsonObject> recordedAck(const QString &opId) override;
    void recordAck(const QString &opId, AgentId agent, const QJsonObject &ack) override;

    AlertId nextAlertId() override;
    bool addAlert(const Alert &alert, const QString &dedupeKey) override;
    void putAlert(const Alert &alert) override;
    std::optional<Alert> alert(AlertId id) override;
    bool hasOpenAlert(ConversationId conversation, AlertKind kind) override;
    QList<Alert> openAlerts(ConversationId conversation) override;
    ValenceSummary valenceSummary(CustomerId customer) override;
    void putValenceSummary(CustomerId customer, const ValenceSummary &summary) override;
    std::optional<Message> messageBefore(ConversationId conversation, MessageId message) override;
    QList<Conversation> conversationsOf(CustomerId customer) override;
    QList<Conversation> conversationsDueForDeadlineCheck(const QDateTime &now, int limit) override;
    void setNextDeadlineCheck(ConversationId id, const QDateTime &at) override;
    QString stateValue(const QString &name) override;
    void setStateValue(const QString &name, const QString &value) override;

private:
    std::optional<Account> accountWhere(const QString &condition, const QVariant &value);
    qint64 scalar(const QString &sql, const QVariantList &values = {});
    std::optional<Message> messageWhere(const QString &condition, const QVariantList &values);
    // The messages a query of `SELECT data FROM messages ...` found, in its order.
    static QList<Message> messagesOf(CachedQuery query);
    // The conversations of the rows (their data column first); rows that do not read are left out.
    static QList<Conversation> conversationsIn(CachedQuery query);
    QList<Conversation> conversationsWhere(const QString &condition, const QVariantList &values);
    QList<Alert> alertsWhere(const QString &condition, const QVariantList &values);
    std::optional<Compensation> compensationWhere(const QString &condition, const QVariantList &values);
    void appendChange(ChangeKind kind, qint64 customer, qint64 conversation, const QByteArray &data);

    QString m_connection;
    QSqlDatabase m_db;
    StatementCache m_statements{m_db}; // every statement but the change log's reads
    int m_transactionDepth = 0;        // inTransaction() calls under way: the outermost one commits
    QString m_generation;
};

} // namespace empathy
