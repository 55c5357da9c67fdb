#pragma once

#include <QDateTime>
#include <QString>

#include <functional>

namespace empathy {

class CacheReader;
class CacheWriter;

struct DemoFillOptions
{
    int conversations = 2000;
    quint64 seed = 1;
    int meanMessages = 10;
    QDateTime now; // default: the current time
    int batchSize = 1000;
};

// The cache's meta key holding when demo data was generated (ISO 8601, UTC).
QString demoGeneratedAtKey();

// Fills an empty profile with generated customers, conversations, orders and surveys, one transaction
// per batch. Conversations already answered or resolved are marked read, as an agent would have left
// them. Returns an error text, empty on success. progress(done) is called after each batch.
QString fillDemoProfile(CacheReader &reader, CacheWriter &writer, const DemoFillOptions &options,
                        const std::function<void(int done)> &progress = {});

} // namespace empathy
