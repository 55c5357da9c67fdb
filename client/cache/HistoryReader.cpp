#include "cache/HistoryReader.h"

#include "cache/EmpathyRows.h"
#include "domain/ConversationStatus.h"
#include "sql/SqliteDatabase.h"
#include "sql/SqliteStatement.h"

#include <algorithm>

namespace empathy {

struct HistoryReader::Statements
{
    explicit Statements(SqliteDatabase &db)
        : customer(db.prepare(
              "SELECT display_name, first_name, preferred_language, preferred_tone, journey_stage FROM "
              "customers WHERE id = ?1"))
        , identities(db.prepare(
              "SELECT kind, value FROM customer_identities WHERE customer_id = ?1 ORDER BY kind, value"))
        , conversations(db.prepare(QStringLiteral("SELECT count(*), coalesce(sum(status IN (%1, %2)), 0) "
                                                  "FROM conversations WHERE customer_id = ?1")
                                       .arg(int(ConversationStatus::Open))
                                       .arg(int(ConversationStatus::Pending))))
        , messages(db.prepare(
              QStringLiteral(
                  "SELECT m.id, m.sent_at, m.conversation_id, c.channel, m.direction, m.body, "
                  "m.valence, m.sentiment_label, m.purpose, m.sentiment_emotion, m.sentiment_churn "
                  "FROM conversations c JOIN messages m ON m.conversation_id = c.id "
                  "WHERE c.customer_id = ?1 AND m.purpose != %1") // the server's notices are not history
                  .arg(int(MessagePurpose::Notice))))
        , orders(db.prepare("SELECT id, placed_at, number, total_minor, currency, summary "
                            "FROM orders WHERE customer_id = ?1"))
        , surveys(db.prepare(
              "SELECT s.id, s.answered_at, s.conversation_id, c.channel, s.kind, s.score, s.comment "
              "FROM survey_answers s LEFT JOIN conversations c ON c.id = s.conversation_id "
              "WHERE s.customer_id = ?1"))
        , compensations(db.prepare(
              "SELECT k.id, k.requested_at, k.conversation_id, c.channel, k.kind, k.status, k.percent, "
              "k.amount_minor, k.currency, k.reason, k.note, k.held_because, k.refusal, k.mood_before, "
              "k.decided_at FROM compensations k LEFT JOIN conversations c ON c.id = k.conversation_id "
              "WHERE k.customer_id = ?1"))
    {}

