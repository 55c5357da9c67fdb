#include "cache/CacheWriter.h"

#include "cache/AlertRows.h"
#include "cache/CompensationRows.h"
#include "cache/EmpathyRows.h"
#include "cache/Outbox.h"
#include "domain/SearchText.h"
#include "sql/SqliteDatabase.h"
#include "sql/SqliteStatement.h"
#include "sql/SqlTransaction.h"

#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUuid>

#include <algorithm>
#include <cmath>
#include <vector>

namespace empathy {

namespace {

qint64 msOf(const QDateTime &time)
{
    return time.isValid() ? time.toMSecsSinceEpoch() : 0;
}

QString previewOf(const QString &body)
{
    constexpr qsizetype maxPreview = 160;
    QString preview = body.left(maxPreview);
    for (QChar &ch : preview) {
        if (ch == u'\n' || ch == u'\r' || ch == u'\t')
            ch = u' ';
    }
    return preview;
}

// What a batch changes in one conversation's inbox summary.
struct SummaryDelta
{
    int added = 0;
    qint64 lastAt = 0;
    QString preview;
    Direction lastDirection = Direction::Inbound;
    bool answered = false;   // the batch holds a reply from us, which resets waiting and unread
    qint64 waitingSince = 0; // first customer message after our last reply
    int unread = 0;          // customer messages after our last reply
    // The batch's scored customer messages folded into the mood (domain/Mood.h): the new mood is
    // old × moodOldWeight + moodAdded, or moodFromFirst when the conversation had none.
    int moodInputs = 0;
    double moodAdded = 0.0;
    double moodOldWeight = 1.0;
    double moodFromFirst = 0.0;
    double moodIntensity = 0.0;

