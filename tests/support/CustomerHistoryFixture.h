#pragma once

#include "cache/CacheWriter.h"
#include "domain/DataBatch.h"
#include "TestProfile.h"

namespace empathy::test {

// Anna writes on four channels about her order 100482, and the company wrote to her unasked; Boris is
// someone else entirely. Times are relative to fixedNow().
class CustomerHistoryFixture
{
public:
    static constexpr qint64 hourMs = 60 * 60 * 1000;
    static constexpr qint64 dayMs = 24 * hourMs;

    CustomerHistoryFixture()
    {
        add(customer(1, QStringLiteral("Anna Kowalska"), QStringLiteral("Anna")));
        add(customer(2, QStringLiteral("Boris Ivanov"), QStringLiteral("Boris")));
        conversation(10, 1, Channel::Email, ConversationStatus::Resolved, -20 * dayMs);
        conversation(11, 1, Channel::WebChat, ConversationStatus::Resolved, -4 * dayMs);
        conversation(12, 1, Channel::Telegram, ConversationStatus::Pending, -2 * dayMs);
        conversation(13, 1, Channel::Phone, ConversationStatus::Open, -3 * hourMs);
        conversation(14, 1, Channel::Email, ConversationStatus::Resolved, -5 * dayMs);
        conversation(15, 1, Channel::Email, ConversationStatus::Resolved, -25 * dayMs);
        conversation(20, 2, Channel::Email, ConversationStatus::Open, -1 * dayMs);
        // conversation 10: a complaint long ago, answered in two messages (a reply, not reaching out), then
        // thanks
        message(100, 10, Direction::Inbound, -20 * dayMs, u"The parcel came damaged"_qs, -0.7);
        message(101, 10, Direction::Outbound, -20 * dayMs + hourMs, u"So sorry, we are sending a new one"_qs);
        message(102, 10, Direction::Outbound, -20 * dayMs + hourMs + 60000, u"Tracking follows"_qs);
        message(103, 10, Direction::Inbound, -19 * dayMs, u"Thank you, that is great"_qs, 0.8,
                u"gratitude"_qs);
        // conversations 11, 12, 13: three contacts about order 100482 in four days
        message(110, 11, Direction::Inbound, -4 * dayMs, u"Where is order 100482?"_qs, -0.3);
        message(111, 11, Direction::Outbound, -4 * dayMs + hourMs, u"It ships tomorrow"_qs);
        message(120, 12, Direction::Inbound, -2 * dayMs, u"Still nothing for #100482, again"_qs, -0.6);
        message(121, 12, Direction::Inbound, -2 * dayMs + 60000, u"100482!!!"_qs, -0.8, u"anger"_qs);
        message(122, 12, Direction::Outbound, -2 * dayMs + hourMs, u"Checking with the courier"_qs);
        message(123, 12, Direction::Inbound, -2 * dayMs + 2 * hourMs, u"?"_qs);
        message(130, 13, Direction::Inbound, -3 * hourMs,
                u"Order 100482 is a joke. I will cancel everything"_qs, -0.9, u"frustration"_qs, 0.8);
        // an unsolicited follow-up of ours in the phone conversation, a second contact there
        message(131, 13, Direction::Outbound, -2 * hourMs, u"We called you back"_qs);
        message(132, 13, Direction::Outbound, -1 * hourMs, u"Please call us"_qs);
        message(133, 13, Direction::Inbound, -50 * 60000, u"ok"_qs, 0.0);
        message(134, 13, Direction::Outbound, -40 * 60000, u"Here is a voucher"_qs);
        // conversations we started: a reminder and its follow-up two days later; a newsletter long ago
        message(140, 14, Direction::Outbound, -5 * dayMs, u"Your cart is waiting"_qs);
        message(141, 14, Direction::Outbound, -3 * dayMs, u"Still thinking about it?"_qs);
        message(150, 15, Direction::Outbound, -25 * dayMs, u"Our autumn offers"_qs);
        message(200, 20, Direction::Inbound, -1 * dayMs, u"Order 100482 mine? no, 555123"_qs, -0.2);
        order(1000, 1, u"100482"_qs, 12999, u"PLN"_qs, -6 * dayMs);
        order(1001, 1, u"100301"_qs, 4500, u"PLN"_qs, -60 * dayMs);
        order(1002, 1, u"77"_qs, 2000, u"EUR"_qs, -90 * dayMs);
        order(2000, 2, u"555123"_qs, 100, u"RUB"_qs, -2 * dayMs);
        survey(3000, 1, 10, SurveyKind::Csat, 5, -19 * dayMs);
        survey(3001, 1, 0, SurveyKind::Nps, 3, -1 * dayMs);
    }

    qint64 now() const { return fixedNow().toMSecsSinceEpoch(); }
    void writeTo(CacheWriter &writer) const { writer.writeBatch(m_batch); }

private:
    QDateTime at(qint64 offset) const { return QDateTime::fromMSecsSinceEpoch(now() + offset, Qt::UTC); }
    Customer customer(qint64 id, const QString &name, const QString &first)
    {
        Customer c;
        c.id = CustomerId(id);
        c.displayName = name;
        c.firstName = first;
        c.preferredLanguage = Language::Polish;
        c.identities = {{IdentityKind::Email, first.toLower() + u"@example.com"_qs},
                        {IdentityKind::Telegram, u"@"_qs + first.toLower()}};
        c.createdAt = at(-100 * dayMs);
        return c;
    }
    void add(const Customer &c) { m_batch.customers.append(c); }
    void conversation(qint64 id, qint64 customer, Channel channel, ConversationStatus status, qint64 created)
    {
        Conversation c;
        c.id = ConversationId(id);
        c.customer = CustomerId(customer);
        c.channel = channel;
        c.status = status;
        c.language = Language::English;
        c.createdAt = at(created);
        m_batch.conversations.append(c);
    }
    void message(qint64 id, qint64 conversation, Direction direction, qint64 when, const QString &body,
                 std::optional<double> valence = std::nullopt, const QString &emotion = QString(),
                 double churn = 0.0)
    {
        Message m;
        m.id = MessageId(id);
        m.conversation = ConversationId(conversation);
        m.direction = direction;
        m.author = direction == Direction::Outbound ? AgentId(1) : AgentId();
        m.body = body;
        m.sentAt = at(when);
        m.language = Language::English;
        if (valence) {
            m.sentiment.valence = float(*valence);
            m.sentiment.label = labelOfValence(*valence);
            m.sentiment.confidence = 0.8f;
            m.sentiment.emotion = emotion;
            m.sentiment.churnRisk = float(churn);
        }
        m_batch.messages.append(m);
    }
    void order(qint64 id, qint64 customer, const QString &number, qint64 minor, const QString &currency,
               qint64 when)
    {
        m_batch.orders.append(
            Order{OrderId(id), CustomerId(customer), number, Money{minor, currency}, u"Things"_qs, at(when)});
    }
    void survey(qint64 id, qint64 customer, qint64 conversation, SurveyKind kind, int score, qint64 when)
    {
        SurveyAnswer s;
        s.id = SurveyAnswerId(id);
        s.customer = CustomerId(customer);
        s.conversation = ConversationId(conversation);
        s.kind = kind;
        s.score = score;
        s.answeredAt = at(when);
        m_batch.surveys.append(s);
    }

    DataBatch m_batch;
};

} // namespace empathy::test
