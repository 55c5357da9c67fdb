// empathy-bench-abuse: the server's ports under attack while honest desks work. A real empathy-server
// (child process, loopback) receives 200 simulated customer messages a second; 50 desks sync them live
// (10 full desks with a cache each, one of which measures latency, and 40 wire clients, in child processes
// of empathy-bench-sync). First without attacks, then during each attack in turn: 50 concurrent 1 GiB
// uploads, 5,000 slow-header connections, 15,000 idle sockets on the sync port (and 1,000 on the HTTP
// port), 200 desks that log in and never read, 10,000 junk API requests a second. Every attack comes
// from 127.0.x.y addresses other than the desks' 127.0.0.1, so the per-source caps see many sources.
#include "Attacks.h"
#include "BenchReport.h"
#include "ProcessMemory.h"
#include "protocol/FrameCodec.h"
#include "ServerChild.h"
#include "Stats.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QWebSocket>

#include <cstdio>
#include <future>
#include <memory>
#include <sqlite3.h>
#include <stdexcept>
#include <sys/resource.h>

using namespace empathy;
using namespace empathy::bench;

namespace {

// Messages with id in (after, upTo] in an SQLite file with a `messages` table (the server's store and the
// desks' caches both have one), or the largest id when `upTo` < 0.
qint64 messagesIn(const QString &path, qint64 after, qint64 upTo)
{
    sqlite3 *db = nullptr;
    if (sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK) {
        sqlite3_close(db);
        throw std::runtime_error("cannot open " + path.toStdString());
    }
    sqlite3_busy_timeout(db, 5000);
    sqlite3_stmt *statement = nullptr;
    const char *sql = upTo < 0 ? "SELECT coalesce(max(id), 0) FROM messages"
                               : "SELECT count(*) FROM messages WHERE id > ?1 AND id <= ?2";
    qint64 value = -1;
    if (sqlite3_prepare_v2(db, sql, -1, &statement, nullptr) == SQLITE_OK) {
        if (upTo >= 0) {
            sqlite3_bind_int64(statement, 1, after);
            sqlite3_bind_int64(statement, 2, upTo);
        }
        if (sqlite3_step(statement) == SQLITE_ROW)
            value = sqlite3_column_int64(statement, 0);
    }
    sqlite3_finalize(statement);
    sqlite3_close(db);
    if (value < 0)
        throw std::runtime_error("cannot count the messages of " + path.toStdString());
    return value;
}

struct PhaseResult
{
    QString name;
    QList<double> latencies;
    double rssMaxMb = 0;
    double rssMedianMb = 0;
    qint64 lost = 0;
    qint64 checked = 0; // messages each desk should have had, summed over the desks
    AttackResult attack;
    AttackResult second; // a second attack at the same time (idle HTTP sockets beside the sync ones)
    bool serverAlive = true;
};

// The honest desks (started once, in sync throughout) and one measuring window per phase.
class AbuseBenchmark
{
public:
    AbuseBenchmark(ServerChild &server, QString serverDb, const QString &work, int measureMs, int windows)
        : m_server(server)
        , m_serverDb(std::move(serverDb))
        , m_dir(work + QStringLiteral("/desks"))
        , m_measureMs(measureMs)
    {
        QDir().mkpath(m_dir);
        m_goFile = m_dir + QStringLiteral("/go");
        const QString tool = QCoreApplication::applicationDirPath() + QStringLiteral("/empathy-bench-sync");
        const QString url = m_server.url().toString();
        const auto start = [&](const QStringList &arguments) {
            auto process = std::make_unique<QProcess>();
            process->setProcessChannelMode(QProcess::ForwardedErrorChannel);
            process->start(tool, arguments);
            m_workers.push_back(std::move(process));
        };
        start({QStringLiteral("--live-worker"), url, QStringLiteral("10"), QStringLiteral("0"), m_dir,
               m_goFile, QString::number(measureMs), QStringLiteral("julia"), QString::number(windows)});
        // The wire clients receive the pushes from the first window to well after the last.
        start({QStringLiteral("--wire-worker"), url, QStringLiteral("40"), QStringLiteral("10"),
               m_goFile + QStringLiteral(".1"), QString::number(3'600'000), QStringLiteral("julia")});
        if (!waitFor([&] { return said("online"); }, 300'000))
            throw std::runtime_error("the honest desks did not come online within 300 s");
    }

    ~AbuseBenchmark()
    {
        for (auto &worker : m_workers) {
            worker->kill();
            worker->waitForFinished(10'000);
        }
    }

    // Runs `attack` (and `second` beside it) on other threads while the desks measure one window: their
    // latency, the server's memory, and whether every message reached every desk.
    PhaseResult run(const QString &name, std::function<AttackResult()> attack,
                    std::function<AttackResult()> second = {}, int rampMs = 1500)
    {
        std::printf("abuse: %s…\n", qPrintable(name));
        std::fflush(stdout);
        PhaseResult result;
        result.name = name;
        ++m_window;
        std::future<AttackResult> running;
        std::future<AttackResult> alongside;
        if (attack)
            running = std::async(std::launch::async, attack);
        if (second)
            alongside = std::async(std::launch::async, second);
        QList<double> rss;
        const auto sample = [&] {
            rss.append(residentMegabytes(m_server.pid()));
            return false;
        };
        waitFor(sample, attack ? rampMs : 200); // the attack under way
        const qint64 first = messagesIn(m_serverDb, 0, -1);
        QFile(m_goFile + QStringLiteral(".%1").arg(m_window)).open(QIODevice::WriteOnly);
        QElapsedTimer clock;
        clock.start();
        qint64 last = -1;
        const bool reported = waitFor(
            [&] {
                sample();
                if (last < 0 && clock.elapsed() >= m_measureMs - 1500)
                    last = messagesIn(m_serverDb, 0, -1); // what the desks must have once the window ends
                return said(QByteArray()) && last >= 0;
            },
            m_measureMs + 120'000);
        if (attack) {
            while (running.wait_for(std::chrono::milliseconds(0)) != std::future_status::ready)
                waitFor(sample, 100);
            result.attack = running.get();
        }
        if (second) {
            while (alongside.wait_for(std::chrono::milliseconds(0)) != std::future_status::ready)
                waitFor(sample, 100);
            result.second = alongside.get();
        }
        if (!reported)
            throw std::runtime_error("the honest desks did not report their latencies");
        const QList<QByteArray> values = m_latencies.takeFirst().split(' ');
        for (qsizetype i = 1; i < values.size(); ++i)
            result.latencies.append(values.at(i).toDouble());
        const qint64 expected = messagesIn(m_serverDb, first, last);
        for (int desk = 0; desk < 10; ++desk) {
            const qint64 have =
                messagesIn(m_dir + QStringLiteral("/client-%1.sqlite").arg(desk), first, last);
            result.lost += std::max<qint64>(0, expected - have);
            result.checked += expected;
        }
        result.rssMaxMb = *std::max_element(rss.cbegin(), rss.cend());
        result.rssMedianMb = percentile(rss, 0.5);
        result.serverAlive = m_server.isRunning();
        std::printf(
            "abuse: %s: p99 %.1f ms over %lld messages, server %.0f MB at most, %lld of %lld messages "
            "missing on the desks\n",
            qPrintable(name), percentile(result.latencies, 0.99), qlonglong(result.latencies.size()),
            result.rssMaxMb, qlonglong(result.lost), qlonglong(result.checked));
        std::fflush(stdout);
        return result;
    }

private:
    // Whether every worker said `word` (empty: a window's latencies are in), reading what they said.
    bool said(const QByteArray &word)
    {
        for (auto &worker : m_workers) {
            while (worker->canReadLine()) {
                const QByteArray line = worker->readLine().trimmed();
                worker->setProperty(line.split(' ').first().constData(), true);
                if (line.startsWith("latencies"))
                    m_latencies.append(line);
            }
            if (worker->state() == QProcess::NotRunning && !word.isEmpty() &&
                !worker->property(word.constData()).toBool())
                throw std::runtime_error("an honest desk process ended early");
        }
        if (word.isEmpty())
            return !m_latencies.isEmpty();
        return std::all_of(m_workers.begin(), m_workers.end(),
                           [&](const auto &worker) { return worker->property(word.constData()).toBool(); });
    }

    ServerChild &m_server;
    QString m_serverDb;
    QString m_dir;
    QString m_goFile;
    int m_measureMs;
    int m_window = 0;
    std::vector<std::unique_ptr<QProcess>> m_workers;
    QList<QByteArray> m_latencies; // one line per window not yet taken
};

QString statuses(const AttackResult &result)
{
    QStringList parts;
    for (auto it = result.statuses.cbegin(); it != result.statuses.cend(); ++it)
        parts.append(QStringLiteral("%1×%2").arg(it.value()).arg(it.key()));
    return parts.isEmpty() ? QStringLiteral("none") : parts.join(u' ');
}

void describe(const char *name, const AttackResult &r)
{
    std::printf(
        "  %-22s opened %d, not connected %d, closed by the server %d, still open %d, longest open %.1f s, "
        "sent %.1f MB, answers: %s\n",
        name, r.opened, r.notConnected, r.closedByServer, r.stillOpen, r.maxOpenSeconds, r.bytesSent / 1e6,
        qPrintable(statuses(r)));
}

// A session token of `user`, as a desk keeps one to come back with (ResumeFrame) without its password.
QString sessionToken(const QUrl &server, const QString &user, const QString &password)
{
    QWebSocket socket;
    QString token;
    QObject::connect(&socket, &QWebSocket::connected, [&] {
        socket.sendTextMessage(
            QString::fromUtf8(FrameCodec::encode(HelloFrame{1, QStringLiteral("abuse"), {}})));
        socket.sendTextMessage(QString::fromUtf8(FrameCodec::encode(LoginFrame{user, password})));
    });
    QObject::connect(&socket, &QWebSocket::textMessageReceived, [&](const QString &text) {
        const Frame frame = FrameCodec::decode(text.toUtf8());
        if (const auto *session = std::get_if<SessionFrame>(&frame))
            token = session->token;
    });
    socket.open(QUrl(server.toString() + QStringLiteral("/sync")));
    if (!waitFor([&] { return !token.isEmpty(); }, 30'000))
        throw std::runtime_error("cannot log in to take a session token");
    socket.close();
    return token;
}

// Sockets for thousands of connections: the soft limit raised to the hard one (the server, started after,
// inherits it).
void raiseFileLimit()
{
    rlimit limit{};
    if (getrlimit(RLIMIT_NOFILE, &limit) == 0) {
        limit.rlim_cur = limit.rlim_max;
        setrlimit(RLIMIT_NOFILE, &limit);
    }
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("empathy-bench-abuse"));
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Empathy Desk: the server's ports under attack"));
    parser.addHelpOption();
    const QCommandLineOption out(QStringLiteral("out"), QStringLiteral("JSON report path."),
                                 QStringLiteral("file"), QStringLiteral("build/bench/abuse.json"));
    const QCommandLineOption work(QStringLiteral("work"), QStringLiteral("Scratch directory."),
                                  QStringLiteral("dir"), QStringLiteral("build/bench/work"));
    const QCommandLineOption scale(QStringLiteral("scale"),
                                   QStringLiteral("Share of each attack's size (1 = the issue's figures)."),
                                   QStringLiteral("x"), QStringLiteral("1"));
    const QCommandLineOption only(
        QStringLiteral("only"),
        QStringLiteral("Run only this attack (and the baseline): uploads, slow-headers, "
                       "idle-sockets, desks-not-reading or junk-requests."),
        QStringLiteral("attack"));
    parser.addOptions({out, work, scale, only});
    parser.process(app);
    const double share = std::clamp(parser.value(scale).toDouble(), 0.01, 1.0);
    const auto sized = [share](int n) { return std::max(1, int(n * share)); };

    try {
        raiseFileLimit();
        QDir().mkpath(parser.value(work));
        QTemporaryDir scratch(parser.value(work) + QStringLiteral("/abuse-XXXXXX"));
        const QString serverDir = scratch.filePath(QStringLiteral("server"));
        ServerChild server(serverDir, {QStringLiteral("--seed-demo"), QStringLiteral("20"),
                                       QStringLiteral("--simulate"), QStringLiteral("200")});
        const quint16 syncPort = quint16(server.url().port());
        const quint16 httpPort = quint16(server.httpUrl().port());
        if (httpPort == 0)
            throw std::runtime_error("the server did not say its HTTP port");
        AbuseBenchmark bench(server, serverDir + QStringLiteral("/empathy-server.sqlite"), scratch.path(),
                             10'000, 6);

        QList<PhaseResult> phases;
        const PhaseResult baseline = bench.run(QStringLiteral("baseline"), {});
        const QString chosen = parser.value(only);
        const auto phase = [&](const QString &name, std::function<AttackResult()> attack,
                               std::function<AttackResult()> second = {}, int rampMs = 1500) {
            if (!chosen.isEmpty() && chosen != name) {
                PhaseResult skipped;
                skipped.name = name;
                return skipped;
            }
            return bench.run(name, std::move(attack), std::move(second), rampMs);
        };

        phases.append(phase(QStringLiteral("uploads"),
                            [&] { return uploads(httpPort, sized(50), qint64(1) << 30, "/", 60'000); }));
        phases.append(phase(QStringLiteral("slow-headers"), [&] {
            ConnectionFlood attack;
            attack.port = httpPort;
            attack.count = sized(5000);
            attack.perSource = 50;
            attack.opening = "GET / HTTP/1.1\r\nHost: 127.0.0.1\r\n";
            attack.trickle = "X-Slow: 1\r\n";
            attack.trickleMs = 1000;
            attack.timeoutMs = 40'000;
            return flood(attack);
        }));
        phases.append(phase(
            QStringLiteral("idle-sockets"),
            [&] {
                ConnectionFlood attack;
                attack.port = syncPort;
                attack.count = sized(15000);
                attack.perSource = 100;
                attack.timeoutMs = 40'000;
                return flood(attack);
            },
            [&] {
                ConnectionFlood attack;
                attack.port = httpPort;
                attack.count = sized(1000);
                attack.perSource = 50;
                attack.firstSource = 5000;
                attack.timeoutMs = 40'000;
                return flood(attack);
            }));
        const QString token = sessionToken(server.url(), QStringLiteral("julia"), benchPassword);
        phases.append(phase(
            QStringLiteral("desks-not-reading"),
            [&] {
                ConnectionFlood attack;
                attack.port = syncPort;
                attack.count = sized(200);
                attack.perSource = 10;
                attack.firstSource = 6000;
                attack.readAnswers = false;
                attack.rcvbuf = 4096;
                attack.connectPerSecond = 100;
                attack.opening = webSocketOpening(syncPort, {});
                // Desks come back with the session they kept, as real desks do (no password to check).
                attack.afterOpening =
                    webSocketFrame(FrameCodec::encode(HelloFrame{1, QStringLiteral("abuse"), {}})) +
                    webSocketFrame(FrameCodec::encode(ResumeFrame{token}));
                attack.afterMs = 300;
                attack.trickle = webSocketFrame(FrameCodec::encode(SyncFrame{QString(), 0, 5000}));
                attack.trickleMs = 500;
                attack.timeoutMs = 35'000;
                return flood(attack);
            },
            {}, 2'500)); // measured while they come in (2 s) and after
        phases.append(phase(QStringLiteral("junk-requests"),
                            [&] { return junkRequests(httpPort, 100, sized(10000), 12); }));

        std::printf("\nabuse: the attacks\n");
        for (const PhaseResult &each : std::as_const(phases)) {
            describe(qPrintable(each.name), each.attack);
            if (each.second.opened + each.second.notConnected > 0)
                describe("  (HTTP idle beside)", each.second);
        }

        BenchReport report(QStringLiteral("abuse"));
        QList<double> attacked;
        double peak = 0;
        qint64 lost = baseline.lost;
        int crashes = baseline.serverAlive ? 0 : 1;
        for (const PhaseResult &each : std::as_const(phases)) {
            if (each.latencies.isEmpty())
                continue; // not run (--only)
            attacked += each.latencies;
            peak = std::max(peak, each.rssMaxMb);
            lost += each.lost;
            crashes += each.serverAlive ? 0 : 1;
            report.add(QStringLiteral("p99_ms_%1").arg(each.name), percentile(each.latencies, 0.99),
                       QStringLiteral("ms"));
            report.add(QStringLiteral("server_rss_max_mb_%1").arg(each.name), each.rssMaxMb,
                       QStringLiteral("MB"));
        }
        const PhaseResult &idle = phases.at(2);
        const double shed = std::max(idle.attack.maxOpenSeconds, idle.second.maxOpenSeconds);
        report.add(QStringLiteral("baseline_p99_ms"), percentile(baseline.latencies, 0.99),
                   QStringLiteral("ms"));
        report.add(QStringLiteral("server_idle_rss_mb"), baseline.rssMaxMb, QStringLiteral("MB"));
        report.addAtMost(QStringLiteral("attack_peak_rss_extra_mb"), peak - baseline.rssMaxMb,
                         QStringLiteral("MB"), 300);
        report.addAtMost(QStringLiteral("legit_latency_ratio"),
                         percentile(attacked, 0.99) / std::max(1.0, percentile(baseline.latencies, 0.99)),
                         QStringLiteral("x"), 2);
        report.addAtMost(QStringLiteral("legit_messages_lost"), double(lost), QStringLiteral("n"), 0);
        report.addAtMost(QStringLiteral("server_crashes"), double(crashes), QStringLiteral("n"), 0);
        report.addAtMost(QStringLiteral("idle_shed_s"), shed, QStringLiteral("s"), 10);
        report.add(QStringLiteral("attack_scale"), share, QStringLiteral("x"));
        report.add(QStringLiteral("junk_requests_per_s"),
                   phases.at(4).attack.requests / std::max(0.001, phases.at(4).attack.seconds),
                   QStringLiteral("n/s"));
        report.print();
        QString error;
        if (!report.write(parser.value(out), &error))
            throw std::runtime_error(error.toStdString());
        return 0;
    } catch (const std::exception &error) {
        std::fprintf(stderr, "empathy-bench-abuse: %s\n", error.what());
        return 1;
    }
}