    void addMood(double valence, double intensity)
    {
        moodAdded = (1.0 - moodWeightOfNewest) * moodAdded + moodWeightOfNewest * valence;
        moodOldWeight *= 1.0 - moodWeightOfNewest;
        moodFromFirst =
            nextMood(moodInputs > 0 ? std::optional<double>(moodFromFirst) : std::nullopt, valence);
        moodIntensity = intensity;
        ++moodInputs;
    }
};

} // namespace

struct CacheWriter::Statements
{
    explicit Statements(SqliteDatabase &db)
        : upsertAgent(db.prepare("INSERT INTO agents(id, login, display_name, role) VALUES(?1, ?2, ?3, ?4) "
                                 "ON CONFLICT(id) DO UPDATE SET login = excluded.login, "
                                 "display_name = excluded.display_name, role = excluded.role"))
        , upsertCustomer(
              db.prepare("INSERT INTO customers(id, display_name, first_name, preferred_language, "
                         "created_at, preferred_tone, journey_stage) VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7) "
                         "ON CONFLICT(id) DO UPDATE SET display_name = excluded.display_name, first_name = "
                         "excluded.first_name, preferred_language = excluded.preferred_language, "
                         "preferred_tone = excluded.preferred_tone, journey_stage = excluded.journey_stage"))
        , upsertIdentity(
              db.prepare("INSERT INTO customer_identities(kind, value, customer_id) VALUES(?1, ?2, ?3) "
                         "ON CONFLICT(kind, value) DO UPDATE SET customer_id = excluded.customer_id"))
        , deleteCustomerText(db.prepare("DELETE FROM customers_fts WHERE rowid = ?1"))
        , insertCustomerText(
              db.prepare("INSERT INTO customers_fts(rowid, name, addresses) VALUES(?1, ?2, ?3)"))
        , upsertConversation(db.prepare(
              "INSERT INTO conversations(id, customer_id, channel, status, priority, assignee_id, subject, "
              "language, "
              "created_at, first_response_due, resolution_due, last_message_at) "
              "VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?9) ON CONFLICT(id) DO UPDATE SET "
              "customer_id = excluded.customer_id, channel = excluded.channel, status = excluded.status, "
              "priority = excluded.priority, assignee_id = excluded.assignee_id, subject = excluded.subject, "
              "language = excluded.language, first_response_due = excluded.first_response_due, "
              "resolution_due = excluded.resolution_due"))
        , insertMessage(db.prepare(
              "INSERT INTO messages(id, conversation_id, direction, author_id, body, sent_at, language, "
              "delivery, "
              "valence, sentiment_label, sentiment_confidence, sentiment_intensity, sentiment_corrected, "
              "client_op_id, sentiment_emotion, sentiment_churn, purpose) "
              "VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17) "
              "ON CONFLICT(id) DO NOTHING"))
        , updateSentiment(
              db.prepare("UPDATE messages SET valence = ?2, sentiment_label = ?3, sentiment_confidence = ?4, "
                         "sentiment_intensity = ?5, sentiment_corrected = ?6, sentiment_emotion = ?7, "
                         "sentiment_churn = ?8 "
                         "WHERE id = ?1 AND (valence IS NOT ?2 OR sentiment_label IS NOT ?3 OR "
                         "sentiment_corrected IS NOT ?6)"))
        , moodInputs(
              db.prepare("SELECT valence, sentiment_intensity FROM messages WHERE conversation_id = ?1 "
                         "AND direction = 1 AND valence IS NOT NULL ORDER BY sent_at, id"))
        , setMood(db.prepare(
              "UPDATE conversations SET mood = ?2, mood_trend = ?3, mood_intensity = ?4 WHERE id = ?1"))
        , insertMessageText(db.prepare("INSERT INTO messages_fts(rowid, body) VALUES(?1, ?2)"))
        , updateSummary(db.prepare(
              "UPDATE conversations SET message_count = message_count + ?1, "
              "last_message_at = CASE WHEN ?2 >= last_message_at THEN ?2 ELSE last_message_at END, "
              "last_preview = CASE WHEN ?2 >= last_message_at THEN ?3 ELSE last_preview END, "
              "last_direction = CASE WHEN ?2 >= last_message_at THEN ?4 ELSE last_direction END, "
              "waiting_since = CASE WHEN ?5 THEN ?6 ELSE coalesce(waiting_since, ?6) END, "
              "unread_count = CASE WHEN ?5 THEN ?7 ELSE unread_count + ?7 END, "
              "first_response_due = CASE WHEN ?5 THEN NULL ELSE first_response_due END, "
              "mood_trend = CASE WHEN ?9 IS NULL THEN mood_trend WHEN mood IS NULL THEN 0 "
              "WHEN mood * ?10 + ?9 - mood > ?12 THEN 1 WHEN mood - (mood * ?10 + ?9) > ?12 THEN -1 ELSE 0 "
              "END, "
              "mood = CASE WHEN ?9 IS NULL THEN mood WHEN mood IS NULL THEN ?13 ELSE mood * ?10 + ?9 END, "
              "mood_intensity = coalesce(?11, mood_intensity) WHERE id = ?8"))
        , upsertOrder(
              db.prepare("INSERT OR REPLACE INTO orders(id, customer_id, number, total_minor, currency, "
                         "summary, placed_at) VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7)"))
        , upsertSurvey(
              db.prepare("INSERT OR REPLACE INTO survey_answers(id, customer_id, conversation_id, kind, "
                         "score, comment, answered_at) VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7)"))
        , markRead(db.prepare("UPDATE conversations SET unread_count = 0 WHERE id = ?1"))
        , storeAlert(alertRows::prepareStore(db))
    {}

