#include "TestProfile.h"

#include "demo/DemoFill.h"

#include <stdexcept>

namespace empathy::test {

QDateTime fixedNow()
{
    return QDateTime(QDate(2026, 3, 16), QTime(10, 30), Qt::UTC);
}

DataBatch oneConversation(const QString &customerName, Channel channel)
{
    DataBatch batch;
    Customer customer;
    customer.id = CustomerId(1);
    customer.displayName = customerName;
    batch.customers = {customer};
    Conversation conversation;
    conversation.id = ConversationId(1);
    conversation.customer = customer.id;
    conversation.channel = channel;
    conversation.createdAt = fixedNow().addSecs(-600);
    batch.conversations = {conversation};
    return batch;
}

Clock fixedClock()
{
    return [] { return fixedNow(); };
}

TestProfile::TestProfile(int conversations, quint64 seed)
    : m_path(m_dir.filePath(QStringLiteral("profiles/test.sqlite")))
    , m_opening(CacheFile::open(m_path))
{
    if (!m_opening.isUsable())
        throw std::runtime_error(m_opening.message.toStdString());
    m_reader = std::make_unique<CacheReader>(*m_opening.db);
    m_history = std::make_unique<HistoryReader>(*m_opening.db);
    m_writer = std::make_unique<CacheWriter>(*m_opening.db);
    if (conversations > 0) {
        DemoFillOptions options;
        options.conversations = conversations;
        options.seed = seed;
        options.now = fixedNow();
        options.batchSize = 250;
        const QString error = fillDemoProfile(*m_reader, *m_writer, options);
        if (!error.isEmpty())
            throw std::runtime_error(error.toStdString());
    }
}

} // namespace empathy::test
