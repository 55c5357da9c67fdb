#include "storage/SqlServerStore.h"

#include "domain/Sla.h"
#include "protocol/DomainJson.h"
#include "storage/ServerMigrations.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace empathy {

namespace {

// The kind of a change row; a kind this build does not know (a newer server's rows) is Unknown.
ChangeKind kindOfRow(const QVariant &kind)
{
    return changeKindFromKey(kind.toString()).value_or(ChangeKind::Unknown);
}

// The condition on a message row that the customer sees it (customerSees(): not the team's private notes,
// not the server's notices).
QString seenByCustomer()
{
    return QStringLiteral("coalesce(json_extract(data, '$.purpose'), '%1') NOT IN ('%2', '%3')")
        .arg(messagePurposeKey(MessagePurpose::Plain), messagePurposeKey(MessagePurpose::PrivateNote),
             messagePurposeKey(MessagePurpose::Notice));
}

} // namespace

SqlServerStore::SqlServerStore(const QString &dataDir)
    : m_connection(
          QStringLiteral("empathy-server-%1").arg(QUuid::createUuid().toString(QUuid::WithoutBraces)))
{
    if (!QDir().mkpath(dataDir))
        throw StoreError(QStringLiteral("cannot create the data directory %1").arg(dataDir));
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    m_db.setDatabaseName(dataDir + QStringLiteral("/empathy-server.sqlite"));
    if (!m_db.open())
        throw StoreError(
            QStringLiteral("cannot open %1: %2").arg(m_db.databaseName(), m_db.lastError().text()));
    m_statements.run(QStringLiteral("PRAGMA busy_timeout = 5000"));
    // Migrated first: a store of a newer version is refused before anything (even the journal mode) is
    // written to it.
    ServerMigrations::migrate(m_db);
    m_statements.run(QStringLiteral("PRAGMA journal_mode = WAL"));
    m_statements.run(QStringLiteral("PRAGMA foreign_keys = ON"));
    CachedQuery generation =
        m_statements.run(QStringLiteral("SELECT value FROM meta WHERE key = 'generation'"));
    if (generation.next()) {
        m_generation = generation.value(0).toString();
    } else {
        m_generation = QUuid::createUuid().toString(QUuid::WithoutBraces);
        m_statements.run(QStringLiteral("INSERT INTO meta(key, value) VALUES('generation', ?)"),
                         {m_generation});
    }
}

SqlServerStore::~SqlServerStore()
{
    m_statements.clear();
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connection);
}

QString SqlServerStore::generation()
{
    return m_generation;
}

std::optional<Account> SqlServerStore::accountWhere(const QString &condition, const QVariant &value)
{
    CachedQuery query = m_statements.run(
        QStringLiteral("SELECT id, login, display_name, role, password_hash, disabled FROM accounts "
                       "WHERE ") +
            condition,
        {value});
    if (!query.next())
        return std::nullopt;
    Account account;
    account.agent.id = AgentId(query.value(0).toLongLong());
    account.agent.login = query.value(1).toString();
    account.agent.displayName = query.value(2).toString();
    account.agent.role = AgentRole(query.value(3).toInt());
    account.passwordHash = query.value(4).toString();
    account.disabled = query.value(5).toInt() != 0;
    return account;
}

std::optional<Account> SqlServerStore::accountByLogin(const QString &login)
{
    return accountWhere(QStringLiteral("login = ?"), login);
}

std::optional<Account> SqlServerStore::accountById(AgentId id)
{
    return accountWhere(QStringLiteral("id = ?"), id.value());
}

AgentId SqlServerStore::createAccount(const Account &account)
{
    if (accountByLogin(account.agent.login))
        throw StoreError(QStringLiteral("the user name %1 is taken").arg(account.agent.login));
    AgentId id;
    inTransaction([&] {
        CachedQuery query = m_statements.run(
            QStringLiteral("INSERT INTO accounts(login, display_name, role, password_hash, disabled) "
                           "VALUES(?, ?, ?, ?, ?)"),
            {account.agent.login, account.agent.displayName, int(account.agent.role), account.passwordHash,
             int(account.disabled)});
        id = AgentId(query.lastInsertId().toLongLong());
        Agent agent = account.agent;
        agent.id = id;
        putAgent(agent); // the team list every client shows
    });
    return id;
}

bool SqlServerStore::setDisabled(const QString &login, bool disabled)
{
    CachedQuery query = m_statements.run(QStringLiteral("UPDATE accounts SET disabled = ? WHERE login = ?"),
                                         {int(disabled), login});
    return query.numRowsAffected() > 0;
}

bool SqlServerStore::setPasswordHash(const QString &login, const QString &passwordHash)
{
    CachedQuery query = m_statements.run(
        QStringLiteral("UPDATE accounts SET password_hash = ? WHERE login = ?"), {passwordHash, login});
    return query.numRowsAffected() > 0;
}

void SqlServerStore::saveSession(const QByteArray &tokenHash, AgentId agent, const QDateTime &expires)
{
    m_statements.run(QStringLiteral("INSERT INTO sessions(token_hash, agent_id, expires_at) VALUES(?, ?, ?)"),
                     {tokenHash, agent.value(), expires.toMSecsSinceEpoch()});
}

