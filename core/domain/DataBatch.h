#pragma once

#include "domain/Agent.h"
#include "domain/Alert.h"
#include "domain/Compensation.h"
#include "domain/Conversation.h"
#include "domain/Customer.h"
#include "domain/EmpathyMap.h"
#include "domain/Message.h"
#include "domain/Order.h"
#include "domain/SurveyAnswer.h"

#include <QList>

namespace empathy {

// One self-contained slice of data to store (generated, imported, or synced): every message's conversation
// and every conversation's customer is in the same batch or already stored, so batches can be written one
// transaction at a time.
struct DataBatch
{
    QList<Customer> customers;
    QList<Conversation> conversations;
    QList<Message> messages;
    QList<Order> orders;
    QList<SurveyAnswer> surveys;
    QList<Compensation> compensations;
    QList<EmpathyEntry> empathyEntries;
    QList<Alert> alerts; // only leads and admins receive them
};

} // namespace empathy
