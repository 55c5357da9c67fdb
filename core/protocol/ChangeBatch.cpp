#include "protocol/ChangeBatch.h"

#include "protocol/DomainJson.h"

#include <QHash>

namespace empathy {

namespace {

// Keeps the last state of each object, in the order objects were first seen.
template<typename T>
class Latest
{
public:
    void put(qint64 id, T value)
    {
        const auto it = m_index.constFind(id);
        if (it == m_index.constEnd()) {
            m_index.insert(id, m_items.size());
            m_items.append(std::move(value));
        } else {
            m_items[*it] = std::move(value);
        }
    }
    QList<T> take() { return std::move(m_items); }

private:
    QHash<qint64, qsizetype> m_index;
    QList<T> m_items;
};

} // namespace

ChangeBatch ChangeBatch::from(const QList<Change> &changes)
{
    ChangeBatch out;
    Latest<Customer> customers;
    Latest<Conversation> conversations;
    Latest<Message> messages;
    Latest<Order> orders;
    Latest<SurveyAnswer> surveys;
    Latest<Compensation> compensations;
    Latest<EmpathyEntry> empathyEntries;
    Latest<Agent> agents;
    Latest<Alert> alerts;
    for (const Change &change : changes) {
        QString error;
        bool read = false;
        switch (change.kind) {
        case ChangeKind::Message:
            if (auto m = DomainJson::readMessage(change.data, &error); (read = m.has_value()))
                messages.put(m->id.value(), *m);
            break;
        case ChangeKind::Conversation:
            if (auto c = DomainJson::readConversation(change.data, &error); (read = c.has_value()))
                conversations.put(c->id.value(), *c);
            break;
        case ChangeKind::Customer:
            if (auto c = DomainJson::readCustomer(change.data, &error); (read = c.has_value()))
                customers.put(c->id.value(), *c);
            break;
        case ChangeKind::Order:
            if (auto o = DomainJson::readOrder(change.data, &error); (read = o.has_value()))
                orders.put(o->id.value(), *o);
            break;
        case ChangeKind::Survey:
            if (auto a = DomainJson::readSurveyAnswer(change.data, &error); (read = a.has_value()))
                surveys.put(a->id.value(), *a);
            break;
        case ChangeKind::Compensation:
            if (auto c = DomainJson::readCompensation(change.data, &error); (read = c.has_value()))
                compensations.put(c->id.value(), *c);
            break;
        case ChangeKind::Empathy:
            if (auto e = DomainJson::readEmpathyEntry(change.data, &error); (read = e.has_value()))
                empathyEntries.put(e->id.value(), *e);
            break;
        case ChangeKind::Alert:
            if (auto a = DomainJson::readAlert(change.data, &error); (read = a.has_value()))
                alerts.put(a->id.value(), *a);
            break;
        case ChangeKind::Agent:
            if (auto a = DomainJson::readAgent(change.data, &error); (read = a.has_value()))
                agents.put(a->id.value(), *a);
            break;
        case ChangeKind::Unknown:
            error = QStringLiteral("skipped: a kind this version does not know");
            break;
        }
        if (!read)
            out.problems.append(QStringLiteral("change %1 (%2): %3")
                                    .arg(change.seq)
                                    .arg(change.kind == ChangeKind::Unknown ? QStringLiteral("unknown kind")
                                                                            : changeKindKey(change.kind),
                                         error));
    }
    out.batch.customers = customers.take();
    out.batch.conversations = conversations.take();
    out.batch.messages = messages.take();
    out.batch.orders = orders.take();
    out.batch.surveys = surveys.take();
    out.batch.compensations = compensations.take();
    out.batch.empathyEntries = empathyEntries.take();
    out.agents = agents.take();
    out.batch.alerts = alerts.take();
    return out;
}

} // namespace empathy
