#pragma once

#include "domain/Agent.h"
#include "domain/Alert.h"
#include "domain/Compensation.h"
#include "domain/Conversation.h"
#include "domain/Customer.h"
#include "domain/Message.h"
#include "domain/Order.h"
#include "domain/SurveyAnswer.h"
#include "protocol/DomainKeys.h"
#include "protocol/WireTime.h"

#include <optional>

namespace empathy {

// How the wire form of each domain object is read (docs/protocol.md), written once for any JSON library:
// Object is QtJsonObjectView (QtJsonView.h, what DomainJson reads with) or SimdJsonObjectView
// (SimdJsonView.h, the desk's sync pages). The readers return nothing and set *error when a member is
// missing or of the wrong type.
template<typename Object>
class DomainReaders
{
public:
    static std::optional<Agent> readAgent(const Object &json, QString *error)
    {
        Fields f(json, error);
        Agent agent;
        agent.id = AgentId(f.id("id"));
        agent.login = f.text("login");
        agent.displayName = f.text("name");
        agent.role = f.template key<AgentRole>("role", &roleFromKey);
        return f.finish(agent);
    }

    static std::optional<Customer> readCustomer(const Object &json, QString *error)
    {
        Fields f(json, error);
        Customer customer;
        customer.id = CustomerId(f.id("id"));
        customer.displayName = f.text("name");
        customer.firstName = f.text("first_name", false);
        customer.preferredLanguage = languageFromCode(f.text("language", false));
        customer.createdAt = f.time("created_at", false);
        if (json.contains("tone"))
            customer.preferredTone = f.template key<PreferredTone>("tone", &toneFromKey);
        if (json.contains("stage"))
            customer.journeyStage = f.template key<JourneyStage>("stage", &journeyStageFromKey);
        json.value("identities").forEachElement([&](const auto &value) {
            Fields identity(value.toObject(), error);
            customer.identities.append(
                {identity.key("kind", domainKeys::identityKinds), identity.text("value")});
        });
        return f.finish(customer);
    }

    static std::optional<Conversation> readConversation(const Object &json, QString *error)
    {
        Fields f(json, error);
        Conversation c;
        c.id = ConversationId(f.id("id"));
        c.customer = CustomerId(f.id("customer"));
        c.channel = f.template key<Channel>("channel", &channelFromKey);
        c.status = f.template key<ConversationStatus>("status", &statusFromKey);
        c.priority = f.key("priority", domainKeys::priorities);
        c.assignee = AgentId(f.id("assignee", false));
        c.subject = f.text("subject", false);
        c.language = languageFromCode(f.text("language", false));
        c.createdAt = f.time("created_at");
        c.firstResponseDue = f.time("first_response_due", false);
        c.resolutionDue = f.time("resolution_due", false);
        return f.finish(c);
    }

    static std::optional<Message> readMessage(const Object &json, QString *error)
    {
        Fields f(json, error);
        Message m;
        m.id = MessageId(f.id("id"));
        m.conversation = ConversationId(f.id("conversation"));
        m.direction = f.key("direction", domainKeys::directions);
        m.author = AgentId(f.id("author", false));
        m.body = f.text("body");
        m.sentAt = f.time("sent_at");
        m.language = languageFromCode(f.text("language", false));
        if (json.contains("purpose"))
            m.purpose = f.template key<MessagePurpose>("purpose", &messagePurposeFromKey);
        if (const auto sentiment = json.value("sentiment"); sentiment.isObject()) {
            const auto s = sentiment.toObject();
            Fields sf(s, error);
            m.sentiment.valence = float(s.value("valence").toDouble());
            m.sentiment.label = sf.key("label", domainKeys::labels);
            m.sentiment.confidence = float(s.value("confidence").toDouble());
            m.sentiment.intensity = float(s.value("intensity").toDouble());
            m.sentiment.correctedByAgent = s.value("corrected").toBool();
            m.sentiment.emotion = s.value("emotion").toString();
            m.sentiment.churnRisk = float(s.value("churn").toDouble());
        }
        return f.finish(m);
    }

    static std::optional<Order> readOrder(const Object &json, QString *error)
    {
        Fields f(json, error);
        Order order;
        order.id = OrderId(f.id("id"));
        order.customer = CustomerId(f.id("customer"));
        order.number = f.text("number");
        order.total = Money{f.id("total_minor"), f.text("currency")};
        order.summary = f.text("summary", false);
        order.placedAt = f.time("placed_at");
        return f.finish(order);
    }

    static std::optional<SurveyAnswer> readSurveyAnswer(const Object &json, QString *error)
    {
        Fields f(json, error);
        SurveyAnswer a;
        a.id = SurveyAnswerId(f.id("id"));
        a.customer = CustomerId(f.id("customer"));
        a.conversation = ConversationId(f.id("conversation", false));
        a.kind = f.key("kind", domainKeys::surveyKinds);
        a.score = f.integer("score");
        a.comment = f.text("comment", false);
        a.answeredAt = f.time("answered_at");
        if (f.ok() && !a.hasValidScore())
            *error = QStringLiteral("\"score\" is out of range for the survey kind");
        return f.finish(a);
    }

