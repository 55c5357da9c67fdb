#include "sim/Simulator.h"

#include "demo/DemoText.h"
#include "ops/SurveyReply.h"
#include "storage/ServerStore.h"

#include <cmath>

namespace empathy {

namespace {

Language pickLanguage(DemoRandom &random)
{
    static const Language languages[] = {Language::English, Language::English,  Language::Polish,
                                         Language::Polish,  Language::Romanian, Language::Russian,
                                         Language::Russian, Language::Persian};
    return languages[random.below(8)];
}

} // namespace

Simulator::Simulator(ServerStore &store, QList<PhraseBook> books, Clock clock, quint64 seed,
                     MessageScorer scorer, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_scorer(std::move(scorer))
    , m_clock(std::move(clock))
    , m_random(seed)
{
    for (auto &phrases : books)
        m_books.insert_or_assign(phrases.language(), std::move(phrases));
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &Simulator::writeDue);
}

void Simulator::writeDue()
{
    // Every arrival that is due is written, so the rate holds even when the event loop is late: together,
    // in one transaction (one write to the disk for them all), and for at most a few milliseconds of this
    // turn of the event loop. What is still due then follows on the next turn, after the pushes waiting
    // behind this one: a late loop does not hold every client up while it catches up.
    QElapsedTimer turn;
    turn.start();
    bool wrote = false;
    try {
        m_store.inTransaction([&] {
            while (m_rate > 0 && m_nextDueMs <= double(m_elapsed.elapsed()) &&
                   turn.elapsed() < turnBudgetMs) {
                wrote = step() || wrote; // a step that fails is undone on its own
                m_nextDueMs += nextGapMs();
            }
        });
    } catch (const std::exception &) {
        wrote = false; // the commit failed: nothing of this turn was written
    }
    if (m_rate > 0 && m_nextDueMs < double(m_elapsed.elapsed()) - 1000.0)
        m_nextDueMs = double(m_elapsed.elapsed()); // far behind (a stalled store): do not burst later
    if (wrote)
        emit published();
    scheduleNext();
}

const PhraseBook &Simulator::book(Language language) const
{
    const auto it = m_books.find(language);
    return it != m_books.end() ? it->second : m_books.begin()->second;
}

void Simulator::start(double messagesPerSecond)
{
    m_rate = messagesPerSecond;
    if (m_rate > 0 && !m_books.empty()) {
        m_elapsed.start();
        m_nextDueMs = nextGapMs();
        scheduleNext();
    }
}

void Simulator::stop()
{
    m_rate = 0;
    m_timer.stop();
}

void Simulator::scheduleNext()
{
    if (m_rate <= 0)
        return;
    const double wait = m_nextDueMs - double(m_elapsed.elapsed());
    m_timer.start(int(std::clamp(wait, 0.0, 600000.0)));
}

double Simulator::nextGapMs()
{
    // Exponential gaps: arrivals of a Poisson process, as customers arrive.
    return -std::log(1.0 - m_random.unit()) / m_rate * 1000.0;
}

bool Simulator::step()
{
    try {
        // Customers who are waiting, or who just got an answer, speak first; others open conversations.
        for (int tries = 0; tries < 3 && !m_active.isEmpty(); ++tries) {
            Active &active = m_active[m_random.below(int(m_active.size()))];
            if (m_random.chance(0.6) && followUp(active))
                return true;
        }
        return openConversation();
    } catch (const std::exception &) {
        return false;
    }
}

bool Simulator::openConversation()
{
    const QDateTime now = m_clock();
    const Language language = pickLanguage(m_random);
    const PhraseBook &phrases = book(language);

    Customer customer;
    AgentId assignee;
    const CustomerId last(m_store.nextCustomerId().value() - 1);
    const auto returning = last.isValid() && m_random.chance(0.25)
                               ? m_store.customer(CustomerId(m_random.between(1, last.value())))
                               : std::nullopt;
    if (returning && returning->preferredLanguage != Language::Unknown) {
        customer = *returning;
        assignee = m_store.lastAssigneeOf(customer.id); // the same agent as last time
    } else {
        customer = DemoText::customer(m_store.nextCustomerId(), phrases, m_random, now);
    }
    const PhraseBook &spoken = book(customer.preferredLanguage);

    Conversation conversation;
    conversation.id = m_store.nextConversationId();
    conversation.customer = customer.id;
    conversation.channel = allChannels[size_t(m_random.below(int(allChannels.size())))];
    DemoText::addIdentity(customer, conversation.channel);
    conversation.language = spoken.language();
    conversation.assignee = assignee;
    conversation.createdAt = now;
    conversation.firstResponseDue = m_sla.firstResponseDue(conversation.channel, now);
    conversation.resolutionDue = m_sla.resolutionDue(conversation.channel, now);
    static const char *const openers[] = {"complaint", "question", "question",
                                          "complaint", "angry",    "praise"};
    const char *kind = openers[m_random.below(6)];
    conversation.priority = qstrcmp(kind, "angry") == 0 ? Priority::High : Priority::Normal;
    const QString product = m_random.pick(spoken.list(QStringLiteral("products")));
    const QString order = QString::number(m_random.between(100000, 199999));
    if (conversation.channel == Channel::Email)
        conversation.subject =
            DemoText::fill(m_random.pick(spoken.list(QStringLiteral("subjects.") + QLatin1String(kind))),
                           {customer.firstName, order, product, QString()}, spoken, m_random);

    Message message;
    message.id = m_store.nextMessageId();
    message.conversation = conversation.id;
    message.direction = Direction::Inbound;
    message.body =
        DemoText::fill(m_random.pick(spoken.list(QStringLiteral("customer.") + QLatin1String(kind))),
                       {customer.firstName, order, product, QString()}, spoken, m_random);
    message.sentAt = now;
    message.language = spoken.language();
    if (m_scorer)
        m_scorer(message);

    // On chat and the messengers an automated assistant sometimes answers first.
    std::optional<Message> automated;
    if (conversation.channel != Channel::Email && conversation.channel != Channel::Phone &&
        m_random.chance(m_assistantShare)) {
        automated = Message();
        automated->id = MessageId(message.id.value() + 1);
        automated->conversation = conversation.id;
        automated->direction = Direction::Outbound;
        automated->purpose = MessagePurpose::Automated;
        automated->body = m_random.pick(spoken.list(QStringLiteral("assistant.answer")));
        automated->sentAt = now.addMSecs(800);
        automated->language = spoken.language();
    }
    m_store.inTransaction([&] {
        m_store.putCustomer(customer);
        m_store.putConversation(conversation);
        m_store.putMessage(message);
        if (automated)
            m_store.putMessage(*automated);
    });
    m_active.append({conversation.id, spoken.language(), 0});
    if (m_active.size() > 200)
        m_active.removeFirst();
    return true;
}

bool Simulator::followUp(Active &active)
{
    const auto conversation = m_store.conversation(active.id);
    const auto last = m_store.lastMessage(active.id);
    const QDateTime now = m_clock();
    if (conversation && last && last->purpose == MessagePurpose::Survey) {
        // Asked how satisfied they are: most answer with a number, as customers on these channels do.
        const ConversationId id = active.id;
        m_active.removeIf([&](const Active &a) { return a.id == id; });
        if (m_random.chance(0.3))
            return false;
        Message message;
        message.id = m_store.nextMessageId();
        message.conversation = id;
        message.direction = Direction::Inbound;
        message.body = QString::number(m_random.between(2, 5));
        message.sentAt = now;
        message.language = conversation->language;
        m_store.inTransaction([&] {
            const auto answer = surveyReply(m_store, message, now);
            m_store.putMessage(message);
            if (answer)
                m_store.putSurveyAnswer(*answer);
        });
        return true;
    }
    if (!conversation || !last || conversation->status == ConversationStatus::Resolved) {
        m_active.removeIf([&](const Active &a) { return a.id == active.id; });
        return false;
    }
    const PhraseBook &spoken = book(active.language);
    QString key;
    bool done = false;
    if (last->purpose == MessagePurpose::Automated) {
        // The assistant's answer rarely settles it: most ask again, now for a person.
        const bool settled = m_random.chance(0.3);
        key = settled ? QStringLiteral("customer.thanks") : QStringLiteral("customer.unhappy");
        done = settled;
    } else if (last->direction == Direction::Outbound) {
        // Helped: most people say thanks, some are not convinced.
        key = m_random.chance(0.75) ? QStringLiteral("customer.thanks") : QStringLiteral("customer.unhappy");
        done = true;
    } else if (last->sentAt.secsTo(now) >= m_patienceSeconds * (active.nudges + 1)) {
        // Nobody answered: they write again, more impatient each time.
        key = active.nudges >= 1 && m_random.chance(0.5) ? QStringLiteral("customer.escalate")
                                                         : QStringLiteral("customer.impatient");
        ++active.nudges;
    } else {
        return false;
    }
    Message message;
    message.id = m_store.nextMessageId();
    message.conversation = active.id;
    message.direction = Direction::Inbound;
    message.body = DemoText::fill(m_random.pick(spoken.list(key)),
                                  {QString(), QString(), QString(), QString()}, spoken, m_random);
    message.sentAt = now;
    message.language = spoken.language();
    const ConversationId id = active.id;
    if (m_scorer)
        m_scorer(message);
    m_store.inTransaction([&] { m_store.putMessage(message); });
    if (done)
        m_active.removeIf([&](const Active &a) { return a.id == id; });
    return true;
}

} // namespace empathy
