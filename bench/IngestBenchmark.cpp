#include "IngestBenchmark.h"

#include "cache/CacheFile.h"
#include "cache/CacheWriter.h"
#include "demo/DemoGenerator.h"
#include "domain/SearchText.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>

#include <sqlite3.h>
#include <stdexcept>
#include <vector>

namespace empathy::bench {

namespace {

struct Generated
{
    QList<Agent> agents;
    DataBatch batch;
};

Generated generate(int conversations)
{
    QList<PhraseBook> books;
    for (Language language : supportedLanguages)
        books.append(*PhraseBook::load(language));
    DemoOptions options;
    options.seed = 11;
    options.now = QDateTime(QDate(2026, 3, 1), QTime(12, 0), Qt::UTC);
    options.meanMessages = 13;
    DemoGenerator generator(options, books);
    return {generator.agents(), generator.next(conversations)};
}

// A fresh cache holding everything but the messages, so both writers insert into the same state.
QString prepareCache(const QString &path, const Generated &generated)
{
    for (const char *suffix : {"", "-wal", "-shm"})
        QFile::remove(path + QLatin1String(suffix));
    CacheOpening opening = CacheFile::open(path);
    if (!opening.isUsable())
        throw std::runtime_error(opening.message.toStdString());
    CacheWriter writer(*opening.db);
    writer.writeAgents(generated.agents);
    DataBatch skeleton;
    skeleton.customers = generated.batch.customers;
    skeleton.conversations = generated.batch.conversations;
    writer.writeBatch(skeleton);
    return path;
}

void check(int rc, sqlite3 *db, const char *what)
{
    if (rc != SQLITE_OK && rc != SQLITE_DONE && rc != SQLITE_ROW)
        throw std::runtime_error(std::string(what) + ": " + sqlite3_errmsg(db));
}

struct RawRow
{
    qint64 id;
    qint64 conversation;
    int direction;
    qint64 author;
    QByteArray body;
    qint64 sentAt;
    QByteArray language;
    QByteArray folded;
};

double rawRate(const QString &path, const std::vector<RawRow> &rows)
{
    sqlite3 *db = nullptr;
    check(sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READWRITE, nullptr), db, "open");
    for (const char *pragma :
         {"PRAGMA journal_mode = WAL", "PRAGMA synchronous = NORMAL", "PRAGMA foreign_keys = ON",
          "PRAGMA temp_store = MEMORY", "PRAGMA cache_size = -16000"})
        check(sqlite3_exec(db, pragma, nullptr, nullptr, nullptr), db, pragma);
    sqlite3_stmt *message = nullptr;
    sqlite3_stmt *text = nullptr;
    check(sqlite3_prepare_v2(
              db,
              "INSERT INTO messages(id, conversation_id, direction, author_id, body, sent_at, language, "
              "delivery, sentiment_corrected) VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, 0, 0)",
              -1, &message, nullptr),
          db, "prepare message");
    check(sqlite3_prepare_v2(db, "INSERT INTO messages_fts(rowid, body) VALUES(?1, ?2)", -1, &text, nullptr),
          db, "prepare text");

    QElapsedTimer timer;
    timer.start();
    check(sqlite3_exec(db, "BEGIN", nullptr, nullptr, nullptr), db, "begin");
    for (const RawRow &row : rows) {
        sqlite3_bind_int64(message, 1, row.id);
        sqlite3_bind_int64(message, 2, row.conversation);
        sqlite3_bind_int(message, 3, row.direction);
        if (row.author)
            sqlite3_bind_int64(message, 4, row.author);
        else
            sqlite3_bind_null(message, 4);
        sqlite3_bind_text(message, 5, row.body.constData(), int(row.body.size()), SQLITE_STATIC);
        sqlite3_bind_int64(message, 6, row.sentAt);
        sqlite3_bind_text(message, 7, row.language.constData(), int(row.language.size()), SQLITE_STATIC);
        check(sqlite3_step(message), db, "insert message");
        sqlite3_reset(message);
        sqlite3_bind_int64(text, 1, row.id);
        sqlite3_bind_text(text, 2, row.folded.constData(), int(row.folded.size()), SQLITE_STATIC);
        check(sqlite3_step(text), db, "insert text");
        sqlite3_reset(text);
    }
    check(sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr), db, "commit");
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    sqlite3_finalize(message);
    sqlite3_finalize(text);
    sqlite3_close(db);
    return double(rows.size()) / seconds;
}

double cacheRate(const QString &path, const DataBatch &messagesOnly)
{
    CacheOpening opening = CacheFile::open(path);
    if (!opening.isUsable())
        throw std::runtime_error(opening.message.toStdString());
    CacheWriter writer(*opening.db);
    QElapsedTimer timer;
    timer.start();
    writer.writeBatch(messagesOnly);
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    return double(messagesOnly.messages.size()) / seconds;
}

} // namespace

IngestFigures runIngestBenchmark(const QString &workDir, int conversations, int rounds)
{
    QDir().mkpath(workDir);
    const Generated generated = generate(conversations);
    const DataBatch &batch = generated.batch;
    DataBatch messagesOnly;
    messagesOnly.messages = batch.messages;

    // The plain loop gets its rows ready-made (UTF-8, already folded), outside the timed part.
    std::vector<RawRow> rows;
    rows.reserve(size_t(batch.messages.size()));
    for (const Message &m : batch.messages)
        rows.push_back({m.id.value(), m.conversation.value(), int(m.direction), m.author.value(),
                        m.body.toUtf8(), m.sentAt.toMSecsSinceEpoch(), languageCode(m.language).toUtf8(),
                        foldForSearch(m.body).toUtf8()});

    IngestFigures figures;
    figures.messages = batch.messages.size();
    const QString rawPath = workDir + QStringLiteral("/ingest-raw.sqlite");
    const QString cachePath = workDir + QStringLiteral("/ingest-cache.sqlite");
    for (int round = 0; round < rounds; ++round) {
        prepareCache(rawPath, generated);
        figures.rawMessagesPerSecond = std::max(figures.rawMessagesPerSecond, rawRate(rawPath, rows));
        prepareCache(cachePath, generated);
        figures.cacheMessagesPerSecond =
            std::max(figures.cacheMessagesPerSecond, cacheRate(cachePath, messagesOnly));
    }
    for (const QString &path : {rawPath, cachePath})
        for (const char *suffix : {"", "-wal", "-shm"})
            QFile::remove(path + QLatin1String(suffix));
    return figures;
}

} // namespace empathy::bench