    static std::optional<Compensation> readCompensation(const Object &json, QString *error)
    {
        Fields f(json, error);
        Compensation c;
        c.id = CompensationId(f.id("id"));
        c.conversation = ConversationId(f.id("conversation"));
        c.customer = CustomerId(f.id("customer"));
        c.order = OrderId(f.id("order", false));
        c.opId = f.text("op", false);
        c.kind = f.template key<CompensationKind>("kind", &compensationKindFromKey);
        c.status = f.template key<CompensationStatus>("status", &compensationStatusFromKey);
        c.reason = f.text("reason", false);
        c.requestedBy = AgentId(f.id("requested_by"));
        c.requestedAt = f.time("requested_at");
        if (f.ok() && c.kind == CompensationKind::Discount) {
            c.percent = f.integer("percent");
        } else if (f.ok()) {
            c.amount = Money{f.id("amount_minor"), f.text("currency")};
        }
        c.decidedBy = AgentId(f.id("decided_by", false));
        c.decidedAt = f.time("decided_at", false);
        c.decisionNote = f.text("note", false);
        c.heldBecause = f.text("held_because", false);
        if (const auto mood = json.value("mood_before"); mood.isNumber())
            c.moodBefore = float(mood.toDouble());
        return f.finish(c);
    }

    static std::optional<EmpathyEntry> readEmpathyEntry(const Object &json, QString *error)
    {
        Fields f(json, error);
        EmpathyEntry e;
        e.id = EmpathyEntryId(f.id("id"));
        e.customer = CustomerId(f.id("customer"));
        e.quadrant = f.template key<EmpathyQuadrant>("quadrant", &empathyQuadrantFromKey);
        e.text = f.text("text");
        e.author = AgentId(f.id("author", false));
        e.updatedAt = f.time("updated_at");
        e.revision = f.integer("revision");
        e.source = MessageId(f.id("source", false));
        e.suggestion = f.text("suggestion", false);
        e.conflictOf = EmpathyEntryId(f.id("conflict_of", false));
        e.removed = json.value("removed").toBool();
        e.opId = f.text("op", false);
        return f.finish(e);
    }

    static std::optional<Alert> readAlert(const Object &json, QString *error)
    {
        Fields f(json, error);
        Alert a;
        a.id = AlertId(f.id("id"));
        a.kind = f.template key<AlertKind>("kind", &alertKindFromKey);
        a.conversation = ConversationId(f.id("conversation"));
        a.customer = CustomerId(f.id("customer"));
        a.raisedAt = f.time("raised_at");
        a.state = f.template key<AlertState>("state", &alertStateFromKey);
        a.message = MessageId(f.id("message", false));
        a.agent = AgentId(f.id("agent", false));
        a.earlier = ConversationId(f.id("earlier", false));
        a.handledBy = AgentId(f.id("handled_by", false));
        a.reassignedTo = AgentId(f.id("reassigned_to", false));
        a.emotion = f.text("emotion", false);
        a.strength = float(json.value("strength").toDouble());
        const auto number = [&json](const char *name) -> std::optional<float> {
            const auto value = json.value(name);
            return value.isNumber() ? std::optional<float>(float(value.toDouble())) : std::nullopt;
        };
        a.valence = number("valence");
        a.baselineMean = number("baseline_mean");
        a.baselineSpread = number("baseline_spread");
        a.baselineMessages = json.value("baseline_messages").toInt();
        a.due = f.time("due", false);
        a.handledAt = f.time("handled_at", false);
        return f.finish(a);
    }

private:
    // Reads members, remembering the first problem.
    template<typename View>
    class FieldsOf
    {
    public:
        FieldsOf(View json, QString *error)
            : m_json(std::move(json))
            , m_error(error)
        {}

        qint64 id(const char *name, bool required = true)
        {
            const auto value = m_json.value(name);
            if (value.isNull() || value.isAbsent()) {
                if (required)
                    fail(name, "an id");
                return 0;
            }
            if (!value.isWholeNumber())
                fail(name, "an id");
            return value.toInteger();
        }

        int integer(const char *name) { return int(id(name)); }

        QString text(const char *name, bool required = true)
        {
            const auto value = m_json.value(name);
            if (value.isString())
                return value.toString();
            if (required || !(value.isAbsent() || value.isNull()))
                fail(name, "a string");
            return {};
        }

        QDateTime time(const char *name, bool required = true)
        {
            const auto value = m_json.value(name);
            if (!required && (value.isAbsent() || value.isNull()))
                return {};
            const QDateTime time = readWireTime(value.toString());
            if (!time.isValid())
                fail(name, "an ISO 8601 time");
            return time;
        }

        template<typename Enum, size_t N>
        Enum key(const char *name, const domainKeys::Table<Enum, N> &table)
        {
            const auto value = domainKeys::valueOf(table, text(name));
            if (!value) {
                fail(name, "a known key");
                return table.front().first;
            }
            return *value;
        }

        template<typename Enum>
        Enum key(const char *name, std::optional<Enum> (*parse)(QStringView))
        {
            const auto value = parse(text(name));
            if (!value) {
                fail(name, "a known key");
                return Enum{};
            }
            return *value;
        }

        bool ok() const { return m_error->isEmpty(); }

        template<typename T>
        std::optional<T> finish(T value) const
        {
            return ok() ? std::optional<T>(std::move(value)) : std::nullopt;
        }

    private:
        void fail(const char *name, const char *what)
        {
            if (m_error->isEmpty())
                *m_error = QStringLiteral("\"%1\" must be %2").arg(QLatin1String(name), QLatin1String(what));
        }

        View m_json;
        QString *m_error;
    };
    using Fields = FieldsOf<Object>;
};

} // namespace empathy
