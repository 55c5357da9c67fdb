#pragma once

#include <QString>
#include <QStringList>
#include <QUrl>

namespace empathy::bench {

// The child side of a load of agents on the wire (empathy-bench-sync --wire-worker): runs `clients`
// WireClients against the server, logged in as `users` in turn. Prints "online" once every one is live,
// waits for the file `goFile` to appear, stays for `measureMs`, prints "done" and the pushes received
// while measuring, and returns the exit code (1 when a client failed, with the reason on stderr).
int runWireWorker(const QUrl &server, const QStringList &users, const QString &password, int clients,
                  int firstIndex, const QString &goFile, int measureMs);

} // namespace empathy::bench
