#include "AlertLatency.h"

#include "cache/CacheFile.h"
#include "cache/CacheReader.h"
#include "cache/CacheWriter.h"
#include "cache/SupervisorReader.h"
#include "domain/Clock.h"
#include "models/AlertModel.h"
#include "ServerChild.h"
#include "sql/SqliteDatabase.h"
#include "sql/SqliteStatement.h"
#include "sync/SyncEngine.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QProcess>

#include <memory>
#include <stdexcept>
#include <vector>

namespace empathy::bench {

AlertLatency measureAlertLatency(const QString &scratch, int agents, AgentClients kind, double rate,
                                 int processes, int measureMs, const QString &logins)
{
    AlertLatency result;
    ServerChild server(scratch + QStringLiteral("/alerts-server"),
                       {QStringLiteral("--seed-demo"), QStringLiteral("20"), QStringLiteral("--simulate"),
                        QString::number(rate)});
    const QString goFile = scratch + QStringLiteral("/alerts-go");
    QFile::remove(goFile);
    const QString clientsDir = scratch + QStringLiteral("/alerts-clients");
    QDir(clientsDir).removeRecursively();
    QDir().mkpath(clientsDir);

    std::vector<std::unique_ptr<QProcess>> workers;
    std::vector<int> counts;
    for (int p = 0; p < processes; ++p) {
        const int first = agents * p / processes;
        const int count = agents * (p + 1) / processes - first;
        counts.push_back(count);
        auto worker = std::make_unique<QProcess>();
        worker->setProcessChannelMode(QProcess::ForwardedErrorChannel);
        const QString program =
            QCoreApplication::applicationDirPath() + QStringLiteral("/empathy-bench-sync");
        if (kind == AgentClients::Desks)
            worker->start(program,
                          {QStringLiteral("--live-worker"), server.url().toString(), QString::number(count),
                           QString::number(first), clientsDir, goFile, QString::number(measureMs), logins});
        else
            worker->start(program,
                          {QStringLiteral("--wire-worker"), server.url().toString(), QString::number(count),
                           QString::number(first), goFile, QString::number(measureMs), logins});
        workers.push_back(std::move(worker));
    }
    const auto allSaid = [&](const QByteArray &word) {
        bool all = true;
        for (const auto &worker : workers) {
            while (worker->canReadLine()) {
                const QByteArray line = worker->readLine().trimmed();
                worker->setProperty(line.split(' ').first().constData(), true);
            }
            if (worker->state() == QProcess::NotRunning && !worker->property(word.constData()).toBool())
                throw std::runtime_error("an agents' client process ended early");
            all = all && worker->property(word.constData()).toBool();
        }
        return all;
    };

    // The lead, in this process: a cache, a sync engine, the supervisor's alert model.
    CacheOpening cache = CacheFile::open(scratch + QStringLiteral("/alerts-lead.sqlite"));
    if (!cache.isUsable())
        throw std::runtime_error(cache.message.toStdString());
    CacheReader reader(*cache.db);
    CacheWriter writer(*cache.db);
    SyncEngine engine(reader, writer);
    engine.start(server.url(), QStringLiteral("julia"), benchPassword);
    const bool online =
        waitFor([&] { return allSaid("online") && engine.state() == SyncEngine::State::Online; }, 180000);
    for (std::size_t p = 0; p < workers.size(); ++p)
        result.agentsOnline += workers[p]->property("online").toBool() ? counts[p] : 0;
    if (!online) {
        for (auto &worker : workers)
            worker->kill();
        for (auto &worker : workers)
            worker->waitForFinished(10000);
        return result;
    }
    waitFor([] { return false; }, 1000); // settle: the lead has caught up

    SupervisorReader supervisor(*cache.db);
    AlertModel alerts(supervisor, systemClock());
    bool measuring = false;
    auto sentAt = cache.db->prepare("SELECT sent_at FROM messages WHERE id = ?1");
    QObject::connect(&alerts, &AlertModel::raised, &alerts, [&](const AlertRow &row) {
        ++result.alertsSeen;
        if (!measuring || !row.alert.message.isValid())
            return; // deadline alerts have no message to measure from
        sentAt.bind(1, row.alert.message.value());
        if (sentAt.step())
            result.latenciesMs.append(double(QDateTime::currentMSecsSinceEpoch() - sentAt.int64(0)));
        sentAt.reset();
    });
    QObject::connect(&engine, &SyncEngine::cacheChanged, &alerts, [&] { alerts.refresh(); });
    alerts.refresh();

    QFile(goFile).open(QIODevice::WriteOnly);
    measuring = true;
    waitFor([] { return false; }, measureMs);
    measuring = false;
    waitFor([&] { return allSaid(kind == AgentClients::Desks ? "latencies" : "done"); }, 60000);
    for (auto &worker : workers) {
        worker->waitForFinished(10000);
        if (worker->state() != QProcess::NotRunning)
            worker->kill();
    }
    return result;
}

} // namespace empathy::bench
