#include "sql/WalCheckpointer.h"

#include "sql/SqliteDatabase.h"

#include <QLoggingCategory>

#include <condition_variable>
#include <memory>
#include <mutex>
#include <sqlite3.h>
#include <thread>

Q_LOGGING_CATEGORY(lcCheckpoint, "empathy.cache.checkpoint")

namespace empathy {

namespace {

// How many times logPages the log may reach before the writer checkpoints itself.
constexpr int writerCheckpointFactor = 8;

// Copies what it can of the log into the database file: never waits for a reader or the writer.
void checkpointPassively(sqlite3 *db, const QString &path)
{
    const int rc = sqlite3_wal_checkpoint_v2(db, nullptr, SQLITE_CHECKPOINT_PASSIVE, nullptr, nullptr);
    // Busy: another process is checkpointing; a later commit asks again.
    if (rc != SQLITE_OK && rc != SQLITE_BUSY)
        qCWarning(lcCheckpoint) << "checkpoint of" << path << "failed:" << sqlite3_errstr(rc);
}

// The thread and its connection. Owned by the writer's hook, so it lives exactly as long as the writer's
// connection; its own connection is opened on its thread, the first time it is asked.
class Checkpointer
{
public:
    explicit Checkpointer(QString path)
        : m_path(std::move(path))
        , m_thread([this] { run(); })
    {}
    ~Checkpointer()
    {
        {
            const std::lock_guard lock(m_mutex);
            m_stop = true;
        }
        m_wake.notify_one();
        m_thread.join();
    }
    Checkpointer(const Checkpointer &) = delete;
    Checkpointer &operator=(const Checkpointer &) = delete;

    // Asks the thread for a checkpoint; asking again before it started asks for one, not two.
    void request()
    {
        {
            const std::lock_guard lock(m_mutex);
            if (std::exchange(m_requested, true))
                return;
        }
        m_wake.notify_one();
    }

    // A checkpoint on the writer's own connection, right after its commit, once the thread's one (if it is
    // running) is over: with the writer not committing meanwhile, it copies the whole log, and the next
    // transaction starts the log over.
    void checkpointNow(sqlite3 *writer)
    {
        const std::lock_guard lock(m_checkpointing);
        checkpointPassively(writer, m_path);
    }

private:
    void run()
    {
        std::unique_ptr<SqliteDatabase> db;
        std::unique_lock lock(m_mutex);
        for (;;) {
            m_wake.wait(lock, [this] { return m_stop || m_requested; });
            if (m_stop)
                return;
            m_requested = false;
            lock.unlock();
            if (open(db)) {
                const std::lock_guard checkpointing(m_checkpointing);
                checkpointPassively(db->handle(), m_path);
            }
            lock.lock();
        }
    }

    bool open(std::unique_ptr<SqliteDatabase> &db) const
    {
        if (db)
            return true;
        try {
            db = std::make_unique<SqliteDatabase>(m_path);
            // A connection learns the file is in WAL mode (and opens the log) when it first reads; until
            // then a checkpoint does nothing.
            db->scalar("SELECT count(*) FROM sqlite_schema");
            return true;
        } catch (const SqliteError &error) { // asked again after the next commit
            qCWarning(lcCheckpoint) << "cannot open the cache to checkpoint it:" << error.message();
            db.reset();
            return false;
        }
    }

    const QString m_path;
    std::mutex m_checkpointing; // one checkpoint at a time: the writer's waits for the thread's
    std::mutex m_mutex;         // guards what follows
    std::condition_variable m_wake;
    bool m_requested = false;
    bool m_stop = false;
    std::thread m_thread; // last: started once everything it uses exists
};

} // namespace

void checkpointInBackground(SqliteDatabase &db, int logPages)
{
    sqlite3 *writer = db.handle();
    db.setWalCommitHook(
        [checkpointer = std::make_shared<Checkpointer>(db.path()), writer, logPages](int pages) {
            // While commits follow each other without a pause, the thread's checkpoints never catch up with
            // the end of the log, and the log only starts over once one has.
            if (pages >= writerCheckpointFactor * logPages)
                checkpointer->checkpointNow(writer);
            else if (pages >= logPages)
                checkpointer->request();
        });
}

} // namespace empathy