    SqliteStatement upsertAgent;
    SqliteStatement upsertCustomer;
    SqliteStatement upsertIdentity;
    SqliteStatement deleteCustomerText;
    SqliteStatement insertCustomerText;
    SqliteStatement upsertConversation;
    SqliteStatement insertMessage;
    SqliteStatement updateSentiment;
    SqliteStatement moodInputs;
    SqliteStatement setMood;
    SqliteStatement insertMessageText;
    SqliteStatement updateSummary;
    SqliteStatement upsertOrder;
    SqliteStatement upsertSurvey;
    SqliteStatement markRead;
    SqliteStatement storeAlert;
};

CacheWriter::CacheWriter(SqliteDatabase &db, MessageScorer scorer)
    : m_db(db)
    , m_scorer(std::move(scorer))
{}

CacheWriter::~CacheWriter() = default;

CacheWriter::Statements &CacheWriter::statements()
{
    if (!m_statements)
        m_statements = std::make_unique<Statements>(m_db);
    return *m_statements;
}

void CacheWriter::storeAgents(const QList<Agent> &agents)
{
    auto &s = statements();
    for (const Agent &agent : agents) {
        s.upsertAgent.bind(1, agent.id.value())
            .bind(2, agent.login)
            .bind(3, agent.displayName)
            .bind(4, int(agent.role))
            .run();
    }
}

void CacheWriter::writeAgents(const QList<Agent> &agents)
{
    SqlTransaction transaction(m_db);
    storeAgents(agents);
    transaction.commit();
}

void CacheWriter::setOwnAgent(AgentId agent)
{
    setMeta(QStringLiteral("own_agent"), QString::number(agent.value()));
}

void CacheWriter::setMeta(const QString &key, const QString &value)
{
    auto statement = m_db.prepare("INSERT OR REPLACE INTO meta(key, value) VALUES(?1, ?2)");
    statement.bind(1, key).bind(2, value).run();
}

void CacheWriter::insertCustomers(const QList<Customer> &customers)
{
    auto &s = statements();
    // The search index is written after the customers, in id order: written in turn with the customers'
    // rows and out of order, FTS5 cost three times as much (a seventh of a lead's initial sync).
    struct Text
    {
        qint64 id;
        QString name;
        QString addresses;
    };
    std::vector<Text> texts;
    texts.reserve(size_t(customers.size()));
    for (const Customer &customer : customers) {
        s.upsertCustomer.bind(1, customer.id.value())
            .bind(2, customer.displayName)
            .bind(3, customer.firstName)
            .bind(4, languageCode(customer.preferredLanguage))
            .bind(5, msOf(customer.createdAt))
            .bind(6, int(customer.preferredTone))
            .bind(7, int(customer.journeyStage))
            .run();
        QString addresses;
        for (const CustomerIdentity &identity : customer.identities) {
            s.upsertIdentity.bind(1, int(identity.kind))
                .bind(2, identity.value)
                .bind(3, customer.id.value())
                .run();
            addresses += identity.value + u' ';
        }
        texts.push_back({customer.id.value(), customer.displayName, std::move(addresses)});
    }
    // Stable: a customer listed twice is indexed as last listed.
    std::stable_sort(texts.begin(), texts.end(), [](const Text &a, const Text &b) { return a.id < b.id; });
    for (const Text &text : texts) {
        s.deleteCustomerText.bind(1, text.id).run();
        s.insertCustomerText.bind(1, text.id)
            .bind(2, foldForSearch(text.name))
            .bind(3, foldForSearch(text.addresses))
            .run();
    }
}

void CacheWriter::insertConversations(const QList<Conversation> &conversations)
{
    auto &s = statements();
    for (const Conversation &c : conversations) {
        s.upsertConversation.bind(1, c.id.value())
            .bind(2, c.customer.value())
            .bind(3, int(c.channel))
            .bind(4, int(c.status))
            .bind(5, int(c.priority))
            .bindOptional(6, c.assignee.value())
            .bind(7, c.subject)
            .bind(8, languageCode(c.language))
            .bind(9, msOf(c.createdAt))
            .bindOptional(10, msOf(c.firstResponseDue))
            .bindOptional(11, msOf(c.resolutionDue))
            .run();
    }
}

void CacheWriter::insertMessages(const QList<Message> &messages, const QString &clientOpId)
{
    auto &s = statements();
    QHash<qint64, SummaryDelta> deltas;
    QList<qint64> order;    // conversations in the order first seen, so updates are deterministic
    QList<qint64> rescored; // conversations whose stored messages got a new score (a correction)
    Message scored;
    for (const Message &original : messages) {
        const bool scoreHere =
            m_scorer && original.direction == Direction::Inbound && !original.sentiment.isScored();
        if (scoreHere) { // anything the server has not scored is scored here
            scored = original;
            m_scorer(scored);
        }
        const Message &m = scoreHere ? scored : original;
        const qint64 sentAt = msOf(m.sentAt);
        auto &insert = s.insertMessage;
        insert.bind(1, m.id.value())
            .bind(2, m.conversation.value())
            .bind(3, int(m.direction))
            .bindOptional(4, m.author.value())
            .bind(5, m.body)
            .bind(6, sentAt)
            .bind(7, languageCode(m.language))
            .bind(8, int(m.delivery));
        if (m.sentiment.isScored()) {
            insert.bind(9, double(*m.sentiment.valence))
                .bind(10, int(m.sentiment.label))
                .bind(11, double(m.sentiment.confidence))
                .bind(12, double(m.sentiment.intensity));
        }
        insert.bind(13, int(m.sentiment.correctedByAgent));
        if (!clientOpId.isEmpty())
            insert.bind(14, clientOpId);
        if (!m.sentiment.emotion.isEmpty())
            insert.bind(15, m.sentiment.emotion);
        if (m.sentiment.churnRisk > 0.0f)
            insert.bind(16, double(m.sentiment.churnRisk));
        insert.bind(17, int(m.purpose));
        insert.run();
        if (m_db.changes() == 0) {
            // Already stored: a repeat must not count twice, but a new score (an agent's correction) lands.
            if (m.sentiment.isScored() && updateSentiment(m) && !rescored.contains(m.conversation.value()))
                rescored.append(m.conversation.value());
            continue;
        }
        if (m.purpose == MessagePurpose::Notice)
            continue; // the server telling the team: not searched, and not a turn of the conversation
        s.insertMessageText.bind(1, m.id.value()).bind(2, foldForSearch(m.body)).run();

        auto it = deltas.find(m.conversation.value());
        if (it == deltas.end()) {
            it = deltas.insert(m.conversation.value(), SummaryDelta());
            order.append(m.conversation.value());
        }
        SummaryDelta &d = *it;
        ++d.added;
        if (sentAt >= d.lastAt) {
            d.lastAt = sentAt;
            d.preview = previewOf(m.body);
            d.lastDirection = m.direction;
        }
        if (m.direction == Direction::Outbound) {
            d.answered = true;
            d.waitingSince = 0;
            d.unread = 0;
        } else {
            if (d.unread == 0)
                d.waitingSince = sentAt;
            ++d.unread;
            if (m.sentiment.isScored())
                d.addMood(*m.sentiment.valence, m.sentiment.intensity);
        }
    }
    for (qint64 conversation : std::as_const(order)) {
        const SummaryDelta &d = deltas[conversation];
        s.updateSummary.bind(1, d.added)
            .bind(2, d.lastAt)
            .bind(3, d.preview)
            .bind(4, int(d.lastDirection))
            .bind(5, int(d.answered))
            .bindOptional(6, d.waitingSince)
            .bind(7, d.unread)
            .bind(8, conversation);
        if (d.moodInputs > 0)
            s.updateSummary.bind(9, d.moodAdded)
                .bind(10, d.moodOldWeight)
                .bind(11, d.moodIntensity)
                .bind(13, d.moodFromFirst);
        s.updateSummary.bind(12, moodTrendStep).run();
    }
    for (qint64 conversation : std::as_const(rescored))
        recomputeMood(ConversationId(conversation));
}

bool CacheWriter::updateSentiment(const Message &m)
{
    auto &update = statements().updateSentiment;
    update.bind(1, m.id.value())
        .bind(2, double(*m.sentiment.valence))
        .bind(3, int(m.sentiment.label))
        .bind(4, double(m.sentiment.confidence))
        .bind(5, double(m.sentiment.intensity))
        .bind(6, int(m.sentiment.correctedByAgent));
    if (!m.sentiment.emotion.isEmpty())
        update.bind(7, m.sentiment.emotion);
    if (m.sentiment.churnRisk > 0.0f)
        update.bind(8, double(m.sentiment.churnRisk));
    update.run();
    return m_db.changes() > 0;
}

// The mood from all of the conversation's scored customer messages, for when one of them changed.
void CacheWriter::recomputeMood(ConversationId conversation)
{
    auto &s = statements();
    std::optional<double> mood;
    std::optional<double> before;
    double intensity = 0.0;
    s.moodInputs.bind(1, conversation.value());
    while (s.moodInputs.step()) {
        before = mood;
        mood = nextMood(mood, s.moodInputs.real(0));
        intensity = s.moodInputs.real(1);
    }
    s.moodInputs.reset();
    if (!mood)
        return;
    s.setMood.bind(1, conversation.value())
        .bind(2, *mood)
        .bind(3, int(trendBetween(before, *mood)))
        .bind(4, intensity)
        .run();
}

void CacheWriter::writeBatch(const DataBatch &batch)
{
    SqlTransaction transaction(m_db);
    storeBatch(batch);
    transaction.commit();
}

void CacheWriter::storeBatch(const DataBatch &batch)
{
    auto &s = statements();
    insertCustomers(batch.customers);
    insertConversations(batch.conversations);
    insertMessages(batch.messages);
    for (const Order &order : batch.orders) {
        s.upsertOrder.bind(1, order.id.value())
            .bind(2, order.customer.value())
            .bind(3, order.number)
            .bind(4, order.total.minorUnits)
            .bind(5, order.total.currency)
            .bind(6, order.summary)
            .bind(7, msOf(order.placedAt))
            .run();
    }
    compensationRows::store(m_db, batch.compensations);
    empathyRows::store(m_db, batch.empathyEntries);
    alertRows::store(s.storeAlert, batch.alerts);
    for (const SurveyAnswer &answer : batch.surveys) {
        s.upsertSurvey.bind(1, answer.id.value())
            .bind(2, answer.customer.value())
            .bindOptional(3, answer.conversation.value())
            .bind(4, int(answer.kind))
            .bind(5, answer.score)
            .bind(6, answer.comment)
            .bind(7, msOf(answer.answeredAt))
            .run();
    }
}

void CacheWriter::applySyncPage(const DataBatch &batch, const QList<Agent> &agents, const QString &generation,
                                qint64 cursor)
{
    const SyncPage page{&batch, &agents};
    applySyncPages({&page, 1}, generation, cursor);
}

void CacheWriter::applySyncPages(std::span<const SyncPage> pages, const QString &generation, qint64 cursor)
{
    SqlTransaction transaction(m_db);
    for (const SyncPage &page : pages) {
        storeAgents(*page.agents);
        storeBatch(*page.batch);
    }
    auto meta = m_db.prepare("INSERT OR REPLACE INTO meta(key, value) VALUES(?1, ?2)");
    meta.bind(1, QStringLiteral("sync_generation")).bind(2, generation).run();
    meta.bind(1, QStringLiteral("sync_cursor")).bind(2, QString::number(cursor)).run();
    transaction.commit();
}

void CacheWriter::resetSyncedData()
{
    SqlTransaction transaction(m_db);
    m_db.exec("DELETE FROM compensations WHERE id > 0; DELETE FROM empathy_entries WHERE id > 0; DELETE FROM "
              "alerts; DELETE FROM survey_answers; DELETE FROM orders; "
              "DELETE FROM messages; DELETE FROM conversations; "
              "DELETE FROM customer_identities; DELETE FROM customers; DELETE FROM agents; "
              "INSERT INTO messages_fts(messages_fts) VALUES('delete-all'); DELETE FROM customers_fts; "
              "DELETE FROM meta WHERE key IN ('sync_generation', 'sync_cursor')");
    transaction.commit();
}

void CacheWriter::acknowledgeReply(const QString &opId, MessageId serverId)
{
    SqlTransaction transaction(m_db);
    auto local = m_db.prepare("SELECT id, body FROM messages WHERE client_op_id = ?1 AND id < 0");
    local.bind(1, opId);
    if (local.step()) {
        const qint64 localId = local.int64(0);
        const QString folded = foldForSearch(local.text(1));
        local.reset();
        auto dropText =
            m_db.prepare("INSERT INTO messages_fts(messages_fts, rowid, body) VALUES('delete', ?1, ?2)");
        dropText.bind(1, localId).bind(2, folded).run();
        auto exists = m_db.prepare("SELECT count(*) FROM messages WHERE id = ?1");
        exists.bind(1, serverId.value());
        const bool arrived = exists.step() && exists.int64(0) > 0;
        exists.reset();
        if (arrived) {
            // The server's copy came first (a resync): the local one only goes, counted out of the summary.
            auto drop = m_db.prepare("DELETE FROM messages WHERE id = ?1");
            drop.bind(1, localId).run();
            auto count = m_db.prepare("UPDATE conversations SET message_count = message_count - 1 WHERE id = "
                                      "(SELECT conversation_id FROM messages WHERE id = ?1)");
            count.bind(1, serverId.value()).run();
        } else {
            auto promote = m_db.prepare("UPDATE messages SET id = ?1, delivery = 0 WHERE id = ?2");
            promote.bind(1, serverId.value()).bind(2, localId).run();
            auto addText = m_db.prepare("INSERT INTO messages_fts(rowid, body) VALUES(?1, ?2)");
            addText.bind(1, serverId.value()).bind(2, folded).run();
        }
    }
    auto done = m_db.prepare("DELETE FROM outbox WHERE op_id = ?1");
    done.bind(1, opId).run();
    transaction.commit();
}

int CacheWriter::scoreUnscoredMessages(int limit)
{
    if (!m_scorer)
        return 0;
    SqlTransaction transaction(m_db);
    auto read = m_db.prepare("SELECT id, conversation_id, body, language FROM messages "
                             "WHERE direction = 1 AND valence IS NULL ORDER BY id LIMIT ?1");
    read.bind(1, limit);
    QList<Message> found;
    while (read.step()) {
        Message m;
        m.id = MessageId(read.int64(0));
        m.conversation = ConversationId(read.int64(1));
        m.body = read.text(2);
        m.language = languageFromCode(read.text(3));
        m.direction = Direction::Inbound;
        found.append(std::move(m));
    }
    read.reset();
    QList<qint64> conversations;
    int scored = 0;
    for (Message &m : found) {
        m_scorer(m);
        if (!m.sentiment
                 .isScored()) // nothing to say (an empty body): mark it neutral so it is not read again
            m.sentiment.valence = 0.0f;
        updateSentiment(m);
        ++scored;
        if (!conversations.contains(m.conversation.value()))
            conversations.append(m.conversation.value());
    }
    for (qint64 conversation : std::as_const(conversations))
        recomputeMood(ConversationId(conversation));
    transaction.commit();
    return scored;
}

QString CacheWriter::queueCorrection(MessageId message, SentimentLabel label, const QDateTime &at)
{
    SqlTransaction transaction(m_db);
    auto read = m_db.prepare("SELECT conversation_id, valence FROM messages WHERE id = ?1 AND direction = 1");
    read.bind(1, message.value());
    if (!read.step())
        return QString();
    const ConversationId conversation(read.int64(0));
    const double magnitude = std::max(0.5, std::abs(read.isNull(1) ? 0.0 : read.real(1)));
    read.reset();
    const double valence = label == SentimentLabel::Positive   ? magnitude
                           : label == SentimentLabel::Negative ? -magnitude
                                                               : 0.0;
    auto update =
        m_db.prepare("UPDATE messages SET valence = ?2, sentiment_label = ?3, sentiment_confidence = 1, "
                     "sentiment_corrected = 1 WHERE id = ?1");
    update.bind(1, message.value()).bind(2, valence).bind(3, int(label)).run();
    recomputeMood(conversation);

    const QString opId = outbox::newOperationId();
    outbox::append(m_db, opId, CorrectSentimentOp{message, label}, at);
    transaction.commit();
    return opId;
}

QString CacheWriter::queueCustomerTone(ConversationId conversation, PreferredTone tone, const QDateTime &at)
{
    SqlTransaction transaction(m_db);
    auto update = m_db.prepare("UPDATE customers SET preferred_tone = ?2 "
                               "WHERE id = (SELECT customer_id FROM conversations WHERE id = ?1)");
    update.bind(1, conversation.value()).bind(2, int(tone)).run();
    if (m_db.changes() == 0)
        return QString();
    const QString opId = outbox::newOperationId();
    outbox::append(m_db, opId, SetCustomerToneOp{conversation, tone}, at);
    transaction.commit();
    return opId;
}

void CacheWriter::failOperation(const QString &opId, const QString &reason)
{
    SqlTransaction transaction(m_db);
    auto failed = m_db.prepare("UPDATE messages SET delivery = ?1 WHERE client_op_id = ?2 AND id < 0");
    failed.bind(1, int(DeliveryState::Failed)).bind(2, opId).run();
    compensationRows::refuse(m_db, opId, reason);
    empathyRows::refuse(m_db, opId, reason);
    alertRows::refuse(m_db, opId, reason);
    auto done = m_db.prepare("DELETE FROM outbox WHERE op_id = ?1");
    done.bind(1, opId).run();
    transaction.commit();
}

QString CacheWriter::queueCompensation(const Compensation &request, const QDateTime &at)
{
    SqlTransaction transaction(m_db);
    Compensation c = request;
    c.opId = outbox::newOperationId();
    c.requestedAt = at;
    compensationRows::insertQueued(m_db, c);
    outbox::append(m_db, c.opId, CompensateOp{c.conversation, c.kind, c.reason, c.order, c.percent, c.amount},
                   at);
    transaction.commit();
    return c.opId;
}

// An operation with no effect in the cache until the server's answer comes back as changes.
QString CacheWriter::queueOperation(const Operation &operation, const QDateTime &at)
{
    SqlTransaction transaction(m_db);
    const QString opId = outbox::newOperationId();
    outbox::append(m_db, opId, operation, at);
    transaction.commit();
    return opId;
}

// The server's answer and the operation leaving the outbox land together.
void CacheWriter::acknowledgeOperation(const QString &opId, const std::function<void()> &apply)
{
    SqlTransaction transaction(m_db);
    apply();
    outbox::remove(m_db, opId);
    transaction.commit();
}

QString CacheWriter::queueCompensationDecision(CompensationId id, bool approve, const QString &note,
                                               const QDateTime &at)
{
    return queueOperation(DecideCompensationOp{id, approve, note}, at);
}

QString CacheWriter::queueCompensationReversal(CompensationId id, const QString &note, const QDateTime &at)
{
    return queueOperation(ReverseCompensationOp{id, note}, at);
}

void CacheWriter::acknowledgeCompensation(const QString &opId, CompensationId id, CompensationStatus status)
{
    acknowledgeOperation(opId, [&] { compensationRows::acknowledge(m_db, opId, id, status); });
}

namespace {

CustomerId customerOfConversation(SqliteDatabase &db, ConversationId conversation)
{
    auto query = db.prepare("SELECT customer_id FROM conversations WHERE id = ?1");
    query.bind(1, conversation.value());
    return query.step() ? CustomerId(query.int64(0)) : CustomerId();
}

std::optional<EmpathyEntry> storedNote(SqliteDatabase &db, EmpathyEntryId id, CustomerId customer)
{
    for (const EmpathyNote &note : empathyRows::notesOf(db, customer)) {
        if (note.entry.id == id)
            return note.entry;
    }
    return std::nullopt;
}

} // namespace

QString CacheWriter::queueEmpathyNote(ConversationId conversation, const EmpathyEntry &entry,
                                      const QDateTime &at, bool dismissed)
{
    SqlTransaction transaction(m_db);
    const CustomerId customer = customerOfConversation(m_db, conversation);
    if (!customer.isValid())
        return QString();
    const QString opId = outbox::newOperationId();
    EmpathyPutOp op;
    op.conversation = conversation;
    op.quadrant = entry.quadrant;
    op.text = entry.text;
    EmpathyEntry local = entry;
    local.customer = customer;
    local.updatedAt = at;
    if (entry.id.value() > 0) {
        const auto stored = storedNote(m_db, entry.id, customer);
        if (!stored)
            return QString();
        op.entry = entry.id;
        op.baseRevision = stored->revision;
        empathyRows::markPending(m_db, entry.id, opId, local);
    } else {
        op.source = entry.source;
        op.suggestion = entry.suggestion;
        op.dismissed = dismissed;
        local.removed = dismissed;
        local.revision = 0;
        empathyRows::insertQueued(m_db, local, opId);
    }
    outbox::append(m_db, opId, op, at);
    transaction.commit();
    return opId;
}

QString CacheWriter::queueEmpathyRemoval(ConversationId conversation, EmpathyEntryId id, const QDateTime &at)
{
    SqlTransaction transaction(m_db);
    const CustomerId customer = customerOfConversation(m_db, conversation);
    auto stored = customer.isValid() ? storedNote(m_db, id, customer) : std::nullopt;
    if (!stored)
        return QString();
    if (id.value() < 0) {
        // Never sent: it goes with its operation, and the server hears nothing.
        auto op = m_db.prepare("SELECT client_op_id FROM empathy_entries WHERE id = ?1");
        op.bind(1, id.value());
        const QString opId = op.step() ? op.text(0) : QString();
        op.reset();
        auto drop = m_db.prepare("DELETE FROM empathy_entries WHERE id = ?1");
        drop.bind(1, id.value()).run();
        outbox::remove(m_db, opId);
        transaction.commit();
        return opId;
    }
    const QString opId = outbox::newOperationId();
    stored->removed = true;
    empathyRows::markPending(m_db, id, opId, *stored);
    outbox::append(m_db, opId, EmpathyRemoveOp{conversation, id, stored->revision}, at);
    transaction.commit();
    return opId;
}

QString CacheWriter::queueJourneyStage(ConversationId conversation, JourneyStage stage, const QDateTime &at)
{
    SqlTransaction transaction(m_db);
    const CustomerId customer = customerOfConversation(m_db, conversation);
    if (!customer.isValid())
        return QString();
    auto update = m_db.prepare("UPDATE customers SET journey_stage = ?2 WHERE id = ?1");
    update.bind(1, customer.value()).bind(2, int(stage)).run();
    const QString opId = outbox::newOperationId();
    outbox::append(m_db, opId, SetJourneyStageOp{conversation, stage}, at);
    transaction.commit();
    return opId;
}

QString CacheWriter::queueConversationStatus(ConversationId conversation, ConversationStatus status,
                                             const QDateTime &at)
{
    SqlTransaction transaction(m_db);
    auto update = m_db.prepare("UPDATE conversations SET status = ?2 WHERE id = ?1");
    update.bind(1, conversation.value()).bind(2, int(status)).run();
    if (m_db.changes() == 0)
        return QString();
    const QString opId = outbox::newOperationId();
    outbox::append(m_db, opId, StatusOp{conversation, status}, at);
    transaction.commit();
    return opId;
}

QString CacheWriter::queueAlertAction(AlertId alert, AlertAction action, AgentId to, const QDateTime &at)
{
    SqlTransaction transaction(m_db);
    const QString opId = outbox::newOperationId();
    outbox::append(m_db, opId, HandleAlertOp{alert, action, action == AlertAction::Reassign ? to : AgentId()},
                   at);
    alertRows::markPending(m_db, alert, opId);
    transaction.commit();
    return opId;
}

void CacheWriter::acknowledgeEmpathyNote(const QString &opId, EmpathyEntryId id, int revision)
{
    acknowledgeOperation(opId, [&] { empathyRows::acknowledge(m_db, opId, id, revision); });
}

void CacheWriter::acknowledge(const QString &opId, const OperationAck &ack)
{
    struct Visitor
    {
        CacheWriter &writer;
        const QString &opId;
        void operator()(const MessageAck &a) const { writer.acknowledgeReply(opId, a.message); }
        void operator()(const CompensationAck &a) const
        {
            writer.acknowledgeCompensation(opId, a.compensation, a.status);
        }
        void operator()(const EmpathyNoteAck &a) const
        {
            writer.acknowledgeEmpathyNote(opId, a.entry, a.revision);
        }
        void operator()(const EmpathyRemovalAck &a) const { writer.acknowledgeEmpathyNote(opId, a.entry, 0); }
        // The server's new state arrives as changes; the operation only leaves the outbox.
        void operator()(const SeqAck &) const
        {
            writer.acknowledgeOperation(opId, [] {});
        }
        void operator()(const AlertAck &) const
        {
            writer.acknowledgeOperation(opId, [] {});
        }
    };
    std::visit(Visitor{*this, opId}, ack);
}

void CacheWriter::acknowledgeApplied(const QString &opId)
{
    acknowledgeOperation(opId, [] {});
}

void CacheWriter::noteAttempt(const QString &opId)
{
    auto attempt = m_db.prepare("UPDATE outbox SET attempts = attempts + 1 WHERE op_id = ?1");
    attempt.bind(1, opId).run();
}

MessageId CacheWriter::queueReply(ConversationId conversation, const QString &body, AgentId author,
                                  const QDateTime &at, Language language, MessagePurpose purpose)
{
    SqlTransaction transaction(m_db);
    const MessageId id(std::min<qint64>(m_db.scalar("SELECT min(id) FROM messages"), 0) - 1);
    const QString opId = outbox::newOperationId();

    Message message;
    message.id = id;
    message.conversation = conversation;
    message.direction = Direction::Outbound;
    message.author = author;
    message.body = body;
    message.sentAt = at;
    message.language = language;
    message.delivery = DeliveryState::Pending;
    message.purpose = purpose;
    insertMessages({message}, opId);

    // A lead's private note travels as its own operation, which only leads may send. The pending message
    // finds its server copy by the operation's id (client_op_id).
    const Operation op =
        purpose == MessagePurpose::PrivateNote
            ? Operation(PrivateNoteOp{conversation, body})
            : Operation(ReplyOp{conversation, body,
                                purpose == MessagePurpose::Apology ? purpose : MessagePurpose::Plain});
    outbox::append(m_db, opId, op, at);
    transaction.commit();
    return id;
}

void CacheWriter::markRead(const QList<ConversationId> &conversations)
{
    auto &s = statements();
    SqlTransaction transaction(m_db);
    for (ConversationId id : conversations)
        s.markRead.bind(1, id.value()).run();
    transaction.commit();
}

} // namespace empathy
