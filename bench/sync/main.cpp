// empathy-bench-sync: the sync benchmark suite (scripts/bench sync).
//
// Runs the real empathy-server as a child process on loopback and real clients (a cache and a SyncEngine
// each; in this process for the initial sync, in several worker processes for the live test): the
// initial sync of about 200,000 messages, the cache's own ingest rate in the same run, live latency
// with 200 clients while simulated customers write 500 messages a second, the CPU that costs, and the
// server's memory per 100 connected clients.
#include "BenchReport.h"
#include "IngestBenchmark.h"
#include "LiveLatency.h"
#include "LiveWorker.h"
#include "ProcessCpu.h"
#include "ProcessMemory.h"
#include "ServerChild.h"
#include "Stats.h"
#include "WireWorker.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdio>

using namespace empathy;
using namespace empathy::bench;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    // A client process of the live test: --live-worker URL COUNT FIRST DIR GOFILE MEASURE_MS [USERS
    // [WINDOWS]] (and optionally the logins its clients take in turn, comma-separated, julia, a lead, by
    // default; and how many windows it measures, empathy-bench-abuse's phases)
    if (argc >= 8 && argc <= 10 && qstrcmp(argv[1], "--live-worker") == 0) {
        const QStringList args = app.arguments();
        const QStringList users = argc >= 9 ? args.at(8).split(u',') : QStringList{QStringLiteral("julia")};
        return runLiveWorker(QUrl(args.at(2)), users, benchPassword, args.at(3).toInt(), args.at(4).toInt(),
                             args.at(5), args.at(6), args.at(7).toInt(), argc == 10 ? args.at(9).toInt() : 1);
    }
    // A process of agents on the wire (no desk behind them): --wire-worker URL COUNT FIRST GOFILE MEASURE_MS
    // USERS
    if (argc == 8 && qstrcmp(argv[1], "--wire-worker") == 0) {
        const QStringList args = app.arguments();
        return runWireWorker(QUrl(args.at(2)), args.at(7).split(u','), benchPassword, args.at(3).toInt(),
                             args.at(4).toInt(), args.at(5), args.at(6).toInt());
    }
    QCoreApplication::setApplicationName(QStringLiteral("empathy-bench-sync"));
    QCoreApplication::setApplicationVersion(QStringLiteral(EMPATHY_VERSION));
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Empathy Desk sync benchmarks"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption out(QStringLiteral("out"), QStringLiteral("JSON report path."),
                                 QStringLiteral("file"), QStringLiteral("build/bench/sync.json"));
    const QCommandLineOption work(QStringLiteral("work"),
                                  QStringLiteral("Directory for server data (reused)."),
                                  QStringLiteral("dir"), QStringLiteral("build/bench/work"));
    const QCommandLineOption conversations(
        QStringLiteral("conversations"),
        QStringLiteral("Conversations on the initial-sync server (~8 messages each)."), QStringLiteral("n"),
        QStringLiteral("25000"));
    const QCommandLineOption clients(QStringLiteral("clients"), QStringLiteral("Clients in the live test."),
                                     QStringLiteral("n"), QStringLiteral("200"));
    const QCommandLineOption rate(QStringLiteral("rate"),
                                  QStringLiteral("Customer messages a second in the live test."),
                                  QStringLiteral("n"), QStringLiteral("500"));
    const QCommandLineOption clientProcesses(QStringLiteral("client-processes"),
                                             QStringLiteral("Processes the live test's clients run in."),
                                             QStringLiteral("n"), QStringLiteral("4"));
    const QCommandLineOption part(QStringLiteral("part"),
                                  QStringLiteral("Run only one part: initial or live (default: both)."),
                                  QStringLiteral("name"));
    const QCommandLineOption initialRounds(
        QStringLiteral("initial-rounds"),
        QStringLiteral(
            "Rounds of the initial sync, each paired with a round of the cache's ingest (default 5)."),
        QStringLiteral("n"), QStringLiteral("5"));
    const QCommandLineOption liveClients(
        QStringLiteral("live-clients"),
        QStringLiteral(
            "How the live test runs its clients: wire (connections receiving the pushes, and ten full "
            "desks measuring; the default) or desks (every client a full desk, all on this machine)."),
        QStringLiteral("wire|desks"), QStringLiteral("wire"));
    const QCommandLineOption fullDesks(
        QStringLiteral("full-desks"),
        QStringLiteral(
            "With wire clients: how many of the clients are full desks (a cache each), in one process "
            "here where each would have a computer of its own (default 10)."),
        QStringLiteral("n"), QStringLiteral("10"));
    parser.addOptions({out, work, conversations, clients, rate, part, clientProcesses, initialRounds,
                       liveClients, fullDesks});
    parser.process(app);

    try {
        BenchReport report(QStringLiteral("sync"));
        QTemporaryDir scratch;

        const QString only = parser.value(part);
        if (!only.isEmpty() && only != u"initial" && only != u"live")
            throw std::runtime_error("--part is initial or live");
        const bool runInitial = only != u"live";
        const bool runLive = only != u"initial";

        // 1. Initial sync of a large store into a fresh cache, and the cache's own batch ingest as the
        // baseline, in alternating rounds: a round's ratio compares the two under the same conditions of a
        // shared machine, and the median ratio of the rounds is reported (the best rate for the rates).
        // Five rounds: on a 2-core VM single rounds spread by ±0.1 around their median.
        if (runInitial) {
            const int size = parser.value(conversations).toInt();
            const int roundCount = std::max(1, parser.value(initialRounds).toInt());
            std::printf(
                "initial sync: starting a server with %d conversations (generated once, then reused)…\n",
                size);
            std::fflush(stdout);
            QList<double> syncRates;
            QList<double> ingestRates;
            QList<double> ratios;
            qint64 synced = 0;
            {
                ServerChild server(QStringLiteral("%1/sync-server-%2-r1").arg(parser.value(work)).arg(size),
                                   {QStringLiteral("--seed-demo"), QString::number(size)});
                for (int round = 0; round < roundCount; ++round) {
                    const QString cachePath =
                        scratch.filePath(QStringLiteral("initial-%1.sqlite").arg(round));
                    double syncRate = 0;
                    {
                        BenchClient client(cachePath, false);
                        QElapsedTimer timer;
                        timer.start();
                        client.engine().start(server.url(), QStringLiteral("julia"), benchPassword);
                        if (!waitFor([&] { return client.engine().state() == SyncEngine::State::Online; },
                                     600000))
                            throw std::runtime_error("the initial sync did not finish");
                        const double seconds = double(timer.nsecsElapsed()) / 1e9;
                        synced = client.reader().messageCount();
                        syncRate = double(synced) / seconds;
                    }
                    for (const char *suffix : {"", "-wal", "-shm"})
                        QFile::remove(cachePath + QLatin1String(suffix));
                    const IngestFigures ingest =
                        runIngestBenchmark(scratch.filePath(QStringLiteral("ingest")), 20000, 1);
                    syncRates.append(syncRate);
                    ingestRates.append(ingest.cacheMessagesPerSecond);
                    ratios.append(syncRate / ingest.cacheMessagesPerSecond);
                    std::printf("  round %d: sync %.0f msg/s, ingest %.0f msg/s, ratio %.3f\n", round + 1,
                                syncRate, ingest.cacheMessagesPerSecond, ratios.back());
                    std::fflush(stdout);
                }
            }
            report.addAtLeast(QStringLiteral("initial_sync_msgs_per_s"),
                              *std::max_element(syncRates.cbegin(), syncRates.cend()),
                              QStringLiteral("msg/s"), 50000);
            report.addAtLeast(QStringLiteral("initial_sync_ratio"), percentile(ratios, 0.5),
                              QStringLiteral("x"), 0.5);
            report.add(QStringLiteral("initial_sync_messages"), double(synced), QStringLiteral("n"));
            report.add(QStringLiteral("cache_ingest_msgs_per_s"),
                       *std::max_element(ingestRates.cbegin(), ingestRates.cend()), QStringLiteral("msg/s"));
            report.add(QStringLiteral("initial_sync_rounds"), roundCount, QStringLiteral("n"));
        }

        // 2. Live: many clients, simulated customers writing.
        if (runLive) {
            const int clientCount = parser.value(clients).toInt();
            std::printf("live: %d clients, %s customer messages a second…\n", clientCount,
                        qPrintable(parser.value(rate)));
            std::fflush(stdout);
            const QString liveDir = scratch.filePath(QStringLiteral("live-server"));
            // The live server's simulated customers write from the start; clients sync what exists, then
            // receive the rest live.
            ServerChild live(liveDir, {QStringLiteral("--seed-demo"), QStringLiteral("20"),
                                       QStringLiteral("--simulate"), parser.value(rate)});
            waitFor([] { return false; }, 300);
            const double rssBefore = residentMegabytes(live.pid());
            // The clients run in several processes, as desktops would on their own machines: one process
            // holding all of them would measure its own event loop rather than the sync.
            const int processCount = std::clamp(parser.value(clientProcesses).toInt(), 1, clientCount);
            const QString goFile = scratch.filePath(QStringLiteral("go"));
            const int measureMs = 10000;
            // With wire clients (the default) most of the clients are connections that receive and drop what
            // is pushed, as the server's load of desks on their own machines, and a few full desks (a cache
            // and a sync engine each) in one process measure the latency. With desks, every client is a
            // full desk: on one machine that measures the machine's cores more than the sync.
            const bool wire = parser.value(liveClients) == u"wire";
            const int desks =
                wire ? std::clamp(parser.value(fullDesks).toInt(), 1, clientCount) : clientCount;
            struct Worker
            {
                std::unique_ptr<QProcess> process;
                QByteArray last; // what it says when it has measured: "latencies" (desks) or "done" (wire)
            };
            std::vector<Worker> workers;
            const auto startWorker = [&](const QStringList &arguments, const QByteArray &last) {
                auto process = std::make_unique<QProcess>();
                process->setProcessChannelMode(QProcess::ForwardedErrorChannel);
                process->start(QCoreApplication::applicationFilePath(), arguments);
                workers.push_back({std::move(process), last});
            };
            // The desks' caches stand for the disks of as many computers: in memory where the system has
            // a tmpfs, so that ten caches' checkpoints do not queue on this one disk in front of the
            // server's (the server's store stays on the disk).
            QTemporaryDir deskScratch(QDir(QStringLiteral("/dev/shm")).exists()
                                          ? QStringLiteral("/dev/shm/empathy-bench-desks-XXXXXX")
                                          : scratch.filePath(QStringLiteral("desks-XXXXXX")));
            const int deskProcesses = wire ? 1 : processCount;
            for (int p = 0; p < deskProcesses; ++p) {
                const int first = desks * p / deskProcesses;
                const int count = desks * (p + 1) / deskProcesses - first;
                startWorker({QStringLiteral("--live-worker"), live.url().toString(), QString::number(count),
                             QString::number(first), deskScratch.path(), goFile, QString::number(measureMs)},
                            "latencies");
            }
            const int wireClients = clientCount - desks;
            const int wireProcesses = wire && wireClients > 0 ? std::max(1, processCount - 1) : 0;
            for (int p = 0; p < wireProcesses; ++p) {
                const int first = desks + wireClients * p / wireProcesses;
                const int count = desks + wireClients * (p + 1) / wireProcesses - first;
                startWorker({QStringLiteral("--wire-worker"), live.url().toString(), QString::number(count),
                             QString::number(first), goFile, QString::number(measureMs),
                             QStringLiteral("julia")},
                            "done");
            }
            // Whether every worker said `word` ("online"), or with an empty word its last one; lines starting
            // with "latencies" are collected.
            auto allSaid = [&](const QByteArray &word, QList<QByteArray> *lines) {
                return std::all_of(workers.begin(), workers.end(), [&](const Worker &worker) {
                    const QByteArray wanted = word.isEmpty() ? worker.last : word;
                    while (worker.process->canReadLine()) {
                        const QByteArray line = worker.process->readLine().trimmed();
                        worker.process->setProperty(line.split(' ').first().constData(), true);
                        if (lines && line.startsWith("latencies"))
                            lines->append(line);
                    }
                    if (worker.process->state() == QProcess::NotRunning &&
                        !worker.process->property(wanted.constData()).toBool())
                        throw std::runtime_error("a live-test client process ended early");
                    return worker.process->property(wanted.constData()).toBool();
                });
            };
            const bool allOnline = waitFor([&] { return allSaid("online", nullptr); }, 180000);
            int online = 0;
            for (const Worker &worker : workers)
                online += worker.process->property("online").toBool() ? 1 : 0;
            report.addAtLeast(QStringLiteral("live_client_processes_online"), double(online),
                              QStringLiteral("n"), double(workers.size()));
            if (!allOnline) {
                // Clients that cannot catch up with the customers within three minutes: latency is not
                // measurable; the report says so rather than losing the initial-sync figures.
                std::printf("live: not every client came online within 180 s; latency not measured\n");
                for (Worker &worker : workers)
                    worker.process->kill();
                for (Worker &worker : workers)
                    worker.process->waitForFinished(10000);
            } else {
                waitFor([] { return false; }, 1000);
                // The server's memory with the clients: its median over the measuring window, sampled
                // every quarter second, as one sample may land on a moment's peak.
                QList<double> rssWithClients;
                QElapsedTimer sinceSample;
                sinceSample.start();
                rssWithClients.append(residentMegabytes(live.pid()));

                std::printf("live: measuring for %d s…\n", measureMs / 1000);
                std::fflush(stdout);
                auto cpuOfAll = [&] {
                    double clientsCpu = 0;
                    for (const Worker &worker : workers)
                        clientsCpu += cpuSeconds(worker.process->processId());
                    return std::pair{cpuSeconds(live.pid()), clientsCpu};
                };
                const auto cpuBefore = cpuOfAll();
                QElapsedTimer window;
                window.start();
                QFile(goFile).open(QIODevice::WriteOnly);
                QList<QByteArray> reports;
                // Memory and CPU are sampled every quarter second of the window; the CPU figures are those
                // of the last sample taken while every client process was still running.
                std::pair<double, double> cpuAfter = cpuBefore;
                double seconds = 0;
                const auto sample = [&] {
                    sinceSample.restart();
                    rssWithClients.append(residentMegabytes(live.pid()));
                    const auto allRunning = [&] {
                        return std::all_of(workers.begin(), workers.end(), [](const Worker &worker) {
                            return worker.process->state() == QProcess::Running;
                        });
                    };
                    const bool runningBefore = allRunning();
                    const double at = double(window.elapsed()) / 1000.0;
                    const auto cpu = cpuOfAll();
                    if (runningBefore && allRunning()) {
                        cpuAfter = cpu;
                        seconds = at;
                    }
                };
                if (!waitFor(
                        [&] {
                            if (window.elapsed() < measureMs - 200) {
                                if (sinceSample.elapsed() >= 250)
                                    sample();
                                return false;
                            }
                            return allSaid(QByteArray(), &reports);
                        },
                        measureMs + 120000))
                    throw std::runtime_error("the live-test client processes did not report");
                if (seconds <= 0)
                    throw std::runtime_error("the live-test client processes ended before the window");
                QList<double> latencies;
                for (const QByteArray &line : std::as_const(reports)) {
                    const QList<QByteArray> values = line.split(' ');
                    for (qsizetype i = 1; i < values.size(); ++i)
                        latencies.append(values.at(i).toDouble());
                }
                for (Worker &worker : workers)
                    worker.process->waitForFinished(10000);
                report.add(QStringLiteral("live_server_cpu_cores"),
                           (cpuAfter.first - cpuBefore.first) / seconds, QStringLiteral("cores"));
                report.add(QStringLiteral("live_clients_cpu_cores"),
                           (cpuAfter.second - cpuBefore.second) / seconds, QStringLiteral("cores"));
                if (!wire) // with wire clients the CPU is not one desk's
                    report.add(QStringLiteral("live_client_cpu_us_per_message"),
                               (cpuAfter.second - cpuBefore.second) * 1e6 /
                                   (seconds * parser.value(rate).toDouble() * clientCount),
                               QStringLiteral("us"));
                report.addAtMost(QStringLiteral("server_rss_mb_per_100_clients"),
                                 (percentile(rssWithClients, 0.5) - rssBefore) * 100.0 / clientCount,
                                 QStringLiteral("MB"), 20);
                report.add(QStringLiteral("live_measuring_desks"), desks, QStringLiteral("n"));
                report.addAtMost(QStringLiteral("live_latency_p99_ms"), percentile(latencies, 0.99),
                                 QStringLiteral("ms"), 50);
                report.add(QStringLiteral("live_latency_median_ms"), percentile(latencies, 0.5),
                           QStringLiteral("ms"));
                report.add(QStringLiteral("live_messages_measured"), double(latencies.size()),
                           QStringLiteral("n"));
            }
        }

        report.print();
        QString error;
        if (!report.write(parser.value(out), &error)) {
            std::fprintf(stderr, "empathy-bench-sync: cannot write %s: %s\n", qPrintable(parser.value(out)),
                         qPrintable(error));
            return 1;
        }
        std::printf("\nwritten to %s\n", qPrintable(parser.value(out)));
        return report.allTargetsMet() ? 0 : 1;
    } catch (const std::exception &error) {
        std::fprintf(stderr, "empathy-bench-sync: %s\n", error.what());
        return 1;
    }
}
