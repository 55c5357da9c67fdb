#pragma once

#include "demo/DemoRandom.h"
#include "demo/PhraseBook.h"
#include "domain/DataBatch.h"

#include <QDateTime>
#include <QList>

#include <map>

namespace empathy {

struct DemoOptions
{
    quint64 seed = 1;
    QDateTime now;                // the generated history ends here; open conversations are recent
    int meanMessages = 10;        // average messages per conversation
    double returningShare = 0.25; // share of conversations from a customer who wrote before
};

// Fills a profile with customers who write like real ones: complaints, questions, angry escalations
// and thanks, in five languages over six channels, with orders and survey answers. The same options
// and phrase books always produce the same data.
class DemoGenerator
{
public:
    DemoGenerator(DemoOptions options, QList<PhraseBook> books);

    // The team: the first agent is the profile's own user.
    const QList<Agent> &agents() const { return m_agents; }
    AgentId ownAgent() const { return m_agents.front().id; }

    DataBatch next(int conversationCount);

private:
    enum class Scenario
    {
        Complaint,
        Question,
        Angry,
        Praise
    };
    struct Script;

    const PhraseBook &bookFor(Language language) const;
    Customer makeCustomer(Language language);
    QList<Order> makeOrders(const Customer &customer);
    Conversation makeConversation(Customer &customer, DataBatch &batch);
    // Some customers' empathy maps, as their agents filled them in.
    void addEmpathyNotes(Customer &customer, DataBatch &batch);
    QString fill(const QString &text, const Customer &customer, const QString &orderNumber,
                 const QString &product, const Agent &agent, Language language);

    DemoOptions m_options;
    DemoRandom m_random;
    DemoRandom m_notesRandom; // its own sequence: the notes change nothing else the seed generates
    std::map<Language, PhraseBook> m_books;
    QList<Agent> m_agents;
    std::map<qint64, AgentId> m_lastAgentOfCustomer; // sticky assignment for returning customers
    std::map<qint64, QList<Order>> m_ordersOfCustomer;
    qint64 m_nextCustomer = 1;
    qint64 m_nextConversation = 1;
    qint64 m_nextMessage = 1;
    qint64 m_nextOrder = 1;
    qint64 m_nextSurvey = 1;
    qint64 m_nextNote = 1;
};

} // namespace empathy
