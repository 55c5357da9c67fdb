#pragma once

namespace empathy {

class CacheWriter;
class ReplaySession;

// Brings a scratch cache to what a replay has shown so far, so the desk's own models and views
// (ThreadModel, HistoryModel, the empathy map) show the replay exactly as they show live work: each new
// message is written as it plays; going back empties the cache and writes the shown ones again.
class ReplayCache
{
public:
    explicit ReplayCache(CacheWriter &writer);

    void sync(const ReplaySession &session);
    // Forgets what was written, for another conversation.
    void clear();
    int written() const { return m_written; }

private:
    CacheWriter &m_writer;
    const ReplaySession *m_session = nullptr;
    int m_written = 0;
};

} // namespace empathy
