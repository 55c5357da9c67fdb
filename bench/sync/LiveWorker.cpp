#include "LiveWorker.h"

#include "LiveLatency.h"

#include <QCoreApplication>
#include <QFile>
#include <QTimer>

#include <cstdio>

namespace empathy::bench {

int runLiveWorker(const QUrl &server, const QStringList &users, const QString &password, int clients,
                  int firstIndex, const QString &dir, const QString &goFile, int measureMs, int windows)
{
    int window = 1;
    const auto goFileOf = [&] { return windows > 1 ? goFile + QStringLiteral(".%1").arg(window) : goFile; };
    std::vector<std::unique_ptr<BenchClient>> fleet;
    for (int i = 0; i < clients; ++i) {
        const int index = firstIndex + i;
        fleet.push_back(std::make_unique<BenchClient>(dir + QStringLiteral("/client-%1.sqlite").arg(index),
                                                      index % 10 == 0));
        fleet.back()->engine().start(server, users.at((firstIndex + i) % users.size()), password);
    }
    enum class Phase
    {
        Joining,
        Waiting,
        Measuring
    } phase = Phase::Joining;
    QTimer tick;
    tick.setInterval(50);
    QObject::connect(&tick, &QTimer::timeout, [&] {
        if (phase == Phase::Joining) {
            const bool online = std::all_of(fleet.begin(), fleet.end(), [](const auto &client) {
                return client->engine().state() == SyncEngine::State::Online;
            });
            if (online) {
                std::printf("online\n");
                std::fflush(stdout);
                phase = Phase::Waiting;
            }
        } else if (phase == Phase::Waiting && QFile::exists(goFileOf())) {
            for (auto &client : fleet)
                client->resetMeasurements();
            phase = Phase::Measuring;
            QTimer::singleShot(measureMs, [&] {
                std::printf("latencies");
                for (auto &client : fleet) {
                    for (double ms : client->latenciesMs())
                        std::printf(" %.1f", ms);
                }
                std::printf("\n");
                std::fflush(stdout);
                if (window++ == windows)
                    QCoreApplication::exit(0);
                else
                    phase = Phase::Waiting;
            });
        }
    });
    tick.start();
    return QCoreApplication::exec();
}

} // namespace empathy::bench
