#include "cache/CacheReader.h"

#include "cache/FtsQuery.h"
#include "cache/InboxRowSql.h"
#include "sql/SqliteDatabase.h"
#include "sql/SqliteStatement.h"

#include <QHash>
#include <QStringList>

#include <algorithm>

namespace empathy {

namespace {

QString rowsByIdsSql()
{
    QString sql = QString::fromLatin1(inboxRowColumns) + QStringLiteral("WHERE c.id IN (");
    for (int i = 0; i < CacheReader::pageSize; ++i)
        sql += i == 0 ? QStringLiteral("?") : QStringLiteral(",?");
    return sql + u')';
}

// Needs attention: how negative the customer is (0 .. 1, a neutral mood counting a little), how strongly
// they feel, how many minutes they have waited for us, and SLA pressure (x2 within 10 minutes of a
// promise, x4 once it is broken). Conversations where nobody waits come last.
QString attentionOrder(qint64 nowMs)
{
    const QString now = QString::number(nowMs);
    return QStringLiteral(
               " ORDER BY c.waiting_since IS NULL, "
               "(max(0.05, (1.0 - coalesce(c.mood, 0.0)) / 2.0) * (0.3 + coalesce(c.mood_intensity, 0.2)) "
               "* max(1.0, (%1 - coalesce(c.waiting_since, %1)) / 60000.0) "
               "* CASE WHEN coalesce(c.first_response_due, c.resolution_due) IS NULL THEN 1.0 "
               "WHEN coalesce(c.first_response_due, c.resolution_due) < %1 THEN 4.0 "
               "WHEN coalesce(c.first_response_due, c.resolution_due) < %1 + 600000 THEN 2.0 "
               "ELSE 1.0 END) DESC, c.id")
        .arg(now);
}

QString orderBy(InboxSort sort, qint64 nowMs)
{
    switch (sort) {
    case InboxSort::NeedsAttention:
        return attentionOrder(nowMs);
    case InboxSort::Newest:
        break;
    case InboxSort::LongestWaiting:
        return QStringLiteral(" ORDER BY c.waiting_since IS NULL, c.waiting_since, c.id");
    case InboxSort::DueSoonest:
        return QStringLiteral(" ORDER BY coalesce(c.first_response_due, c.resolution_due) IS NULL, "
                              "coalesce(c.first_response_due, c.resolution_due), c.id");
    }
    return QStringLiteral(" ORDER BY c.last_message_at DESC, c.id DESC");
}

} // namespace

struct CacheReader::Statements
{
    explicit Statements(SqliteDatabase &db)
        : rowsByIds(db.prepare(rowsByIdsSql()))
        , header(db.prepare(QString::fromLatin1(inboxRowColumns) + QStringLiteral("WHERE c.id = ?1")))
        , customer(db.prepare(
              "SELECT first_name, preferred_language, preferred_tone FROM customers WHERE id = ?1"))
        , identities(
              db.prepare("SELECT kind, value FROM customer_identities WHERE customer_id = ?1 ORDER BY kind"))
        , messages(
              db.prepare("SELECT id, direction, author_id, body, sent_at, language, delivery, valence, "
                         "sentiment_label, sentiment_confidence, sentiment_intensity, sentiment_corrected, "
                         "sentiment_emotion, sentiment_churn, purpose "
                         "FROM messages WHERE conversation_id = ?1 ORDER BY sent_at, id"))
    {}

