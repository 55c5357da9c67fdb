#include "replay/TrainingPackExport.h"

#include "cache/CacheFile.h"
#include "cache/CacheReader.h"
#include "cache/HistoryReader.h"
#include "replay/PackSources.h"
#include "training/TrainingPackBuilder.h"
#include "training/TrainingPackFile.h"

#include <QCoreApplication>

namespace empathy {

TrainingPackExport::TrainingPackExport(QObject *parent)
    : QObject(parent)
{}

TrainingPackExport::~TrainingPackExport()
{
    cancel();
    if (m_thread)
        m_thread->wait();
}

bool TrainingPackExport::start(Request request)
{
    if (m_thread)
        return false;
    m_cancelled = std::make_shared<std::atomic<bool>>(false);
    m_thread.reset(QThread::create([this, request = std::move(request)] {
        const Outcome outcome = run(request);
        QMetaObject::invokeMethod(
            this,
            [this, outcome] {
                m_thread->wait();
                m_thread.reset();
                emit finished(outcome);
            },
            Qt::QueuedConnection);
    }));
    m_thread->start(QThread::LowPriority);
    return true;
}

void TrainingPackExport::cancel()
{
    if (m_cancelled)
        *m_cancelled = true;
}

void TrainingPackExport::report(int done, int total)
{
    QMetaObject::invokeMethod(
        this, [this, done, total] { emit progressed(done, total); }, Qt::QueuedConnection);
}

// On the worker thread.
TrainingPackExport::Outcome TrainingPackExport::run(const Request &request)
{
    const auto cancelled = m_cancelled;
    Outcome outcome;
    outcome.path = request.path;
    const int total = int(request.conversations.size()) * 2;
    QList<SourceConversation> sources;
    try {
        SqliteDatabase db(request.cachePath, SqliteDatabase::Mode::ReadOnly);
        CacheFile::configure(db);
        CacheReader reader(db);
        HistoryReader history(db);
        for (qsizetype i = 0; i < request.conversations.size(); ++i) {
            if (*cancelled) {
                outcome.status = Outcome::Status::Cancelled;
                return outcome;
            }
            sources += packSources(reader, history, {request.conversations.at(i)});
            report(int(i) + 1, total);
        }
    } catch (const SqliteError &error) {
        outcome.error = QCoreApplication::translate("TrainingPackExport", "The cache could not be read: %1")
                            .arg(error.message());
        return outcome;
    }
    if (sources.isEmpty()) {
        outcome.error = QCoreApplication::translate("TrainingPackExport",
                                                    "None of these conversations has messages in this desk.");
        return outcome;
    }
    const int read = int(request.conversations.size());
    const auto pack = buildTrainingPack(sources, request.title, request.created, [&](int done, int) {
        report(read + done * read / int(sources.size()), total);
        return !*cancelled;
    });
    if (!pack || *cancelled) {
        outcome.status = Outcome::Status::Cancelled;
        return outcome;
    }
    if (!TrainingPackFile::save(*pack, request.path, &outcome.error))
        return outcome;
    outcome.status = Outcome::Status::Written;
    outcome.conversations = int(pack->conversations.size());
    for (int n : pack->replaced)
        outcome.replaced += n;
    return outcome;
}

} // namespace empathy
