#pragma once

#include <QString>
#include <QStringList>
#include <QUrl>

namespace empathy::bench {

// The child side of the live benchmark (empathy-bench-sync --live-worker): runs `clients` desktop
// clients (a cache file and a SyncEngine each) against the server, logged in as `users` in turn, every
// tenth of them measuring.
// Prints "online" once every client is in step, waits for the file `goFile` to appear, measures for
// `measureMs`, prints "latencies" followed by the measured milliseconds, and returns the exit code.
// With `windows` > 1 it measures that many times, the i-th (from 1) when `goFile`.i appears, printing
// "latencies" after each, and the desks stay in sync between them.
int runLiveWorker(const QUrl &server, const QStringList &users, const QString &password, int clients,
                  int firstIndex, const QString &dir, const QString &goFile, int measureMs, int windows = 1);

} // namespace empathy::bench