    SqliteStatement rowsByIds;
    SqliteStatement header;
    SqliteStatement customer;
    SqliteStatement identities;
    SqliteStatement messages;
};

CacheReader::CacheReader(SqliteDatabase &db)
    : m_db(db)
{}

QString CacheReader::databasePath() const
{
    return m_db.path();
}

CacheReader::~CacheReader() = default;

CacheReader::Statements &CacheReader::statements()
{
    if (!m_statements)
        m_statements = std::make_unique<Statements>(m_db);
    return *m_statements;
}

QList<ConversationId> CacheReader::conversationIds(const InboxQuery &query)
{
    QStringList where;
    switch (query.status) {
    case StatusFilter::Active:
        where << QStringLiteral("c.status IN (%1, %2)")
                     .arg(int(ConversationStatus::Open))
                     .arg(int(ConversationStatus::Pending));
        break;
    case StatusFilter::Open:
        where << QStringLiteral("c.status = %1").arg(int(ConversationStatus::Open));
        break;
    case StatusFilter::Pending:
        where << QStringLiteral("c.status = %1").arg(int(ConversationStatus::Pending));
        break;
    case StatusFilter::Resolved:
        where << QStringLiteral("c.status = %1").arg(int(ConversationStatus::Resolved));
        break;
    case StatusFilter::Any:
        break;
    }
    if (query.channel)
        where << QStringLiteral("c.channel = %1").arg(int(*query.channel));
    if (query.language)
        where << QStringLiteral("c.language = :language");
    if (query.scope == InboxScope::Mine)
        where << QStringLiteral("c.assignee_id = :me");
    else if (query.scope == InboxScope::Unassigned)
        where << QStringLiteral("c.assignee_id IS NULL");

    const QString match = ftsQueryFor(query.search);
    QString sql;
    if (!match.isEmpty()) {
        // The matches (at most searchMessageLimit recent messages, plus customers by name or address)
        // drive the query, so searching costs the same whatever the size of the inbox.
        sql = QStringLiteral(
            "WITH matched(id) AS ("
            " SELECT m.conversation_id FROM messages m WHERE m.id IN ("
            "  SELECT rowid FROM messages_fts WHERE messages_fts MATCH :match ORDER BY rowid DESC LIMIT "
            ":limit)"
            " UNION SELECT c2.id FROM conversations c2 WHERE c2.customer_id IN ("
            "  SELECT rowid FROM customers_fts WHERE customers_fts MATCH :match LIMIT :limit)) "
            "SELECT c.id FROM matched CROSS JOIN conversations c ON c.id = matched.id");
    } else if (!query.search.trimmed().isEmpty()) {
        return {}; // only punctuation was typed: nothing can match
    } else {
        sql = QStringLiteral("SELECT c.id FROM conversations c");
    }
    if (!where.isEmpty())
        sql += QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "));
    sql += orderBy(query.sort, query.nowMs);

    SqliteStatement statement = m_db.prepare(sql);
    auto bindNamed = [&](const char *name, auto &&bindAt) {
        const int index = statement.parameterIndex(name);
        if (index > 0)
            bindAt(index);
    };
    bindNamed(":language",
              [&](int i) { statement.bind(i, languageCode(query.language.value_or(Language::Unknown))); });
    bindNamed(":me", [&](int i) { statement.bind(i, query.me.value()); });
    bindNamed(":match", [&](int i) { statement.bind(i, match); });
    bindNamed(":limit", [&](int i) { statement.bind(i, searchMessageLimit); });

    QList<ConversationId> ids;
    while (statement.step())
        ids.append(ConversationId(statement.int64(0)));
    return ids;
}

QList<InboxRow> CacheReader::inboxRows(const QList<ConversationId> &ids)
{
    auto &statement = statements().rowsByIds;
    QHash<qint64, InboxRow> found;
    found.reserve(ids.size());
    for (qsizetype start = 0; start < ids.size(); start += pageSize) {
        for (int i = 0; i < pageSize; ++i) {
            const qsizetype at = start + i;
            statement.bind(i + 1, at < ids.size() ? ids.at(at).value() : qint64(0));
        }
        while (statement.step()) {
            InboxRow row = readInboxRow(statement);
            found.insert(row.id.value(), std::move(row));
        }
        statement.reset();
    }
    QList<InboxRow> rows;
    rows.reserve(ids.size());
    for (ConversationId id : ids) {
        auto it = found.find(id.value());
        if (it != found.end())
            rows.append(std::move(*it));
    }
    return rows;
}

std::optional<InboxRow> CacheReader::inboxRow(ConversationId id)
{
    auto &statement = statements().header;
    statement.bind(1, id.value());
    std::optional<InboxRow> row;
    if (statement.step())
        row = readInboxRow(statement);
    statement.reset();
    return row;
}

std::optional<ConversationHeader> CacheReader::header(ConversationId id)
{
    auto row = inboxRow(id);
    if (!row)
        return std::nullopt;
    ConversationHeader header;
    header.row = std::move(*row);
    auto &s = statements();
    s.customer.bind(1, header.row.customer.value());
    if (s.customer.step()) {
        header.customerFirstName = s.customer.text(0);
        header.preferredLanguage = languageFromCode(s.customer.text(1));
        header.preferredTone = PreferredTone(std::clamp(s.customer.int32(2), 0, 2));
    }
    s.customer.reset();
    s.identities.bind(1, header.row.customer.value());
    while (s.identities.step()) {
        static const char *const kinds[] = {"", "email", "phone", "telegram", "viber", "vk", "web"};
        const int kind = s.identities.int32(0);
        const QString prefix =
            kind >= 1 && kind <= 6 ? QString::fromLatin1(kinds[kind]) : QStringLiteral("id");
        header.identities.append(prefix + QStringLiteral(": ") + s.identities.text(1));
    }
    s.identities.reset();
    return header;
}

QList<Message> CacheReader::messages(ConversationId conversation)
{
    auto &statement = statements().messages;
    statement.bind(1, conversation.value());
    QList<Message> messages;
    while (statement.step()) {
        Message m;
        m.id = MessageId(statement.int64(0));
        m.conversation = conversation;
        m.direction = Direction(statement.int32(1));
        m.author = AgentId(statement.int64(2));
        m.body = statement.text(3);
        m.sentAt = QDateTime::fromMSecsSinceEpoch(statement.int64(4), Qt::UTC);
        m.language = languageFromCode(statement.text(5));
        m.delivery = DeliveryState(statement.int32(6));
        if (!statement.isNull(7)) {
            m.sentiment.valence = float(statement.real(7));
            m.sentiment.label = SentimentLabel(statement.int32(8));
            m.sentiment.confidence = float(statement.real(9));
            m.sentiment.intensity = float(statement.real(10));
            m.sentiment.emotion = statement.text(12);
            m.sentiment.churnRisk = float(statement.real(13));
        }
        m.sentiment.correctedByAgent = statement.int32(11) != 0;
        m.purpose = MessagePurpose(statement.int32(14));
        messages.append(std::move(m));
    }
    statement.reset();
    return messages;
}

QList<CacheReader::PendingCompensation> CacheReader::pendingCompensations()
{
    auto statement = m_db.prepare(
        "SELECT k.id, k.conversation_id, k.customer_id, k.kind, k.percent, k.amount_minor, k.currency, "
        "k.reason, "
        "k.held_because, k.requested_by, k.requested_at, u.display_name, a.display_name, c.mood "
        "FROM compensations k LEFT JOIN customers u ON u.id = k.customer_id "
        "LEFT JOIN agents a ON a.id = k.requested_by LEFT JOIN conversations c ON c.id = k.conversation_id "
        "WHERE k.status = ?1 AND k.id > 0 ORDER BY k.requested_at, k.id");
    statement.bind(1, int(CompensationStatus::Pending));
    QList<PendingCompensation> out;
    while (statement.step()) {
        PendingCompensation p;
        Compensation &c = p.compensation;
        c.id = CompensationId(statement.int64(0));
        c.conversation = ConversationId(statement.int64(1));
        c.customer = CustomerId(statement.int64(2));
        c.kind = CompensationKind(statement.int32(3));
        c.percent = statement.int32(4);
        c.amount = Money{statement.int64(5), statement.text(6)};
        c.reason = statement.text(7);
        c.heldBecause = statement.text(8);
        c.requestedBy = AgentId(statement.int64(9));
        c.requestedAt = QDateTime::fromMSecsSinceEpoch(statement.int64(10), Qt::UTC);
        c.status = CompensationStatus::Pending;
        p.customerName = statement.text(11);
        p.requestedBy = statement.text(12);
        if (!statement.isNull(13))
            p.mood = statement.real(13);
        out.append(p);
    }
    return out;
}

QList<Agent> CacheReader::agents()
{
    auto statement = m_db.prepare("SELECT id, login, display_name, role FROM agents ORDER BY id");
    QList<Agent> agents;
    while (statement.step())
        agents.append(Agent{AgentId(statement.int64(0)), statement.text(1), statement.text(2),
                            AgentRole(statement.int32(3))});
    return agents;
}

AgentId CacheReader::ownAgent()
{
    return AgentId(meta(QStringLiteral("own_agent")).toLongLong());
}

QString CacheReader::meta(const QString &key)
{
    auto statement = m_db.prepare("SELECT value FROM meta WHERE key = ?1");
    statement.bind(1, key);
    return statement.step() ? statement.text(0) : QString();
}

qint64 CacheReader::conversationCount()
{
    return m_db.scalar("SELECT count(*) FROM conversations");
}

qint64 CacheReader::messageCount()
{
    return m_db.scalar("SELECT count(*) FROM messages");
}

qint64 CacheReader::unreadMessagesFor(AgentId agent)
{
    auto statement = m_db.prepare(
        "SELECT total(unread_count) FROM conversations WHERE assignee_id = ?1 AND unread_count > 0");
    statement.bind(1, agent.value());
    return statement.step() ? statement.int64(0) : 0;
}

qint64 CacheReader::pendingOperationCount()
{
    return m_db.scalar("SELECT count(*) FROM outbox");
}

QList<CacheReader::OutboxEntry> CacheReader::outbox()
{
    auto statement = m_db.prepare("SELECT op_id, kind, payload, attempts FROM outbox ORDER BY seq");
    QList<OutboxEntry> entries;
    while (statement.step())
        entries.append(
            {statement.text(0), statement.text(1), statement.text(2).toUtf8(), statement.int32(3)});
    return entries;
}

CacheReader::SyncCursor CacheReader::syncCursor()
{
    return {meta(QStringLiteral("sync_generation")), meta(QStringLiteral("sync_cursor")).toLongLong()};
}

} // namespace empathy