std::optional<SessionRecord> SqlServerStore::session(const QByteArray &tokenHash)
{
    CachedQuery query = m_statements.run(
        QStringLiteral("SELECT agent_id, expires_at FROM sessions WHERE token_hash = ?"), {tokenHash});
    if (!query.next())
        return std::nullopt;
    return SessionRecord{AgentId(query.value(0).toLongLong()),
                         QDateTime::fromMSecsSinceEpoch(query.value(1).toLongLong(), Qt::UTC)};
}

void SqlServerStore::extendSession(const QByteArray &tokenHash, const QDateTime &expires)
{
    m_statements.run(QStringLiteral("UPDATE sessions SET expires_at = ? WHERE token_hash = ?"),
                     {expires.toMSecsSinceEpoch(), tokenHash});
}

void SqlServerStore::revokeSession(const QByteArray &tokenHash)
{
    m_statements.run(QStringLiteral("DELETE FROM sessions WHERE token_hash = ?"), {tokenHash});
}

void SqlServerStore::revokeSessionsOf(AgentId agent)
{
    m_statements.run(QStringLiteral("DELETE FROM sessions WHERE agent_id = ?"), {agent.value()});
}

namespace {

QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

// QtSql binds a null QString as NULL.
QString nonNull(const QString &text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

QVariant optionalId(qint64 id)
{
    return id == 0 ? QVariant(QMetaType(QMetaType::LongLong)) : QVariant(id);
}

// A moment as milliseconds since the epoch; NULL when there is none.
QVariant optionalMoment(const QDateTime &at)
{
    return at.isValid() ? QVariant(at.toMSecsSinceEpoch()) : QVariant(QMetaType(QMetaType::LongLong));
}

} // namespace

void SqlServerStore::inTransaction(const std::function<void()> &work)
{
    if (m_transactionDepth > 0) {
        // Inside another: a savepoint, undone on its own when the work throws.
        const QString savepoint = QStringLiteral("part%1").arg(m_transactionDepth);
        m_statements.run(QStringLiteral("SAVEPOINT ") + savepoint);
        ++m_transactionDepth;
        try {
            work();
        } catch (...) {
            --m_transactionDepth;
            m_statements.run(QStringLiteral("ROLLBACK TO ") + savepoint);
            m_statements.run(QStringLiteral("RELEASE ") + savepoint);
            throw;
        }
        --m_transactionDepth;
        m_statements.run(QStringLiteral("RELEASE ") + savepoint);
        return;
    }
    if (!m_db.transaction())
        throw StoreError(QStringLiteral("cannot begin a transaction: %1").arg(m_db.lastError().text()));
    ++m_transactionDepth;
    try {
        work();
    } catch (...) {
        --m_transactionDepth;
        m_db.rollback();
        throw;
    }
    --m_transactionDepth;
    if (!m_db.commit()) {
        const QString error = m_db.lastError().text();
        m_db.rollback();
        throw StoreError(QStringLiteral("cannot commit: %1").arg(error));
    }
}

void SqlServerStore::appendChange(ChangeKind kind, qint64 customer, qint64 conversation,
                                  const QByteArray &data)
{
    m_statements.run(
        QStringLiteral("INSERT INTO changes(kind, customer_id, conversation_id, data) VALUES(?, ?, ?, ?)"),
        {changeKindKey(kind), optionalId(customer), optionalId(conversation), QString::fromUtf8(data)});
}

void SqlServerStore::putAgent(const Agent &agent)
{
    appendChange(ChangeKind::Agent, 0, 0, compact(DomainJson::write(agent)));
}

void SqlServerStore::putCustomer(const Customer &customer)
{
    const QByteArray data = compact(DomainJson::write(customer));
    m_statements.run(
        QStringLiteral("INSERT INTO customers(id, data) VALUES(?, ?) ON CONFLICT(id) DO UPDATE SET data = "
                       "excluded.data"),
        {customer.id.value(), QString::fromUtf8(data)});
    for (const CustomerIdentity &identity : customer.identities)
        m_statements.run(
            QStringLiteral("INSERT INTO customer_identities(kind, value, customer_id) VALUES(?, ?, ?) "
                           "ON CONFLICT(kind, value) DO UPDATE SET customer_id = excluded.customer_id"),
            {int(identity.kind), identity.value, customer.id.value()});
    appendChange(ChangeKind::Customer, customer.id.value(), 0, data);
}

void SqlServerStore::putConversation(const Conversation &c)
{
    const QByteArray data = compact(DomainJson::write(c));
    // Its deadlines are next looked at when the first of them is due soon; stored again with the same
    // promises (and still open), it keeps the moment the last look set.
    const QDateTime firstCheck = c.status == ConversationStatus::Resolved
                                     ? QDateTime()
                                     : nextSlaChange({c.firstResponseDue, c.resolutionDue}, c.createdAt, {});
    m_statements.run(
        QStringLiteral(
            "INSERT INTO conversations(id, customer_id, assignee_id, status, data, first_response_due, "
            "resolution_due, deadline_check) VALUES(?, ?, ?, ?, ?, ?, ?, ?) "
            "ON CONFLICT(id) DO UPDATE SET customer_id = excluded.customer_id, "
            "assignee_id = excluded.assignee_id, status = excluded.status, data = excluded.data, "
            "deadline_check = CASE WHEN conversations.status <> 'resolved' AND excluded.status <> 'resolved' "
            "AND conversations.first_response_due IS excluded.first_response_due "
            "AND conversations.resolution_due IS excluded.resolution_due "
            "THEN conversations.deadline_check ELSE excluded.deadline_check END, "
            "first_response_due = excluded.first_response_due, resolution_due = excluded.resolution_due"),
        {c.id.value(), c.customer.value(), optionalId(c.assignee.value()), statusKey(c.status),
         QString::fromUtf8(data), optionalMoment(c.firstResponseDue), optionalMoment(c.resolutionDue),
         optionalMoment(firstCheck)});
    appendChange(ChangeKind::Conversation, c.customer.value(), c.id.value(), data);
}

void SqlServerStore::putMessage(const Message &m)
{
    const QByteArray data = compact(DomainJson::write(m));
    m_statements.run(QStringLiteral("INSERT INTO messages(id, conversation_id, data) VALUES(?, ?, ?) "
                                    "ON CONFLICT(id) DO UPDATE SET data = excluded.data"),
                     {m.id.value(), m.conversation.value(), QString::fromUtf8(data)});
    CachedQuery owner = m_statements.run(QStringLiteral("SELECT customer_id FROM conversations WHERE id = ?"),
                                         {m.conversation.value()});
    if (!owner.next())
        throw StoreError(QStringLiteral("message %1 belongs to no known conversation").arg(m.id.value()));
    appendChange(ChangeKind::Message, owner.value(0).toLongLong(), m.conversation.value(), data);
}

void SqlServerStore::putOrder(const Order &order)
{
    const QByteArray data = compact(DomainJson::write(order));
    m_statements.run(QStringLiteral("INSERT INTO orders(id, customer_id, data) VALUES(?, ?, ?) "
                                    "ON CONFLICT(id) DO UPDATE SET data = excluded.data"),
                     {order.id.value(), order.customer.value(), QString::fromUtf8(data)});
    appendChange(ChangeKind::Order, order.customer.value(), 0, data);
}

void SqlServerStore::putSurveyAnswer(const SurveyAnswer &answer)
{
    const QByteArray data = compact(DomainJson::write(answer));
    m_statements.run(
        QStringLiteral(
            "INSERT INTO survey_answers(id, customer_id, conversation_id, data) VALUES(?, ?, ?, ?) "
            "ON CONFLICT(id) DO UPDATE SET data = excluded.data"),
        {answer.id.value(), answer.customer.value(), optionalId(answer.conversation.value()),
         QString::fromUtf8(data)});
    appendChange(ChangeKind::Survey, answer.customer.value(), answer.conversation.value(), data);
}

void SqlServerStore::republishCustomer(CustomerId id)
{
    CachedQuery customer =
        m_statements.run(QStringLiteral("SELECT data FROM customers WHERE id = ?"), {id.value()});
    if (customer.next())
        appendChange(ChangeKind::Customer, id.value(), 0, customer.value(0).toString().toUtf8());
    CachedQuery entries = m_statements.run(
        QStringLiteral("SELECT data FROM empathy_entries WHERE customer_id = ? ORDER BY id"), {id.value()});
    while (entries.next())
        appendChange(ChangeKind::Empathy, id.value(), 0, entries.value(0).toString().toUtf8());
    CachedQuery orders = m_statements.run(
        QStringLiteral("SELECT data FROM orders WHERE customer_id = ? ORDER BY id"), {id.value()});
    while (orders.next())
        appendChange(ChangeKind::Order, id.value(), 0, orders.value(0).toString().toUtf8());
}

void SqlServerStore::republishConversationContents(ConversationId id)
{
    CachedQuery owner =
        m_statements.run(QStringLiteral("SELECT customer_id FROM conversations WHERE id = ?"), {id.value()});
    if (!owner.next())
        return;
    const qint64 customer = owner.value(0).toLongLong();
    CachedQuery messages = m_statements.run(
        QStringLiteral("SELECT data FROM messages WHERE conversation_id = ? ORDER BY id"), {id.value()});
    while (messages.next())
        appendChange(ChangeKind::Message, customer, id.value(), messages.value(0).toString().toUtf8());
    CachedQuery surveys = m_statements.run(
        QStringLiteral("SELECT data FROM survey_answers WHERE conversation_id = ? ORDER BY id"),
        {id.value()});
    while (surveys.next())
        appendChange(ChangeKind::Survey, customer, id.value(), surveys.value(0).toString().toUtf8());
    CachedQuery compensations = m_statements.run(
        QStringLiteral("SELECT data FROM compensations WHERE conversation_id = ? ORDER BY id"), {id.value()});
    while (compensations.next())
        appendChange(ChangeKind::Compensation, customer, id.value(),
                     compensations.value(0).toString().toUtf8());
}

std::optional<Conversation> SqlServerStore::conversation(ConversationId id)
{
    CachedQuery query =
        m_statements.run(QStringLiteral("SELECT data FROM conversations WHERE id = ?"), {id.value()});
    if (!query.next())
        return std::nullopt;
    QString error;
    auto conversation = DomainJson::readConversation(
        QJsonDocument::fromJson(query.value(0).toString().toUtf8()).object(), &error);
    if (!conversation)
        throw StoreError(QStringLiteral("stored conversation %1 is damaged: %2").arg(id.value()).arg(error));
    return conversation;
}

qint64 SqlServerStore::scalar(const QString &sql, const QVariantList &values)
{
    CachedQuery query = m_statements.run(sql, values);
    return query.next() ? query.value(0).toLongLong() : 0;
}

MessageId SqlServerStore::nextMessageId()
{
    return MessageId(scalar(QStringLiteral("SELECT coalesce(max(id), 0) + 1 FROM messages")));
}

CustomerId SqlServerStore::nextCustomerId()
{
    return CustomerId(scalar(QStringLiteral("SELECT coalesce(max(id), 0) + 1 FROM customers")));
}

ConversationId SqlServerStore::nextConversationId()
{
    return ConversationId(scalar(QStringLiteral("SELECT coalesce(max(id), 0) + 1 FROM conversations")));
}

qint64 SqlServerStore::conversationCount()
{
    return scalar(QStringLiteral("SELECT count(*) FROM conversations"));
}

std::optional<Customer> SqlServerStore::customer(CustomerId id)
{
    CachedQuery query =
        m_statements.run(QStringLiteral("SELECT data FROM customers WHERE id = ?"), {id.value()});
    if (!query.next())
        return std::nullopt;
    QString error;
    return DomainJson::readCustomer(QJsonDocument::fromJson(query.value(0).toString().toUtf8()).object(),
                                    &error);
}

CustomerId SqlServerStore::customerByIdentity(IdentityKind kind, const QString &value)
{
    return CustomerId(
        scalar(QStringLiteral("SELECT customer_id FROM customer_identities WHERE kind = ? AND value = ?"),
               {int(kind), value}));
}

ConversationId SqlServerStore::openConversationOf(CustomerId customer, Channel channel)
{
    // The channel is inside the wire form; there are few conversations per customer.
    CachedQuery query = m_statements.run(
        QStringLiteral("SELECT id, data FROM conversations WHERE customer_id = ? AND status <> 'resolved' "
                       "ORDER BY id DESC"),
        {customer.value()});
    while (query.next()) {
        QString error;
        const auto conversation = DomainJson::readConversation(
            QJsonDocument::fromJson(query.value(1).toString().toUtf8()).object(), &error);
        if (conversation && conversation->channel == channel)
            return conversation->id;
    }
    return {};
}

QList<Message> SqlServerStore::messagesAfter(ConversationId conversation, MessageId after)
{
    return messagesOf(m_statements.run(
        QStringLiteral("SELECT data FROM messages WHERE conversation_id = ? AND id > ? ORDER BY id"),
        {conversation.value(), after.value()}));
}

QList<Message> SqlServerStore::messagesFrom(MessageId after, int limit)
{
    return messagesOf(
        m_statements.run(QStringLiteral("SELECT data FROM messages WHERE id > ? ORDER BY id LIMIT ?"),
                         {after.value(), limit}));
}

QList<Message> SqlServerStore::messagesOf(CachedQuery query)
{
    QList<Message> messages;
    while (query.next()) {
        QString error;
        if (auto message = DomainJson::readMessage(
                QJsonDocument::fromJson(query.value(0).toString().toUtf8()).object(), &error))
            messages.append(*message);
    }
    return messages;
}

std::optional<Message> SqlServerStore::lastMessage(ConversationId id)
{
    return messageWhere(
        QStringLiteral("conversation_id = ? AND %1 ORDER BY id DESC LIMIT 1").arg(seenByCustomer()),
        {id.value()});
}

std::optional<Message> SqlServerStore::message(MessageId id)
{
    return messageWhere(QStringLiteral("id = ?"), {id.value()});
}

std::optional<Message> SqlServerStore::messageWhere(const QString &condition, const QVariantList &values)
{
    CachedQuery query =
        m_statements.run(QStringLiteral("SELECT data FROM messages WHERE ") + condition, values);
    if (!query.next())
        return std::nullopt;
    QString error;
    return DomainJson::readMessage(QJsonDocument::fromJson(query.value(0).toString().toUtf8()).object(),
                                   &error);
}

void SqlServerStore::recordCorrection(const SentimentCorrection &c)
{
    auto labelKey = [](SentimentLabel label) {
        return label == SentimentLabel::Positive   ? QStringLiteral("positive")
               : label == SentimentLabel::Negative ? QStringLiteral("negative")
                                                   : QStringLiteral("neutral");
    };
    m_statements.run(
        QStringLiteral(
            "INSERT INTO sentiment_corrections(message_id, agent_id, language, body, engine_label, "
            "engine_valence, corrected_label, corrected_at) VALUES(?, ?, ?, ?, ?, ?, ?, ?)"),
        {c.message.value(), c.agent.value(), languageCode(c.language), c.body,
         c.engineLabel ? QVariant(labelKey(*c.engineLabel)) : QVariant(),
         c.engineValence ? QVariant(double(*c.engineValence)) : QVariant(), labelKey(c.correctedLabel),
         c.at.toString(Qt::ISODateWithMs)});
}

int SqlServerStore::correctionCount()
{
    return int(scalar(QStringLiteral("SELECT count(*) FROM sentiment_corrections"), {}));
}

AgentId SqlServerStore::lastAssigneeOf(CustomerId id)
{
    return AgentId(scalar(QStringLiteral("SELECT assignee_id FROM conversations WHERE customer_id = ? AND "
                                         "assignee_id IS NOT NULL ORDER BY id DESC LIMIT 1"),
                          {id.value()}));
}

CompensationId SqlServerStore::nextCompensationId()
{
    return CompensationId(scalar(QStringLiteral("SELECT coalesce(max(id), 0) + 1 FROM compensations")));
}

void SqlServerStore::putCompensation(const Compensation &c, const Money &value)
{
    const QByteArray data = compact(DomainJson::write(c));
    m_statements.run(
        QStringLiteral(
            "INSERT INTO compensations(id, conversation_id, customer_id, kind, status, requested_by, "
            "requested_at, decided_at, value_minor, value_currency, data) "
            "VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
            "ON CONFLICT(id) DO UPDATE SET status = excluded.status, decided_at = excluded.decided_at, "
            "data = excluded.data"),
        {c.id.value(), c.conversation.value(), c.customer.value(), compensationKindKey(c.kind),
         compensationStatusKey(c.status), c.requestedBy.value(),
         c.requestedAt.toUTC().toString(Qt::ISODateWithMs),
         c.decidedAt.isValid() ? QVariant(c.decidedAt.toUTC().toString(Qt::ISODateWithMs)) : QVariant(),
         value.minorUnits, nonNull(value.currency), QString::fromUtf8(data)});
    appendChange(ChangeKind::Compensation, c.customer.value(), c.conversation.value(), data);
}

std::optional<Compensation> SqlServerStore::compensationWhere(const QString &condition,
                                                              const QVariantList &values)
{
    CachedQuery query = m_statements.run(
        QStringLiteral("SELECT data FROM compensations WHERE %1 ORDER BY id LIMIT 1").arg(condition), values);
    if (!query.next())
        return std::nullopt;
    QString error;
    return DomainJson::readCompensation(QJsonDocument::fromJson(query.value(0).toString().toUtf8()).object(),
                                        &error);
}

std::optional<Compensation> SqlServerStore::compensation(CompensationId id)
{
    return compensationWhere(QStringLiteral("id = ?"), {id.value()});
}

std::optional<Compensation> SqlServerStore::activeCompensation(ConversationId conversation,
                                                               CompensationKind kind)
{
    return compensationWhere(
        QStringLiteral("conversation_id = ? AND kind = ? AND status IN ('pending', 'granted')"),
        {conversation.value(), compensationKindKey(kind)});
}

qint64 SqlServerStore::grantedOnOwnSince(AgentId agent, const QString &currency, const QDateTime &since)
{
    return scalar(
        QStringLiteral("SELECT coalesce(sum(value_minor), 0) FROM compensations WHERE requested_by = ? "
                       "AND value_currency = ? AND requested_at >= ? AND status = 'granted' "
                       "AND decided_at IS NULL"),
        {agent.value(), currency, since.toUTC().toString(Qt::ISODateWithMs)});
}

QList<Compensation> SqlServerStore::pendingCompensations()
{
    CachedQuery query = m_statements.run(
        QStringLiteral("SELECT data FROM compensations WHERE status = 'pending' ORDER BY id"));
    QList<Compensation> out;
    while (query.next()) {
        QString error;
        if (auto c = DomainJson::readCompensation(
                QJsonDocument::fromJson(query.value(0).toString().toUtf8()).object(), &error))
            out.append(*c);
    }
    return out;
}

qint64 SqlServerStore::compensationCount()
{
    return scalar(QStringLiteral("SELECT count(*) FROM compensations"));
}

void SqlServerStore::recordCompensationEvent(const CompensationEvent &e)
{
    m_statements.run(
        QStringLiteral("INSERT INTO compensation_events(compensation_id, agent_id, action, note, mood, at) "
                       "VALUES(?, ?, ?, ?, ?, ?)"),
        {e.compensation.value(), e.agent.value(), e.action, nonNull(e.note),
         e.mood ? QVariant(double(*e.mood)) : QVariant(), e.at.toUTC().toString(Qt::ISODateWithMs)});
}

QList<CompensationEvent> SqlServerStore::compensationEvents(CompensationId id)
{
    CachedQuery query =
        m_statements.run(QStringLiteral("SELECT agent_id, action, note, mood, at FROM compensation_events "
                                        "WHERE compensation_id = ? ORDER BY id"),
                         {id.value()});
    QList<CompensationEvent> out;
    while (query.next()) {
        CompensationEvent e;
        e.compensation = id;
        e.agent = AgentId(query.value(0).toLongLong());
        e.action = query.value(1).toString();
        e.note = query.value(2).toString();
        if (!query.value(3).isNull())
            e.mood = float(query.value(3).toDouble());
        e.at = QDateTime::fromString(query.value(4).toString(), Qt::ISODateWithMs);
        out.append(e);
    }
    return out;
}

std::optional<Order> SqlServerStore::order(OrderId id)
{
    CachedQuery query =
        m_statements.run(QStringLiteral("SELECT data FROM orders WHERE id = ?"), {id.value()});
    if (!query.next())
        return std::nullopt;
    QString error;
    return DomainJson::readOrder(QJsonDocument::fromJson(query.value(0).toString().toUtf8()).object(),
                                 &error);
}

SurveyAnswerId SqlServerStore::nextSurveyAnswerId()
{
    return SurveyAnswerId(scalar(QStringLiteral("SELECT coalesce(max(id), 0) + 1 FROM survey_answers")));
}

bool SqlServerStore::hasSurveyAnswer(ConversationId conversation)
{
    return scalar(QStringLiteral("SELECT count(*) FROM survey_answers WHERE conversation_id = ?"),
                  {conversation.value()}) > 0;
}

EmpathyEntryId SqlServerStore::nextEmpathyEntryId()
{
    return EmpathyEntryId(scalar(QStringLiteral("SELECT coalesce(max(id), 0) + 1 FROM empathy_entries")));
}

void SqlServerStore::putEmpathyEntry(const EmpathyEntry &e)
{
    const QByteArray data = compact(DomainJson::write(e));
    m_statements.run(
        QStringLiteral("INSERT INTO empathy_entries(id, customer_id, revision, data) VALUES(?, ?, ?, ?) "
                       "ON CONFLICT(id) DO UPDATE SET revision = excluded.revision, data = excluded.data"),
        {e.id.value(), e.customer.value(), e.revision, QString::fromUtf8(data)});
    appendChange(ChangeKind::Empathy, e.customer.value(), 0, data);
}

std::optional<EmpathyEntry> SqlServerStore::empathyEntry(EmpathyEntryId id)
{
    CachedQuery query =
        m_statements.run(QStringLiteral("SELECT data FROM empathy_entries WHERE id = ?"), {id.value()});
    if (!query.next())
        return std::nullopt;
    QString error;
    return DomainJson::readEmpathyEntry(QJsonDocument::fromJson(query.value(0).toString().toUtf8()).object(),
                                        &error);
}

QList<EmpathyEntry> SqlServerStore::empathyEntries(CustomerId customer)
{
    CachedQuery query =
        m_statements.run(QStringLiteral("SELECT data FROM empathy_entries WHERE customer_id = ? ORDER BY id"),
                         {customer.value()});
    QList<EmpathyEntry> out;
    while (query.next()) {
        QString error;
        if (auto e = DomainJson::readEmpathyEntry(
                QJsonDocument::fromJson(query.value(0).toString().toUtf8()).object(), &error))
            out.append(*e);
    }
    return out;
}

AlertId SqlServerStore::nextAlertId()
{
    return AlertId(scalar(QStringLiteral("SELECT coalesce(max(id), 0) + 1 FROM alerts")));
}

bool SqlServerStore::addAlert(const Alert &a, const QString &dedupeKey)
{
    if (scalar(QStringLiteral("SELECT count(*) FROM alerts WHERE dedupe_key = ?"), {dedupeKey}) > 0)
        return false;
    const QByteArray data = compact(DomainJson::write(a));
    m_statements.run(
        QStringLiteral("INSERT INTO alerts(id, conversation_id, customer_id, kind, state, dedupe_key, "
                       "raised_at, data) VALUES(?, ?, ?, ?, ?, ?, ?, ?)"),
        {a.id.value(), a.conversation.value(), a.customer.value(), alertKindKey(a.kind),
         alertStateKey(a.state), dedupeKey, a.raisedAt.toUTC().toString(Qt::ISODateWithMs),
         QString::fromUtf8(data)});
    appendChange(ChangeKind::Alert, a.customer.value(), a.conversation.value(), data);
    return true;
}

void SqlServerStore::putAlert(const Alert &a)
{
    const QByteArray data = compact(DomainJson::write(a));
    m_statements.run(QStringLiteral("UPDATE alerts SET state = ?, data = ? WHERE id = ?"),
                     {alertStateKey(a.state), QString::fromUtf8(data), a.id.value()});
    appendChange(ChangeKind::Alert, a.customer.value(), a.conversation.value(), data);
}

QList<Alert> SqlServerStore::alertsWhere(const QString &condition, const QVariantList &values)
{
    CachedQuery query = m_statements.run(QStringLiteral("SELECT data FROM alerts WHERE ") + condition +
                                             QStringLiteral(" ORDER BY id"),
                                         values);
    QList<Alert> out;
    while (query.next()) {
        QString error;
        if (auto a = DomainJson::readAlert(
                QJsonDocument::fromJson(query.value(0).toString().toUtf8()).object(), &error))
            out.append(*a);
    }
    return out;
}

std::optional<Alert> SqlServerStore::alert(AlertId id)
{
    const QList<Alert> found = alertsWhere(QStringLiteral("id = ?"), {id.value()});
    return found.isEmpty() ? std::nullopt : std::optional<Alert>(found.front());
}

bool SqlServerStore::hasOpenAlert(ConversationId conversation, AlertKind kind)
{
    return scalar(QStringLiteral("SELECT count(*) FROM alerts WHERE conversation_id = ? AND kind = ? AND "
                                 "state = 'open'"),
                  {conversation.value(), alertKindKey(kind)}) > 0;
}

QList<Alert> SqlServerStore::openAlerts(ConversationId conversation)
{
    return alertsWhere(QStringLiteral("conversation_id = ? AND state = 'open'"), {conversation.value()});
}

ValenceSummary SqlServerStore::valenceSummary(CustomerId customer)
{
    CachedQuery query =
        m_statements.run(QStringLiteral("SELECT messages, mean, m2, last_message_id FROM customer_baselines "
                                        "WHERE customer_id = ?"),
                         {customer.value()});
    ValenceSummary summary;
    if (query.next()) {
        summary.messages = query.value(0).toInt();
        summary.mean = query.value(1).toDouble();
        summary.m2 = query.value(2).toDouble();
        summary.last = MessageId(query.value(3).toLongLong());
    }
    return summary;
}

void SqlServerStore::putValenceSummary(CustomerId customer, const ValenceSummary &s)
{
    m_statements.run(
        QStringLiteral("INSERT INTO customer_baselines(customer_id, messages, mean, m2, last_message_id) "
                       "VALUES(?, ?, ?, ?, ?) ON CONFLICT(customer_id) DO UPDATE SET messages = "
                       "excluded.messages, mean = excluded.mean, m2 = excluded.m2, last_message_id = "
                       "excluded.last_message_id"),
        {customer.value(), s.messages, s.mean, s.m2, s.last.value()});
}

std::optional<Message> SqlServerStore::messageBefore(ConversationId conversation, MessageId message)
{
    return messageWhere(QStringLiteral("conversation_id = ? AND id < ? AND %1 ORDER BY id DESC LIMIT 1")
                            .arg(seenByCustomer()),
                        {conversation.value(), message.value()});
}

QList<Conversation> SqlServerStore::conversationsWhere(const QString &condition, const QVariantList &values)
{
    return conversationsIn(m_statements.run(QStringLiteral("SELECT data FROM conversations WHERE ") +
                                                condition + QStringLiteral(" ORDER BY id"),
                                            values));
}

QList<Conversation> SqlServerStore::conversationsIn(CachedQuery query)
{
    QList<Conversation> out;
    while (query.next()) {
        QString error;
        if (auto c = DomainJson::readConversation(
                QJsonDocument::fromJson(query.value(0).toString().toUtf8()).object(), &error))
            out.append(*c);
    }
    return out;
}

QList<Conversation> SqlServerStore::conversationsOf(CustomerId customer)
{
    return conversationsWhere(QStringLiteral("customer_id = ?"), {customer.value()});
}

QList<Conversation> SqlServerStore::conversationsDueForDeadlineCheck(const QDateTime &now, int limit)
{
    return conversationsIn(
        m_statements.run(QStringLiteral("SELECT data FROM conversations WHERE deadline_check <= ? "
                                        "ORDER BY deadline_check LIMIT ?"),
                         {now.toMSecsSinceEpoch(), limit}));
}

void SqlServerStore::setNextDeadlineCheck(ConversationId id, const QDateTime &at)
{
    m_statements.run(QStringLiteral("UPDATE conversations SET deadline_check = ? WHERE id = ?"),
                     {optionalMoment(at), id.value()});
}

QString SqlServerStore::stateValue(const QString &name)
{
    CachedQuery query =
        m_statements.run(QStringLiteral("SELECT value FROM server_state WHERE name = ?"), {name});
    return query.next() ? query.value(0).toString() : QString();
}

void SqlServerStore::setStateValue(const QString &name, const QString &value)
{
    m_statements.run(
        QStringLiteral("INSERT INTO server_state(name, value) VALUES(?, ?) ON CONFLICT(name) DO UPDATE SET "
                       "value = excluded.value"),
        {name, value});
}

qint64 SqlServerStore::head()
{
    CachedQuery query = m_statements.run(QStringLiteral("SELECT coalesce(max(seq), 0) FROM changes"));
    query.next();
    return query.value(0).toLongLong();
}

QList<Change> SqlServerStore::changesAfter(qint64 after, qint64 upTo, int limit, qint64 maxBytes,
                                           const Agent &viewer, bool *cut)
{
    if (cut)
        *cut = false;
    // Who may read what (docs/protocol.md, "Roles"): leads and admins everything; agents the
    // conversations assigned to them or to nobody, and those conversations' customers; trainers the
    // resolved conversations and their customers. Every role sees the team list; only leads and admins
    // see alerts (supervisor data).
    // ChangeAudience.h states the same rule in C++ for the live push; tst_serversync checks they agree.
    QString visible;
    switch (viewer.role) {
    case AgentRole::Lead:
    case AgentRole::Admin:
        visible = QStringLiteral("1 = 1");
        break;
    case AgentRole::Agent:
        visible = QStringLiteral(
            "ch.kind = 'agent' OR (ch.kind <> 'alert' AND ("
            "(ch.conversation_id IS NOT NULL AND EXISTS (SELECT 1 FROM conversations v WHERE v.id = "
            "ch.conversation_id AND (v.assignee_id = :me OR v.assignee_id IS NULL))) OR "
            "(ch.conversation_id IS NULL AND EXISTS (SELECT 1 FROM conversations v WHERE v.customer_id = "
            "ch.customer_id AND (v.assignee_id = :me OR v.assignee_id IS NULL)))))");
        break;
    case AgentRole::Trainer:
        visible = QStringLiteral(
            "ch.kind = 'agent' OR (ch.kind <> 'alert' AND ("
            "(ch.conversation_id IS NOT NULL AND EXISTS (SELECT 1 FROM conversations v WHERE v.id = "
            "ch.conversation_id AND v.status = 'resolved')) OR "
            "(ch.conversation_id IS NULL AND EXISTS (SELECT 1 FROM conversations v WHERE v.customer_id = "
            "ch.customer_id AND v.status = 'resolved'))))");
        break;
    }
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.prepare(
            QStringLiteral("SELECT ch.seq, ch.kind, ch.data FROM changes ch WHERE ch.seq > :after AND "
                           "ch.seq <= :upto AND (") +
            visible + QStringLiteral(") ORDER BY ch.seq LIMIT :limit")))
        throw StoreError(query.lastError().text());
    query.bindValue(QStringLiteral(":after"), after);
    query.bindValue(QStringLiteral(":upto"), upTo);
    query.bindValue(QStringLiteral(":limit"), limit);
    if (visible.contains(QLatin1String(":me")))
        query.bindValue(QStringLiteral(":me"), viewer.id.value());
    if (!query.exec())
        throw StoreError(query.lastError().text());
    QList<Change> changes;
    qint64 bytes = 0;
    while (query.next()) {
        const QByteArray data = query.value(2).toString().toUtf8();
        changes.append(Change{query.value(0).toLongLong(), kindOfRow(query.value(1)), QJsonObject(), data});
        bytes += data.size();
        if (bytes >= maxBytes) {
            if (cut)
                *cut = true;
            break;
        }
    }
    return changes;
}

