#pragma once

#include "cache/CacheFile.h"
#include "cache/CacheReader.h"
#include "cache/CacheWriter.h"
#include "cache/HistoryReader.h"
#include "domain/Clock.h"
#include "domain/DataBatch.h"

#include <QTemporaryDir>

namespace empathy::test {

// The moment generated test data ends at, and what the tests' clock says.
QDateTime fixedNow();
Clock fixedClock();

// A batch with one customer (id 1, named `customerName`) and their conversation (id 1 on `channel`, opened
// ten minutes before fixedNow()); tests add the messages.
DataBatch oneConversation(const QString &customerName, Channel channel = Channel::Email);

// A cache in a temporary directory, optionally filled with generated conversations.
class TestProfile
{
public:
    explicit TestProfile(int conversations = 0, quint64 seed = 7);

    QString path() const { return m_path; }
    QString dir() const { return m_dir.path(); }
    SqliteDatabase &db() { return *m_opening.db; }
    CacheReader &reader() { return *m_reader; }
    CacheWriter &writer() { return *m_writer; }
    HistoryReader &history() { return *m_history; }

private:
    QTemporaryDir m_dir;
    QString m_path;
    CacheOpening m_opening;
    std::unique_ptr<CacheReader> m_reader;
    std::unique_ptr<CacheWriter> m_writer;
    std::unique_ptr<HistoryReader> m_history;
};

} // namespace empathy::test
