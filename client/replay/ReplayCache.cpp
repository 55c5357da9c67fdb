#include "ReplayCache.h"

#include "cache/CacheWriter.h"
#include "replay/ReplaySession.h"

namespace empathy {

ReplayCache::ReplayCache(CacheWriter &writer)
    : m_writer(writer)
{}

void ReplayCache::clear()
{
    m_writer.resetSyncedData();
    m_session = nullptr;
    m_written = 0;
}

void ReplayCache::sync(const ReplaySession &session)
{
    if (m_session != &session || session.shown() < m_written)
        clear();
    DataBatch batch;
    if (!m_session) {
        m_session = &session;
        m_writer.writeAgents(session.agents());
        batch.customers.append(session.customer());
        Conversation conversation;
        conversation.id = ConversationId(1);
        conversation.customer = session.customer().id;
        conversation.channel = Channel::WebChat;
        conversation.status = ConversationStatus::Resolved;
        conversation.subject = session.conversation().topic;
        conversation.language = session.conversation().language;
        conversation.createdAt = session.customer().createdAt;
        batch.conversations.append(conversation);
    }
    for (int i = m_written; i < session.shown(); ++i)
        batch.messages.append(session.messages().at(i));
    if (batch.customers.isEmpty() && batch.messages.isEmpty())
        return;
    m_writer.writeBatch(batch);
    m_written = session.shown();
}

} // namespace empathy