QList<AudiencedChange> SqlServerStore::changeRange(qint64 after, qint64 upTo, int limit, qint64 maxBytes,
                                                   bool *cut)
{
    if (cut)
        *cut = false;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.prepare(QStringLiteral(
            "SELECT ch.seq, ch.kind, ch.data, ch.customer_id, ch.conversation_id, v.id, v.assignee_id, "
            "v.status FROM changes ch LEFT JOIN conversations v ON v.id = ch.conversation_id "
            "WHERE ch.seq > ? AND ch.seq <= ? ORDER BY ch.seq LIMIT ?")))
        throw StoreError(query.lastError().text());
    query.addBindValue(after);
    query.addBindValue(upTo);
    query.addBindValue(limit);
    if (!query.exec())
        throw StoreError(query.lastError().text());
    QList<AudiencedChange> out;
    QHash<qint64, QList<qsizetype>> aboutCustomer; // customer -> the changes about them alone
    qint64 bytes = 0;
    while (query.next()) {
        AudiencedChange c;
        c.change.seq = query.value(0).toLongLong();
        c.change.kind = kindOfRow(query.value(1));
        c.change.encodedData = query.value(2).toString().toUtf8();
        if (c.change.kind == ChangeKind::Agent) {
            c.audience.scope = ChangeAudience::Scope::Everyone;
        } else if (c.change.kind == ChangeKind::Alert) {
            c.audience.scope = ChangeAudience::Scope::Leads;
        } else if (!query.isNull(4)) {
            if (!query.isNull(5))
                c.audience.conversations.append(
                    {query.value(6).toLongLong(), query.value(7).toString() == u"resolved"});
        } else if (!query.isNull(3)) {
            aboutCustomer[query.value(3).toLongLong()].append(out.size());
        }
        bytes += c.change.encodedData.size();
        out.append(std::move(c));
        if (bytes >= maxBytes) {
            if (cut)
                *cut = true;
            break;
        }
    }
    if (aboutCustomer.isEmpty())
        return out;
    QSqlQuery ofCustomer(m_db);
    ofCustomer.setForwardOnly(true);
    if (!ofCustomer.prepare(
            QStringLiteral("SELECT assignee_id, status FROM conversations WHERE customer_id = ?")))
        throw StoreError(ofCustomer.lastError().text());
    for (auto it = aboutCustomer.cbegin(); it != aboutCustomer.cend(); ++it) {
        ofCustomer.bindValue(0, it.key());
        if (!ofCustomer.exec())
            throw StoreError(ofCustomer.lastError().text());
        QList<ConversationAccess> conversations;
        while (ofCustomer.next())
            conversations.append(
                {ofCustomer.value(0).toLongLong(), ofCustomer.value(1).toString() == u"resolved"});
        for (const qsizetype index : it.value())
            out[index].audience.conversations = conversations;
    }
    return out;
}

std::optional<QJsonObject> SqlServerStore::recordedAck(const QString &opId)
{
    CachedQuery query =
        m_statements.run(QStringLiteral("SELECT ack FROM operations WHERE op_id = ?"), {opId});
    if (!query.next())
        return std::nullopt;
    return QJsonDocument::fromJson(query.value(0).toString().toUtf8()).object();
}

void SqlServerStore::recordAck(const QString &opId, AgentId agent, const QJsonObject &ack)
{
    m_statements.run(QStringLiteral("INSERT INTO operations(op_id, agent_id, ack) VALUES(?, ?, ?)"),
                     {opId, agent.value(), QString::fromUtf8(compact(ack))});
}

} // namespace empathy
