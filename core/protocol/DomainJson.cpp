#include "protocol/DomainJson.h"

#include <QJsonArray>

#include <array>

namespace empathy {

namespace {

template<typename Enum, size_t N>
QString keyOf(const std::array<std::pair<Enum, const char *>, N> &table, Enum value)
{
    for (const auto &[entry, key] : table) {
        if (entry == value)
            return QString::fromLatin1(key);
    }
    return {};
}

template<typename Enum, size_t N>
std::optional<Enum> valueOf(const std::array<std::pair<Enum, const char *>, N> &table, const QString &key)
{
    for (const auto &[entry, name] : table) {
        if (key == QLatin1String(name))
            return entry;
    }
    return std::nullopt;
}

constexpr std::array<std::pair<Priority, const char *>, 4> priorities{{{Priority::Low, "low"},
                                                                       {Priority::Normal, "normal"},
                                                                       {Priority::High, "high"},
                                                                       {Priority::Urgent, "urgent"}}};
constexpr std::array<std::pair<IdentityKind, const char *>, 6> identityKinds{
    {{IdentityKind::Email, "email"},
     {IdentityKind::Phone, "phone"},
     {IdentityKind::Telegram, "telegram"},
     {IdentityKind::Viber, "viber"},
     {IdentityKind::Vk, "vk"},
     {IdentityKind::WebVisitor, "web"}}};
constexpr std::array<std::pair<Direction, const char *>, 2> directions{
    {{Direction::Inbound, "in"}, {Direction::Outbound, "out"}}};
constexpr std::array<std::pair<SurveyKind, const char *>, 2> surveyKinds{
    {{SurveyKind::Nps, "nps"}, {SurveyKind::Csat, "csat"}}};
constexpr std::array<std::pair<SentimentLabel, const char *>, 3> labels{
    {{SentimentLabel::Negative, "negative"},
     {SentimentLabel::Neutral, "neutral"},
     {SentimentLabel::Positive, "positive"}}};

QJsonValue timeValue(const QDateTime &time)
{
    return time.isValid() ? QJsonValue(time.toUTC().toString(Qt::ISODateWithMs))
                          : QJsonValue(QJsonValue::Null);
}

// Reads members, remembering the first problem.
class Fields
{
public:
    Fields(const QJsonObject &json, QString *error)
        : m_json(json)
        , m_error(error)
    {}

    qint64 id(const char *name, bool required = true)
    {
        const QJsonValue value = m_json.value(QLatin1String(name));
        if (value.isNull() || value.isUndefined()) {
            if (required)
                fail(name, "an id");
            return 0;
        }
        if (!value.isDouble() || value.toDouble() != double(value.toInteger()))
            fail(name, "an id");
        return value.toInteger();
    }

    int integer(const char *name) { return int(id(name)); }

    QString text(const char *name, bool required = true)
    {
        const QJsonValue value = m_json.value(QLatin1String(name));
        if (value.isString())
            return value.toString();
        if (required || !(value.isUndefined() || value.isNull()))
            fail(name, "a string");
        return {};
    }

    QDateTime time(const char *name, bool required = true)
    {
        const QJsonValue value = m_json.value(QLatin1String(name));
        if (!required && (value.isUndefined() || value.isNull()))
            return {};
        const QDateTime time = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
        if (!time.isValid())
            fail(name, "an ISO 8601 time");
        return time.toUTC();
    }

