#pragma once

#include "protocol/ChangeBatch.h"
#include "protocol/DomainReaders.h"

#include <QHash>

namespace empathy {

// Builds a ChangeBatch from changes one at a time, whatever JSON library read them (DomainReaders.h):
// later changes of the same object replace earlier ones, in the order objects were first seen, and a change
// that cannot be read is skipped and described in problems.
template<typename Object>
class ChangeBatchCollector
{
public:
    void add(qint64 seq, ChangeKind kind, const Object &data)
    {
        using Read = DomainReaders<Object>;
        QString error;
        bool read = false;
        switch (kind) {
        case ChangeKind::Message:
            read = put(m_messages, Read::readMessage(data, &error));
            break;
        case ChangeKind::Conversation:
            read = put(m_conversations, Read::readConversation(data, &error));
            break;
        case ChangeKind::Customer:
            read = put(m_customers, Read::readCustomer(data, &error));
            break;
        case ChangeKind::Order:
            read = put(m_orders, Read::readOrder(data, &error));
            break;
        case ChangeKind::Survey:
            read = put(m_surveys, Read::readSurveyAnswer(data, &error));
            break;
        case ChangeKind::Compensation:
            read = put(m_compensations, Read::readCompensation(data, &error));
            break;
        case ChangeKind::Empathy:
            read = put(m_empathyEntries, Read::readEmpathyEntry(data, &error));
            break;
        case ChangeKind::Alert:
            read = put(m_alerts, Read::readAlert(data, &error));
            break;
        case ChangeKind::Agent:
            read = put(m_agents, Read::readAgent(data, &error));
            break;
        case ChangeKind::Unknown:
            error = QStringLiteral("skipped: a kind this version does not know");
            break;
        }
        if (!read)
            m_problems.append(
                QStringLiteral("change %1 (%2): %3")
                    .arg(seq)
                    .arg(kind == ChangeKind::Unknown ? QStringLiteral("unknown kind") : changeKindKey(kind),
                         error));
    }

    ChangeBatch take()
    {
        ChangeBatch out;
        out.batch.customers = m_customers.take();
        out.batch.conversations = m_conversations.take();
        out.batch.messages = m_messages.take();
        out.batch.orders = m_orders.take();
        out.batch.surveys = m_surveys.take();
        out.batch.compensations = m_compensations.take();
        out.batch.empathyEntries = m_empathyEntries.take();
        out.batch.alerts = m_alerts.take();
        out.agents = m_agents.take();
        out.problems = std::exchange(m_problems, {});
        return out;
    }

private:
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
        QList<T> take()
        {
            m_index.clear();
            return std::exchange(m_items, {});
        }

    private:
        QHash<qint64, qsizetype> m_index;
        QList<T> m_items;
    };

    template<typename T>
    static bool put(Latest<T> &latest, std::optional<T> object)
    {
        if (!object)
            return false;
        const qint64 id = object->id.value();
        latest.put(id, std::move(*object));
        return true;
    }

    Latest<Customer> m_customers;
    Latest<Conversation> m_conversations;
    Latest<Message> m_messages;
    Latest<Order> m_orders;
    Latest<SurveyAnswer> m_surveys;
    Latest<Compensation> m_compensations;
    Latest<EmpathyEntry> m_empathyEntries;
    Latest<Alert> m_alerts;
    Latest<Agent> m_agents;
    QStringList m_problems;
};

} // namespace empathy
