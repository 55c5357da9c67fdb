#pragma once

#include "domain/Agent.h"
#include "domain/Alert.h"
#include "domain/Compensation.h"
#include "domain/Conversation.h"
#include "domain/Customer.h"
#include "domain/Message.h"
#include "domain/Order.h"
#include "domain/SurveyAnswer.h"

#include <QJsonObject>

#include <optional>

namespace empathy {

// The wire form of the domain objects (docs/protocol.md, "Ordered changes"). Enums travel as their
// stable keys ("telegram", "open", "urgent"), times as ISO 8601 UTC with milliseconds, ids as numbers.
// The readers return nothing and set *error when a member is missing or of the wrong type.
struct DomainJson
{
    static QJsonObject write(const Agent &agent);
    static QJsonObject write(const Customer &customer);
    static QJsonObject write(const Conversation &conversation);
    static QJsonObject write(const Message &message);
    static QJsonObject write(const Order &order);
    static QJsonObject write(const SurveyAnswer &answer);
    static QJsonObject write(const Compensation &compensation);
    static QJsonObject write(const EmpathyEntry &entry);
    static QJsonObject write(const Alert &alert);

    static std::optional<Agent> readAgent(const QJsonObject &json, QString *error);
    static std::optional<Customer> readCustomer(const QJsonObject &json, QString *error);
    static std::optional<Conversation> readConversation(const QJsonObject &json, QString *error);
    static std::optional<Message> readMessage(const QJsonObject &json, QString *error);
    static std::optional<Order> readOrder(const QJsonObject &json, QString *error);
    static std::optional<SurveyAnswer> readSurveyAnswer(const QJsonObject &json, QString *error);
    static std::optional<Compensation> readCompensation(const QJsonObject &json, QString *error);
    static std::optional<EmpathyEntry> readEmpathyEntry(const QJsonObject &json, QString *error);
    static std::optional<Alert> readAlert(const QJsonObject &json, QString *error);
};

} // namespace empathy
