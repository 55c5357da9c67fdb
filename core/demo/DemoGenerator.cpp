#include "demo/DemoGenerator.h"

#include "demo/DemoText.h"
#include "domain/Clock.h"
#include "domain/Sla.h"

#include <QLocale>

#include <algorithm>

namespace empathy {

namespace {

constexpr qint64 minute = 60 * 1000;
constexpr qint64 hour = 60 * minute;
constexpr qint64 day = 24 * hour;

struct Weighted
{
    Language language;
    int weight;
};

Language pickLanguage(DemoRandom &random)
{
    static const Weighted weights[] = {{Language::English, 30},
                                       {Language::Polish, 20},
                                       {Language::Romanian, 15},
                                       {Language::Russian, 20},
                                       {Language::Persian, 15}};
    int roll = random.below(100);
    for (const auto &w : weights) {
        if (roll < w.weight)
            return w.language;
        roll -= w.weight;
    }
    return Language::English;
}

Channel pickChannel(DemoRandom &random, Language language)
{
    // Russian speakers use VK and Telegram more, Persian speakers Telegram; e-mail and web chat are
    // everywhere.
    const int roll = random.below(100);
    if (language == Language::Russian && roll < 25)
        return roll < 12 ? Channel::Vk : Channel::Telegram;
    if (language == Language::Persian && roll < 20)
        return Channel::Telegram;
    return allChannels[size_t(random.below(int(allChannels.size())))];
}

} // namespace

struct DemoGenerator::Script
{
    struct Line
    {
        Direction direction;
        QString key;
        qint64 gapMs;
    };
    QList<Line> lines;
};

DemoGenerator::DemoGenerator(DemoOptions options, QList<PhraseBook> books)
    : m_options(std::move(options))
    , m_random(m_options.seed)
    , m_notesRandom(m_options.seed ^ 0x656d70617468796dull)
{
    if (!m_options.now.isValid())
        m_options.now = systemClock()();
    for (auto &book : books)
        m_books.insert_or_assign(book.language(), std::move(book));

    struct TeamMember
    {
        const char *login;
        const char *name;
        AgentRole role;
    };
    static const TeamMember team[] = {
        {"alex", "Alex Morgan", AgentRole::Agent},   {"kasia", "Katarzyna Nowicka", AgentRole::Agent},
        {"ioana", "Ioana Marin", AgentRole::Agent},  {"dmitry", "Dmitry Orlov", AgentRole::Agent},
        {"sara", "Sara Karimi", AgentRole::Agent},   {"tom", "Tom Becker", AgentRole::Agent},
        {"olga", "Olga Sokolova", AgentRole::Agent}, {"radu", "Radu Ene", AgentRole::Agent},
        {"nima", "Nima Rostami", AgentRole::Agent},  {"julia", "Julia Adamska", AgentRole::Lead},
        {"mark", "Mark Ellis", AgentRole::Trainer},  {"admin", "Service Admin", AgentRole::Admin}};
    qint64 id = 1;
    for (const auto &member : team)
        m_agents.append(Agent{AgentId(id++), QString::fromLatin1(member.login),
                              QString::fromUtf8(member.name), member.role});
}

const PhraseBook &DemoGenerator::bookFor(Language language) const
{
    auto it = m_books.find(language);
    if (it == m_books.end())
        it = m_books.begin();
    return it->second;
}

Customer DemoGenerator::makeCustomer(Language language)
{
    return DemoText::customer(CustomerId(m_nextCustomer++), bookFor(language), m_random, m_options.now);
}

QList<Order> DemoGenerator::makeOrders(const Customer &customer)
{
    const PhraseBook &book = bookFor(customer.preferredLanguage);
    QList<Order> orders;
    const int count = m_random.below(4);
    for (int i = 0; i < count; ++i) {
        Order order;
        order.id = OrderId(m_nextOrder++);
        order.customer = customer.id;
        order.number = QString::number(100000 + order.id.value());
        order.total = Money{DemoText::orderAmount(m_random, book.currency()), book.currency()};
        order.summary = m_random.pick(book.list(QStringLiteral("products")));
        order.placedAt = m_options.now.addMSecs(-m_random.between(2 * day, 200 * day));
        orders.append(order);
    }
    return orders;
}

QString DemoGenerator::fill(const QString &text, const Customer &customer, const QString &orderNumber,
                            const QString &product, const Agent &agent, Language language)
{
    return DemoText::fill(text,
                          {customer.firstName, orderNumber, product, agent.displayName.section(u' ', 0, 0)},
                          bookFor(language), m_random);
}

Conversation DemoGenerator::makeConversation(Customer &customer, DataBatch &batch)
{
    const PhraseBook &book = bookFor(customer.preferredLanguage);
    const Language language = book.language();

    Conversation conversation;
    conversation.id = ConversationId(m_nextConversation++);
    conversation.customer = customer.id;
    conversation.channel = pickChannel(m_random, language);
    conversation.language = language;
    DemoText::addIdentity(customer, conversation.channel);

    const int scenarioRoll = m_random.below(100);
    const Scenario scenario = scenarioRoll < 38   ? Scenario::Complaint
                              : scenarioRoll < 72 ? Scenario::Question
                              : scenarioRoll < 92 ? Scenario::Angry
                                                  : Scenario::Praise;
    const int statusRoll = m_random.below(100);
    conversation.status = statusRoll < 35   ? ConversationStatus::Open
                          : statusRoll < 50 ? ConversationStatus::Pending
                                            : ConversationStatus::Resolved;
    const bool unanswered = conversation.status == ConversationStatus::Open && m_random.chance(0.45);

    // Agent: sticky for a returning customer, otherwise anyone on the team; some open ones wait unassigned.
    const auto sticky = m_lastAgentOfCustomer.find(customer.id.value());
    const int agentCount = int(m_agents.size()) - 3; // lead, trainer and admin do not take conversations here
    Agent agent = m_agents.at(m_random.below(agentCount));
    if (sticky != m_lastAgentOfCustomer.end())
        agent = m_agents.at(int(sticky->second.value() - 1));
    else if (m_random.chance(0.2))
        agent = m_agents.front();
    if (!(unanswered && m_random.chance(0.6)))
        conversation.assignee = agent.id;
    if (conversation.assignee.isValid())
        m_lastAgentOfCustomer[customer.id.value()] = agent.id;

    auto &orders = m_ordersOfCustomer[customer.id.value()];
    const QString orderNumber =
        orders.isEmpty() ? QString::number(m_random.between(100000, 999999)) : m_random.pick(orders).number;
    const QString product =
        orders.isEmpty() ? m_random.pick(book.list(QStringLiteral("products"))) : orders.front().summary;

    const char *scenarioKey = scenario == Scenario::Complaint  ? "complaint"
                              : scenario == Scenario::Question ? "question"
                              : scenario == Scenario::Angry    ? "angry"
                                                               : "praise";
    conversation.priority = scenario == Scenario::Angry
                                ? (m_random.chance(0.4) ? Priority::Urgent : Priority::High)
                            : scenario == Scenario::Praise ? Priority::Low
                                                           : Priority::Normal;
    if (conversation.channel == Channel::Email)
        conversation.subject =
            fill(m_random.pick(book.list(QStringLiteral("subjects.") + QLatin1String(scenarioKey))), customer,
                 orderNumber, product, agent, language);

    // The script: who says what, and how long after the previous message.
    Script script;
    auto customerSays = [&](const char *key, qint64 minGap, qint64 maxGap) {
        script.lines.append({Direction::Inbound, QStringLiteral("customer.") + QLatin1String(key),
                             m_random.between(minGap, maxGap)});
    };
    auto agentSays = [&](const char *key) {
        script.lines.append({Direction::Outbound, QStringLiteral("agent.") + QLatin1String(key),
                             m_random.between(3 * minute, 5 * hour)});
    };
    customerSays(scenarioKey, 0, 0);
    if (scenario == Scenario::Praise) {
        if (!unanswered)
            agentSays("closing");
    } else if (unanswered) {
        if (scenario == Scenario::Angry || m_random.chance(0.4))
            customerSays("impatient", 20 * minute, 90 * minute);
    } else {
        if (scenario == Scenario::Angry)
            customerSays("impatient", 20 * minute, 90 * minute);
        agentSays(scenario == Scenario::Question ? "acknowledge" : "apology");
        const int exchanges = m_random.below(std::max(1, m_options.meanMessages - 3));
        static const char *const agentMoves[] = {"askDetails", "acknowledge", "answer", "apology"};
        for (int i = 0; i < exchanges; ++i) {
            const bool upset = scenario == Scenario::Angry && m_random.chance(0.5);
            customerSays(upset ? (m_random.chance(0.5) ? "escalate" : "impatient") : "details", 2 * minute,
                         10 * hour);
            agentSays(agentMoves[m_random.below(4)]);
        }
        switch (conversation.status) {
        case ConversationStatus::Resolved:
            agentSays(scenario == Scenario::Question ? "answer" : "resolution");
            customerSays(m_random.chance(0.78) ? "thanks" : "unhappy", 5 * minute, 8 * hour);
            if (m_random.chance(0.3))
                agentSays("closing");
            break;
        case ConversationStatus::Pending:
            agentSays("askDetails"); // waiting on the customer
            break;
        case ConversationStatus::Open:
            customerSays(scenario == Scenario::Angry ? "escalate"
                                                     : (m_random.chance(0.5) ? "details" : "impatient"),
                         10 * minute, 6 * hour);
            break;
        }
    }

    // Times: the script keeps its natural gaps and ends recently for open and pending conversations
    // (an open one ends with the customer still waiting), or weeks ago for resolved ones.
    const qint64 nowMs = m_options.now.toMSecsSinceEpoch();
    qint64 span = 0;
    for (const auto &line : script.lines)
        span += line.gapMs;
    const qint64 sinceLast =
        conversation.status == ConversationStatus::Resolved  ? m_random.between(1 * day, 120 * day)
        : conversation.status == ConversationStatus::Pending ? m_random.between(10 * minute, 2 * day)
        : unanswered                                         ? m_random.between(1 * minute, 45 * minute)
                                                             : m_random.between(1 * minute, 26 * hour);
    const qint64 start = nowMs - sinceLast - span;

    conversation.createdAt = QDateTime::fromMSecsSinceEpoch(start, Qt::UTC);
    const qint64 firstResponseTarget =
        conversation.channel == Channel::Email
            ? 24 * hour
            : (conversation.channel == Channel::Phone ? 2 * hour : 30 * minute);
    const qint64 resolutionTarget = conversation.channel == Channel::Email ? 72 * hour : 24 * hour;
    if (unanswered)
        conversation.firstResponseDue = conversation.createdAt.addMSecs(firstResponseTarget);
    if (conversation.status != ConversationStatus::Resolved)
        conversation.resolutionDue = conversation.createdAt.addMSecs(resolutionTarget);

    qint64 at = start;
    for (const auto &line : script.lines) {
        at += line.gapMs;
        Message message;
        message.id = MessageId(m_nextMessage++);
        message.conversation = conversation.id;
        message.direction = line.direction;
        message.author = line.direction == Direction::Outbound ? agent.id : AgentId();
        message.language = language;
        message.sentAt = QDateTime::fromMSecsSinceEpoch(at, Qt::UTC);
        message.body =
            fill(m_random.pick(book.list(line.key)), customer, orderNumber, product, agent, language);
        batch.messages.append(std::move(message));
    }

    if (conversation.status == ConversationStatus::Resolved && m_random.chance(0.4)) {
        const bool happy = script.lines.back().key.endsWith(QLatin1String("thanks")) ||
                           script.lines.back().key.endsWith(QLatin1String("closing"));
        SurveyAnswer nps;
        nps.id = SurveyAnswerId(m_nextSurvey++);
        nps.customer = customer.id;
        nps.conversation = conversation.id;
        nps.kind = SurveyKind::Nps;
        nps.score = happy ? int(m_random.between(7, 10)) : int(m_random.between(0, 6));
        nps.answeredAt = QDateTime::fromMSecsSinceEpoch(std::min(at + 2 * hour, nowMs), Qt::UTC);
        batch.surveys.append(nps);
        SurveyAnswer csat = nps;
        csat.id = SurveyAnswerId(m_nextSurvey++);
        csat.kind = SurveyKind::Csat;
        csat.score = happy ? int(m_random.between(4, 5)) : int(m_random.between(1, 3));
        batch.surveys.append(csat);
    }
    return conversation;
}

void DemoGenerator::addEmpathyNotes(Customer &customer, DataBatch &batch)
{
    if (!m_notesRandom.chance(0.3))
        return;
    struct Pool
    {
        EmpathyQuadrant quadrant;
        std::initializer_list<const char *> notes;
    };
    static const Pool pools[] = {
        {EmpathyQuadrant::Thinks,
         {"Thinks we forgot about the order", "Doubts the courier will come this time",
          "Thinks the price should include fast delivery", "Is not sure the refund was sent"}},
        {EmpathyQuadrant::Does,
         {"Checks the tracking page several times a day", "Writes on a second channel when we are slow",
          "Keeps the original packaging for a return", "Compares us with another shop"}},
        {EmpathyQuadrant::Pains,
         {"Took a day off to wait for the delivery", "Had to explain the problem three times",
          "Paid for express shipping that did not arrive"}},
        {EmpathyQuadrant::Gains,
         {"Values a named agent who follows up", "Happy with a quick replacement",
          "Likes being told the next step before asking"}},
    };
    static constexpr JourneyStage stages[] = {JourneyStage::Purchase, JourneyStage::Delivery,
                                              JourneyStage::Support, JourneyStage::After};
    customer.journeyStage = stages[m_notesRandom.below(4)];
    const auto agent = m_lastAgentOfCustomer.find(customer.id.value());
    for (const Pool &pool : pools) {
        if (!m_notesRandom.chance(0.6))
            continue;
        EmpathyEntry note;
        note.id = EmpathyEntryId(m_nextNote++);
        note.customer = customer.id;
        note.quadrant = pool.quadrant;
        note.text = QString::fromUtf8(pool.notes.begin()[m_notesRandom.below(int(pool.notes.size()))]);
        note.author = agent != m_lastAgentOfCustomer.end() ? agent->second : m_agents.front().id;
        note.updatedAt = m_options.now.addSecs(-3600 * qint64(m_notesRandom.between(1, 72)));
        batch.empathyEntries.append(note);
    }
}

DataBatch DemoGenerator::next(int conversationCount)
{
    DataBatch batch;
    batch.conversations.reserve(conversationCount);
    batch.messages.reserve(conversationCount * m_options.meanMessages);
    for (int i = 0; i < conversationCount; ++i) {
        const bool returning = !batch.customers.isEmpty() && m_random.chance(m_options.returningShare);
        if (!returning) {
            Customer customer = makeCustomer(pickLanguage(m_random));
            const QList<Order> orders = makeOrders(customer);
            m_ordersOfCustomer[customer.id.value()] = orders;
            batch.orders.append(orders);
            batch.customers.append(std::move(customer));
        }
        Customer &customer =
            returning ? batch.customers[m_random.below(int(batch.customers.size()))] : batch.customers.back();
        batch.conversations.append(makeConversation(customer, batch));
    }
    for (Customer &customer : batch.customers)
        addEmpathyNotes(customer, batch);
    // Orders are only needed while their customer's batch is generated.
    m_ordersOfCustomer.clear();
    m_lastAgentOfCustomer.clear();
    return batch;
}

} // namespace empathy
