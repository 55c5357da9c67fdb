#include "http/RateLimiter.h"

#include <algorithm>
#include <cmath>

namespace empathy {

RateLimiter::RateLimiter(double perSecond, int burst, int maxKeys)
    : m_perSecond(std::max(1.0 / 3600.0, perSecond))
    , m_burst(std::max(1, burst))
    , m_maxKeys(std::max(1, maxKeys))
{}

int RateLimiter::take(const QString &key, qint64 nowMs)
{
    auto it = m_buckets.find(key);
    if (it == m_buckets.end()) {
        if (m_buckets.size() >= m_maxKeys)
            forgetFull(nowMs);
        it = m_buckets.insert(key, Bucket{m_burst, nowMs});
    }
    Bucket &bucket = *it;
    bucket.tokens =
        std::min(m_burst, bucket.tokens + double(nowMs - bucket.updatedMs) * m_perSecond / 1000.0);
    bucket.updatedMs = nowMs;
    if (bucket.tokens >= 1.0) {
        bucket.tokens -= 1.0;
        return 0;
    }
    return std::max(1, int(std::ceil((1.0 - bucket.tokens) / m_perSecond)));
}

void RateLimiter::giveBack(const QString &key)
{
    if (const auto it = m_buckets.find(key); it != m_buckets.end())
        it->tokens = std::min(m_burst, it->tokens + 1.0);
}

// A bucket that would be full again holds nothing worth keeping; when even that frees nothing (every key
// is busy), the table is cleared rather than grown: a flood of keys then meets full buckets, not memory.
void RateLimiter::forgetFull(qint64 nowMs)
{
    for (auto it = m_buckets.begin(); it != m_buckets.end();) {
        if (it->tokens + double(nowMs - it->updatedMs) * m_perSecond / 1000.0 >= m_burst)
            it = m_buckets.erase(it);
        else
            ++it;
    }
    if (m_buckets.size() >= m_maxKeys)
        m_buckets.clear();
}

} // namespace empathy
