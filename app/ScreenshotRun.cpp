#include "ScreenshotRun.h"

#include "Console.h"
#include "InboxView.h"
#include "MainWindow.h"
#include "models/AlertModel.h"
#include "models/InboxModel.h"
#include "models/WallModel.h"
#include "SupervisorWindow.h"
#include "sync/SyncEngine.h"
#include "WallView.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QPixmap>
#include <QTimer>

namespace empathy::screenshot {

void waitForSync(SyncEngine &engine)
{
    QEventLoop loop;
    QTimer timeout;
    timeout.setSingleShot(true);
    QObject::connect(&timeout, &QTimer::timeout, &loop, &QEventLoop::quit);
    QObject::connect(&engine, &SyncEngine::stateChanged, &loop, [&](SyncEngine::State state) {
        if (state == SyncEngine::State::Online || state == SyncEngine::State::Refused)
            loop.quit();
    });
    timeout.start(60000);
    if (engine.state() != SyncEngine::State::Online)
        loop.exec();
    timeout.start(4000);
    loop.exec();
}

int write(QWidget &window, const QString &path)
{
    const QPixmap shot = window.grab();
    if (shot.isNull() || !shot.save(path, "PNG")) {
        printLine(stderr, QCoreApplication::translate("DesktopSession",
                                                      "empathy-desk: cannot write the screenshot to %1")
                              .arg(path));
        return 1;
    }
    printLine(stdout, QCoreApplication::translate("DesktopSession", "screenshot written to %1 (%2x%3)")
                          .arg(path)
                          .arg(shot.width())
                          .arg(shot.height()));
    return 0;
}

int ofDesk(MainWindow &window, const QString &path)
{
    window.refreshFromCache();
    if (window.inboxModel()->rowCount() > 0)
        window.selectConversation(window.inboxModel()->conversationAt(0));
    window.show();
    QCoreApplication::processEvents();
    window.inboxView()->loadVisibleRows();
    QCoreApplication::processEvents();
    return write(window, path);
}

int ofSupervisor(MainWindow &window, const QString &path)
{
    window.refreshFromCache();
    SupervisorWindow &supervisor = *window.supervisorWindow();
    supervisor.show(); // reads the wall
    supervisor.wall()->sortByColumn(WallModel::AlertsColumn, Qt::DescendingOrder);
    for (int row = 0; row < supervisor.alerts()->rowCount(); ++row) {
        const QModelIndex alert = supervisor.alerts()->index(row);
        if (AlertState(alert.data(AlertModel::StateRole).toInt()) == AlertState::Open &&
            alert.data(AlertModel::MessageRole).isValid()) {
            supervisor.selectAlert(AlertId(alert.data(AlertModel::AlertIdRole).toLongLong()));
            break;
        }
    }
    QCoreApplication::processEvents();
    return write(supervisor, path);
}

} // namespace empathy::screenshot
