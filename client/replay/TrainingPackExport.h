#pragma once

#include "domain/Ids.h"

#include <QDateTime>
#include <QObject>
#include <QThread>

#include <atomic>
#include <memory>

namespace empathy {

// Writes a training pack of the desk's conversations off the GUI thread: reads them through a connection
// of its own to the cache file, replaces personal data (buildTrainingPack) and saves the pack, saying how
// far it got as it goes. cancel() stops it between two conversations; a cancelled or failed export
// leaves no file behind (the pack is saved whole or not at all).
class TrainingPackExport : public QObject
{
    Q_OBJECT

public:
    struct Request
    {
        QString cachePath; // the profile's cache (opened read-only)
        QList<ConversationId> conversations;
        QString path; // where the pack goes
        QString title;
        QDateTime created;
    };

    struct Outcome
    {
        enum class Status
        {
            Written,
            Cancelled,
            Failed
        };
        Status status = Status::Failed;
        QString error; // Failed: why, for the person
        QString path;
        int conversations = 0;
        int replaced = 0; // personal values replaced
    };

    explicit TrainingPackExport(QObject *parent = nullptr);
    ~TrainingPackExport() override; // cancels a running export and waits for it

    // Starts an export; false while one is still running.
    bool start(Request request);
    void cancel();
    bool isRunning() const { return m_thread != nullptr; }

signals:
    // On this object's thread: `done` of `total` steps (reading, then replacing, each conversation).
    void progressed(int done, int total);
    void finished(const empathy::TrainingPackExport::Outcome &outcome);

private:
    Outcome run(const Request &request);
    void report(int done, int total);

    std::unique_ptr<QThread> m_thread;
    std::shared_ptr<std::atomic<bool>> m_cancelled;
};

} // namespace empathy

Q_DECLARE_METATYPE(empathy::TrainingPackExport::Outcome)
