#pragma once

#include <QObject>

class QSocketNotifier;

namespace empathy {

// Turns SIGTERM and SIGINT into a Qt signal delivered on the event loop (self-pipe), so the server can
// finish its writes and close connections cleanly instead of dying mid-transaction.
class ShutdownSignals : public QObject
{
    Q_OBJECT

public:
    explicit ShutdownSignals(QObject *parent = nullptr);
    ~ShutdownSignals() override;

signals:
    void shutdownRequested(int signal);

private:
    QSocketNotifier *m_notifier = nullptr;
};

} // namespace empathy