    SqliteStatement customer;
    SqliteStatement identities;
    SqliteStatement conversations;
    SqliteStatement messages;
    SqliteStatement orders;
    SqliteStatement surveys;
    SqliteStatement compensations;
};

namespace {

// A granted compensation's "after": the first scored message of the customer in its conversation once it
// was granted (by the agent, or by the lead who approved it).
void noteMoodAfterCompensations(QList<HistoryItem> &items, const QList<qint64> &grantedAt)
{
    qsizetype k = 0;
    for (HistoryItem &c : items) {
        if (c.kind != HistoryKind::Compensation)
            continue;
        const qint64 since = grantedAt[k++];
        if (c.compensationStatus != CompensationStatus::Granted)
            continue;
        const HistoryItem *first = nullptr;
        for (const HistoryItem &m : items) {
            if (m.isMessage() && m.direction == Direction::Inbound && m.valence &&
                m.conversation == c.conversation && m.at > since && (!first || m.at < first->at))
                first = &m;
        }
        if (first)
            c.moodAfter = first->valence;
    }
}

} // namespace

HistoryReader::HistoryReader(SqliteDatabase &db)
    : m_db(db)
{}

HistoryReader::~HistoryReader() = default;

HistoryReader::Statements &HistoryReader::statements()
{
    if (!m_statements)
        m_statements = std::make_unique<Statements>(m_db);
    return *m_statements;
}

std::optional<CustomerRecord> HistoryReader::customer(CustomerId id)
{
    auto &s = statements();
    s.customer.bind(1, id.value());
    if (!s.customer.step()) {
        s.customer.reset();
        return std::nullopt;
    }
    CustomerRecord record;
    record.customer.id = id;
    record.customer.displayName = s.customer.text(0);
    record.customer.firstName = s.customer.text(1);
    record.customer.preferredLanguage = languageFromCode(s.customer.text(2));
    record.customer.preferredTone = PreferredTone(std::clamp(s.customer.int32(3), 0, 2));
    record.customer.journeyStage = JourneyStage(std::clamp(s.customer.int32(4), 0, 5));
    s.customer.reset();
    s.identities.bind(1, id.value());
    while (s.identities.step())
        record.customer.identities.append({IdentityKind(s.identities.int32(0)), s.identities.text(1)});
    s.identities.reset();
    s.conversations.bind(1, id.value());
    if (s.conversations.step()) {
        record.conversations = s.conversations.int32(0);
        record.openConversations = s.conversations.int32(1);
    }
    s.conversations.reset();
    return record;
}

QList<HistoryItem> HistoryReader::history(CustomerId id)
{
    auto &s = statements();
    QList<HistoryItem> items;
    s.messages.bind(1, id.value());
    while (s.messages.step()) {
        HistoryItem item;
        item.kind =
            s.messages.int32(8) == int(MessagePurpose::Apology) ? HistoryKind::Apology : HistoryKind::Message;
        item.id = s.messages.int64(0);
        item.at = s.messages.int64(1);
        item.conversation = ConversationId(s.messages.int64(2));
        item.channel = Channel(s.messages.int32(3));
        item.direction = Direction(s.messages.int32(4));
        item.text = s.messages.text(5);
        if (!s.messages.isNull(6)) {
            item.valence = s.messages.real(6);
            item.label = SentimentLabel(s.messages.int32(7));
            item.emotion = s.messages.text(9);
            item.churnRisk = s.messages.isNull(10) ? 0.0 : s.messages.real(10);
        }
        items.append(std::move(item));
    }
    s.messages.reset();
    s.orders.bind(1, id.value());
    while (s.orders.step()) {
        HistoryItem item;
        item.kind = HistoryKind::Order;
        item.id = s.orders.int64(0);
        item.at = s.orders.int64(1);
        item.orderNumber = s.orders.text(2);
        item.amountMinor = s.orders.int64(3);
        item.currency = s.orders.text(4);
        item.text = s.orders.text(5);
        items.append(std::move(item));
    }
    s.orders.reset();
    s.surveys.bind(1, id.value());
    while (s.surveys.step()) {
        HistoryItem item;
        item.kind = HistoryKind::Survey;
        item.id = s.surveys.int64(0);
        item.at = s.surveys.int64(1);
        item.conversation = ConversationId(s.surveys.int64(2));
        if (!s.surveys.isNull(3))
            item.channel = Channel(s.surveys.int32(3));
        item.surveyKind = SurveyKind(s.surveys.int32(4));
        item.score = s.surveys.int32(5);
        item.text = s.surveys.text(6);
        items.append(std::move(item));
    }
    s.surveys.reset();
    s.compensations.bind(1, id.value());
    QList<qint64> decidedAt; // for the compensations, in order
    while (s.compensations.step()) {
        HistoryItem item;
        item.kind = HistoryKind::Compensation;
        item.id = s.compensations.int64(0);
        item.at = s.compensations.int64(1);
        item.conversation = ConversationId(s.compensations.int64(2));
        if (!s.compensations.isNull(3))
            item.channel = Channel(s.compensations.int32(3));
        item.compensationKind = CompensationKind(s.compensations.int32(4));
        item.compensationStatus = CompensationStatus(s.compensations.int32(5));
        item.percent = s.compensations.int32(6);
        item.amountMinor = s.compensations.int64(7);
        item.currency = s.compensations.text(8);
        item.text = s.compensations.text(9);
        const CompensationStatus status = item.compensationStatus;
        item.note = status == CompensationStatus::Refused   ? s.compensations.text(12)
                    : status == CompensationStatus::Pending ? s.compensations.text(11)
                                                            : s.compensations.text(10);
        if (!s.compensations.isNull(13))
            item.valence = s.compensations.real(13);
        decidedAt.append(s.compensations.isNull(14) ? item.at : s.compensations.int64(14));
        items.append(std::move(item));
    }
    s.compensations.reset();
    noteMoodAfterCompensations(items, decidedAt);
    for (const EmpathyNote &note : empathyRows::notesOf(m_db, id)) {
        if (note.entry.removed)
            continue;
        HistoryItem item;
        item.kind = HistoryKind::Note;
        item.id = note.entry.id.value();
        item.at = note.entry.updatedAt.toMSecsSinceEpoch();
        item.text = note.entry.text;
        item.quadrant = note.entry.quadrant;
        items.append(std::move(item));
    }
    // Newest first; at the same moment, the order of the kinds and then ids keeps it stable.
    std::sort(items.begin(), items.end(), [](const HistoryItem &a, const HistoryItem &b) {
        if (a.at != b.at)
            return a.at > b.at;
        if (a.kind != b.kind)
            return int(a.kind) < int(b.kind);
        return a.id > b.id;
    });
    return items;
}

QList<EmpathyNote> HistoryReader::empathyNotes(CustomerId id)
{
    return empathyRows::notesOf(m_db, id);
}

} // namespace empathy
