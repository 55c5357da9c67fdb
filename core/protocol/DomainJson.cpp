#include "protocol/DomainJson.h"

#include "protocol/DomainKeys.h"
#include "protocol/DomainReaders.h"
#include "protocol/QtJsonView.h"
#include "protocol/WireTime.h"

#include <QJsonArray>

#include <array>

namespace empathy {

namespace {

using namespace domainKeys;

QJsonValue timeValue(const QDateTime &time)
{
    return time.isValid() ? QJsonValue(wireTime(time)) : QJsonValue(QJsonValue::Null);
}

using Readers = DomainReaders<QtJsonObjectView>;

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
    return Readers::readAgent(QtJsonObjectView(json), error);
}

std::optional<Customer> DomainJson::readCustomer(const QJsonObject &json, QString *error)
{
    return Readers::readCustomer(QtJsonObjectView(json), error);
}

std::optional<Conversation> DomainJson::readConversation(const QJsonObject &json, QString *error)
{
    return Readers::readConversation(QtJsonObjectView(json), error);
}

std::optional<Message> DomainJson::readMessage(const QJsonObject &json, QString *error)
{
    return Readers::readMessage(QtJsonObjectView(json), error);
}

std::optional<Order> DomainJson::readOrder(const QJsonObject &json, QString *error)
{
    return Readers::readOrder(QtJsonObjectView(json), error);
}

std::optional<SurveyAnswer> DomainJson::readSurveyAnswer(const QJsonObject &json, QString *error)
{
    return Readers::readSurveyAnswer(QtJsonObjectView(json), error);
}

std::optional<Compensation> DomainJson::readCompensation(const QJsonObject &json, QString *error)
{
    return Readers::readCompensation(QtJsonObjectView(json), error);
}

std::optional<EmpathyEntry> DomainJson::readEmpathyEntry(const QJsonObject &json, QString *error)
{
    return Readers::readEmpathyEntry(QtJsonObjectView(json), error);
}

std::optional<Alert> DomainJson::readAlert(const QJsonObject &json, QString *error)
{
    return Readers::readAlert(QtJsonObjectView(json), error);
}

} // namespace empathy
