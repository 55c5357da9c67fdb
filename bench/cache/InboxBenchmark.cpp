#include "InboxBenchmark.h"

#include "cache/CacheFile.h"
#include "cache/CacheReader.h"
#include "cache/CacheWriter.h"
#include "cache/HistoryReader.h"
#include "InboxView.h"
#include "MainWindow.h"
#include "models/InboxModel.h"
#include "ProcessMemory.h"
#include "Stats.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QScrollBar>
#include <QSettings>

#include <stdexcept>

namespace empathy::bench {

namespace {

double msSince(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

} // namespace

InboxFigures measureInbox(const QString &profilePath, const QString &settingsDir, bool statusAny,
                          const QStringList &searches)
{
    QSettings settings(settingsDir + QStringLiteral("/settings.ini"), QSettings::IniFormat);
    settings.clear();
    if (statusAny)
        settings.setValue(QStringLiteral("inbox/status"), int(StatusFilter::Any));
    settings.setValue(QStringLiteral("window/geometry"), QByteArray());

    InboxFigures figures;
    QElapsedTimer timer;
    timer.start();
    CacheOpening opening = CacheFile::open(profilePath);
    if (!opening.isUsable())
        throw std::runtime_error(opening.message.toStdString());
    CacheReader reader(*opening.db);
    HistoryReader history(*opening.db);
    CacheWriter writer(*opening.db);
    MainWindow window(reader, history, writer, reader.ownAgent(), systemClock(), settings);
    window.resize(1280, 800);
    window.show();
    QCoreApplication::processEvents();
    window.inboxView()->viewport()->repaint();
    figures.firstPaintMs = msSince(timer);
    figures.rows = window.inboxModel()->rowCount();
    figures.residentMb = residentMegabytes();

    // Scroll through 10,000 rows a wheel step (three rows) at a time, painting each screen.
    InboxView *view = window.inboxView();
    QScrollBar *bar = view->verticalScrollBar();
    const int rowHeight = view->sizeHintForRow(0);
    const int end = std::min(10000, figures.rows) * rowHeight;
    QList<double> frames;
    for (int y = 0; y <= end && y <= bar->maximum(); y += 3 * rowHeight) {
        QElapsedTimer frame;
        frame.start();
        bar->setValue(y);
        view->viewport()->repaint();
        frames.append(msSince(frame));
    }
    figures.scrollFrameP99Ms = percentile(frames, 0.99);
    figures.scrollFrameMaxMs = percentile(frames, 1.0);
    figures.residentMb = std::max(figures.residentMb, residentMegabytes());

    QList<double> searchTimes;
    for (const QString &text : searches) {
        InboxQuery query = window.inboxModel()->query();
        query.status = StatusFilter::Any;
        query.search = text;
        QElapsedTimer search;
        search.start();
        const QList<ConversationId> found = reader.conversationIds(query);
        searchTimes.append(msSince(search));
        Q_UNUSED(found)
    }
    figures.searchP99Ms = percentile(searchTimes, 0.99);
    figures.searchMedianMs = percentile(searchTimes, 0.5);
    return figures;
}

} // namespace empathy::bench