    template<typename Enum, size_t N>
    Enum key(const char *name, const std::array<std::pair<Enum, const char *>, N> &table)
    {
        const auto value = valueOf(table, text(name));
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

private:
    void fail(const char *name, const char *what)
    {
        if (m_error->isEmpty())
            *m_error = QStringLiteral("\"%1\" must be %2").arg(QLatin1String(name), QLatin1String(what));
    }

    const QJsonObject &m_json;
    QString *m_error;
};

template<typename T>
std::optional<T> finish(const Fields &fields, T value)
{
    return fields.ok() ? std::optional<T>(std::move(value)) : std::nullopt;
}

} // namespace

QJsonObject DomainJson::write(const Agent &agent)
{
    return {{QStringLiteral("id"), agent.id.value()},
            {QStringLiteral("login"), agent.login},
            {QStringLiteral("name"), agent.displayName},
            {QStringLiteral("role"), roleKey(agent.role)}};
}

QJsonObject DomainJson::write(const Customer &customer)
{
    QJsonArray identities;
    for (const CustomerIdentity &identity : customer.identities)
        identities.append(QJsonObject{{QStringLiteral("kind"), keyOf(identityKinds, identity.kind)},
                                      {QStringLiteral("value"), identity.value}});
    QJsonObject json{{QStringLiteral("id"), customer.id.value()},
                     {QStringLiteral("name"), customer.displayName},
                     {QStringLiteral("first_name"), customer.firstName},
                     {QStringLiteral("language"), languageCode(customer.preferredLanguage)},
                     {QStringLiteral("identities"), identities},
                     {QStringLiteral("created_at"), timeValue(customer.createdAt)}};
    if (customer.preferredTone != PreferredTone::Unknown)
        json.insert(QStringLiteral("tone"), toneKey(customer.preferredTone));
    if (customer.journeyStage != JourneyStage::Unknown)
        json.insert(QStringLiteral("stage"), journeyStageKey(customer.journeyStage));
    return json;
}

QJsonObject DomainJson::write(const Conversation &c)
{
    return {
        {QStringLiteral("id"), c.id.value()},
        {QStringLiteral("customer"), c.customer.value()},
        {QStringLiteral("channel"), channelKey(c.channel)},
        {QStringLiteral("status"), statusKey(c.status)},
        {QStringLiteral("priority"), keyOf(priorities, c.priority)},
        {QStringLiteral("assignee"), c.assignee.isValid() ? QJsonValue(c.assignee.value()) : QJsonValue()},
        {QStringLiteral("subject"), c.subject},
        {QStringLiteral("language"), languageCode(c.language)},
        {QStringLiteral("created_at"), timeValue(c.createdAt)},
        {QStringLiteral("first_response_due"), timeValue(c.firstResponseDue)},
        {QStringLiteral("resolution_due"), timeValue(c.resolutionDue)}};
}

QJsonObject DomainJson::write(const Message &m)
{
    QJsonObject json{
        {QStringLiteral("id"), m.id.value()},
        {QStringLiteral("conversation"), m.conversation.value()},
        {QStringLiteral("direction"), keyOf(directions, m.direction)},
        {QStringLiteral("author"), m.author.isValid() ? QJsonValue(m.author.value()) : QJsonValue()},
        {QStringLiteral("body"), m.body},
        {QStringLiteral("sent_at"), timeValue(m.sentAt)},
        {QStringLiteral("language"), languageCode(m.language)}};
    if (m.purpose != MessagePurpose::Plain)
        json.insert(QStringLiteral("purpose"), messagePurposeKey(m.purpose));
    if (m.sentiment.isScored()) {
        QJsonObject sentiment{{QStringLiteral("valence"), double(*m.sentiment.valence)},
                              {QStringLiteral("label"), keyOf(labels, m.sentiment.label)},
                              {QStringLiteral("confidence"), double(m.sentiment.confidence)},
                              {QStringLiteral("intensity"), double(m.sentiment.intensity)},
                              {QStringLiteral("corrected"), m.sentiment.correctedByAgent}};
        if (!m.sentiment.emotion.isEmpty())
            sentiment.insert(QStringLiteral("emotion"), m.sentiment.emotion);
        if (m.sentiment.churnRisk > 0.0f)
            sentiment.insert(QStringLiteral("churn"), double(m.sentiment.churnRisk));
        json.insert(QStringLiteral("sentiment"), sentiment);
    }
    return json;
}

QJsonObject DomainJson::write(const Order &order)
{
    return {{QStringLiteral("id"), order.id.value()},
            {QStringLiteral("customer"), order.customer.value()},
            {QStringLiteral("number"), order.number},
            {QStringLiteral("total_minor"), order.total.minorUnits},
            {QStringLiteral("currency"), order.total.currency},
            {QStringLiteral("summary"), order.summary},
            {QStringLiteral("placed_at"), timeValue(order.placedAt)}};
}

QJsonObject DomainJson::write(const SurveyAnswer &a)
{
    return {{QStringLiteral("id"), a.id.value()},
            {QStringLiteral("customer"), a.customer.value()},
            {QStringLiteral("conversation"),
             a.conversation.isValid() ? QJsonValue(a.conversation.value()) : QJsonValue()},
            {QStringLiteral("kind"), keyOf(surveyKinds, a.kind)},
            {QStringLiteral("score"), a.score},
            {QStringLiteral("comment"), a.comment},
            {QStringLiteral("answered_at"), timeValue(a.answeredAt)}};
}

// Queued and Refused exist only in a client: the server's record is pending, granted, denied or reversed.
QJsonObject DomainJson::write(const Compensation &c)
{
    QJsonObject json{{QStringLiteral("id"), c.id.value()},
                     {QStringLiteral("conversation"), c.conversation.value()},
                     {QStringLiteral("customer"), c.customer.value()},
                     {QStringLiteral("op"), c.opId},
                     {QStringLiteral("kind"), compensationKindKey(c.kind)},
                     {QStringLiteral("status"), compensationStatusKey(c.status)},
                     {QStringLiteral("reason"), c.reason},
                     {QStringLiteral("requested_by"), c.requestedBy.value()},
                     {QStringLiteral("requested_at"), timeValue(c.requestedAt)}};
    if (c.order.isValid())
        json.insert(QStringLiteral("order"), c.order.value());
    if (c.kind == CompensationKind::Discount) {
        json.insert(QStringLiteral("percent"), c.percent);
    } else {
        json.insert(QStringLiteral("amount_minor"), c.amount.minorUnits);
        json.insert(QStringLiteral("currency"), c.amount.currency);
    }
    if (c.decidedBy.isValid()) {
        json.insert(QStringLiteral("decided_by"), c.decidedBy.value());
        json.insert(QStringLiteral("decided_at"), timeValue(c.decidedAt));
        json.insert(QStringLiteral("note"), c.decisionNote);
    }
    if (!c.heldBecause.isEmpty())
        json.insert(QStringLiteral("held_because"), c.heldBecause);
    if (c.moodBefore)
        json.insert(QStringLiteral("mood_before"), double(*c.moodBefore));
    return json;
}

QJsonObject DomainJson::write(const EmpathyEntry &e)
{
    QJsonObject json{{QStringLiteral("id"), e.id.value()},
                     {QStringLiteral("customer"), e.customer.value()},
                     {QStringLiteral("quadrant"), empathyQuadrantKey(e.quadrant)},
                     {QStringLiteral("text"), e.text},
                     {QStringLiteral("author"), e.author.value()},
                     {QStringLiteral("updated_at"), timeValue(e.updatedAt)},
                     {QStringLiteral("revision"), e.revision}};
    if (e.source.isValid())
        json.insert(QStringLiteral("source"), e.source.value());
    if (!e.suggestion.isEmpty())
        json.insert(QStringLiteral("suggestion"), e.suggestion);
    if (e.conflictOf.isValid())
        json.insert(QStringLiteral("conflict_of"), e.conflictOf.value());
    if (e.removed)
        json.insert(QStringLiteral("removed"), true);
    if (!e.opId.isEmpty())
        json.insert(QStringLiteral("op"), e.opId);
    return json;
}

QJsonObject DomainJson::write(const Alert &a)
{
    QJsonObject json{{QStringLiteral("id"), a.id.value()},
                     {QStringLiteral("kind"), alertKindKey(a.kind)},
                     {QStringLiteral("conversation"), a.conversation.value()},
                     {QStringLiteral("customer"), a.customer.value()},
                     {QStringLiteral("raised_at"), timeValue(a.raisedAt)},
                     {QStringLiteral("state"), alertStateKey(a.state)}};
    const auto putId = [&json](const char *name, qint64 id) {
        if (id != 0)
            json.insert(QLatin1String(name), id);
    };
    const auto putNumber = [&json](const char *name, const std::optional<float> &value) {
        if (value)
            json.insert(QLatin1String(name), double(*value));
    };
    putId("message", a.message.value());
    putId("agent", a.agent.value());
    putId("earlier", a.earlier.value());
    putId("handled_by", a.handledBy.value());
    putId("reassigned_to", a.reassignedTo.value());
    if (!a.emotion.isEmpty())
        json.insert(QStringLiteral("emotion"), a.emotion);
    if (a.strength > 0)
        json.insert(QStringLiteral("strength"), double(a.strength));
    putNumber("valence", a.valence);
    putNumber("baseline_mean", a.baselineMean);
    putNumber("baseline_spread", a.baselineSpread);
    if (a.baselineMessages > 0)
        json.insert(QStringLiteral("baseline_messages"), a.baselineMessages);
    if (a.due.isValid())
        json.insert(QStringLiteral("due"), timeValue(a.due));
    if (a.handledAt.isValid())
        json.insert(QStringLiteral("handled_at"), timeValue(a.handledAt));
    return json;
}

std::optional<Agent> DomainJson::readAgent(const QJsonObject &json, QString *error)
{
    Fields f(json, error);
    Agent agent;
    agent.id = AgentId(f.id("id"));
    agent.login = f.text("login");
    agent.displayName = f.text("name");
    agent.role = f.key<AgentRole>("role", &roleFromKey);
    return finish(f, agent);
}

std::optional<Customer> DomainJson::readCustomer(const QJsonObject &json, QString *error)
{
    Fields f(json, error);
    Customer customer;
    customer.id = CustomerId(f.id("id"));
    customer.displayName = f.text("name");
    customer.firstName = f.text("first_name", false);
    customer.preferredLanguage = languageFromCode(f.text("language", false));
    customer.createdAt = f.time("created_at", false);
    if (json.contains(QStringLiteral("tone")))
        customer.preferredTone = f.key("tone", toneFromKey);
    if (json.contains(QStringLiteral("stage")))
        customer.journeyStage = f.key<JourneyStage>("stage", &journeyStageFromKey);
    const QJsonArray identities = json.value(QStringLiteral("identities")).toArray();
    for (const QJsonValue &value : identities) {
        Fields identity(value.toObject(), error);
        customer.identities.append({identity.key("kind", identityKinds), identity.text("value")});
    }
    return finish(f, customer);
}

std::optional<Conversation> DomainJson::readConversation(const QJsonObject &json, QString *error)
{
    Fields f(json, error);
    Conversation c;
    c.id = ConversationId(f.id("id"));
    c.customer = CustomerId(f.id("customer"));
    c.channel = f.key<Channel>("channel", &channelFromKey);
    c.status = f.key<ConversationStatus>("status", &statusFromKey);
    c.priority = f.key("priority", priorities);
    c.assignee = AgentId(f.id("assignee", false));
    c.subject = f.text("subject", false);
    c.language = languageFromCode(f.text("language", false));
    c.createdAt = f.time("created_at");
    c.firstResponseDue = f.time("first_response_due", false);
    c.resolutionDue = f.time("resolution_due", false);
    return finish(f, c);
}

std::optional<Message> DomainJson::readMessage(const QJsonObject &json, QString *error)
{
    Fields f(json, error);
    Message m;
    m.id = MessageId(f.id("id"));
    m.conversation = ConversationId(f.id("conversation"));
    m.direction = f.key("direction", directions);
    m.author = AgentId(f.id("author", false));
    m.body = f.text("body");
    m.sentAt = f.time("sent_at");
    m.language = languageFromCode(f.text("language", false));
    if (json.contains(QStringLiteral("purpose")))
        m.purpose = f.key("purpose", &messagePurposeFromKey);
    const QJsonValue sentiment = json.value(QStringLiteral("sentiment"));
    if (sentiment.isObject()) {
        const QJsonObject s = sentiment.toObject();
        Fields sf(s, error);
        m.sentiment.valence = float(s.value(QStringLiteral("valence")).toDouble());
        m.sentiment.label = sf.key("label", labels);
        m.sentiment.confidence = float(s.value(QStringLiteral("confidence")).toDouble());
        m.sentiment.intensity = float(s.value(QStringLiteral("intensity")).toDouble());
        m.sentiment.correctedByAgent = s.value(QStringLiteral("corrected")).toBool();
        m.sentiment.emotion = s.value(QStringLiteral("emotion")).toString();
        m.sentiment.churnRisk = float(s.value(QStringLiteral("churn")).toDouble());
    }
    return finish(f, m);
}

std::optional<Order> DomainJson::readOrder(const QJsonObject &json, QString *error)
{
    Fields f(json, error);
    Order order;
    order.id = OrderId(f.id("id"));
    order.customer = CustomerId(f.id("customer"));
    order.number = f.text("number");
    order.total = Money{f.id("total_minor"), f.text("currency")};
    order.summary = f.text("summary", false);
    order.placedAt = f.time("placed_at");
    return finish(f, order);
}

std::optional<SurveyAnswer> DomainJson::readSurveyAnswer(const QJsonObject &json, QString *error)
{
    Fields f(json, error);
    SurveyAnswer a;
    a.id = SurveyAnswerId(f.id("id"));
    a.customer = CustomerId(f.id("customer"));
    a.conversation = ConversationId(f.id("conversation", false));
    a.kind = f.key("kind", surveyKinds);
    a.score = f.integer("score");
    a.comment = f.text("comment", false);
    a.answeredAt = f.time("answered_at");
    if (f.ok() && !a.hasValidScore())
        *error = QStringLiteral("\"score\" is out of range for the survey kind");
    return finish(f, a);
}

std::optional<Compensation> DomainJson::readCompensation(const QJsonObject &json, QString *error)
{
    Fields f(json, error);
    Compensation c;
    c.id = CompensationId(f.id("id"));
    c.conversation = ConversationId(f.id("conversation"));
    c.customer = CustomerId(f.id("customer"));
    c.order = OrderId(f.id("order", false));
    c.opId = f.text("op", false);
    c.kind = f.key<CompensationKind>("kind", &compensationKindFromKey);
    c.status = f.key<CompensationStatus>("status", &compensationStatusFromKey);
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
    if (const QJsonValue mood = json.value(QStringLiteral("mood_before")); mood.isDouble())
        c.moodBefore = float(mood.toDouble());
    return finish(f, c);
}

std::optional<EmpathyEntry> DomainJson::readEmpathyEntry(const QJsonObject &json, QString *error)
{
    Fields f(json, error);
    EmpathyEntry e;
    e.id = EmpathyEntryId(f.id("id"));
    e.customer = CustomerId(f.id("customer"));
    e.quadrant = f.key<EmpathyQuadrant>("quadrant", &empathyQuadrantFromKey);
    e.text = f.text("text");
    e.author = AgentId(f.id("author", false));
    e.updatedAt = f.time("updated_at");
    e.revision = f.integer("revision");
    e.source = MessageId(f.id("source", false));
    e.suggestion = f.text("suggestion", false);
    e.conflictOf = EmpathyEntryId(f.id("conflict_of", false));
    e.removed = json.value(QStringLiteral("removed")).toBool();
    e.opId = f.text("op", false);
    return finish(f, e);
}

std::optional<Alert> DomainJson::readAlert(const QJsonObject &json, QString *error)
{
    Fields f(json, error);
    Alert a;
    a.id = AlertId(f.id("id"));
    a.kind = f.key<AlertKind>("kind", &alertKindFromKey);
    a.conversation = ConversationId(f.id("conversation"));
    a.customer = CustomerId(f.id("customer"));
    a.raisedAt = f.time("raised_at");
    a.state = f.key<AlertState>("state", &alertStateFromKey);
    a.message = MessageId(f.id("message", false));
    a.agent = AgentId(f.id("agent", false));
    a.earlier = ConversationId(f.id("earlier", false));
    a.handledBy = AgentId(f.id("handled_by", false));
    a.reassignedTo = AgentId(f.id("reassigned_to", false));
    a.emotion = f.text("emotion", false);
    a.strength = float(json.value(QStringLiteral("strength")).toDouble());
    const auto number = [&json](const char *name) -> std::optional<float> {
        const QJsonValue value = json.value(QLatin1String(name));
        return value.isDouble() ? std::optional<float>(float(value.toDouble())) : std::nullopt;
    };
    a.valence = number("valence");
    a.baselineMean = number("baseline_mean");
    a.baselineSpread = number("baseline_spread");
    a.baselineMessages = json.value(QStringLiteral("baseline_messages")).toInt();
    a.due = f.time("due", false);
    a.handledAt = f.time("handled_at", false);
    return finish(f, a);
}

} // namespace empathy
