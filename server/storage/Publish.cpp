#include "storage/Publish.h"

#include "storage/ServerStore.h"

namespace empathy {

qint64 publishBatch(ServerStore &store, const DataBatch &batch, const MessageScorer &scorer)
{
    store.inTransaction([&] {
        for (const Customer &customer : batch.customers)
            store.putCustomer(customer);
        for (const Conversation &conversation : batch.conversations)
            store.putConversation(conversation);
        for (Message message : batch.messages) {
            if (scorer)
                scorer(message);
            store.putMessage(message);
        }
        for (const Order &order : batch.orders)
            store.putOrder(order);
        for (const SurveyAnswer &answer : batch.surveys)
            store.putSurveyAnswer(answer);
        for (const EmpathyEntry &entry : batch.empathyEntries)
            store.putEmpathyEntry(entry);
    });
    return store.head();
}

} // namespace empathy
