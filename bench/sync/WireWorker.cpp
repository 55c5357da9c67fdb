#include "WireWorker.h"

#include "WireClient.h"

#include <QCoreApplication>
#include <QFile>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <memory>
#include <vector>

namespace empathy::bench {

int runWireWorker(const QUrl &server, const QStringList &users, const QString &password, int clients,
                  int firstIndex, const QString &goFile, int measureMs)
{
    WireClient::Sessions sessions;
    std::vector<std::unique_ptr<WireClient>> fleet;
    for (int i = 0; i < clients; ++i)
        fleet.push_back(std::make_unique<WireClient>(server, users.at((firstIndex + i) % users.size()),
                                                     password, &sessions));
    auto received = [&] {
        qint64 total = 0;
        for (const auto &client : fleet)
            total += client->pushesReceived();
        return total;
    };
    bool online = false;
    bool measuring = false;
    qint64 before = 0;
    QTimer tick;
    tick.setInterval(50);
    QObject::connect(&tick, &QTimer::timeout, [&] {
        for (const auto &client : fleet) {
            if (!client->failure().isEmpty()) {
                std::fprintf(stderr, "wire client failed: %s\n", qPrintable(client->failure()));
                QCoreApplication::exit(1);
                return;
            }
        }
        if (!online && std::all_of(fleet.begin(), fleet.end(), [](const auto &c) { return c->isOnline(); })) {
            online = true;
            std::printf("online\n");
            std::fflush(stdout);
        } else if (online && !measuring && QFile::exists(goFile)) {
            measuring = true;
            before = received();
            QTimer::singleShot(measureMs, [&] {
                std::printf("done %lld\n", static_cast<long long>(received() - before));
                std::fflush(stdout);
                QCoreApplication::exit(0);
            });
        }
    });
    tick.start();
    return QCoreApplication::exec();
}

} // namespace empathy::bench
