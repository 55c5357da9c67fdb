#pragma once

#include "CommandLine.h"

namespace empathy {

class MainWindow;
class UiLanguage;

// One run of the desktop client: opens the profile's cache, fills a demo profile when asked, and
// shows the main window (or renders it to a PNG). Owns everything it creates.
class DesktopSession
{
public:
    DesktopSession(CommandLine commandLine, UiLanguage &language);
    // Needs a QApplication unless only --generate-demo was asked for. Returns the exit code.
    int run();

private:
    int screenshotOfSupervisor(MainWindow &window);

    CommandLine m_line;
    UiLanguage &m_language;
};

} // namespace empathy
