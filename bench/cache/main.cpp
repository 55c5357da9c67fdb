// empathy-bench-cache: the cache benchmark suite (scripts/bench cache).
//
// The parent process measures ingest against a plain sqlite3 loop, builds (or reuses) the large
// profile, and starts itself again in --measure mode, where a fresh process opens that profile the way
// the app does and measures first paint, scrolling, memory and search.
#include "BenchReport.h"
#include "cache/CacheFile.h"
#include "cache/CacheReader.h"
#include "cache/CacheWriter.h"
#include "demo/DemoFill.h"
#include "InboxBenchmark.h"
#include "IngestBenchmark.h"
#include "SearchQueries.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

#include <cstdio>

using namespace empathy;
using namespace empathy::bench;

namespace {

constexpr int generatorRevision = 2; // bump when the demo generator changes what it writes

QString ensureProfile(const QString &workDir, int conversations)
{
    const QString path =
        QStringLiteral("%1/profile-%2-r%3.sqlite").arg(workDir).arg(conversations).arg(generatorRevision);
    {
        CacheOpening opening = CacheFile::open(path);
        if (!opening.isUsable())
            throw std::runtime_error(opening.message.toStdString());
        CacheReader reader(*opening.db);
        if (reader.conversationCount() == conversations)
            return path;
    }
    for (const char *suffix : {"", "-wal", "-shm"})
        QFile::remove(path + QLatin1String(suffix));
    CacheOpening opening = CacheFile::open(path);
    CacheReader reader(*opening.db);
    CacheWriter writer(*opening.db);
    DemoFillOptions options;
    options.conversations = conversations;
    options.seed = 2026;
    options.meanMessages = 13; // about ten and a half messages per conversation: 100,000 → 1,000,000+
    options.batchSize = 5000;
    QElapsedTimer timer;
    timer.start();
    const QString error = fillDemoProfile(reader, writer, options, [&](int done) {
        if (done % 20000 == 0)
            std::printf("  generated %d of %d conversations\n", done, conversations), std::fflush(stdout);
    });
    if (!error.isEmpty())
        throw std::runtime_error(error.toStdString());
    opening.db->exec("PRAGMA wal_checkpoint(TRUNCATE)");
    opening.db->exec("INSERT INTO messages_fts(messages_fts) VALUES('optimize')");
    std::printf("  profile ready: %lld conversations, %lld messages in %.1f s\n", reader.conversationCount(),
                reader.messageCount(), double(timer.elapsed()) / 1000.0);
    return path;
}

QJsonObject toJson(const InboxFigures &f)
{
    return {{QStringLiteral("rows"), f.rows},
            {QStringLiteral("firstPaintMs"), f.firstPaintMs},
            {QStringLiteral("scrollFrameP99Ms"), f.scrollFrameP99Ms},
            {QStringLiteral("scrollFrameMaxMs"), f.scrollFrameMaxMs},
            {QStringLiteral("residentMb"), f.residentMb},
            {QStringLiteral("searchP99Ms"), f.searchP99Ms},
            {QStringLiteral("searchMedianMs"), f.searchMedianMs}};
}

InboxFigures measureInChild(const QString &profile, bool statusAny)
{
    QProcess child;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    child.setProcessEnvironment(env);
    child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    QStringList args{QStringLiteral("--measure"), profile};
    if (statusAny)
        args << QStringLiteral("--all-statuses");
    child.start(QCoreApplication::applicationFilePath(), args);
    if (!child.waitForFinished(600000) || child.exitCode() != 0)
        throw std::runtime_error("the measuring process failed");
    const QList<QByteArray> lines = child.readAllStandardOutput().split('\n');
    for (const QByteArray &line : lines) {
        if (!line.startsWith("FIGURES "))
            continue;
        const QJsonObject o = QJsonDocument::fromJson(line.mid(8)).object();
        InboxFigures f;
        f.rows = o.value(QStringLiteral("rows")).toInt();
        f.firstPaintMs = o.value(QStringLiteral("firstPaintMs")).toDouble();
        f.scrollFrameP99Ms = o.value(QStringLiteral("scrollFrameP99Ms")).toDouble();
        f.scrollFrameMaxMs = o.value(QStringLiteral("scrollFrameMaxMs")).toDouble();
        f.residentMb = o.value(QStringLiteral("residentMb")).toDouble();
        f.searchP99Ms = o.value(QStringLiteral("searchP99Ms")).toDouble();
        f.searchMedianMs = o.value(QStringLiteral("searchMedianMs")).toDouble();
        return f;
    }
    throw std::runtime_error("the measuring process printed no figures");
}

int measureMode(int argc, char *argv[], const QString &profile, bool statusAny)
{
    QApplication app(argc, argv);
    QTemporaryDir settings;
    const InboxFigures figures = measureInbox(profile, settings.path(), statusAny, searchQueries(200, 99));
    std::printf("FIGURES %s\n", QJsonDocument(toJson(figures)).toJson(QJsonDocument::Compact).constData());
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    for (int i = 1; i + 1 < argc; ++i) {
        if (qstrcmp(argv[i], "--measure") == 0) {
            const QString profile = QString::fromLocal8Bit(argv[i + 1]);
            bool statusAny = false;
            for (int j = 1; j < argc; ++j)
                statusAny = statusAny || qstrcmp(argv[j], "--all-statuses") == 0;
            try {
                return measureMode(argc, argv, profile, statusAny);
            } catch (const std::exception &error) {
                std::fprintf(stderr, "empathy-bench-cache: %s\n", error.what());
                return 1;
            }
        }
    }

    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("empathy-bench-cache"));
    QCoreApplication::setApplicationVersion(QStringLiteral(EMPATHY_VERSION));
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Empathy Desk cache benchmarks"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption out(QStringLiteral("out"), QStringLiteral("JSON report path."),
                                 QStringLiteral("file"), QStringLiteral("build/bench/cache.json"));
    const QCommandLineOption work(QStringLiteral("work"),
                                  QStringLiteral("Directory for profiles (reused between runs)."),
                                  QStringLiteral("dir"), QStringLiteral("build/bench/work"));
    const QCommandLineOption size(QStringLiteral("conversations"),
                                  QStringLiteral("Conversations in the large profile."), QStringLiteral("n"),
                                  QStringLiteral("100000"));
    const QCommandLineOption ingest(QStringLiteral("ingest-conversations"),
                                    QStringLiteral("Conversations whose messages the ingest test writes."),
                                    QStringLiteral("n"), QStringLiteral("20000"));
    parser.addOptions({out, work, size, ingest});
    parser.process(app);

    try {
        BenchReport report(QStringLiteral("cache"));
        std::printf(
            "ingest: writing the same messages through the cache and through a plain sqlite3 loop…\n");
        std::fflush(stdout);
        const IngestFigures ingestFigures =
            runIngestBenchmark(parser.value(work), parser.value(ingest).toInt(), 3);
        report.addAtLeast(QStringLiteral("ingest_ratio"),
                          ingestFigures.cacheMessagesPerSecond / ingestFigures.rawMessagesPerSecond,
                          QStringLiteral("x"), 0.6);
        report.add(QStringLiteral("ingest_cache_msgs_per_s"), ingestFigures.cacheMessagesPerSecond,
                   QStringLiteral("msg/s"));
        report.add(QStringLiteral("ingest_raw_sqlite_msgs_per_s"), ingestFigures.rawMessagesPerSecond,
                   QStringLiteral("msg/s"));

        const int conversations = parser.value(size).toInt();
        std::printf("profile: %d conversations…\n", conversations);
        std::fflush(stdout);
        const QString profile = ensureProfile(parser.value(work), conversations);
        {
            CacheOpening opening = CacheFile::open(profile);
            CacheReader reader(*opening.db);
            report.add(QStringLiteral("profile_conversations"), double(reader.conversationCount()),
                       QStringLiteral("n"));
            report.add(QStringLiteral("profile_messages"), double(reader.messageCount()),
                       QStringLiteral("n"));
        }
        std::printf("inbox: measuring in a fresh process…\n");
        std::fflush(stdout);
        const InboxFigures active = measureInChild(profile, false);
        const InboxFigures all = measureInChild(profile, true);
        report.addAtMost(QStringLiteral("inbox_first_paint_ms"),
                         std::max(active.firstPaintMs, all.firstPaintMs), QStringLiteral("ms"), 300);
        report.add(QStringLiteral("inbox_first_paint_default_view_ms"), active.firstPaintMs,
                   QStringLiteral("ms"));
        report.add(QStringLiteral("inbox_first_paint_all_statuses_ms"), all.firstPaintMs,
                   QStringLiteral("ms"));
        report.addAtMost(QStringLiteral("search_p99_ms"), std::max(active.searchP99Ms, all.searchP99Ms),
                         QStringLiteral("ms"), 30);
        report.add(QStringLiteral("search_median_ms"), all.searchMedianMs, QStringLiteral("ms"));
        report.addAtMost(QStringLiteral("scroll_frame_p99_ms"), all.scrollFrameP99Ms, QStringLiteral("ms"),
                         8);
        report.add(QStringLiteral("scroll_frame_max_ms"), all.scrollFrameMaxMs, QStringLiteral("ms"));
        report.addAtMost(QStringLiteral("rss_mb"), std::max(active.residentMb, all.residentMb),
                         QStringLiteral("MB"), 200);
        report.print();
        QString error;
        if (!report.write(parser.value(out), &error)) {
            std::fprintf(stderr, "empathy-bench-cache: cannot write %s: %s\n", qPrintable(parser.value(out)),
                         qPrintable(error));
            return 1;
        }
        std::printf("\nwritten to %s\n", qPrintable(parser.value(out)));
        return report.allTargetsMet() ? 0 : 1;
    } catch (const std::exception &error) {
        std::fprintf(stderr, "empathy-bench-cache: %s\n", error.what());
        return 1;
    }
}
