#pragma once

#include <QString>

class QWidget;

namespace empathy {

class MainWindow;
class SyncEngine;

// --screenshot: pictures of the desk for documentation and for looking at a change as a user would.
namespace screenshot {

// Waits for the first sync (at most a minute), then a few seconds of live customers.
void waitForSync(SyncEngine &engine);
// The main window with the first conversation of the inbox open. Returns the exit code.
int ofDesk(MainWindow &window, const QString &path);
// The supervisor view, its wall sorted by open alerts and the newest open alert chosen so the picture
// shows why it fired. Returns the exit code.
int ofSupervisor(MainWindow &window, const QString &path);
// Renders a window to a PNG; returns the exit code (1 when the file cannot be written).
int write(QWidget &window, const QString &path);

} // namespace screenshot
} // namespace empathy
