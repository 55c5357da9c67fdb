#pragma once

#include <QHash>
#include <QString>

namespace empathy {

// Requests per second with bursts, per key (a source address, an API key, a visitor): a token bucket
// per key, refilled at `perSecond` (a fraction for rates per minute) up to `burst`. Keys not seen for a while
// are forgotten, so a flood of distinct keys costs bounded memory. Not thread-safe: one owner.
class RateLimiter
{
public:
    RateLimiter(double perSecond, int burst, int maxKeys = 100'000);

    // Takes one request for `key` at `nowMs`: 0 when allowed, else the seconds to wait (Retry-After).
    int take(const QString &key, qint64 nowMs);
    // Returns the request last taken for `key`, when a later check refused what it was for.
    void giveBack(const QString &key);
    int keys() const { return int(m_buckets.size()); }

private:
    struct Bucket
    {
        double tokens = 0;
        qint64 updatedMs = 0;
    };
    void forgetFull(qint64 nowMs);

    double m_perSecond;
    double m_burst;
    int m_maxKeys;
    QHash<QString, Bucket> m_buckets;
};

} // namespace empathy
